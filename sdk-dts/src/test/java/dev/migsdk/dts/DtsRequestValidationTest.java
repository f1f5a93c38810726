package dev.migsdk.dts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.migsdk.core.testing.AwkwardIds;
import dev.migsdk.core.testing.CallMode;
import dev.migsdk.dts.model.DeleteDtsJobRequest;
import java.util.function.Consumer;
import java.util.stream.Stream;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/** DTS ids reach the server unchanged as one query value each; bad input fails before anything is sent. */
class DtsRequestValidationTest {
    private DtsHarness h;

    @BeforeEach
    void start() {
        h = new DtsHarness();
    }

    @AfterEach
    void stop() {
        h.close();
    }

    static Stream<Arguments> awkwardIds() {
        return Stream.concat(AwkwardIds.all().stream(), Stream.of("d".repeat(4096), "..", "."))
                .flatMap(id -> Stream.of(CallMode.values()).map(m -> Arguments.of(id, m)));
    }

    @ParameterizedTest
    @MethodSource("awkwardIds")
    void sendsAwkwardIdsAsExactlyOneQueryValueEach(String id, CallMode mode) {
        h.enqueue(200, "{\"RequestId\":\"r\",\"Success\":true}", "Content-Type: application/json");

        h.delete(mode, b -> b.dtsJobId(id).dtsInstanceId(id));

        HttpUrl url = h.take().getUrl();
        assertThat(url.queryParameterValues("DtsJobId")).containsExactly(id);
        assertThat(url.queryParameterValues("DtsInstanceId")).containsExactly(id);
        assertThat(url.queryParameterNames()).containsExactlyInAnyOrder("Format", "DtsJobId", "DtsInstanceId");
    }

    static Stream<Arguments> badRequests() {
        Object[][] cases = {
                {(Consumer<DeleteDtsJobRequest.Builder>) b -> { }, NullPointerException.class, "dtsJobId"},
                {(Consumer<DeleteDtsJobRequest.Builder>) b -> b.dtsJobId(""), IllegalArgumentException.class, "dtsJobId"},
                {(Consumer<DeleteDtsJobRequest.Builder>) b -> b.dtsJobId(" \t"), IllegalArgumentException.class, "dtsJobId"},
                {(Consumer<DeleteDtsJobRequest.Builder>) b -> b.dtsJobId("d".repeat(70_000)), IllegalArgumentException.class,
                        "dtsJobId"},
                {(Consumer<DeleteDtsJobRequest.Builder>) b -> b.dtsJobId("l3m").dtsInstanceId("d".repeat(70_000)),
                        IllegalArgumentException.class, "dtsInstanceId"},
                {(Consumer<DeleteDtsJobRequest.Builder>) b -> b.dtsJobId("l3m\r\nX-Evil: 1"),
                        IllegalArgumentException.class, "dtsJobId"},
                {(Consumer<DeleteDtsJobRequest.Builder>) b -> b.dtsJobId("l3m\u0000"), IllegalArgumentException.class,
                        "dtsJobId"},
                {(Consumer<DeleteDtsJobRequest.Builder>) b -> b.dtsJobId("l3m\tx"), IllegalArgumentException.class,
                        "dtsJobId"},
                {(Consumer<DeleteDtsJobRequest.Builder>) b -> b.dtsJobId("l3m").dtsInstanceId(""),
                        IllegalArgumentException.class, "dtsInstanceId"},
                {(Consumer<DeleteDtsJobRequest.Builder>) b -> b.dtsJobId("l3m").dtsInstanceId("dts\nx"),
                        IllegalArgumentException.class, "dtsInstanceId"},
                {(Consumer<DeleteDtsJobRequest.Builder>) b -> b.dtsJobId("l3m").regionId("CN Beijing"),
                        IllegalArgumentException.class, "regionId"},
                {(Consumer<DeleteDtsJobRequest.Builder>) b -> b.dtsJobId("l3m").regionId(""),
                        IllegalArgumentException.class, "regionId"},
                {(Consumer<DeleteDtsJobRequest.Builder>) b -> b.dtsJobId("l3m").regionId("-cn-beijing"),
                        IllegalArgumentException.class, "regionId"},
                {(Consumer<DeleteDtsJobRequest.Builder>) b -> b.dtsJobId("l3m").regionId("cn-beijing-"),
                        IllegalArgumentException.class, "regionId"},
                {(Consumer<DeleteDtsJobRequest.Builder>) b -> b.dtsJobId("l3m").regionId("cn--beijing"),
                        IllegalArgumentException.class, "regionId"},
                {(Consumer<DeleteDtsJobRequest.Builder>) b -> b.dtsJobId("l3m").regionId("cn_beijing"),
                        IllegalArgumentException.class, "regionId"},
                {(Consumer<DeleteDtsJobRequest.Builder>) b -> b.dtsJobId("l3m").regionId("cn-beijing\n"),
                        IllegalArgumentException.class, "regionId"},
                {(Consumer<DeleteDtsJobRequest.Builder>) b -> b.dtsJobId("l3m").regionId("a".repeat(65)),
                        IllegalArgumentException.class, "regionId"},
                {(Consumer<DeleteDtsJobRequest.Builder>) b -> b.dtsJobId("l3m").overrides(o -> o.putHeader("X-Note",
                        "a\r\nb")), IllegalArgumentException.class, "X-Note"},
                {(Consumer<DeleteDtsJobRequest.Builder>) b -> b.dtsJobId("l3m").overrides(o -> o.putHeader("X-Note",
                        "a\u0000b")), IllegalArgumentException.class, "X-Note"},
                {(Consumer<DeleteDtsJobRequest.Builder>) b -> b.dtsJobId("l3m").overrides(o -> o.putHeader("X-Note",
                        "a\tb")), IllegalArgumentException.class, "X-Note"},
        };
        return Stream.of(cases).flatMap(c -> Stream.of(CallMode.values())
                .map(m -> Arguments.of(c[0], c[1], c[2], m)));
    }

    @ParameterizedTest
    @MethodSource("badRequests")
    void rejectsBadInputNamingTheFieldAndSendsNothing(Consumer<DeleteDtsJobRequest.Builder> request,
                                                      Class<? extends Throwable> type, String field, CallMode mode) {
        assertThatThrownBy(() -> h.delete(mode, request)).isInstanceOf(type).hasMessageContaining(field);
        assertThat(h.server.getRequestCount()).isZero();
    }

    @ParameterizedTest
    @EnumSource(CallMode.class)
    void rejectsNullRequestAndSendsNothing(CallMode mode) {
        assertThatThrownBy(() -> h.delete(mode, (DeleteDtsJobRequest) null))
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
