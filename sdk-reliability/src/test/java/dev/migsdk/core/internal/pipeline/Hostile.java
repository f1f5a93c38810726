package dev.migsdk.core.internal.pipeline;

import dev.migsdk.core.internal.http.HttpResponse;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import okhttp3.Headers;

/** Generates hostile HTTP answers from a seeded {@link Random}: templates, then mutations. */
final class Hostile {
    private static final int[] STATUSES = {200, 200, 200, 201, 204, 400, 400, 401, 403, 404, 404, 409, 413, 429, 429,
        500, 502, 503, 503, 504};
    private static final List<String> WRONG_TYPES = List.of("{}", "[]", "[1,2]", "123", "-1", "true", "null",
            "1e999", "-0.0", "\"\"", "9".repeat(70), "{\"a\":{}}", "\"%s%s%s\"", "\"\\u0000\"");

    private Hostile() {
    }

    static HttpResponse response(Random r, String echo) {
        int status = r.nextInt(10) == 0 ? 100 + r.nextInt(500) : STATUSES[r.nextInt(STATUSES.length)];
        byte[] body = mutate(r, template(r, echo));
        Headers.Builder h = new Headers.Builder();
        if (r.nextInt(3) == 0) {
            h.addUnsafeNonAscii("Date", pick(r, "Mon, 01 Jan 2024 00:00:00 GMT", "Fri, 31 Dec 9999 23:59:59 GMT",
                    "garbage", "", "Thu, 01 Jan 1970 00:00:00 GMT", "Sun, 06 Nov 1994 08:49:37 GMT"));
        }
        if (r.nextInt(4) == 0) {
            h.addUnsafeNonAscii("Retry-After", pick(r, "0", "1", "-5", "99999999999999999999", "120",
                    "Fri, 31 Dec 9999 23:59:59 GMT", "soon", ""));
        }
        if (r.nextBoolean()) {
            h.addUnsafeNonAscii(r.nextBoolean() ? "x-acs-request-id" : "X-Request-Id",
                    r.nextInt(20) == 0 ? "r".repeat(10_000) : "rid-" + r.nextInt(1000));
        }
        if (r.nextBoolean()) {
            h.addUnsafeNonAscii("Content-Type", pick(r, "application/json", "text/xml;charset=utf-8", "text/html",
                    "application/octet-stream", "garbage/☃"));
        }
        return HttpResponse.of(status, lines(h.build()), body, r.nextInt(40) == 0);
    }

    /** OkHttp's headers as the transport SPI's name, value... lines. */
    static String[] lines(Headers headers) {
        String[] out = new String[2 * headers.size()];
        for (int i = 0; i < headers.size(); i++) {
            out[2 * i] = headers.name(i);
            out[2 * i + 1] = headers.value(i);
        }
        return out;
    }

    static String pick(Random r, String... options) {
        return options[r.nextInt(options.length)];
    }

    static String template(Random r, String echo) {
        String rid = "\"" + pick(r, "33D9749B-713A-4BCC-B3B4-8B0094083E97", "", "x".repeat(300)) + "\"";
        String msg = "\"" + pick(r, "bad %s thing", "Specified signature is not matched: " + echo,
                "signature expired, signature time: 20240101T000000Z, server time: 20240101T010000Z", "ok", "") + "\"";
        return switch (r.nextInt(14)) {
            case 0 -> "{\"RequestId\":" + rid + "}";
            case 1 -> "{\"HttpStatusCode\":200,\"RequestId\":" + rid + ",\"Success\":" + pick(r, "true", "false",
                    "\"false\"", "{}", "null") + ",\"ErrCode\":\"InvalidJobId.NotFound\",\"ErrMessage\":" + msg
                    + ",\"DynamicMessage\":\"DtsJobId\"}";
            case 2 -> "{\"RequestId\":" + rid + ",\"HostId\":\"smc.aliyuncs.com\",\"Code\":\"" + pick(r,
                    "Throttling.User", "ServiceUnavailable", "InvalidTimeStamp.Expired", "SignatureDoesNotMatch",
                    "ReplicationJob.InvalidStatus", "InvalidJobId.NotFound", "InternalError", "Weird")
                    + "\",\"Message\":" + msg + ",\"Recommend\":\"https://api.aliyun.com/troubleshoot\","
                    + "\"AccessDeniedDetail\":{\"PolicyType\":\"x\",\"AuthAction\":{\"a\":1},\"N\":null}}";
            case 3 -> "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Error><RequestId>r</RequestId><HostId>h</HostId>"
                    + "<Code>" + pick(r, "Throttling.User", "InvalidTimeStamp.Expired", "X") + "</Code><Message>m "
                    + echo + "</Message></Error>";
            case 4 -> "{\"error_code\":\"" + pick(r, "SMS.9004", "APIGW.0308", "APIGW.0301", "OMS.1009", "SMS.2252",
                    "OMS.1002") + "\",\"error_msg\":" + msg + ",\"request_id\":" + rid
                    + ",\"encoded_authorization_message\":\"XXXX\",\"error_param\":[\"p\",1,{},null],"
                    + "\"details\":[{\"error_code\":\"SMS.9004\",\"error_msg\":\"d\"},3,null]}";
            case 5 -> "{\"error\":{\"code\":\"" + pick(r, "401", "APIGW.0303") + "\",\"message\":" + msg
                    + ",\"title\":\"Unauthorized\"}}";
            case 6 -> "";
            case 7 -> " \r\n\t ";
            case 8 -> "<html><body><h1>502 Bad Gateway</h1>" + echo + "</body></html>";
            case 9 -> "plain text answer " + echo;
            case 10 -> "[" + "[".repeat(r.nextInt(3000)) + "]";
            case 11 -> "{\"a\":".repeat(r.nextInt(3000)) + "1" + "}".repeat(r.nextInt(10));
            case 12 -> "{\"RequestId\":" + WRONG_TYPES.get(r.nextInt(WRONG_TYPES.size())) + ",\"Code\":"
                    + WRONG_TYPES.get(r.nextInt(WRONG_TYPES.size())) + ",\"Success\":"
                    + WRONG_TYPES.get(r.nextInt(WRONG_TYPES.size())) + ",\"HttpStatusCode\":"
                    + WRONG_TYPES.get(r.nextInt(WRONG_TYPES.size())) + ",\"error_code\":"
                    + WRONG_TYPES.get(r.nextInt(WRONG_TYPES.size())) + ",\"error_msg\":"
                    + WRONG_TYPES.get(r.nextInt(WRONG_TYPES.size())) + ",\"details\":"
                    + WRONG_TYPES.get(r.nextInt(WRONG_TYPES.size())) + "}";
            default -> "<?xml version=\"1.0\"?><!DOCTYPE Error [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                    + "<Error><Code>&x;</Code></Error>";
        };
    }

    static byte[] mutate(Random r, String text) {
        byte[] b = text.getBytes(StandardCharsets.UTF_8);
        int mutations = r.nextInt(4);
        for (int m = 0; m < mutations; m++) {
            switch (r.nextInt(9)) {
                case 0 -> b = java.util.Arrays.copyOf(b, b.length == 0 ? 0 : r.nextInt(b.length)); // truncate
                case 1 -> { // bit flips
                    for (int i = 0; i < 1 + r.nextInt(4) && b.length > 0; i++) {
                        b[r.nextInt(b.length)] ^= (byte) (1 << r.nextInt(8));
                    }
                }
                case 2 -> b = concat(pick(r, "\uFEFF", "").getBytes(StandardCharsets.UTF_8), // BOMs
                        r.nextBoolean() ? new byte[] {(byte) 0xFE, (byte) 0xFF} : new byte[] {(byte) 0xEF,
                            (byte) 0xBB, (byte) 0xBF}, b);
                case 3 -> b = insert(r, b, new byte[] {(byte) 0xC3, 0x28, (byte) 0xFF, (byte) 0x80, 0}); // bad UTF-8
                case 4 -> b = insert(r, b, ("1" + "0".repeat(r.nextInt(2000))).getBytes(StandardCharsets.UTF_8));
                case 5 -> b = insert(r, b, WRONG_TYPES.get(r.nextInt(WRONG_TYPES.size()))
                        .getBytes(StandardCharsets.UTF_8));
                case 6 -> b = concat(new byte[0], " \n\t".repeat(r.nextInt(50)).getBytes(StandardCharsets.UTF_8), b);
                case 7 -> { // random bytes
                    byte[] junk = new byte[r.nextInt(64)];
                    r.nextBytes(junk);
                    b = insert(r, b, junk);
                }
                default -> b = insert(r, b, ("\"" + "s".repeat(r.nextInt(5000)) + "\"").getBytes(StandardCharsets.UTF_8));
            }
        }
        return b;
    }

    static byte[] insert(Random r, byte[] b, byte[] what) {
        int at = b.length == 0 ? 0 : r.nextInt(b.length + 1);
        ByteArrayOutputStream out = new ByteArrayOutputStream(b.length + what.length);
        out.write(b, 0, at);
        out.write(what, 0, what.length);
        out.write(b, at, b.length - at);
        return out.toByteArray();
    }

    static byte[] concat(byte[] a, byte[] b, byte[] c) {
        byte[] out = new byte[a.length + b.length + c.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        System.arraycopy(c, 0, out, a.length + b.length, c.length);
        return out;
    }
}
