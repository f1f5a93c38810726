package dev.migsdk.sms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.migsdk.core.auth.HuaweiTokenCredentials;
import dev.migsdk.core.testing.AwkwardIds;
import dev.migsdk.core.testing.CallMode;
import dev.migsdk.sms.model.DeleteTaskRequest;
import java.util.function.Consumer;
import java.util.stream.Stream;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/** SMS task ids reach the server unchanged as one path segment; bad input fails before anything is sent. */
class SmsRequestValidationTest {
    private SmsHarness h;

    @BeforeEach
    void start() {
        h = new SmsHarness();
    }

    @AfterEach
    void stop() {
        h.close();
    }

    static Stream<Arguments> awkwardIds() {
        return Stream.concat(AwkwardIds.all().stream(), Stream.of("t".repeat(255), "任".repeat(255)))
                .flatMap(id -> Stream.of(CallMode.values()).map(m -> Arguments.of(id, m)));
    }

    @ParameterizedTest
    @MethodSource("awkwardIds")
    void sendsAwkwardTaskIdAsExactlyOnePathSegment(String id, CallMode mode) {
        h.enqueue(200, "");

        h.delete(mode, id);

        HttpUrl url = h.take().getUrl();
        assertThat(url.pathSegments()).containsExactly("v3", "tasks", id);
        assertThat(url.querySize()).isZero();
    }

    static Stream<Arguments> badRequests() {
        Object[][] cases = {
                {(Consumer<DeleteTaskRequest.Builder>) b -> { }, NullPointerException.class, "taskId"},
                {(Consumer<DeleteTaskRequest.Builder>) b -> b.taskId(""), IllegalArgumentException.class, "taskId"},
                {(Consumer<DeleteTaskRequest.Builder>) b -> b.taskId("   "), IllegalArgumentException.class, "taskId"},
                {(Consumer<DeleteTaskRequest.Builder>) b -> b.taskId("t".repeat(256)), IllegalArgumentException.class,
                        "taskId"},
                {(Consumer<DeleteTaskRequest.Builder>) b -> b.taskId("."), IllegalArgumentException.class, "task_id"},
                {(Consumer<DeleteTaskRequest.Builder>) b -> b.taskId(".."), IllegalArgumentException.class, "task_id"},
                {(Consumer<DeleteTaskRequest.Builder>) b -> b.taskId("t\r\nX-Evil: 1"), IllegalArgumentException.class,
                        "taskId"},
                {(Consumer<DeleteTaskRequest.Builder>) b -> b.taskId("t\n"), IllegalArgumentException.class, "taskId"},
                {(Consumer<DeleteTaskRequest.Builder>) b -> b.taskId("t\u0000"), IllegalArgumentException.class,
                        "taskId"},
                {(Consumer<DeleteTaskRequest.Builder>) b -> b.taskId("t\tx"), IllegalArgumentException.class, "taskId"},
                {(Consumer<DeleteTaskRequest.Builder>) b -> b.taskId("t").overrides(o -> o.putHeader("X-Note",
                        "a\r\nb")), IllegalArgumentException.class, "X-Note"},
                {(Consumer<DeleteTaskRequest.Builder>) b -> b.taskId("t").overrides(o -> o.putHeader("X-Note",
                        "a\u0000b")), IllegalArgumentException.class, "X-Note"},
                {(Consumer<DeleteTaskRequest.Builder>) b -> b.taskId("t").overrides(o -> o.putHeader("X-Note",
                        "a\tb")), IllegalArgumentException.class, "X-Note"},
        };
        return Stream.of(cases).flatMap(c -> Stream.of(CallMode.values())
                .map(m -> Arguments.of(c[0], c[1], c[2], m)));
    }

    @ParameterizedTest
    @MethodSource("badRequests")
    void rejectsBadInputNamingTheFieldAndSendsNothing(Consumer<DeleteTaskRequest.Builder> request,
                                                      Class<? extends Throwable> type, String field, CallMode mode) {
        assertThatThrownBy(() -> h.delete(mode, request)).isInstanceOf(type).hasMessageContaining(field);
        assertThat(h.server.getRequestCount()).isZero();
    }

    @ParameterizedTest
    @EnumSource(CallMode.class)
    void rejectsNullRequestAndSendsNothing(CallMode mode) {
        assertThatThrownBy(() -> h.delete(mode, (DeleteTaskRequest) null))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("request");
        assertThat(h.server.getRequestCount()).isZero();
    }

    @Test
    void rejectsTokenLongerThanTheServicesAccept() {
        String tooLong = "t".repeat(HuaweiTokenCredentials.MAX_TOKEN_LENGTH + 1);

        assertThatThrownBy(() -> HuaweiTokenCredentials.of(tooLong))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("token")
                .hasMessageNotContaining(tooLong);
        assertThatThrownBy(() -> HuaweiTokenCredentials.of(null)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("token");
        assertThatThrownBy(() -> HuaweiTokenCredentials.of("tok\r\nen")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("token");
        assertThat(h.server.getRequestCount()).isZero();
    }

    @ParameterizedTest
    @EnumSource(CallMode.class)
    void builderCodeThatThrowsFailsTheCallAndSendsNothing(CallMode mode) {
        IllegalStateException boom = new IllegalStateException("boom");

        assertThatThrownBy(() -> h.delete(mode, b -> {
            throw boom;
        })).isSameAs(boom);
        assertThat(h.server.getRequestCount()).isZero();
    }
}
