package dev.migsdk.core.internal.pipeline;

import dev.migsdk.core.SdkRequest;
import dev.migsdk.core.SdkResponse;
import dev.migsdk.core.auth.Credentials;
import dev.migsdk.core.exception.SdkException;
import dev.migsdk.core.internal.http.HttpResponse;
import dev.migsdk.http.HttpTransportResponse;
import java.io.IOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Drives a call through the {@link Pipeline} without blocking any thread: credentials, rate-limit waits,
 * sends and backoff are futures, and each stage runs on whichever thread completed the previous one.
 * Cancelling the caller's future cancels what is in progress; a call not yet sent is then never sent.
 * Internal API.
 */
final class AsyncDriver<C extends Credentials> {
    private final Pipeline<C> pipeline;

    AsyncDriver(Pipeline<C> pipeline) {
        this.pipeline = pipeline;
    }

    <Req extends SdkRequest, Resp extends SdkResponse> CompletableFuture<Resp> execute(Operation<Req, Resp> op,
                                                                                     Req request) {
        Call<C, Req, Resp> call;
        try {
            call = pipeline.begin(op, request);
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
        CompletableFuture<Resp> result = new CompletableFuture<>();
        result.whenComplete((r, e) -> {
            CompletableFuture<?> f = call.inFlight;
            if (result.isCancelled() && f != null) {
                f.cancel(true);
            }
        });
        nextAttempt(call, result);
        return result;
    }

    /** Stage 1 of an attempt: its credentials, as a future. */
    private <Resp extends SdkResponse> void nextAttempt(Call<C, ?, Resp> call, CompletableFuture<Resp> result) {
        if (result.isDone()) {
            return; // cancelled by the caller
        }
        CompletableFuture<C> credentials = pipeline.credentialsAsync(call);
        if (!credentials.isDone()) {
            credentials = bounded(call, credentials);
        }
        call.inFlight = credentials;
        credentials.whenComplete((c, error) -> {
            if (error != null) {
                finish(call, Step.failure(unwrapSdk(error)), result);
            } else {
                sendAttempt(call, c, result);
            }
        });
    }

    /** Stage 2: sign and send, after the rate limiter's wait if it asks for one. */
    private <Resp extends SdkResponse> void sendAttempt(Call<C, ?, Resp> call, C credentials,
                                                        CompletableFuture<Resp> result) {
        Attempt attempt;
        try {
            attempt = pipeline.attempt(call, credentials);
        } catch (RuntimeException e) {
            fail(call, e, result);
            return;
        }
        CompletableFuture<Void> limiter = pipeline.lifecycle().delay(attempt.rateLimitDelay());
        CompletableFuture<HttpResponse> send;
        if (limiter.isDone()) {
            send = send(call, attempt, result);
        } else {
            call.inFlight = limiter;
            send = limiter.thenCompose(v -> send(call, attempt, result));
        }
        send.whenComplete((response, error) -> onAnswer(call, attempt, response, error, result));
    }

    /** Stage 3: judge the answer (or its absence); finish, or back off on the client's timer and go again. */
    private <Resp extends SdkResponse> void onAnswer(Call<C, ?, Resp> call, Attempt attempt, HttpResponse response,
                                                     Throwable error, CompletableFuture<Resp> result) {
        Step<Resp> step;
        try {
            if (error == null) {
                step = pipeline.onAnswer(call, attempt, response);
            } else if (unwrap(error) instanceof IOException io) {
                step = pipeline.onIoFailure(call, attempt, io);
            } else if (unwrap(error) instanceof LinkageError le) {
                step = Step.failure(pipeline.linkage(call, le));
            } else {
                fail(call, unwrap(error), result);
                return;
            }
        } catch (RuntimeException e) {
            fail(call, e, result);
            return;
        } catch (LinkageError e) { // a version conflict met while decoding: a diagnosis, never a raw Error
            step = Step.failure(pipeline.linkage(call, e));
        }
        if (step.isRetry()) {
            CompletableFuture<Void> wait = pipeline.lifecycle().delay(step.retryDelay());
            call.inFlight = wait;
            wait.whenComplete((v, e) -> nextAttempt(call, result));
        } else {
            finish(call, step, result);
        }
    }

    /** Hands the attempt to the transport, unless the caller cancelled meanwhile (then it is never sent). */
    private CompletableFuture<HttpResponse> send(Call<C, ?, ?> call, Attempt attempt, CompletableFuture<?> result) {
        if (result.isDone()) {
            return new CompletableFuture<>();
        }
        CompletableFuture<HttpTransportResponse> send;
        try {
            send = pipeline.transport().executeAsync(attempt.request(), attempt.timeout());
        } catch (RuntimeException e) { // a transport may refuse some requests while building its call
            return CompletableFuture.failedFuture(e);
        }
        call.inFlight = send; // what a cancel of the caller's future cancels: the transport's exchange itself
        if (result.isCancelled()) {
            send.cancel(true);
        }
        return send.thenApply(HttpResponse::of);
    }

    private <Resp extends SdkResponse> void finish(Call<C, ?, Resp> call, Step<Resp> step,
                                                   CompletableFuture<Resp> result) {
        try {
            result.complete(pipeline.finish(call, step));
        } catch (RuntimeException e) {
            result.completeExceptionally(e);
        }
    }

    /** An SDK failure ends the call through the pipeline; any other (bad input found while marshalling) as it is. */
    private <Resp extends SdkResponse> void fail(Call<C, ?, Resp> call, Throwable e, CompletableFuture<Resp> result) {
        if (e instanceof SdkException sdk) {
            finish(call, Step.failure(sdk), result);
        } else {
            result.completeExceptionally(e);
        }
    }

    /** {@code credentials}, failed with the call's timeout at its deadline, or at once when the client closes. */
    private CompletableFuture<C> bounded(Call<C, ?, ?> call, CompletableFuture<C> credentials) {
        CompletableFuture<C> bounded = new CompletableFuture<>();
        CompletableFuture<Void> deadline = pipeline.lifecycle().delay(java.time.Duration.ofNanos(Math.max(0, call.remainingNanos())));
        credentials.whenComplete((c, e) -> {
            if (e != null) {
                bounded.completeExceptionally(e);
            } else {
                bounded.complete(c);
            }
            deadline.complete(null); // ends the wait; `bounded` is already complete, so this is a no-op for it
        });
        deadline.thenRun(() -> bounded.completeExceptionally(pipeline.waitEnded(call, "waiting for credentials")));
        return bounded;
    }

    private static SdkException unwrapSdk(Throwable error) {
        Throwable t = unwrap(error);
        return t instanceof SdkException e ? e : new dev.migsdk.core.exception.CredentialsException(String.valueOf(t), t);
    }

    private static Throwable unwrap(Throwable t) {
        while (t instanceof CompletionException && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }
}
