package dev.migsdk.core.auth;

import dev.migsdk.core.exception.CredentialsException;
import dev.migsdk.core.internal.auth.SystemContext;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * Reads {@code ALIBABA_CLOUD_ACCESS_KEY_ID}, {@code ALIBABA_CLOUD_ACCESS_KEY_SECRET} and, if set,
 * {@code ALIBABA_CLOUD_SECURITY_TOKEN} from the environment on every call.
 */
public final class AlibabaEnvironmentCredentialsProvider implements CredentialsProvider<AlibabaCredentials> {
    static final String ACCESS_KEY_ID = "ALIBABA_CLOUD_ACCESS_KEY_ID";
    static final String ACCESS_KEY_SECRET = "ALIBABA_CLOUD_ACCESS_KEY_SECRET";
    static final String SECURITY_TOKEN = "ALIBABA_CLOUD_SECURITY_TOKEN";

    private final UnaryOperator<String> env;

    AlibabaEnvironmentCredentialsProvider(UnaryOperator<String> env) {
        this.env = Objects.requireNonNull(env, "env");
    }

    /** A provider over the process environment. */
    public static AlibabaEnvironmentCredentialsProvider create() {
        return new AlibabaEnvironmentCredentialsProvider(System::getenv);
    }

    /** A provider over the context's environment (tests). */
    static AlibabaEnvironmentCredentialsProvider create(SystemContext context) {
        return new AlibabaEnvironmentCredentialsProvider(context::env);
    }

    @Override
    public AlibabaCredentials resolveCredentials() {
        String id = env.apply(ACCESS_KEY_ID);
        String secret = env.apply(ACCESS_KEY_SECRET);
        if (isBlank(id) || isBlank(secret)) {
            throw new CredentialsException(ACCESS_KEY_ID + " and " + ACCESS_KEY_SECRET + " are not both set");
        }
        String token = env.apply(SECURITY_TOKEN);
        try {
            return AlibabaCredentials.of(id.trim(), secret.trim(), isBlank(token) ? null : token.trim());
        } catch (IllegalArgumentException e) {
            throw new CredentialsException("Environment credentials are malformed: " + e.getMessage(), e);
        }
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    @Override
    public String toString() {
        return "AlibabaEnvironmentCredentialsProvider";
    }
}
