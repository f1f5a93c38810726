package dev.migsdk.core.auth;

import dev.migsdk.core.exception.CredentialsException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Asks each provider in order and returns the first credentials found. Once a provider has answered
 * it is asked first next time, so a chain does not re-probe absent sources on every call.
 */
public final class CredentialsProviderChain<C extends Credentials> implements CredentialsProvider<C> {
    private final List<CredentialsProvider<? extends C>> providers;
    private volatile CredentialsProvider<? extends C> lastUsed;

    private CredentialsProviderChain(List<CredentialsProvider<? extends C>> providers) {
        if (providers.isEmpty()) {
            throw new IllegalArgumentException("providers must not be empty");
        }
        this.providers = List.copyOf(providers);
    }

    /** A chain of the given providers, asked in order. */
    @SafeVarargs
    public static <C extends Credentials> CredentialsProviderChain<C> of(CredentialsProvider<? extends C>... providers) {
        List<CredentialsProvider<? extends C>> list = new ArrayList<>();
        for (CredentialsProvider<? extends C> p : providers) {
            list.add(Objects.requireNonNull(p, "providers must not contain null"));
        }
        return new CredentialsProviderChain<>(list);
    }

    @Override
    public C resolveCredentials() {
        CredentialsProvider<? extends C> last = lastUsed;
        if (last != null) {
            try {
                return last.resolveCredentials();
            } catch (CredentialsException e) {
                lastUsed = null;
            }
        }
        List<String> reasons = new ArrayList<>();
        for (CredentialsProvider<? extends C> p : providers) {
            try {
                C c = p.resolveCredentials();
                lastUsed = p;
                return c;
            } catch (CredentialsException e) {
                reasons.add(p.getClass().getSimpleName() + ": " + e.getMessage());
            }
        }
        throw new CredentialsException("No credentials found in the chain: " + String.join("; ", reasons));
    }

    @Override
    public void invalidate() {
        CredentialsProvider<? extends C> last = lastUsed;
        if (last != null) {
            last.invalidate();
        }
    }
}
