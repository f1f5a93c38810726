package dev.migsdk.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The emulator's lifecycle routes answered to raw (token-authenticated) requests the SDK would never send. */
@ExtendWith(MigrationEmulatorExtension.class)
class HuaweiLifecycleApiTest {
    private static final MediaType JSON = MediaType.get("application/json");

    private static EmulatorClient.Answer send(MigrationEmulator emulator, String method, String pathAndQuery,
                                              String body) {
        HttpUrl url = HttpUrl.get(emulator.endpoint().toString()).resolve(pathAndQuery);
        Request.Builder b = new Request.Builder().url(url).header("X-Auth-Token", emulator.issueHuaweiToken());
        b.method(method, body == null ? (method.equals("GET") || method.equals("DELETE") ? null
                : RequestBody.create(new byte[0])) : RequestBody.create(body, JSON));
        return EmulatorClient.send(b.build());
    }

    @Test
    void omsListRefusesAPageSizeOutsideTheDocumentedRange(MigrationEmulator emulator) {
        String p = "/v2/" + emulator.projectId();
        assertThat(send(emulator, "GET", p + "/tasks?limit=101", null).body()).contains("OMS.0064");
        assertThat(send(emulator, "GET", p + "/tasks?offset=-1", null).code()).isEqualTo(400);
        assertThat(send(emulator, "GET", p + "/tasks?limit=100", null).body())
                .isEqualTo("{\"tasks\":[],\"count\":0}");
    }

    @Test
    void omsShowSyncTaskRequiresQueryTime(MigrationEmulator emulator) {
        emulator.oms().addSyncTask("s-1", true);
        String p = "/v2/" + emulator.projectId() + "/sync-tasks/s-1";

        assertThat(send(emulator, "GET", p, null).code()).isEqualTo(400);
        assertThat(send(emulator, "GET", p + "?query_time=0", null).body()).contains("\"status\":\"SYNCHRONIZING\"");
    }

    @Test
    void omsOperationsOnUnknownResourcesAreNotFound(MigrationEmulator emulator) {
        String p = "/v2/" + emulator.projectId();
        assertThat(send(emulator, "POST", p + "/tasks/5/stop", null).body()).contains("OMS.1009");
        assertThat(send(emulator, "PUT", p + "/taskgroups/g/stop", null).body()).contains("OMS.1009");
        assertThat(send(emulator, "DELETE", p + "/sync-tasks/s", null).code()).isEqualTo(404);
        assertThat(send(emulator, "POST", "/v2/other-project/tasks/5/stop", null).body()).contains("OMS.0002");
    }

    @Test
    void smsRefusesMalformedBodiesAndPages(MigrationEmulator emulator) {
        emulator.sms().addTask("t-1", SmsTaskState.READY);

        assertThat(send(emulator, "POST", "/v3/tasks/delete", "{\"ids\":\"t-1\"}").code()).isEqualTo(400);
        assertThat(send(emulator, "POST", "/v3/tasks/t-1/action", "{\"operation\":\"dance\"}").code())
                .isEqualTo(400);
        assertThat(send(emulator, "GET", "/v3/tasks?limit=201", null).code()).isEqualTo(400);
        assertThat(send(emulator, "POST", "/v3/tasks/t-1/action", "{\"operation\":\"test\"}").body())
                .isEqualTo("\"OK\"");
        assertThat(emulator.sms().task("t-1")).map(SmsTask::state).contains(SmsTaskState.READY);
        assertThat(send(emulator, "POST", "/v3/tasks/delete", "{\"ids\":[\"t-1\",\"nope\"]}").body())
                .contains("SMS.2252").contains("nope");
        assertThat(emulator.sms().tasks()).hasSize(1); // all or nothing
    }
}
