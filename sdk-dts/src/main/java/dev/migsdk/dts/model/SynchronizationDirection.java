package dev.migsdk.dts.model;

/** Which task of a synchronization to delete ({@code SynchronizationDirection}). */
public enum SynchronizationDirection {
    /** Source to destination; the default. */
    FORWARD("Forward"),
    /** Destination to source; only for two-way synchronization, and deletes only the reverse task. */
    REVERSE("Reverse");

    private final String wireValue;

    SynchronizationDirection(String wireValue) {
        this.wireValue = wireValue;
    }

    /** The value sent to DTS: {@code Forward} or {@code Reverse}. */
    public String wireValue() {
        return wireValue;
    }
}
