package dev.migsdk.testkit;

import dev.migsdk.core.auth.AlibabaCredentials;
import dev.migsdk.core.auth.HuaweiAkSkCredentials;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/** Test helper: a plain OkHttp client (no retries) with shortcuts for the four operations. */
final class EmulatorClient {
    static final OkHttpClient HTTP = new OkHttpClient.Builder()
            .retryOnConnectionFailure(false)
            .connectTimeout(Duration.ofSeconds(5))
            .readTimeout(Duration.ofSeconds(5))
            .build();

    /** A finished exchange. */
    record Answer(int code, String body, okhttp3.Headers headers) {
        String header(String name) {
            return headers.get(name);
        }
    }

    private final MigrationEmulator emulator;
    Instant signingTime;

    EmulatorClient(MigrationEmulator emulator) {
        this.emulator = emulator;
        this.signingTime = null;
    }

    HttpUrl base() {
        return HttpUrl.get(emulator.endpoint().toString());
    }

    Instant now() {
        return signingTime != null ? signingTime : emulator.clock().instant();
    }

    static Answer send(Request request) {
        try (Response r = HTTP.newCall(request).execute()) {
            return new Answer(r.code(), r.body().string(), r.headers());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Map<String, String> params(String... kv) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put(kv[i], kv[i + 1]);
        }
        return m;
    }

    Request smcV3(String action, String jobId, String format) {
        return smcV3(action, jobId, format, emulator.alibabaCredentials(), "ACS3-HMAC-SHA256");
    }

    Request smcV3(String action, String jobId, String format, AlibabaCredentials c, String algorithm) {
        Map<String, String> q = params("Format", format);
        if (jobId != null) {
            q.put("JobId", jobId);
        }
        return TestSigner.alibabaV3(base(), algorithm, c, action, "2019-06-01", q, now(), TestSigner.nonce());
    }

    Request smcV1(String action, String jobId, String format) {
        return TestSigner.alibabaV1(base(), "POST", emulator.alibabaCredentials(),
                params("Action", action, "Version", "2019-06-01", "Format", format, "JobId", jobId), now(),
                TestSigner.nonce());
    }

    Request dtsV3(Map<String, String> query) {
        Map<String, String> q = new LinkedHashMap<>(query);
        q.putIfAbsent("Format", "JSON");
        return TestSigner.alibabaV3(base(), "ACS3-HMAC-SHA256", emulator.alibabaCredentials(), "DeleteDtsJob",
                "2020-01-01", q, now(), TestSigner.nonce());
    }

    Request omsDelete(String projectId, String taskId) {
        return omsDelete(projectId, taskId, emulator.huaweiCredentials());
    }

    Request omsDelete(String projectId, String taskId, HuaweiAkSkCredentials c) {
        HttpUrl url = base().newBuilder().addPathSegments("v2").addPathSegment(projectId).addPathSegment("tasks")
                .addPathSegment(taskId).build();
        return TestSigner.huawei(url, "DELETE", c, params("X-Project-Id", emulator.projectId()), now());
    }

    Request smsDelete(String taskId) {
        HttpUrl url = base().newBuilder().addPathSegments("v3/tasks").addPathSegment(taskId).build();
        return TestSigner.huawei(url, "DELETE", emulator.huaweiCredentials(),
                params("X-Domain-Id", emulator.domainId()), now());
    }

    Request smsDeleteWithToken(String taskId, String token) {
        HttpUrl url = base().newBuilder().addPathSegments("v3/tasks").addPathSegment(taskId).build();
        return new Request.Builder().url(url).delete().header("X-Auth-Token", token).build();
    }
}
