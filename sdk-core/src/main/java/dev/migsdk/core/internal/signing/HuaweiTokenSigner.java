package dev.migsdk.core.internal.signing;

import dev.migsdk.core.auth.HuaweiTokenCredentials;
import dev.migsdk.core.internal.http.HttpRequest;
import java.time.Instant;
import java.util.Objects;

/**
 * Huawei Cloud IAM token authentication: sets {@code X-Auth-Token} (replacing any earlier value) and
 * removes any {@code Authorization} header; nothing is signed, the time and nonce are not used.
 * Stateless and thread-safe. Internal API.
 */
public final class HuaweiTokenSigner implements RequestSigner<HuaweiTokenCredentials> {
    static final String AUTH_TOKEN = "X-Auth-Token";

    private static final HuaweiTokenSigner INSTANCE = new HuaweiTokenSigner();

    private HuaweiTokenSigner() {
    }

    public static HuaweiTokenSigner create() {
        return INSTANCE;
    }

    @Override
    public HttpRequest sign(HttpRequest request, HuaweiTokenCredentials credentials, Instant signingTime,
                            String nonce) {
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(credentials, "credentials");
        return request.toBuilder().removeHeader("Authorization").setHeader(AUTH_TOKEN, credentials.token()).build();
    }
}
