package dev.migsdk.testkit.internal;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Percent-encoding as both providers canonicalise it: UTF-8, only {@code A-Z a-z 0-9 - _ . ~} literal,
 * upper-case hex. Internal API.
 */
public final class Rfc3986 {
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private Rfc3986() {
    }

    /** Percent-encodes everything but the RFC 3986 unreserved characters. */
    public static String encode(String s) {
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
                    || c == '-' || c == '_' || c == '.' || c == '~') {
                out.append((char) c);
            } else {
                out.append('%').append(HEX[c >> 4]).append(HEX[c & 0xf]);
            }
        }
        return out.toString();
    }

    /**
     * Decodes {@code %XX} escapes (UTF-8); {@code +} is kept literally (path segments).
     *
     * @throws IllegalArgumentException on a malformed escape
     */
    public static String decode(String s) {
        if (s.indexOf('%') < 0) {
            return s;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(s.length());
        int i = 0;
        while (i < s.length()) {
            int pct = s.indexOf('%', i);
            if (pct != i) {
                int end = pct < 0 ? s.length() : pct;
                byte[] literal = s.substring(i, end).getBytes(StandardCharsets.UTF_8);
                out.write(literal, 0, literal.length);
                i = end;
                continue;
            }
            if (i + 2 >= s.length()) {
                throw new IllegalArgumentException("truncated percent escape");
            }
            int hi = Character.digit(s.charAt(i + 1), 16);
            int lo = Character.digit(s.charAt(i + 2), 16);
            if (hi < 0 || lo < 0) {
                throw new IllegalArgumentException("malformed percent escape");
            }
            out.write(hi << 4 | lo);
            i += 3;
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}
