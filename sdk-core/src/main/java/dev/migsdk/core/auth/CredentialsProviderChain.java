package dev.migsdk.core.auth;

import dev.migsdk.core.exception.CredentialsException;
import dev.migsdk.core.exception.MalformedCredentialsException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Asks each provider in order and returns the first credentials found. Once a provider has answered
 * it is asked first next time, so a chain does not re-probe absent sources on every call.
 *
 * <p>A provider that throws a {@link CredentialsException} (no variable, no file: nothing there) lets the
 * chain move on. A provider that throws a {@link MalformedCredentialsException} (its source exists but is
 * malformed: a syntax error in a credentials file, a profile missing its secret) stops the chain with that
 * error rather than silently using another identity; custom providers throw it for the same effect. Any
 * other exception also propagates at once. When no provider has credentials, the
 * {@code CredentialsException} names each provider and why it had none.
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
            } catch (MalformedCredentialsException e) {
                lastUsed = null;
                throw e;
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
            } catch (MalformedCredentialsException e) {
                throw e;
            } catch (CredentialsException e) {
                reasons.add(p.getClass().getSimpleName() + ": " + e.getMessage());
            }
        }
        throw new CredentialsException("No credentials found in the chain: " + String.join("; ", reasons));
    }

    /** Like {@link #resolveCredentials()}, asking each provider through its own non-blocking method. */
    @Override
    public CompletableFuture<C> resolveCredentialsAsync() {
        CredentialsProvider<? extends C> last = lastUsed;
        if (last == null) {
            return probe(0, new ArrayList<>());
        }
        return CredentialsProviderChain.<C>widen(last.resolveCredentialsAsync()).exceptionallyCompose(error -> {
            Throwable e = unwrap(error);
            if (e instanceof MalformedCredentialsException || !(e instanceof CredentialsException)) {
                lastUsed = null;
                return CompletableFuture.failedFuture(e);
            }
            lastUsed = null;
            return probe(0, new ArrayList<>());
        });
    }

    private CompletableFuture<C> probe(int index, List<String> reasons) {
        if (index == providers.size()) {
            return CompletableFuture.failedFuture(new CredentialsException("No credentials found in the chain: "
                    + String.join("; ", reasons)));
        }
        CredentialsProvider<? extends C> p = providers.get(index);
        return CredentialsProviderChain.<C>widen(p.resolveCredentialsAsync()).handle((c, error) -> {
            if (error == null) {
                lastUsed = p;
                return CompletableFuture.completedFuture(c);
            }
            Throwable e = unwrap(error);
            if (e instanceof CredentialsException && !(e instanceof MalformedCredentialsException)) {
                reasons.add(p.getClass().getSimpleName() + ": " + e.getMessage());
                return probe(index + 1, reasons);
            }
            return CompletableFuture.<C>failedFuture(e);
        }).thenCompose(f -> f);
    }

    @SuppressWarnings("unchecked")
    private static <C> CompletableFuture<C> widen(CompletableFuture<? extends C> f) {
        return f == null ? CompletableFuture.failedFuture(new CredentialsException("a provider returned no future"))
                : (CompletableFuture<C>) f;
    }

    private static Throwable unwrap(Throwable t) {
        while (t instanceof CompletionException && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }

    @Override
    public void invalidate() {
        CredentialsProvider<? extends C> last = lastUsed;
        if (last != null) {
            last.invalidate();
        }
    }

    @Override
    public String toString() {
        return "CredentialsProviderChain" + providers;
    }
}
