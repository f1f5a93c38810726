package dev.migsdk.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migsdk.core.SdkResponse;
import dev.migsdk.core.auth.AlibabaCredentials;
import dev.migsdk.core.auth.HuaweiAkSkCredentials;
import dev.migsdk.core.auth.HuaweiTokenCredentials;
import dev.migsdk.dts.DtsClient;
import dev.migsdk.oms.OmsClient;
import dev.migsdk.smc.SmcClient;
import dev.migsdk.testkit.JournalEntry;
import dev.migsdk.testkit.MigrationEmulator;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A catalogue of hostile or broken ids, tokens, regions, endpoints and header values. Each one is either
 * rejected before anything is sent (an {@link IllegalArgumentException} or {@link NullPointerException}
 * naming the field, and an empty emulator journal), or, where the value is legal, reaches the service
 * exactly as given (the emulator decodes the same id and deletes that task).
 */
@ExtendWith(Secrets.class)
class BadInputTest {
    static MigrationEmulator emu;

    @BeforeAll
    static void start() {
        emu = MigrationEmulator.start();
        Secrets.secretsOf(emu);
    }

    @AfterAll
    static void stop() {
        emu.close();
    }

    @BeforeEach
    void clean() {
        emu.reset();
    }

    /** One row: either {@code field} is named by a rejection, or {@code arrives} is the id the service sees. */
    record Case(String name, Svc svc, String field, String arrives, Consumer<MigrationEmulator> action) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Case reject(String name, String field, Consumer<MigrationEmulator> action) {
        return new Case(name, null, field, null, action);
    }

    static Case rejectId(Svc svc, String name, String id, String field) {
        return new Case(svc + " " + name, svc, field, null, e -> svc.client(e, b -> { }).delete(id));
    }

    static Case arrives(Svc svc, String name, String id) {
        return new Case(svc + " " + name + " arrives as given", svc, null, id, e -> {
            try (Client c = svc.client(e, b -> { })) {
                c.delete(id);
            }
        });
    }

    static SdkResponse smcWith(MigrationEmulator e, Consumer<dev.migsdk.smc.SmcClientBuilder> cfg) {
        var b = SmcClient.builder().endpointOverride(e.endpoint()).allowPlainHttp(true)
                .credentials(e.alibabaCredentials());
        cfg.accept(b);
        try (SmcClient c = b.build()) {
            return c.deleteReplicationJob(r -> r.jobId("j-1"));
        }
    }

    static SdkResponse smcHeader(MigrationEmulator e, String name, String value) {
        try (SmcClient c = SmcClient.builder().endpointOverride(e.endpoint()).allowPlainHttp(true)
                .credentials(e.alibabaCredentials()).build()) {
            return c.deleteReplicationJob(r -> r.jobId("j-1").overrides(o -> o.putHeader(name, value)));
        }
    }

    static String repeat(char c, int n) {
        return String.valueOf(c).repeat(n);
    }

    static Stream<Case> catalogue() {
        List<Case> c = new ArrayList<>();
        // ids: empty, blank, control characters, CR/LF, too long
        for (Svc svc : List.of(Svc.SMC, Svc.DTS, Svc.SMS)) {
            String field = switch (svc) {
                case SMC -> "jobId";
                case DTS -> "dtsJobId";
                default -> "taskId";
            };
            c.add(rejectId(svc, "empty id", "", field));
            c.add(rejectId(svc, "blank id", "   ", field));
            c.add(rejectId(svc, "id with CR/LF header injection", "j-1\r\nX-Evil: 1", field));
            c.add(rejectId(svc, "id with NUL", "j-1\u0000", field));
            c.add(rejectId(svc, "id with DEL", "j\u007f1", field));
            // SMS documents task_id up to 255 characters; SMC and DTS document no limit, so only what one request
            // carries (64 KiB of URL and headers) bounds them (DECISIONS: "Id limits").
            if (svc == Svc.SMS) {
                c.add(rejectId(svc, "id of 256 characters (the page documents 1..255)", repeat('a', 256), field));
            } else {
                c.add(arrives(svc, "id of 10,000 characters (no documented limit)", repeat('a', 10_000)));
            }
            c.add(rejectId(svc, "id of 70,000 characters (past what one request carries)", repeat('a', 70_000), field));
        }
        c.add(new Case("SMC null id", Svc.SMC, "jobId", null,
                e -> Svc.SMC.client(e, b -> { }).delete(null)));
        // OMS numeric ids
        // 0 is in the documented range (0..999999999999999): see "id 0 arrives" below.
        for (long bad : new long[] {-1, Long.MIN_VALUE, 1_000_000_000_000_000L, Long.MAX_VALUE}) {
            c.add(reject("OMS task id " + bad, "taskId", e -> {
                try (OmsClient o = OmsClient.builder().endpointOverride(e.endpoint()).allowPlainHttp(true)
                        .credentials(e.huaweiCredentials()).build()) {
                    o.deleteTask(r -> r.taskId(bad));
                }
            }));
        }
        c.add(reject("OMS null task id", "taskId", e -> {
            try (OmsClient o = OmsClient.builder().endpointOverride(e.endpoint()).allowPlainHttp(true)
                    .credentials(e.huaweiCredentials()).build()) {
                o.deleteTask(r -> r.taskId(null));
            }
        }));
        c.add(reject("OMS project id with CR/LF", "projectId", e -> {
            try (OmsClient o = OmsClient.builder().endpointOverride(e.endpoint()).allowPlainHttp(true)
                    .credentials(e.huaweiCredentials()).build()) {
                o.deleteTask(r -> r.taskId(1L).projectId("p\r\nX-Evil: 1"));
            }
        }));
        c.add(reject("OMS project id of 1,025 characters", "projectId", e -> {
            try (OmsClient o = OmsClient.builder().endpointOverride(e.endpoint()).allowPlainHttp(true)
                    .credentials(e.huaweiCredentials()).build()) {
                o.deleteTask(r -> r.taskId(1L).projectId(repeat('p', 1025)));
            }
        }));
        c.add(reject("OMS project id that is not ASCII (it travels in X-Project-Id)", "X-Project-Id", e -> {
            try (OmsClient o = OmsClient.builder().endpointOverride(e.endpoint()).allowPlainHttp(true)
                    .credentials(e.huaweiCredentials()).build()) {
                o.deleteTask(r -> r.taskId(1L).projectId("项目"));
            }
        }));
        // DTS optional fields
        c.add(reject("DTS regionId 'cn hangzhou'", "regionId", e -> dts(e, "cn hangzhou")));
        c.add(reject("DTS regionId '../x'", "regionId", e -> dts(e, "../x")));
        c.add(reject("DTS regionId upper-case", "regionId", e -> dts(e, "CN-HANGZHOU")));
        // regions and endpoints on the builder
        for (String region : List.of("cn hangzhou", "../x", "CN-HANGZHOU", "", "cn-hangzhou\r\n", repeat('a', 65))) {
            c.add(reject("client region '" + region.replace("\r\n", "\\r\\n") .replace(repeat('a', 65), "a×65") + "'",
                    "region", e -> SmcClient.builder().region(region).credentials(e.alibabaCredentials()).build()));
        }
        for (String uri : List.of("http://127.0.0.1:1/v1", "http://127.0.0.1:1/?a=b", "http://user:pw@127.0.0.1:1",
                "ftp://127.0.0.1:1", "http://127.0.0.1:1#frag", "/relative/only")) {
            c.add(reject("endpoint " + uri, "endpointOverride", e -> smcWith(e, b -> b.endpointOverride(URI.create(uri)))));
        }
        c.add(reject("plain http endpoint without allowPlainHttp", "endpointOverride",
                e -> SmcClient.builder().endpointOverride(e.endpoint()).credentials(e.alibabaCredentials()).build()));
        // header names and values of per-call overrides
        c.add(reject("header name with a space", "header name", e -> smcHeader(e, "X Bad", "v")));
        c.add(reject("header name with a colon", "header name", e -> smcHeader(e, "X-Bad:", "v")));
        c.add(reject("empty header name", "header name", e -> smcHeader(e, "", "v")));
        c.add(reject("header value with CR/LF", "X-Custom", e -> smcHeader(e, "X-Custom", "a\r\nX-Evil: 1")));
        c.add(reject("header value with NUL", "X-Custom", e -> smcHeader(e, "X-Custom", "a\u0000")));
        c.add(reject("header value that is not ASCII", "X-Custom", e -> smcHeader(e, "X-Custom", "héllo")));
        c.add(reject("user-agent suffix with CR/LF", "userAgentSuffix", e -> smcWith(e, b -> b.userAgentSuffix("x\r\ny"))));
        // credentials and tokens
        c.add(reject("empty AccessKey secret", "accessKeySecret", e -> AlibabaCredentials.of("LTAI", "")));
        c.add(reject("security token with LF", "securityToken", e -> AlibabaCredentials.of("LTAI", "s", "tok\nen")));
        c.add(reject("Huawei token of 16,385 characters", "token", e -> HuaweiTokenCredentials.of(repeat('t', 16_385))));
        c.add(reject("Huawei token with CR/LF", "token", e -> HuaweiTokenCredentials.of("MII\r\nX-Evil: 1")));
        c.add(reject("Huawei SK blank", "secretKey", e -> HuaweiAkSkCredentials.of("AK", " ")));
        c.add(reject("Huawei security token that is not ASCII (it travels in X-Security-Token)", "securityToken",
                e -> {
                    HuaweiAkSkCredentials creds = HuaweiAkSkCredentials.builder().accessKey("AK").secretKey("SK")
                            .securityToken("tøken").projectId(e.projectId()).build();
                    try (OmsClient o = OmsClient.builder().endpointOverride(e.endpoint()).allowPlainHttp(true)
                            .credentials(creds).build()) {
                        o.deleteTask(r -> r.taskId(1L));
                    }
                }));
        // legal values travel exactly as given (one path segment, one query value)
        c.add(arrives(Svc.SMC, "id with '/', '?', '#', '&', '='", "j-a/b?c#d&e=f"));
        c.add(arrives(Svc.SMC, "id with spaces, '+' and '%2F'", "j 1+2%2F3"));
        c.add(arrives(Svc.SMC, "non-ASCII id", "j-迁移-1"));
        c.add(arrives(Svc.SMC, "id of 4,096 characters (no documented limit)", "j" + repeat('x', 4095)));
        c.add(arrives(Svc.DTS, "id with path traversal", "dts/../../x"));
        c.add(arrives(Svc.SMS, "id with path traversal", "../../v3/tasks"));
        c.add(rejectId(Svc.SMS, "id '..' (URL rules would drop the segment)", "..", "task_id"));
        c.add(arrives(Svc.SMS, "id with '#' and '?'", "a#b?c=d"));
        c.add(arrives(Svc.SMS, "id with percent escapes", "%2e%2e%2F%00"));
        c.add(arrives(Svc.SMS, "non-ASCII id with a space", "任务 1"));
        c.add(arrives(Svc.OMS, "largest documented id", "999999999999999"));
        c.add(arrives(Svc.OMS, "id 0 (documented range starts at 0)", "0"));
        return c.stream();
    }

    static void dts(MigrationEmulator e, String region) {
        try (DtsClient d = DtsClient.builder().endpointOverride(e.endpoint()).allowPlainHttp(true)
                .credentials(e.alibabaCredentials()).build()) {
            d.deleteDtsJob(r -> r.dtsJobId("dts1").regionId(region));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("catalogue")
    void isRejectedNamingTheFieldOrArrivesExactlyAsGiven(Case c) {
        if (c.arrives() != null) {
            c.svc().seed(emu, c.arrives());
        }
        Throwable error = FaultMatrixTest.catchAny(() -> c.action().accept(emu));
        List<JournalEntry> journal = emu.journal().requests();
        Secrets.harvest(journal);
        if (error != null) {
            Secrets.seen(error);
        }
        if (c.field() != null) {
            assertThat(error).as("rejection").isNotNull();
            assertThat(error).isInstanceOfAny(IllegalArgumentException.class, NullPointerException.class);
            assertThat(error.getMessage()).as("message names the field").contains(c.field());
            assertThat(journal).as("requests sent").isEmpty();
        } else {
            assertThat(error).as("call with a legal value").isNull();
            assertThat(journal).hasSize(1);
            assertThat(c.svc().idOf(emu, journal.get(0))).as("id the service decoded").isEqualTo(c.arrives());
            assertThat(journal.get(0).succeeded()).isTrue();
            assertThat(c.svc().exists(emu, c.arrives())).as("that task was deleted").isFalse();
        }
    }
}
