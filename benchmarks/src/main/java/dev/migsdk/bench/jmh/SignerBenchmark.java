package dev.migsdk.bench.jmh;

import dev.migsdk.core.auth.AlibabaCredentials;
import dev.migsdk.core.auth.HuaweiAkSkCredentials;
import dev.migsdk.core.internal.http.HttpRequest;
import dev.migsdk.core.internal.http.NameValue;
import dev.migsdk.core.internal.signing.AlibabaAcs3Signer;
import dev.migsdk.core.internal.signing.AlibabaRpcSigner;
import dev.migsdk.core.internal.signing.HuaweiAkSkSigner;
import dev.migsdk.core.internal.util.Hashing;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.bouncycastle.crypto.digests.SM3Digest;
import org.bouncycastle.crypto.macs.HMac;
import org.bouncycastle.crypto.params.KeyParameter;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Each signer on the request it really signs (SMC DeleteReplicationJob, SMS DeleteTask), beside a
 * baseline that runs only the MAC over a string-to-sign of the same shape: the difference is the
 * signer's own work (canonicalisation, hashing the canonical request, request copies, hex).
 *
 * <pre>java -jar benchmarks/target/benchmarks.jar SignerBenchmark</pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class SignerBenchmark {
    private static final Instant TIME = Instant.parse("2024-01-01T00:00:00Z");
    private static final String NONCE = "3156853299f313e23d1673dc12e1703d";

    private final AlibabaCredentials ali = AlibabaCredentials.of("LTAI5tBenchmarkAccessKey",
            "BenchmarkSecretBenchmarkSecret12");
    private final HuaweiAkSkCredentials hw = HuaweiAkSkCredentials.builder().accessKey("HPUABENCHMARKACCESSKEY")
            .secretKey("BenchmarkSecretKeyBenchmarkSecretKey1234").domainId("fedcba9876543210fedcba9876543210")
            .build();

    private HttpRequest rpcRequest;
    private HttpRequest acs3Request;
    private HttpRequest huaweiRequest;
    private AlibabaRpcSigner rpc;
    private AlibabaAcs3Signer acs3;
    private AlibabaAcs3Signer acs3Sm3;
    private HuaweiAkSkSigner huawei;
    private HuaweiAkSkSigner huaweiSm3;

    private byte[] rpcStringToSign;
    private byte[] acs3StringToSign;
    private byte[] huaweiStringToSign;
    private byte[] aliKey;
    private byte[] aliRpcKey;
    private byte[] hwKey;
    private Mac hmacSha1;
    private Mac hmacSha256;
    private MessageDigest sha256;

    @Setup
    public void setUp() throws Exception {
        rpcRequest = HttpRequest.builder().method("POST").scheme("https").host("smc.aliyuncs.com")
                .addHeader("host", "smc.aliyuncs.com").addQuery("Action", "DeleteReplicationJob")
                .addQuery("Format", "JSON").addQuery("Version", "2019-06-01")
                .addQuery("JobId", "j-bp17m1vi6x21qhqk1234").build();
        acs3Request = HttpRequest.builder().method("POST").scheme("https").host("smc.aliyuncs.com")
                .addHeader("host", "smc.aliyuncs.com").addHeader("x-acs-action", "DeleteReplicationJob")
                .addHeader("x-acs-version", "2019-06-01").addQuery("Format", "JSON")
                .addQuery("JobId", "j-bp17m1vi6x21qhqk1234")
                .addHeader("User-Agent", "migsdk-java/0.1.0-SNAPSHOT Java/17.0.15 Linux/amd64").build();
        huaweiRequest = HttpRequest.builder().method("DELETE").scheme("https")
                .host("sms.ap-southeast-1.myhuaweicloud.com").addPathSegment("v3").addPathSegment("tasks")
                .addPathSegment("0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0")
                .addHeader("Host", "sms.ap-southeast-1.myhuaweicloud.com")
                .addHeader("X-Domain-Id", "fedcba9876543210fedcba9876543210")
                .addHeader("User-Agent", "migsdk-java/0.1.0-SNAPSHOT Java/17.0.15 Linux/amd64").build();
        rpc = AlibabaRpcSigner.create();
        acs3 = AlibabaAcs3Signer.hmacSha256();
        acs3Sm3 = AlibabaAcs3Signer.hmacSm3();
        huawei = HuaweiAkSkSigner.hmacSha256();
        huaweiSm3 = HuaweiAkSkSigner.hmacSm3();

        List<NameValue> params = List.of(new NameValue("Action", "DeleteReplicationJob"),
                new NameValue("Format", "JSON"), new NameValue("Version", "2019-06-01"),
                new NameValue("JobId", "j-bp17m1vi6x21qhqk1234"), new NameValue("AccessKeyId", ali.accessKeyId()),
                new NameValue("SignatureMethod", "HMAC-SHA1"), new NameValue("SignatureVersion", "1.0"),
                new NameValue("SignatureNonce", NONCE), new NameValue("Timestamp", "2024-01-01T00:00:00Z"));
        rpcStringToSign = utf8(AlibabaRpcSigner.stringToSign("POST", params));
        acs3StringToSign = utf8("ACS3-HMAC-SHA256\n" + "7ea06492da5221eba5297e897ce16e55f964061054b7695beedaac1145b1e259");
        huaweiStringToSign = utf8("SDK-HMAC-SHA256\n20240101T000000Z\n"
                + "b25362e603ee30f4f25e7858e8a7160fd36e803bb2dfe206278659d71a9bcd7a");
        aliKey = utf8(ali.accessKeySecret());
        aliRpcKey = utf8(ali.accessKeySecret() + "&");
        hwKey = utf8(hw.secretKey());
        hmacSha1 = Mac.getInstance("HmacSHA1");
        hmacSha256 = Mac.getInstance("HmacSHA256");
        sha256 = MessageDigest.getInstance("SHA-256");
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Benchmark
    public HttpRequest rpcV1() {
        return rpc.sign(rpcRequest, ali, TIME, NONCE);
    }

    @Benchmark
    public byte[] rpcV1_baselineMacOnly() throws Exception {
        hmacSha1.init(new SecretKeySpec(aliRpcKey, "HmacSHA1"));
        return hmacSha1.doFinal(rpcStringToSign);
    }

    @Benchmark
    public HttpRequest acs3HmacSha256() {
        return acs3.sign(acs3Request, ali, TIME, NONCE);
    }

    @Benchmark
    public byte[] acs3HmacSha256_baselineMacOnly() throws Exception {
        hmacSha256.init(new SecretKeySpec(aliKey, "HmacSHA256"));
        return hmacSha256.doFinal(acs3StringToSign);
    }

    /**
     * What a hand-written ACS3 signature of the same request costs (the floor's way: the canonical request
     * concatenated from constants, a fresh key per HMAC): the row to hold {@link #acs3HmacSha256} against.
     */
    @Benchmark
    public String acs3HmacSha256_handWritten() throws Exception {
        String date = "2024-01-01T00:00:00Z";
        String canonicalHeaders = "host:smc.aliyuncs.com\nx-acs-action:DeleteReplicationJob\nx-acs-content-sha256:"
                + Hashing.EMPTY_SHA256_HEX + "\nx-acs-date:" + date + "\nx-acs-signature-nonce:" + NONCE
                + "\nx-acs-version:2019-06-01\n";
        String signedHeaders = "host;x-acs-action;x-acs-content-sha256;x-acs-date;x-acs-signature-nonce;x-acs-version";
        String canonicalRequest = "POST\n/\nFormat=JSON&JobId=j-bp17m1vi6x21qhqk1234\n" + canonicalHeaders + "\n"
                + signedHeaders + "\n" + Hashing.EMPTY_SHA256_HEX;
        String stringToSign = "ACS3-HMAC-SHA256\n" + Hashing.hex(sha256.digest(utf8(canonicalRequest)));
        hmacSha256.init(new SecretKeySpec(aliKey, "HmacSHA256"));
        return "ACS3-HMAC-SHA256 Credential=" + ali.accessKeyId() + ",SignedHeaders=" + signedHeaders + ",Signature="
                + Hashing.hex(hmacSha256.doFinal(utf8(stringToSign)));
    }

    @Benchmark
    public HttpRequest acs3HmacSm3() {
        return acs3Sm3.sign(acs3Request, ali, TIME, NONCE);
    }

    @Benchmark
    public byte[] acs3HmacSm3_baselineMacOnly() {
        return sm3Mac(aliKey, acs3StringToSign);
    }

    @Benchmark
    public HttpRequest huaweiHmacSha256() {
        return huawei.sign(huaweiRequest, hw, TIME, NONCE);
    }

    @Benchmark
    public byte[] huaweiHmacSha256_baselineMacOnly() throws Exception {
        hmacSha256.init(new SecretKeySpec(hwKey, "HmacSHA256"));
        return hmacSha256.doFinal(huaweiStringToSign);
    }

    @Benchmark
    public HttpRequest huaweiHmacSm3() {
        return huaweiSm3.sign(huaweiRequest, hw, TIME, NONCE);
    }

    @Benchmark
    public byte[] huaweiHmacSm3_baselineMacOnly() {
        return sm3Mac(hwKey, huaweiStringToSign);
    }

    /** BouncyCastle's lightweight HMAC-SM3 (the JDK has no SM3): the MAC alone. */
    private static byte[] sm3Mac(byte[] key, byte[] data) {
        HMac mac = new HMac(new SM3Digest());
        mac.init(new KeyParameter(key));
        mac.update(data, 0, data.length);
        byte[] out = new byte[mac.getMacSize()];
        mac.doFinal(out, 0);
        return out;
    }
}
