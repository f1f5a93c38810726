package dev.migsdk.core.internal.auth;

import dev.migsdk.core.auth.Credentials;
import dev.migsdk.core.exception.CredentialsException;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Caches credentials that expire and refreshes them ahead of expiry, shared by every provider that
 * fetches over the network. Internal API.
 *
 * <ul>
 *   <li>Fresh (before {@code expiration - prefetch}): the cached value, no locking.</li>
 *   <li>Prefetch window: one caller refreshes; concurrent callers get the cached value at once.</li>
 *   <li>Stale (after {@code expiration - stale}) or empty: callers wait; exactly one refreshes and the
 *       others get its result.</li>
 *   <li>A failed refresh never replaces a good value: the cached value is served (with a WARN) until it
 *       really expires, and the next attempt waits {@code failureBackoff}. With no usable value the
 *       failure is thrown as a {@link CredentialsException} naming the source; during the backoff it is
 *       re-thrown without calling the source again.</li>
 *   <li>{@link #invalidate()} drops the value and the backoff, so the next call refreshes.</li>
 *   <li>Credentials without an expiration are kept until invalidated.</li>
 *   <li>{@link #getAsync()} never blocks its caller: fresh and prefetch-window values are returned at
 *       once (a prefetch-window call starts the refresh on the cache's own daemon thread), and a stale or
 *       empty cache answers with the future of that one background refresh.</li>
 * </ul>
 *
 * @param <C> the kind of credentials
 */
public final class RefreshingCredentialsCache<C extends Credentials> {
    private static final Logger LOG = LoggerFactory.getLogger(RefreshingCredentialsCache.class);

    private final String source;
    private final Supplier<? extends C> fetcher;
    private final RefreshPolicy policy;
    private final Clock clock;
    private final ReentrantLock lock = new ReentrantLock();

    private final AtomicReference<CompletableFuture<C>> background = new AtomicReference<>();
    private final ThreadPoolExecutor refresher;

    private volatile Entry<C> entry;
    private volatile Failure failure;

    private record Entry<C>(C value, Instant prefetchAt, Instant staleAt, Instant expiresAt) {
        boolean usable(Instant now) {
            return expiresAt == null || now.isBefore(expiresAt);
        }
    }

    private record Failure(CredentialsException error, Instant retryAt) {
    }

    /**
     * @param source  names the source in messages, e.g. "ECS RAM role 'myrole' at http://100.100.100.200"
     * @param fetcher fetches new credentials; throws a {@link RuntimeException} (ideally a
     *                {@link CredentialsException} without secrets in its message) on failure
     */
    public RefreshingCredentialsCache(String source, Supplier<? extends C> fetcher, RefreshPolicy policy,
                                      Clock clock) {
        this.source = Objects.requireNonNull(source, "source");
        this.fetcher = Objects.requireNonNull(fetcher, "fetcher");
        this.policy = Objects.requireNonNull(policy, "policy");
        this.clock = Objects.requireNonNull(clock, "clock");
        // At most one thread, started on the first background refresh and gone a second after the last.
        this.refresher = new ThreadPoolExecutor(1, 1, 1, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), r -> {
            Thread t = new Thread(r, "migsdk-credentials-refresh");
            t.setDaemon(true);
            return t;
        });
        this.refresher.allowCoreThreadTimeOut(true);
    }

    /**
     * Cached credentials without blocking the caller: completed at once while the value is fresh or in
     * the prefetch window (the latter starts a background refresh), else the background refresh's future.
     */
    public CompletableFuture<C> getAsync() {
        Instant now = clock.instant();
        Entry<C> e = entry;
        if (e != null && (e.prefetchAt == null || now.isBefore(e.prefetchAt))) {
            return CompletableFuture.completedFuture(e.value);
        }
        CompletableFuture<C> refresh = refreshInBackground();
        if (e != null && now.isBefore(e.staleAt)) {
            return CompletableFuture.completedFuture(e.value);
        }
        return refresh;
    }

    private CompletableFuture<C> refreshInBackground() {
        while (true) {
            CompletableFuture<C> running = background.get();
            if (running != null) {
                return running;
            }
            CompletableFuture<C> mine = new CompletableFuture<>();
            if (!background.compareAndSet(null, mine)) {
                continue;
            }
            try {
                refresher.execute(() -> {
                    try {
                        mine.complete(lockedRefresh());
                    } catch (RuntimeException ex) {
                        mine.completeExceptionally(ex);
                    } finally {
                        background.compareAndSet(mine, null);
                    }
                });
            } catch (RejectedExecutionException ex) {
                background.compareAndSet(mine, null);
                mine.completeExceptionally(new CredentialsException("Could not start a refresh of " + source, ex));
            }
            return mine;
        }
    }

    private C lockedRefresh() {
        lock.lock();
        try {
            return refreshLocked(clock.instant());
        } finally {
            lock.unlock();
        }
    }

    /** Cached credentials, refreshed as needed; never {@code null}. */
    public C get() {
        Instant now = clock.instant();
        Entry<C> e = entry;
        if (e != null && (e.prefetchAt == null || now.isBefore(e.prefetchAt))) {
            return e.value;
        }
        if (e != null && now.isBefore(e.staleAt)) {
            // Prefetch window: one caller refreshes, the others carry on with the cached value.
            if (!lock.tryLock()) {
                return e.value;
            }
            try {
                return refreshLocked(clock.instant());
            } finally {
                lock.unlock();
            }
        }
        try {
            lock.lockInterruptibly();
        } catch (InterruptedException ie) {
            Thread.currentThread().interrupt();
            throw new CredentialsException("Interrupted while waiting for credentials from " + source, ie);
        }
        try {
            return refreshLocked(clock.instant());
        } finally {
            lock.unlock();
        }
    }

    /** Drops the cached value and any failure backoff; the next {@link #get()} fetches. */
    public void invalidate() {
        lock.lock();
        try {
            entry = null;
            failure = null;
        } finally {
            lock.unlock();
        }
    }

    /** The source's description, as used in messages. */
    public String source() {
        return source;
    }

    private C refreshLocked(Instant now) {
        Entry<C> e = entry;
        if (e != null && (e.prefetchAt == null || now.isBefore(e.prefetchAt))) {
            return e.value; // another caller refreshed while we waited
        }
        Failure f = failure;
        if (f != null && now.isBefore(f.retryAt)) {
            if (e != null && e.usable(now)) {
                return e.value;
            }
            throw new CredentialsException(f.error.getMessage() + " (next attempt after " + f.retryAt + ")",
                    f.error);
        }
        C fresh;
        try {
            fresh = Objects.requireNonNull(fetcher.get(), "fetcher returned null");
            Instant exp = fresh.expiration();
            if (exp != null && !now.isBefore(exp)) {
                throw new CredentialsException("the credentials returned had already expired at " + exp);
            }
        } catch (RuntimeException ex) {
            if (Thread.currentThread().isInterrupted()) {
                throw ex instanceof CredentialsException ce ? ce
                        : new CredentialsException("Interrupted while fetching credentials from " + source, ex);
            }
            CredentialsException error = ex instanceof CredentialsException ce && ce.getMessage() != null
                    && ce.getMessage().contains(source)
                    ? ce
                    : new CredentialsException("Unable to load credentials from " + source + ": "
                    + ex.getMessage(), ex);
            failure = new Failure(error, now.plus(policy.failureBackoff()));
            if (e != null && e.usable(now)) {
                LOG.warn("Refreshing credentials from {} failed; using the cached credentials, which expire at {},"
                        + " and retrying in {} s: {}", source, e.expiresAt, policy.failureBackoff().toSeconds(),
                        ex.getMessage());
                return e.value;
            }
            throw error;
        }
        failure = null;
        entry = entryFor(fresh, now);
        return fresh;
    }

    private Entry<C> entryFor(C value, Instant now) {
        Instant exp = value.expiration();
        if (exp == null) {
            return new Entry<>(value, null, null, null);
        }
        Instant staleAt = exp.minus(policy.stale());
        if (!staleAt.isAfter(now)) {
            // Issued with less life left than the stale margin: use it for a short while, then retry.
            staleAt = min(exp, now.plus(policy.failureBackoff()));
        }
        Instant prefetchAt = exp.minus(policy.prefetch());
        if (!prefetchAt.isAfter(now)) {
            prefetchAt = min(staleAt, now.plus(policy.failureBackoff()));
        }
        return new Entry<>(value, prefetchAt, staleAt, exp);
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    @Override
    public String toString() {
        return "RefreshingCredentialsCache[" + source + "]";
    }
}
