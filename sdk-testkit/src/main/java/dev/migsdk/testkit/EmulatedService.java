package dev.migsdk.testkit;

/** The four services the emulator answers for. */
public enum EmulatedService {
    /** Alibaba Cloud Server Migration Center, RPC API 2019-06-01. */
    SMC,
    /** Alibaba Cloud Data Transmission Service, RPC API 2020-01-01. */
    DTS,
    /** Huawei Cloud Object Storage Migration Service, REST API v2. */
    OMS,
    /** Huawei Cloud Server Migration Service, REST API v3. */
    SMS
}
