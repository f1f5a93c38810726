package dev.migsdk.core.auth;

import dev.migsdk.core.exception.CredentialsException;
import dev.migsdk.core.internal.auth.SystemContext;
import java.util.Objects;

/**
 * Reads the JVM system properties {@code alibabacloud.accessKeyId}, {@code alibabacloud.accessKeySecret}
 * (or the legacy {@code alibabacloud.accessKeyIdSecret}) and, if set, {@code alibabacloud.sessionToken}
 * on every call.
 */
public final class AlibabaSystemPropertiesCredentialsProvider implements CredentialsProvider<AlibabaCredentials> {
    static final String ACCESS_KEY_ID = "alibabacloud.accessKeyId";
    static final String ACCESS_KEY_SECRET = "alibabacloud.accessKeySecret";
    static final String LEGACY_ACCESS_KEY_SECRET = "alibabacloud.accessKeyIdSecret";
    static final String SESSION_TOKEN = "alibabacloud.sessionToken";

    private final SystemContext context;

    private AlibabaSystemPropertiesCredentialsProvider(SystemContext context) {
        this.context = Objects.requireNonNull(context, "context");
    }

    /** A provider over the JVM's system properties. */
    public static AlibabaSystemPropertiesCredentialsProvider create() {
        return new AlibabaSystemPropertiesCredentialsProvider(SystemContext.system());
    }

    static AlibabaSystemPropertiesCredentialsProvider create(SystemContext context) {
        return new AlibabaSystemPropertiesCredentialsProvider(context);
    }

    @Override
    public AlibabaCredentials resolveCredentials() {
        String id = context.property(ACCESS_KEY_ID);
        String secret = context.property(ACCESS_KEY_SECRET);
        if (secret == null) {
            secret = context.property(LEGACY_ACCESS_KEY_SECRET);
        }
        if (id == null || secret == null) {
            throw new CredentialsException("System properties " + ACCESS_KEY_ID + " and " + ACCESS_KEY_SECRET
                    + " are not both set");
        }
        try {
            return AlibabaCredentials.of(id, secret, context.property(SESSION_TOKEN));
        } catch (IllegalArgumentException e) {
            throw new CredentialsException("System property credentials are malformed: " + e.getMessage(), e);
        }
    }

    @Override
    public String toString() {
        return "AlibabaSystemPropertiesCredentialsProvider";
    }
}
