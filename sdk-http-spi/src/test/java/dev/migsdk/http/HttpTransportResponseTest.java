package dev.migsdk.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class HttpTransportResponseTest {

    @Test
    void looksUpHeadersIgnoringCaseAndKeepsTheirOrder() {
        HttpTransportResponse r = HttpTransportResponse.of(200, new String[] {"X-A", "1", "x-a", "2", "B", "3"},
                new byte[] {1}, false);

        assertThat(r.header("x-A")).isEqualTo("1");
        assertThat(r.header("missing")).isNull();
        assertThat(r.headerCount()).isEqualTo(3);
        assertThat(r.headerName(1)).isEqualTo("x-a");
        assertThat(r.headerValue(2)).isEqualTo("3");
        assertThat(r).hasToString("HttpTransportResponse[status=200, headers=3, body=1 bytes]");
    }

    @Test
    void refusesAnOddHeaderArrayAndAnImpossibleStatus() {
        assertThatThrownBy(() -> HttpTransportResponse.of(200, new String[] {"X"}, new byte[0], false))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> HttpTransportResponse.of(42, null, new byte[0], false))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("status must be 100 to 999: 42");
    }

    @Test
    void optionsNeverShowTheProxyPassword() {
        HttpTransportOptions o = HttpTransportOptions.builder().proxy("p", 3128, "u", "pw-secret").build();

        assertThat(o.toString()).doesNotContain("pw-secret").contains("p:3128 (authenticated)");
        assertThatThrownBy(() -> HttpTransportOptions.builder().proxy("p", 3128, "u", null))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
