package dev.migsdk.core.auth;

import dev.migsdk.core.exception.CredentialsException;
import dev.migsdk.core.internal.auth.SystemContext;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * Reads {@code HUAWEICLOUD_SDK_AK}, {@code HUAWEICLOUD_SDK_SK} and the optional
 * {@code HUAWEICLOUD_SDK_SECURITY_TOKEN}, {@code HUAWEICLOUD_SDK_PROJECT_ID} and
 * {@code HUAWEICLOUD_SDK_DOMAIN_ID} from the environment on every call.
 */
public final class HuaweiEnvironmentCredentialsProvider implements CredentialsProvider<HuaweiCredentials> {
    static final String AK = "HUAWEICLOUD_SDK_AK";
    static final String SK = "HUAWEICLOUD_SDK_SK";
    static final String SECURITY_TOKEN = "HUAWEICLOUD_SDK_SECURITY_TOKEN";
    static final String PROJECT_ID = "HUAWEICLOUD_SDK_PROJECT_ID";
    static final String DOMAIN_ID = "HUAWEICLOUD_SDK_DOMAIN_ID";

    private final UnaryOperator<String> env;

    HuaweiEnvironmentCredentialsProvider(UnaryOperator<String> env) {
        this.env = Objects.requireNonNull(env, "env");
    }

    /** A provider over the process environment. */
    public static HuaweiEnvironmentCredentialsProvider create() {
        return new HuaweiEnvironmentCredentialsProvider(System::getenv);
    }

    /** A provider over the context's environment (tests). */
    static HuaweiEnvironmentCredentialsProvider create(SystemContext context) {
        return new HuaweiEnvironmentCredentialsProvider(context::env);
    }

    @Override
    public HuaweiCredentials resolveCredentials() {
        String ak = env.apply(AK);
        String sk = env.apply(SK);
        if (isBlank(ak) || isBlank(sk)) {
            throw new CredentialsException(AK + " and " + SK + " are not both set");
        }
        try {
            return HuaweiAkSkCredentials.builder()
                    .accessKey(ak.trim())
                    .secretKey(sk.trim())
                    .securityToken(blankToNull(env.apply(SECURITY_TOKEN)))
                    .projectId(blankToNull(env.apply(PROJECT_ID)))
                    .domainId(blankToNull(env.apply(DOMAIN_ID)))
                    .build();
        } catch (IllegalArgumentException e) {
            throw new CredentialsException("Environment credentials are malformed: " + e.getMessage(), e);
        }
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    private static String blankToNull(String s) {
        return isBlank(s) ? null : s.trim();
    }

    @Override
    public String toString() {
        return "HuaweiEnvironmentCredentialsProvider";
    }
}
