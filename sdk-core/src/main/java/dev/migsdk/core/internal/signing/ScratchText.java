package dev.migsdk.core.internal.signing;

/**
 * A per-thread {@link StringBuilder} for the canonical request, which is hashed and dropped: reusing one
 * saves allocating and zeroing half a kilobyte per signature. One that grew past 8,192
 * characters (a huge request) is not kept. Callers must not hold it across another signature. Internal API.
 */
final class ScratchText {
    private static final int MAX_KEPT = 8192;
    private static final ThreadLocal<StringBuilder> BUILDER = ThreadLocal.withInitial(() -> new StringBuilder(512));

    private ScratchText() {
    }

    /** This thread's builder, empty. */
    static StringBuilder builder() {
        StringBuilder sb = BUILDER.get();
        if (sb.capacity() > MAX_KEPT) {
            sb = new StringBuilder(512);
            BUILDER.set(sb);
        }
        sb.setLength(0);
        return sb;
    }
}
