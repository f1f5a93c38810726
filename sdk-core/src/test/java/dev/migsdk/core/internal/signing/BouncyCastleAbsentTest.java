package dev.migsdk.core.internal.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.migsdk.core.auth.HuaweiAkSkCredentials;
import dev.migsdk.core.internal.http.HttpRequest;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Loads sdk-core's main classes in a class loader whose parent is the platform loader, so BouncyCastle
 * (on the test classpath) is invisible: this is what an application without {@code bcprov-jdk18on}
 * sees. SHA-256 signers must still work; SM3 signers must fail at creation with a clear message.
 */
class BouncyCastleAbsentTest {
    private URLClassLoader loader;

    @BeforeEach
    void isolate() {
        URL mainClasses = HuaweiAkSkSigner.class.getProtectionDomain().getCodeSource().getLocation();
        URL spi = dev.migsdk.http.HttpTransportRequest.class.getProtectionDomain().getCodeSource().getLocation();
        loader = new URLClassLoader(new URL[] {mainClasses, spi}, ClassLoader.getPlatformClassLoader());
    }

    @AfterEach
    void close() throws Exception {
        loader.close();
    }

    @Test
    void bouncyCastleIsReallyInvisible() {
        assertThatThrownBy(() -> loader.loadClass("org.bouncycastle.crypto.digests.SM3Digest"))
                .isInstanceOf(ClassNotFoundException.class);
    }

    @Test
    void sha256SignerSignsWithoutBouncyCastle() throws Exception {
        // Go SDK vector case 1 (protocols.md §3.3), run entirely inside the isolated loader.
        Class<?> requestType = loader.loadClass(HttpRequest.class.getName());
        Object builder = requestType.getMethod("builder").invoke(null);
        Class<?> builderType = builder.getClass();
        call(builderType, builder, "method", "GET");
        call(builderType, builder, "host", "example.huaweicloud.com");
        call(builderType, builder, "addPathSegment", "path");
        builderType.getMethod("addQuery", String.class, String.class).invoke(builder, "limit", "1");
        builderType.getMethod("addHeader", String.class, String.class).invoke(builder, "X-Sdk-Date",
                "20060102T150405Z");
        Object request = builderType.getMethod("build").invoke(builder);
        Class<?> credentialsType = loader.loadClass(HuaweiAkSkCredentials.class.getName());
        Object credentials = credentialsType.getMethod("of", String.class, String.class)
                .invoke(null, "AccessKey", "SecretKey");
        Class<?> signerType = loader.loadClass(HuaweiAkSkSigner.class.getName());
        Object signer = signerType.getMethod("hmacSha256").invoke(null);

        Object signed = signerType.getMethod("sign", requestType, credentialsType, Instant.class, String.class)
                .invoke(signer, request, credentials, Instant.EPOCH, null);

        assertThat(requestType.getMethod("header", String.class).invoke(signed, "Authorization"))
                .isEqualTo("SDK-HMAC-SHA256 Access=AccessKey, SignedHeaders=x-sdk-date, "
                        + "Signature=5a2ce64c865e0e6046321c6f3d5a77ba8413eeaf355c3166c03d58d02ac79624");
        assertThat(loader.loadClass(AlibabaAcs3Signer.class.getName()).getMethod("hmacSha256").invoke(null))
                .isNotNull();
    }

    @Test
    void sm3SignersFailAtCreationNamingTheArtifact() throws Exception {
        for (Class<?> type : new Class<?>[] {AlibabaAcs3Signer.class, HuaweiAkSkSigner.class}) {
            Method factory = loader.loadClass(type.getName()).getMethod("hmacSm3");

            assertThatThrownBy(() -> factory.invoke(null))
                    .isInstanceOf(InvocationTargetException.class)
                    .cause()
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessage(HashAlgorithm.MISSING_BOUNCY_CASTLE);
        }
    }

    private static void call(Class<?> type, Object target, String method, String arg) throws Exception {
        type.getMethod(method, String.class).invoke(target, arg);
    }
}
