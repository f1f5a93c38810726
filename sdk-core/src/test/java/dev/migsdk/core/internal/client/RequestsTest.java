package dev.migsdk.core.internal.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class RequestsTest {

    @Test
    void passesTheBuiltRequestToTheCall() {
        CompletableFuture<String> f = Requests.async(() -> "req", r -> CompletableFuture.completedFuture(r + "-done"));

        assertThat(f.join()).isEqualTo("req-done");
    }

    @Test
    void aBuildThatThrowsFailsTheFutureWithThatExceptionAndMakesNoCall() {
        IllegalStateException boom = new IllegalStateException("boom");
        AtomicInteger calls = new AtomicInteger();

        CompletableFuture<String> f = Requests.<String, String>async(() -> {
            throw boom;
        }, r -> {
            calls.incrementAndGet();
            return CompletableFuture.completedFuture(r);
        });

        assertThat(f).isCompletedExceptionally();
        assertThat(f.handle((r, e) -> e).join()).isSameAs(boom).isNotInstanceOf(CompletionException.class);
        assertThat(calls).hasValue(0);
    }
}
