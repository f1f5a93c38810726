package dev.migsdk.cleanup;

import java.util.Locale;

/** The services whose tasks {@link TaskCleaner} cleans up. */
public enum CloudService {
    /** Alibaba Cloud Server Migration Center: replication jobs. */
    SMC,
    /** Alibaba Cloud Data Transmission Service: DTS jobs. */
    DTS,
    /** Huawei Cloud Object Storage Migration Service: migration tasks (v2). */
    OMS,
    /** Huawei Cloud Server Migration Service: migration tasks (v3). */
    SMS;

    /** The lower-case prefix of a task reference, e.g. {@code smc}. */
    public String prefix() {
        return name().toLowerCase(Locale.ROOT);
    }
}
