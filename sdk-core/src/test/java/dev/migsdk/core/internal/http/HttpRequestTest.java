package dev.migsdk.core.internal.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class HttpRequestTest {

    private static HttpRequest base() {
        return HttpRequest.builder().method("DELETE").host("example.com").addPathSegment("v3")
                .addPathSegment("tasks").addPathSegment("a b/c").addQuery("k", "v&w").addHeader("Host", "example.com")
                .build();
    }

    @Test
    void derivedRequestsNeverChangeTheirSource() {
        HttpRequest base = base();
        HttpRequest derived = base.toBuilder().addHeader("X-Sdk-Date", "20261123T000000Z").addPathSegment("x")
                .addQuery("k2", "v2").build();

        assertThat(base.headers()).extracting(NameValue::name).containsExactly("Host");
        assertThat(base.encodedPath()).isEqualTo("/v3/tasks/a%20b%2Fc");
        assertThat(base.encodedQuery()).isEqualTo("k=v%26w");
        assertThat(derived.headers()).extracting(NameValue::name).containsExactly("Host", "X-Sdk-Date");
        assertThat(derived.encodedPath()).isEqualTo("/v3/tasks/a%20b%2Fc/x");
        assertThat(derived.encodedQuery()).isEqualTo("k=v%26w&k2=v2");
    }

    @Test
    void aBuilderReusedAfterBuildDoesNotChangeWhatItBuilt() {
        HttpRequest.Builder b = base().toBuilder().addHeader("A", "1");
        HttpRequest first = b.build();
        HttpRequest second = b.addHeader("B", "2").removeHeader("host").build();

        assertThat(first.headers()).extracting(NameValue::name).containsExactly("Host", "A");
        assertThat(second.headers()).extracting(NameValue::name).containsExactly("A", "B");
    }

    @Test
    void removeHeaderTakesEveryNameIgnoringCaseInOnePass() {
        HttpRequest r = base().toBuilder().addHeader("Authorization", "x").addHeader("x-acs-date", "d")
                .addHeader("AUTHORIZATION", "y").removeHeader("authorization", "X-ACS-DATE").build();

        assertThat(r.headers()).extracting(NameValue::name).containsExactly("Host");
    }

    @Test
    void removeHeaderKeepsNamesOfTheSameLengthOrFirstLetterAndAgreesWithEqualsIgnoreCase() {
        HttpRequest r = base().toBuilder().addHeader("x-acs-version", "v").addHeader("User-Agent", "u")
                .addHeader("authorizatioN", "a").addHeader("authorisation", "kept").addHeader("\u212Aey", "kelvin")
                .removeHeader("Authorization", "x-acs-date", "KEY").build();

        // "\u212A" (KELVIN SIGN) equals "k" ignoring case for String.equalsIgnoreCase, so it goes too
        assertThat(r.headers()).extracting(NameValue::name)
                .containsExactly("Host", "x-acs-version", "User-Agent", "authorisation");
    }

    @Test
    void listsAreReadOnly() {
        HttpRequest r = base();

        assertThatThrownBy(() -> r.headers().add(new NameValue("a", "b")))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> r.pathSegments().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> r.toBuilder().build().query().clear())
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void rootPathAndNoQuery() {
        HttpRequest r = HttpRequest.builder().method("POST").host("h").build();

        assertThat(r.encodedPath()).isEqualTo("/");
        assertThat(r.encodedQuery()).isNull();
    }
}
