package dev.migsdk.core.internal.signing;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * The two UTC timestamp spellings the signers send, formatted by hand (no formatter lookup on the hot
 * path); seconds precision, the fraction is dropped. The last second formatted in each spelling is
 * remembered: calls signed within the same second share its text. Internal API.
 */
final class SigningTimes {
    private static final LastSecond ISO8601 = new LastSecond(true);
    private static final LastSecond BASIC = new LastSecond(false);

    private SigningTimes() {
    }

    /** {@code yyyy-MM-dd'T'HH:mm:ss'Z'}, e.g. {@code 2024-01-01T00:00:00Z} (Alibaba {@code Timestamp}, {@code x-acs-date}). */
    static String iso8601(Instant time) {
        return ISO8601.text(time);
    }

    /** {@code yyyyMMdd'T'HHmmss'Z'}, e.g. {@code 20240101T000000Z} (Huawei {@code X-Sdk-Date}). */
    static String basic(Instant time) {
        return BASIC.text(time);
    }

    /** The text of the last second formatted in one spelling. */
    private static final class LastSecond {
        private final boolean extended;
        private volatile Formatted last = new Formatted(Long.MIN_VALUE, null);

        LastSecond(boolean extended) {
            this.extended = extended;
        }

        String text(Instant time) {
            Formatted f = last;
            if (f.second != time.getEpochSecond()) {
                f = new Formatted(time.getEpochSecond(), format(time, extended));
                last = f;
            }
            return f.text;
        }
    }

    /** One second's text; immutable, so a racing reader sees either the old pair or the new one. */
    private record Formatted(long second, String text) {
    }

    private static String format(Instant time, boolean extended) {
        LocalDateTime t = LocalDateTime.ofEpochSecond(time.getEpochSecond(), 0, ZoneOffset.UTC);
        int year = t.getYear();
        if (year < 1000 || year > 9999) {
            throw new IllegalArgumentException("signingTime must be between years 1000 and 9999 (was " + time + ")");
        }
        StringBuilder sb = new StringBuilder(20).append(year);
        if (extended) {
            sb.append('-');
        }
        pad2(sb, t.getMonthValue());
        if (extended) {
            sb.append('-');
        }
        pad2(sb, t.getDayOfMonth());
        sb.append('T');
        pad2(sb, t.getHour());
        if (extended) {
            sb.append(':');
        }
        pad2(sb, t.getMinute());
        if (extended) {
            sb.append(':');
        }
        pad2(sb, t.getSecond());
        return sb.append('Z').toString();
    }

    private static void pad2(StringBuilder sb, int v) {
        sb.append((char) ('0' + v / 10)).append((char) ('0' + v % 10));
    }
}
