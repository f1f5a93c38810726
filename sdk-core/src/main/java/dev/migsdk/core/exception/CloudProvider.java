package dev.migsdk.core.exception;

/** The cloud that answered. */
public enum CloudProvider {
    ALIBABA_CLOUD("Alibaba Cloud"),
    HUAWEI_CLOUD("Huawei Cloud");

    private final String displayName;

    CloudProvider(String displayName) {
        this.displayName = displayName;
    }

    /** Human-readable name, e.g. "Alibaba Cloud". */
    public String displayName() {
        return displayName;
    }
}
