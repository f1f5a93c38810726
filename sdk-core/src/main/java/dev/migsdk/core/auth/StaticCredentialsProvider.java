package dev.migsdk.core.auth;

import java.util.Objects;

/** Always returns the same credentials. */
public final class StaticCredentialsProvider<C extends Credentials> implements CredentialsProvider<C> {
    private final C credentials;

    private StaticCredentialsProvider(C credentials) {
        this.credentials = Objects.requireNonNull(credentials, "credentials");
    }

    public static <C extends Credentials> StaticCredentialsProvider<C> create(C credentials) {
        return new StaticCredentialsProvider<>(credentials);
    }

    @Override
    public C resolveCredentials() {
        return credentials;
    }

    @Override
    public String toString() {
        return "StaticCredentialsProvider[" + credentials + "]";
    }
}
