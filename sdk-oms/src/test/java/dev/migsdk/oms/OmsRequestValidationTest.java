package dev.migsdk.oms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.migsdk.core.testing.AwkwardIds;
import dev.migsdk.core.testing.CallMode;
import dev.migsdk.oms.model.DeleteTaskRequest;
import java.util.function.Consumer;
import java.util.stream.Stream;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/** OMS ids reach the server as single path segments; bad input fails before anything is sent. */
class OmsRequestValidationTest {
    private OmsHarness h;

    @BeforeEach
    void start() {
        h = new OmsHarness();
    }

    @AfterEach
    void stop() {
        h.close();
    }

    static Stream<Arguments> awkwardAsciiProjectIds() {
        return Stream.concat(AwkwardIds.all().stream().filter(id -> id.chars().allMatch(c -> c > 0x20 && c < 0x7f)),
                        Stream.of("p".repeat(1024)))
                .flatMap(id -> Stream.of(CallMode.values()).map(m -> Arguments.of(id, m)));
    }

    @ParameterizedTest
    @MethodSource("awkwardAsciiProjectIds")
    void sendsAwkwardProjectIdAsExactlyOnePathSegmentAndIntactHeader(String projectId, CallMode mode) {
        h.enqueue(200, "");

        h.delete(mode, b -> b.taskId(42L).projectId(projectId));

        var r = h.take();
        HttpUrl url = r.getUrl();
        assertThat(url.pathSegments()).containsExactly("v2", projectId, "tasks", "42");
        assertThat(url.querySize()).isZero();
        assertThat(r.getHeaders().get("X-Project-Id")).isEqualTo(projectId);
    }

    static Stream<Arguments> badRequests() {
        Object[][] cases = {
                {(Consumer<DeleteTaskRequest.Builder>) b -> { }, NullPointerException.class, "taskId"},
                {(Consumer<DeleteTaskRequest.Builder>) b -> b.taskId(1_000_000_000_000_000L), IllegalArgumentException.class,
                        "taskId"},
                {(Consumer<DeleteTaskRequest.Builder>) b -> b.taskId(-1L), IllegalArgumentException.class, "taskId"},
                {(Consumer<DeleteTaskRequest.Builder>) b -> b.taskId(Long.MIN_VALUE), IllegalArgumentException.class,
                        "taskId"},
                {(Consumer<DeleteTaskRequest.Builder>) b -> b.taskId(1L).projectId(""), IllegalArgumentException.class,
                        "projectId"},
                {(Consumer<DeleteTaskRequest.Builder>) b -> b.taskId(1L).projectId("  "),
                        IllegalArgumentException.class, "projectId"},
                {(Consumer<DeleteTaskRequest.Builder>) b -> b.taskId(1L).projectId("p".repeat(1025)),
                        IllegalArgumentException.class, "projectId"},
                {(Consumer<DeleteTaskRequest.Builder>) b -> b.taskId(1L).projectId("p\r\nX-Evil: 1"),
                        IllegalArgumentException.class, "projectId"},
                {(Consumer<DeleteTaskRequest.Builder>) b -> b.taskId(1L).projectId("p\u0000"),
                        IllegalArgumentException.class, "projectId"},
                {(Consumer<DeleteTaskRequest.Builder>) b -> b.taskId(1L).projectId("p\tq"),
                        IllegalArgumentException.class, "projectId"},
                {(Consumer<DeleteTaskRequest.Builder>) b -> b.taskId(1L).projectId("with space"),
                        IllegalArgumentException.class, "projectId"},
                {(Consumer<DeleteTaskRequest.Builder>) b -> b.taskId(1L).projectId(" 0123abc "),
                        IllegalArgumentException.class, "projectId"},
                {(Consumer<DeleteTaskRequest.Builder>) b -> b.taskId(1L).projectId("项目"),
                        IllegalArgumentException.class, "projectId"},
                {(Consumer<DeleteTaskRequest.Builder>) b -> b.taskId(1L).projectId("."), IllegalArgumentException.class,
                        "project_id"},
                {(Consumer<DeleteTaskRequest.Builder>) b -> b.taskId(1L).projectId(".."),
                        IllegalArgumentException.class, "project_id"},
                {(Consumer<DeleteTaskRequest.Builder>) b -> b.taskId(1L).overrides(o -> o.putHeader("X-Note", "a\r\nb")),
                        IllegalArgumentException.class, "X-Note"},
                {(Consumer<DeleteTaskRequest.Builder>) b -> b.taskId(1L).overrides(o -> o.putHeader("X-Note", "a\u0000")),
                        IllegalArgumentException.class, "X-Note"},
                {(Consumer<DeleteTaskRequest.Builder>) b -> b.taskId(1L).overrides(o -> o.putHeader("X-Note", "a\tb")),
                        IllegalArgumentException.class, "X-Note"},
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
    void rejectsUnsendableProjectIdFromCredentialsAndSendsNothing(CallMode mode) {
        h.close();
        h = new OmsHarness(OmsHarness.AKSK.toBuilder().projectId("my project").build());

        assertThatThrownBy(() -> h.delete(mode, 7L))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("projectId");
        assertThat(h.server.getRequestCount()).isZero();
    }

    @ParameterizedTest
    @EnumSource(CallMode.class)
    void rejectsNullRequestAndSendsNothing(CallMode mode) {
        assertThatThrownBy(() -> h.delete(mode, (DeleteTaskRequest) null))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("request");
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
