package dev.migsdk.reliability;

/** Sync or async client. */
public enum Mode {
    SYNC, ASYNC;

    public boolean async() {
        return this == ASYNC;
    }
}
