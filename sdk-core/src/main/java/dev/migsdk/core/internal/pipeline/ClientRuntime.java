package dev.migsdk.core.internal.pipeline;

import dev.migsdk.core.SdkRequest;
import dev.migsdk.core.SdkResponse;
import dev.migsdk.core.Sleeper;
import dev.migsdk.core.auth.Credentials;
import dev.migsdk.core.interceptor.ExecutionInterceptor;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * What a client is made of at run time: its {@link Pipeline} (the stages, in order), the sync and
 * async drivers that move calls through it, and its lifecycle. Product clients hold one and call
 * {@link #execute} or {@link #executeAsync}. Internal API.
 *
 * <p>{@link #close()}: new calls fail at once with {@code IllegalStateException("client is closed")};
 * calls waiting to be sent or retried (queued in the dispatcher, waiting for credentials, the rate
 * limiter or backoff) fail with a non-retryable {@link dev.migsdk.core.exception.SdkClientException}
 * saying the client was closed; exchanges already on the wire get {@link #CLOSE_GRACE} to finish and are
 * then cancelled; nothing is retried after close.
 *
 * @param <C> credentials type
 */
public final class ClientRuntime<C extends Credentials> implements AutoCloseable {
    /** The whole-call deadline of a client that sets none. */
    public static final Duration DEFAULT_API_CALL_TIMEOUT = Duration.ofMinutes(2);

    /** How long {@link #close()} lets exchanges already on the wire finish before cancelling them. */
    public static final Duration CLOSE_GRACE = Duration.ofSeconds(5);

    private final RuntimeSettings<C> settings;
    private final Lifecycle lifecycle;
    private final Pipeline<C> pipeline;
    private final SyncDriver<C> sync;
    private final AsyncDriver<C> async;
    private final Duration closeGrace;

    public ClientRuntime(RuntimeSettings<C> settings) {
        this(settings, List.of(), CLOSE_GRACE);
    }

    public ClientRuntime(RuntimeSettings<C> settings, List<ExecutionInterceptor> interceptors, Duration closeGrace) {
        this.settings = settings;
        Sleeper sleeper = settings.sleeper() == Sleeper.system() ? null : settings.sleeper();
        this.lifecycle = new Lifecycle(settings.spec().name(), sleeper);
        this.pipeline = new Pipeline<>(settings, lifecycle, interceptors);
        this.sync = new SyncDriver<>(pipeline);
        this.async = new AsyncDriver<>(pipeline);
        this.closeGrace = closeGrace;
    }

    public RuntimeSettings<C> settings() {
        return settings;
    }

    /** Runs {@code operation} on the calling thread. */
    public <Req extends SdkRequest, Resp extends SdkResponse> Resp execute(Operation<Req, Resp> operation, Req request) {
        return sync.execute(operation, request);
    }

    /** Runs {@code operation} without blocking; the future fails with what {@link #execute} would throw. */
    public <Req extends SdkRequest, Resp extends SdkResponse> CompletableFuture<Resp> executeAsync(
            Operation<Req, Resp> operation, Req request) {
        return async.execute(operation, request);
    }

    /** The clock correction learned from the last clock-skew rejection (zero if none). */
    public Duration clockOffset() {
        return pipeline.clockOffset();
    }

    @Override
    public void close() {
        if (lifecycle.isClosed()) {
            return;
        }
        lifecycle.close();
        settings.transport().shutdown(closeGrace);
    }
}
