package dev.migsdk.smc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.migsdk.core.testing.AwkwardIds;
import dev.migsdk.core.testing.CallMode;
import dev.migsdk.smc.SmcHarness.Op;
import dev.migsdk.smc.model.DeleteReplicationJobRequest;
import dev.migsdk.smc.model.StopReplicationJobRequest;
import java.util.stream.Stream;
import mockwebserver3.RecordedRequest;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Job ids reach SMC unchanged as one query value; bad input fails before anything is sent, sync and async. */
class SmcRequestValidationTest {
    private SmcHarness h;

    @BeforeEach
    void start() {
        h = new SmcHarness();
    }

    @AfterEach
    void stop() {
        h.close();
    }

    static Stream<Arguments> awkwardIds() {
        return Stream.concat(AwkwardIds.all().stream(), Stream.of("j".repeat(4096), "..", "."))
                .flatMap(id -> Stream.of(Op.values()).flatMap(op -> Stream.of(CallMode.values())
                        .map(m -> Arguments.of(id, op, m))));
    }

    @ParameterizedTest
    @MethodSource("awkwardIds")
    void sendsAwkwardJobIdAsExactlyOneQueryValue(String id, Op op, CallMode mode) {
        h.enqueueJson(200, op.successFixture("json"));

        h.call(mode, op, id);

        RecordedRequest r = h.take();
        HttpUrl url = r.getUrl();
        assertThat(url.queryParameterValues("JobId")).containsExactly(id);
        assertThat(url.queryParameterNames()).containsExactlyInAnyOrder("Format", "JobId");
        assertThat(url.encodedPath()).isEqualTo("/");
    }

    @ParameterizedTest
    @MethodSource("awkwardIds")
    void sendsAwkwardJobIdIntactWithRpcSignature(String id, Op op, CallMode mode) {
        h.close();
        h = new SmcHarness(b -> b.signatureAlgorithm(dev.migsdk.core.auth.AlibabaSignatureAlgorithm.RPC_HMAC_SHA1));
        h.enqueueJson(200, op.successFixture("json"));

        h.call(mode, op, id);

        HttpUrl url = h.take().getUrl();
        assertThat(url.queryParameterValues("JobId")).containsExactly(id);
        assertThat(url.queryParameterValues("Action")).containsExactly(op.action);
    }

    static Stream<Arguments> badJobIds() {
        Object[][] cases = {
                {null, NullPointerException.class},
                {"", IllegalArgumentException.class},
                {"   ", IllegalArgumentException.class},
                {"j".repeat(70_000), IllegalArgumentException.class}, // past what one request carries (no documented id limit)
                {"j-1\r\nX-Injected: yes", IllegalArgumentException.class},
                {"j-1\n", IllegalArgumentException.class},
                {"j-1\u0000", IllegalArgumentException.class},
                {"j-1\tx", IllegalArgumentException.class},
        };
        return Stream.of(cases).flatMap(c -> Stream.of(Op.values()).flatMap(op -> Stream.of(CallMode.values())
                .map(m -> Arguments.of(c[0] == null ? null : c[0], c[1], op, m))));
    }

    @ParameterizedTest
    @MethodSource("badJobIds")
    void rejectsBadJobIdNamingTheFieldAndSendsNothing(String id, Class<? extends Throwable> type, Op op,
                                                      CallMode mode) {
        assertThatThrownBy(() -> h.call(mode, op, id)).isInstanceOf(type).hasMessageContaining("jobId");
        assertThat(h.server.getRequestCount()).isZero();
    }

    @ParameterizedTest
    @EnumSource(CallMode.class)
    void rejectsNullRequestAndSendsNothing(CallMode mode) {
        assertThatThrownBy(() -> mode.call(() -> h.sync.deleteReplicationJob((DeleteReplicationJobRequest) null),
                () -> h.async.deleteReplicationJob((DeleteReplicationJobRequest) null)))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("request");
        assertThatThrownBy(() -> mode.call(() -> h.sync.stopReplicationJob((StopReplicationJobRequest) null),
                () -> h.async.stopReplicationJob((StopReplicationJobRequest) null)))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("request");
        assertThat(h.server.getRequestCount()).isZero();
    }

    static Stream<Arguments> badHeaderValues() {
        return Stream.of("a\r\nX-Injected: 1", "a\nb", "a\u0000b", "a\tb")
                .flatMap(v -> Stream.of(CallMode.values()).map(m -> Arguments.of(v, m)));
    }

    @ParameterizedTest
    @MethodSource("badHeaderValues")
    void rejectsControlCharactersInExtraHeaderAndSendsNothing(String value, CallMode mode) {
        assertThatThrownBy(() -> mode.call(
                () -> h.sync.deleteReplicationJob(b -> b.jobId("j-1").overrides(o -> o.putHeader("X-Note", value))),
                () -> h.async.deleteReplicationJob(b -> b.jobId("j-1").overrides(o -> o.putHeader("X-Note", value)))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("X-Note");
        assertThatThrownBy(() -> mode.call(
                () -> h.sync.stopReplicationJob(b -> b.jobId("j-1").overrides(o -> o.putHeader("X-Note", value))),
                () -> h.async.stopReplicationJob(b -> b.jobId("j-1").overrides(o -> o.putHeader("X-Note", value)))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("X-Note");
        assertThat(h.server.getRequestCount()).isZero();
    }

    @ParameterizedTest
    @EnumSource(CallMode.class)
    void rejectsNonAsciiExtraHeaderValueAndSendsNothing(CallMode mode) {
        assertThatThrownBy(() -> mode.call(
                () -> h.sync.deleteReplicationJob(b -> b.jobId("j-1").overrides(o -> o.putHeader("X-Note", "café"))),
                () -> h.async.deleteReplicationJob(b -> b.jobId("j-1").overrides(o -> o.putHeader("X-Note", "café")))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("X-Note");
        assertThat(h.server.getRequestCount()).isZero();
    }

    @ParameterizedTest
    @EnumSource(CallMode.class)
    void builderCodeThatThrowsFailsTheCallAndSendsNothing(CallMode mode) {
        IllegalStateException boom = new IllegalStateException("boom");

        assertThatThrownBy(() -> mode.call(() -> h.sync.deleteReplicationJob(b -> {
            throw boom;
        }), () -> h.async.deleteReplicationJob(b -> {
            throw boom;
        }))).isSameAs(boom);
        assertThatThrownBy(() -> mode.call(() -> h.sync.stopReplicationJob(b -> {
            throw boom;
        }), () -> h.async.stopReplicationJob(b -> {
            throw boom;
        }))).isSameAs(boom);
        assertThat(h.server.getRequestCount()).isZero();
    }
}
