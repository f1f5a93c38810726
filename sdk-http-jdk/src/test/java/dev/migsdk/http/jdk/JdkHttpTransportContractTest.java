package dev.migsdk.http.jdk;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migsdk.http.contract.HttpTransportContract;
import dev.migsdk.http.HttpTransportFactory;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;

/** The JDK transport passes the shared transport contract, and is what ServiceLoader finds here. */
class JdkHttpTransportContractTest extends HttpTransportContract {

    @Override
    protected HttpTransportFactory factory() {
        return new JdkHttpTransportFactory();
    }

    @Test
    void isFoundByTheServiceLoader() {
        assertThat(ServiceLoader.load(HttpTransportFactory.class).stream().map(p -> p.get().name()))
                .containsExactly("jdk");
    }
}
