package dev.migsdk.core.internal.util;

import dev.migsdk.core.auth.AlibabaCredentials;
import dev.migsdk.core.auth.Credentials;
import dev.migsdk.core.auth.HuaweiAkSkCredentials;
import dev.migsdk.core.auth.HuaweiTokenCredentials;
import dev.migsdk.core.internal.http.HttpRequest;
import java.util.ArrayList;
import java.util.List;

/**
 * Removes secrets from text that came back from a service (error messages, raw bodies): secret keys,
 * tokens and the request's signature, in plain, percent-encoded and doubly encoded form (Alibaba echoes
 * its string-to-sign, which holds the encoded STS token). Internal API.
 */
public final class Redactor {
    private static final String MASK = "***";
    private static final int MIN_SECRET_LENGTH = 4;

    private final List<String> secrets;

    private Redactor(List<String> secrets) {
        this.secrets = secrets;
    }

    /** A redactor for the secrets of {@code credentials} and the signature carried by {@code signed}. */
    public static Redactor of(Credentials credentials, HttpRequest signed) {
        List<String> raw = new ArrayList<>();
        if (credentials instanceof AlibabaCredentials a) {
            raw.add(a.accessKeySecret());
            raw.add(a.securityToken());
        } else if (credentials instanceof HuaweiAkSkCredentials h) {
            raw.add(h.secretKey());
            raw.add(h.securityToken());
        } else if (credentials instanceof HuaweiTokenCredentials t) {
            raw.add(t.token());
        }
        if (signed != null) {
            raw.add(signed.queryParameter("Signature"));
            String auth = signed.header("Authorization");
            if (auth != null) {
                int i = auth.indexOf("Signature=");
                if (i >= 0) {
                    raw.add(auth.substring(i + "Signature=".length()).trim());
                }
            }
        }
        List<String> all = new ArrayList<>();
        for (String s : raw) {
            if (s != null && s.length() >= MIN_SECRET_LENGTH) {
                String once = PercentEncoding.encode(s);
                all.add(PercentEncoding.encode(once));
                all.add(once);
                all.add(s);
            }
        }
        all.sort((x, y) -> y.length() - x.length());
        return new Redactor(List.copyOf(all));
    }

    /** {@code text} with every known secret replaced by {@code ***}; {@code null} stays {@code null}. */
    public String scrub(String text) {
        if (text == null) {
            return null;
        }
        String out = text;
        for (String s : secrets) {
            if (out.contains(s)) {
                out = out.replace(s, MASK);
            }
        }
        return out;
    }
}
