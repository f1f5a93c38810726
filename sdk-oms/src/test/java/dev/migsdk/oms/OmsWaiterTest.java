package dev.migsdk.oms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.migsdk.core.exception.AuthenticationException;
import dev.migsdk.core.testing.CallMode;
import dev.migsdk.core.waiter.WaiterConfig;
import dev.migsdk.core.waiter.WaiterResult;
import dev.migsdk.oms.model.ShowTaskRequest;
import dev.migsdk.oms.model.ShowTaskResponse;
import dev.migsdk.oms.model.TaskStatus;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The OMS waiter over MockWebServer: each poll's deadline, the caller's project id, errors that end the wait. */
class OmsWaiterTest {
    private static final WaiterConfig CONFIG = WaiterConfig.builder().minDelay(Duration.ofMillis(1))
            .maxDelay(Duration.ofMillis(2)).pollTimeout(Duration.ofSeconds(1)).maxWait(Duration.ofMinutes(1)).build();

    private OmsHarness h;

    @AfterEach
    void stop() {
        if (h != null) {
            h.close();
        }
    }

    private WaiterResult<ShowTaskResponse> waitStopped(CallMode mode, ShowTaskRequest request) {
        return mode.call(() -> h.sync.waiter().waitUntilStopped(request, CONFIG),
                () -> h.async.waiter().waitUntilStopped(request, CONFIG));
    }

    @ParameterizedTest
    @EnumSource(CallMode.class)
    void aPollThatOutlivesItsDeadlineIsCutAndTheWaitGoesOn(CallMode mode) throws Exception {
        h = new OmsHarness();
        h.server.enqueue(new MockResponse.Builder().code(200).body("{\"id\":3,\"status\":3}")
                .headersDelay(3, TimeUnit.SECONDS).build());
        h.enqueue(200, "{\"id\":3,\"status\":7}");
        h.enqueue(200, "{\"id\":3,\"status\":3}", "X-Request-Id: paused");

        long start = System.nanoTime();
        WaiterResult<ShowTaskResponse> r = waitStopped(mode, ShowTaskRequest.builder().taskId(3L)
                .projectId("p-of-request").build());

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
        assertThat(r.response()).map(ShowTaskResponse::status).contains(TaskStatus.PAUSED);
        assertThat(r.response()).map(ShowTaskResponse::requestId).contains("paused");
        // poll 1: its first attempt hangs past its share of the 1 s poll deadline and is retried within the poll
        // (answered "pausing"); poll 2 sees "paused". Without the poll deadline the hung attempt would answer after 3 s.
        assertThat(r.attempts()).isEqualTo(2);
        for (int i = 0; i < 3; i++) {
            assertThat(h.take().getUrl().pathSegments()).containsExactly("v2", "p-of-request", "tasks", "3");
        }
    }

    @ParameterizedTest
    @EnumSource(CallMode.class)
    void anErrorThatIsNoStateEndsTheWaitAsItself(CallMode mode) {
        h = new OmsHarness();
        h.enqueue(401, "{\"error_code\":\"APIGW.0301\",\"error_msg\":\"Incorrect IAM authentication information\"}");

        assertThatThrownBy(() -> waitStopped(mode, ShowTaskRequest.builder().taskId(3L).build()))
                .isInstanceOf(AuthenticationException.class);
        assertThat(h.server.getRequestCount()).isEqualTo(1);
    }

    @ParameterizedTest
    @EnumSource(CallMode.class)
    void anInvalidRequestIsRefusedBeforeAnyPoll(CallMode mode) {
        h = new OmsHarness();

        assertThatThrownBy(() -> waitStopped(mode, ShowTaskRequest.builder().build()))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("taskId");
        assertThatThrownBy(() -> mode.call(() -> h.sync.waiter().waitUntilDeleted(ShowTaskRequest.builder().taskId(1L)
                        .build(), null), () -> h.async.waiter().waitUntilDeleted(ShowTaskRequest.builder().taskId(1L)
                        .build(), null))).isInstanceOf(NullPointerException.class).hasMessageContaining("config");
        assertThat(h.server.getRequestCount()).isZero();
    }
}
