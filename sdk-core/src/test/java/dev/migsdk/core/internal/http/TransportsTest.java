package dev.migsdk.core.internal.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.migsdk.core.exception.SdkClientException;
import dev.migsdk.http.HttpTransport;
import dev.migsdk.http.HttpTransportFactory;
import dev.migsdk.http.HttpTransportOptions;
import dev.migsdk.http.jdk.JdkHttpTransportFactory;
import dev.migsdk.http.okhttp.OkHttpTransportFactory;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How a client finds its transport, and what a build says when it cannot. */
class TransportsTest {

    @Test
    void withBothOnThePathOkHttpTheDefaultWins() {
        assertThat(Transports.discovered().name()).isEqualTo("okhttp");
        assertThat(Transports.choose(List.of(new JdkHttpTransportFactory(), new OkHttpTransportFactory())).name())
                .isEqualTo("okhttp");
    }

    @Test
    void withOnlyTheJdkOneThatIsUsed() {
        assertThat(Transports.choose(List.of(new JdkHttpTransportFactory())).name()).isEqualTo("jdk");
    }

    @Test
    void withNoneTheBuildSaysWhichArtifactToAdd() {
        assertThatThrownBy(() -> Transports.choose(List.of())).isInstanceOf(SdkClientException.class)
                .hasMessage("No HTTP transport for migsdk was found on the class or module path. Add"
                        + " dev.migsdk:sdk-http-okhttp (the default, brought by sdk-smc, sdk-dts, sdk-oms and sdk-sms"
                        + " unless excluded) or dev.migsdk:sdk-http-jdk (on java.net.http, no third-party jar) to the"
                        + " dependencies, or give the client builder one with httpTransport(...)");
    }

    @Test
    void aFactoryThatRefusesOrCrashesBecomesAnSdkClientException() {
        HttpTransportFactory refusing = new Fake("okhttp", new IllegalStateException("OkHttp 4.12.0 is on the path"));
        HttpTransportFactory crashing = new Fake("okhttp", new NoSuchMethodError("okio.Okio.socket"));

        assertThatThrownBy(() -> Transports.create(refusing, HttpTransportOptions.builder().build()))
                .isInstanceOf(SdkClientException.class)
                .hasMessage("The okhttp HTTP transport cannot work here: OkHttp 4.12.0 is on the path");
        assertThatThrownBy(() -> Transports.create(crashing, HttpTransportOptions.builder().build()))
                .isInstanceOf(SdkClientException.class)
                .hasMessageStartingWith("A library on the class path does not fit migsdk: the okhttp HTTP transport"
                        + " failed with java.lang.NoSuchMethodError: okio.Okio.socket")
                .hasCauseInstanceOf(NoSuchMethodError.class);
    }

    private record Fake(String name, Throwable failure) implements HttpTransportFactory {
        @Override
        public HttpTransport create(HttpTransportOptions options) {
            if (failure instanceof RuntimeException r) {
                throw r;
            }
            throw (Error) failure;
        }
    }
}
