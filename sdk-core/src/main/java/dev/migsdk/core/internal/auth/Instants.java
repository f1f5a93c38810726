package dev.migsdk.core.internal.auth;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/** Lenient parsing of the expiry timestamps that metadata services and IAM return. Internal API. */
public final class Instants {
    private Instants() {
    }

    /**
     * Parses {@code 2020-01-04T09:05:22.701000Z}, {@code 2020-01-04T09:05:22Z}, any offset such as
     * {@code +08:00}, and a timestamp without zone (taken as UTC); 0 to 9 fractional digits.
     *
     * @throws IllegalArgumentException if the text is none of these (the message quotes it; expiry
     *                                  timestamps are not secret)
     */
    public static Instant parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("timestamp is missing");
        }
        String t = text.trim();
        try {
            return OffsetDateTime.parse(t).toInstant();
        } catch (DateTimeParseException ignored) {
            // fall through: no zone, or a space instead of 'T'
        }
        try {
            return LocalDateTime.parse(t.replace(' ', 'T')).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("unparseable timestamp '" + truncate(t) + "'", e);
        }
    }

    private static String truncate(String s) {
        return s.length() <= 40 ? s : s.substring(0, 40) + "...";
    }
}
