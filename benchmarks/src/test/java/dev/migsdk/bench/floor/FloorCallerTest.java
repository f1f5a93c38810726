package dev.migsdk.bench.floor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migsdk.bench.e2e.CannedAnswers;
import dev.migsdk.bench.e2e.Caller;
import dev.migsdk.bench.e2e.Op;
import dev.migsdk.core.auth.AlibabaCredentials;
import dev.migsdk.core.auth.HuaweiAkSkCredentials;
import dev.migsdk.core.internal.http.HttpRequest;
import dev.migsdk.core.internal.signing.AlibabaAcs3Signer;
import dev.migsdk.core.internal.signing.HuaweiAkSkSigner;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicReference;
import okhttp3.Request;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The floor does the SDK's wire work, or the benchmark compares different jobs: for every operation it sends
 * the SDK's method, path, query (in the same order) and header names, and its signature is the one the SDK's
 * signer computes for that request, time and nonce (a wrong signature would be refused by the real service).
 */
class FloorCallerTest {
    @ParameterizedTest
    @EnumSource(Op.class)
    void theFloorSendsTheSdksRequest(Op op) {
        Request floor = sent("floor", op);
        Request sdk = sent("sdk", op);

        assertThat(floor.method()).isEqualTo(sdk.method());
        assertThat(floor.url().encodedPath()).isEqualTo(sdk.url().encodedPath());
        assertThat(floor.url().encodedQuery()).isEqualTo(sdk.url().encodedQuery());
        assertThat(names(floor)).isEqualTo(names(sdk));
    }

    @ParameterizedTest
    @EnumSource(Op.class)
    void theFloorsSignatureIsTheSdkSignersForTheSameRequest(Op op) {
        Request floor = sent("floor", op);
        HttpRequest.Builder copy = HttpRequest.builder().method(floor.method()).scheme("http").host("127.0.0.1")
                .port(floor.url().port());
        for (String segment : floor.url().pathSegments()) {
            if (!segment.isEmpty()) {
                copy.addPathSegment(segment);
            }
        }
        for (int i = 0; i < floor.url().querySize(); i++) {
            copy.addQuery(floor.url().queryParameterName(i), floor.url().queryParameterValue(i));
        }
        for (int i = 0; i < floor.headers().size(); i++) {
            if (!floor.headers().name(i).equalsIgnoreCase("Authorization")) {
                copy.addHeader(floor.headers().name(i), floor.headers().value(i));
            }
        }

        String expected;
        if (floor.method().equals("POST")) {
            Instant at = Instant.parse(floor.header("x-acs-date"));
            expected = AlibabaAcs3Signer.hmacSha256().sign(copy.build(), AlibabaCredentials.of(Op.AK_ID, Op.AK_SECRET),
                    at, floor.header("x-acs-signature-nonce")).header("Authorization");
        } else {
            Instant at = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmssX").parse(floor.header("X-Sdk-Date"), Instant::from);
            expected = HuaweiAkSkSigner.hmacSha256().sign(copy.build(), HuaweiAkSkCredentials.builder()
                    .accessKey(Op.HW_AK).secretKey(Op.HW_SK).build(), at, "unused").header("Authorization");
        }
        assertThat(floor.header("Authorization")).isEqualTo(expected);
    }

    /** The request {@code impl} hands to OkHttp for one call of {@code op}. */
    private static Request sent(String impl, Op op) {
        AtomicReference<Request> seen = new AtomicReference<>();
        try (Caller caller = Caller.inProcess(impl, op, CannedAnswers.stub(seen::set))) {
            caller.call();
        }
        return seen.get();
    }

    private static Set<String> names(Request r) {
        Set<String> out = new TreeSet<>();
        for (String n : r.headers().names()) {
            out.add(n.toLowerCase(Locale.ROOT));
        }
        return out;
    }
}
