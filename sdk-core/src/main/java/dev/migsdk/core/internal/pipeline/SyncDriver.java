package dev.migsdk.core.internal.pipeline;

import dev.migsdk.core.SdkRequest;
import dev.migsdk.core.SdkResponse;
import dev.migsdk.core.auth.Credentials;
import dev.migsdk.core.exception.SdkException;
import dev.migsdk.core.internal.http.HttpResponse;
import dev.migsdk.http.HttpTransport;
import java.io.IOException;
import java.time.Duration;

/** Drives a call through the {@link Pipeline} on the caller's thread. Internal API. */
final class SyncDriver<C extends Credentials> {
    private final Pipeline<C> pipeline;

    SyncDriver(Pipeline<C> pipeline) {
        this.pipeline = pipeline;
    }

    <Req extends SdkRequest, Resp extends SdkResponse> Resp execute(Operation<Req, Resp> op, Req request) {
        Call<C, Req, Resp> call = pipeline.begin(op, request);
        while (true) {
            Step<Resp> step;
            try {
                Attempt attempt = pipeline.attempt(call, pipeline.credentials(call));
                waitFor(call, attempt.rateLimitDelay());
                try {
                    HttpResponse response = HttpResponse.of(pipeline.transport().execute(attempt.request(), attempt.timeout()));
                    step = pipeline.onAnswer(call, attempt, response);
                } catch (IOException e) {
                    if (HttpTransport.isInterruption(e) || Thread.currentThread().isInterrupted()) {
                        throw pipeline.interrupted(call, e);
                    }
                    step = pipeline.onIoFailure(call, attempt, e);
                } catch (LinkageError e) { // a version conflict met by the transport or a codec: diagnose it
                    throw pipeline.linkage(call, e);
                }
                if (step.isRetry()) {
                    waitFor(call, step.retryDelay());
                    continue;
                }
            } catch (SdkException e) {
                step = Step.failure(e);
            }
            return pipeline.finish(call, step);
        }
    }

    private void waitFor(Call<C, ?, ?> call, Duration delay) {
        try {
            pipeline.lifecycle().sleep(delay);
        } catch (InterruptedException e) {
            throw pipeline.interrupted(call, e);
        }
    }
}
