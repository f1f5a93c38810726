package dev.migsdk.core.internal.util;

import java.time.Duration;
import java.util.Objects;

/**
 * Argument checks that name the offending field. Messages never echo values that may be secret.
 * Internal API.
 */
public final class Validate {
    /**
     * Bound on one request's URL plus headers (room for a 16,384-character IAM token and long ids). The
     * providers document no length for most ids, so this, not an invented per-field limit, is what stops
     * hostile input; a single value past it is refused naming its field.
     */
    public static final int MAX_REQUEST_HEAD = 64 * 1024;

    private Validate() {
    }

    /** Non-null, not blank, no control characters; the value itself is never put in the message. */
    public static String credential(String value, String field) {
        notNull(value, field);
        if (value.isBlank()) {
            throw new IllegalArgumentException(field + " must not be blank");
        }
        int bad = firstControlChar(value);
        if (bad >= 0) {
            throw new IllegalArgumentException(field + " must not contain control characters (found one at index "
                    + bad + ")");
        }
        return value;
    }

    /**
     * Non-null, not blank, no control characters (CR/LF included), within {@link #MAX_REQUEST_HEAD}; safe to
     * send as a header, query or path value.
     */
    public static String token(String value, String field) {
        notNull(value, field);
        if (value.isBlank()) {
            throw new IllegalArgumentException(field + " must not be blank");
        }
        if (value.length() > MAX_REQUEST_HEAD) {
            throw new IllegalArgumentException(field + " is " + value.length() + " characters, more than one request"
                    + " can carry (" + MAX_REQUEST_HEAD + " bytes of URL and headers)");
        }
        int bad = firstControlChar(value);
        if (bad >= 0) {
            throw new IllegalArgumentException(field + " must not contain control characters (found U+"
                    + String.format("%04X", (int) value.charAt(bad)) + " at index " + bad + ")");
        }
        return value;
    }

    /** An identifier sent in a path, query or header: {@link #token} plus a length limit. */
    public static String id(String value, String field, int maxLength) {
        token(value, field);
        return maxLength(value, maxLength, field);
    }

    /** An optional identifier: {@code null} is fine, anything else must pass {@link #id}. */
    public static String optionalId(String value, String field, int maxLength) {
        return value == null ? null : id(value, field, maxLength);
    }

    /**
     * A header value: non-null, printable ASCII only (no CR/LF or other control characters, which could
     * split the header, and no non-ASCII, which HTTP/1.1 headers cannot carry). May be empty.
     */
    public static String headerValue(String value, String field) {
        notNull(value, field);
        int bad = firstNonPrintableAscii(value);
        if (bad >= 0) {
            char c = value.charAt(bad);
            throw new IllegalArgumentException(field + (Character.isISOControl(c)
                    ? " must not contain control characters such as CR or LF"
                    : " must contain only printable ASCII characters")
                    + " (found U+" + String.format("%04X", (int) c) + " at index " + bad + ")");
        }
        return value;
    }

    /**
     * A secret or key that travels in a header (AccessKey id, security token, IAM token): a
     * {@link #credential} that is also printable ASCII. The value is never put in the message.
     */
    public static String headerCredential(String value, String field) {
        credential(value, field);
        return headerValue(value, field);
    }

    /** An id that travels in a header: not blank, printable ASCII, no leading or trailing spaces. */
    public static String headerId(String value, String field) {
        token(value, field);
        headerValue(value, field);
        if (!value.equals(value.strip())) {
            throw new IllegalArgumentException(field + " must not start or end with spaces");
        }
        return value;
    }

    /** A header name: an RFC 7230 token. */
    public static String headerName(String name, String field) {
        notNull(name, field);
        if (name.isEmpty()) {
            throw new IllegalArgumentException(field + " must not be empty");
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            boolean ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || "!#$%&'*+-.^_`|~".indexOf(c) >= 0;
            if (!ok) {
                throw new IllegalArgumentException(field + " is not a valid header name: '" + name + "'");
            }
        }
        return name;
    }

    /** Length in UTF-16 chars is at most {@code max}. */
    public static String maxLength(String value, int max, String field) {
        if (value != null && value.length() > max) {
            throw new IllegalArgumentException(field + " must be at most " + max + " characters (was "
                    + value.length() + ")");
        }
        return value;
    }

    /** Strictly positive duration. */
    public static Duration positive(Duration d, String field) {
        notNull(d, field);
        if (d.isNegative() || d.isZero()) {
            throw new IllegalArgumentException(field + " must be positive (was " + d + ")");
        }
        return d;
    }

    /** Zero or positive duration. */
    public static Duration notNegative(Duration d, String field) {
        notNull(d, field);
        if (d.isNegative()) {
            throw new IllegalArgumentException(field + " must not be negative (was " + d + ")");
        }
        return d;
    }

    /** Index of the first character outside printable ASCII (U+0020..U+007E), or -1. */
    public static int firstNonPrintableAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x20 || c > 0x7E) {
                return i;
            }
        }
        return -1;
    }

    /** Index of the first ISO control character (incl. CR, LF, TAB, DEL) or -1. */
    public static int firstControlChar(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isISOControl(s.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    /** Like {@code Objects.requireNonNull}, but the message is only built when it is needed (these run per call). */
    private static void notNull(Object value, String field) {
        if (value == null) {
            throw new NullPointerException(field + " must not be null");
        }
    }
}
