package dev.migsdk.core.internal.util;

/**
 * Makes text that came from a server safe to put into a message or a log line: control characters
 * (CR, LF, ESC, C1 controls, line and paragraph separators, bidirectional overrides) are written as
 * {@code \\uXXXX} escapes, so they can neither forge log lines nor move a terminal's cursor, and the
 * text is cut to a length. Internal API.
 */
public final class ServerText {
    /** Default cap for codes, messages and ids. */
    public static final int DEFAULT_MAX = 1024;

    private ServerText() {
    }

    /** {@link #clean(String, int)} with {@link #DEFAULT_MAX}. */
    public static String clean(String text) {
        return clean(text, DEFAULT_MAX);
    }

    /** {@code text} with unsafe characters escaped and cut to {@code max} characters (then "…"); null stays null. */
    public static String clean(String text, int max) {
        if (text == null) {
            return null;
        }
        int n = text.length();
        int i = 0;
        while (i < n && i < max && !unsafe(text.charAt(i))) {
            i++;
        }
        if (i == n) {
            return text; // the usual case: nothing to change, no copy
        }
        StringBuilder out = new StringBuilder(Math.min(n, max) + 16).append(text, 0, i);
        for (; i < n; i++) {
            if (out.length() >= max) {
                return out.append('…').toString();
            }
            char c = text.charAt(i);
            if (unsafe(c)) {
                out.append("\\u").append(Character.forDigit(c >> 12 & 0xF, 16)).append(Character.forDigit(c >> 8 & 0xF, 16))
                        .append(Character.forDigit(c >> 4 & 0xF, 16)).append(Character.forDigit(c & 0xF, 16));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean unsafe(char c) {
        return c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == '\u2028' || c == '\u2029'
                || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');
    }
}
