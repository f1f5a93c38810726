package dev.migsdk.core.internal.util;

import java.nio.charset.StandardCharsets;

/**
 * RFC 3986 percent-encoding as both providers' signers use it: UTF-8, only {@code A-Z a-z 0-9 - _ . ~}
 * left literal, upper-case hex. Space is {@code %20}, {@code *} is {@code %2A}, {@code ~} stays.
 * Internal API.
 */
public final class PercentEncoding {
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private PercentEncoding() {
    }

    /** Encodes {@code s}; returns the same instance when nothing needs encoding. */
    public static String encode(String s) {
        int n = s.length();
        int i = 0;
        while (i < n && isUnreserved(s.charAt(i))) {
            i++;
        }
        if (i == n) {
            return s;
        }
        StringBuilder out = new StringBuilder(n + 16);
        out.append(s, 0, i);
        byte[] rest = s.substring(i).getBytes(StandardCharsets.UTF_8);
        for (byte b : rest) {
            char c = (char) (b & 0xFF);
            if (c < 0x80 && isUnreserved(c)) {
                out.append(c);
            } else {
                out.append('%').append(HEX[(b >> 4) & 0xF]).append(HEX[b & 0xF]);
            }
        }
        return out.toString();
    }

    private static boolean isUnreserved(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
                || c == '-' || c == '_' || c == '.' || c == '~';
    }
}
