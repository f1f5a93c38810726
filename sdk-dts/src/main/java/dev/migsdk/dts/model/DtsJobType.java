package dev.migsdk.dts.model;

/** The kind of a DTS task ({@code JobType} of {@code DeleteDtsJob}). */
public enum DtsJobType {
    /** A data migration task. */
    MIGRATION("MIGRATION"),
    /** A data synchronization task. */
    SYNC("SYNC"),
    /** A change tracking task. */
    SUBSCRIBE("SUBSCRIBE");

    private final String wireValue;

    DtsJobType(String wireValue) {
        this.wireValue = wireValue;
    }

    /** The value sent to DTS: {@code MIGRATION}, {@code SYNC} or {@code SUBSCRIBE}. */
    public String wireValue() {
        return wireValue;
    }
}
