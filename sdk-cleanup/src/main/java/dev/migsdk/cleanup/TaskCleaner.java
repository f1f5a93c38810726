package dev.migsdk.cleanup;

import dev.migsdk.cleanup.internal.CleanupEngine;
import dev.migsdk.cleanup.internal.DtsOps;
import dev.migsdk.cleanup.internal.OmsOps;
import dev.migsdk.cleanup.internal.ServiceOps;
import dev.migsdk.cleanup.internal.SmcOps;
import dev.migsdk.cleanup.internal.SmsOps;
import dev.migsdk.core.Sleeper;
import dev.migsdk.core.waiter.WaiterConfig;
import dev.migsdk.dts.DtsAsyncClient;
import dev.migsdk.oms.OmsAsyncClient;
import dev.migsdk.smc.SmcAsyncClient;
import dev.migsdk.sms.SmsAsyncClient;
import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutionException;

/**
 * Cleans up migration tasks on SMC, DTS, OMS and SMS: for each task, delete it; if its state refuses the delete,
 * stop (pause) it, wait until it may be deleted, and delete it. A task already gone is a success, at any step.
 * Services with a batch delete (DTS, SMS) get their first deletes in batches. At most
 * {@link Builder#maxConcurrency(int)} calls are on their way at once, and no thread waits for anything: the
 * work runs on the async clients you give, which keep their own retry and rate-limit settings (turn on
 * {@code adaptiveRateLimiting}, or set {@code maxRequestsPerSecond} to the service's limit, for large
 * clean-ups). A step the service still throttles after the client's retries is tried again later (up to 8
 * times, 1 s to 30 s apart).
 *
 * <p>The cleaner does not own the clients: close them yourself. Thread-safe; one cleaner can run several
 * clean-ups.
 */
public final class TaskCleaner {
    private final CleanupEngine engine;

    private TaskCleaner(Builder b) {
        if (b.services.isEmpty()) {
            throw new IllegalStateException("give the cleaner at least one client: smc(...), dts(...), oms(...) or"
                    + " sms(...)");
        }
        this.engine = new CleanupEngine(b.services, b.maxConcurrency, b.waiterConfig, b.listener, b.clock,
                b.sleeper, b.batchDeletes);
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * Starts cleaning up {@code tasks} (duplicates are cleaned once each time they appear) and returns at once.
     *
     * @throws IllegalArgumentException if a task's service has no client; nothing is sent then
     */
    public CleanupRun start(Collection<TaskRef> tasks) {
        return engine.start(List.copyOf(tasks));
    }

    /**
     * Cleans up {@code tasks} and returns the report. If the calling thread is interrupted, the clean-up is
     * cancelled (calls on their way get 5 seconds), the report of what was done is returned, and the thread
     * keeps its interrupt flag.
     */
    public CleanupReport clean(Collection<TaskRef> tasks) {
        CleanupRun run = start(tasks);
        try {
            return run.report().get();
        } catch (InterruptedException e) {
            run.cancel(Duration.ofSeconds(5));
            CleanupReport report = run.report().join();
            Thread.currentThread().interrupt();
            return report;
        } catch (ExecutionException e) {
            throw new IllegalStateException("the clean-up failed unexpectedly", e.getCause());
        }
    }

    /** Builder for a {@link TaskCleaner}. */
    public static final class Builder {
        private final Map<CloudService, ServiceOps> services = new EnumMap<>(CloudService.class);
        private int maxConcurrency = 16;
        private WaiterConfig waiterConfig = WaiterConfig.defaults();
        private CleanupListener listener = new CleanupListener() { };
        private Clock clock = Clock.systemUTC();
        private Sleeper sleeper = Sleeper.system();
        private boolean batchDeletes = true;

        private Builder() {
        }

        /** Cleans SMC replication jobs ({@code smc:} references) with this client. */
        public Builder smc(SmcAsyncClient client) {
            services.put(CloudService.SMC, new SmcOps(Objects.requireNonNull(client, "client")));
            return this;
        }

        /** Cleans DTS jobs ({@code dts:} references) with this client. */
        public Builder dts(DtsAsyncClient client) {
            services.put(CloudService.DTS, new DtsOps(Objects.requireNonNull(client, "client")));
            return this;
        }

        /** Cleans OMS tasks ({@code oms:} references) with this client. */
        public Builder oms(OmsAsyncClient client) {
            services.put(CloudService.OMS, new OmsOps(Objects.requireNonNull(client, "client")));
            return this;
        }

        /** Cleans SMS tasks ({@code sms:} references) with this client. */
        public Builder sms(SmsAsyncClient client) {
            services.put(CloudService.SMS, new SmsOps(Objects.requireNonNull(client, "client")));
            return this;
        }

        /** The most calls on their way at once, across services (default 16); waits for a stop hold none. */
        public Builder maxConcurrency(int maxConcurrency) {
            if (maxConcurrency < 1) {
                throw new IllegalArgumentException("maxConcurrency must be at least 1 (was " + maxConcurrency + ")");
            }
            this.maxConcurrency = maxConcurrency;
            return this;
        }

        /** How long and how often to poll a stopped task until it may be deleted (default {@link WaiterConfig#defaults()}). */
        public Builder waiterConfig(WaiterConfig waiterConfig) {
            this.waiterConfig = Objects.requireNonNull(waiterConfig, "waiterConfig");
            return this;
        }

        /** Hears progress (default none). */
        public Builder listener(CleanupListener listener) {
            this.listener = Objects.requireNonNull(listener, "listener");
            return this;
        }

        /** Whether DTS and SMS first deletes go in batches (default true); off, every task has its own calls. */
        public Builder batchDeletes(boolean batchDeletes) {
            this.batchDeletes = batchDeletes;
            return this;
        }

        /** The clock for the times in the report (default the system clock; tests pass a virtual one). */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /**
         * How the cleaner waits before trying a step again that the service kept throttling past the client's
         * retries (default {@link Sleeper#system()}, which holds no thread; tests pass a virtual one).
         */
        public Builder sleeper(Sleeper sleeper) {
            this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
            return this;
        }

        public TaskCleaner build() {
            return new TaskCleaner(this);
        }
    }
}
