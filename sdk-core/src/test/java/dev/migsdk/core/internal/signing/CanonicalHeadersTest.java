package dev.migsdk.core.internal.signing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migsdk.core.internal.http.NameValue;
import java.util.List;
import org.junit.jupiter.api.Test;

class CanonicalHeadersTest {

    @Test
    void lowerCasesSortsTrimsAndFilters() {
        CanonicalHeaders h = CanonicalHeaders.of(List.of(
                new NameValue("X-B", "  two "),
                new NameValue("Host", "example.com"),
                new NameValue("User-Agent", "ignored")),
                name -> !name.equalsIgnoreCase("user-agent"));

        assertThat(h.block()).isEqualTo("host:example.com\nx-b:two\n");
        assertThat(h.signedHeaders()).isEqualTo("host;x-b");
    }

    @Test
    void signsRepeatedHeaderOnceWithValuesInRequestOrder() {
        CanonicalHeaders h = CanonicalHeaders.of(List.of(
                new NameValue("x-a", "1"),
                new NameValue("X-A", "2")),
                name -> true);

        assertThat(h.block()).isEqualTo("x-a:1,2\n");
        assertThat(h.signedHeaders()).isEqualTo("x-a");
    }

    @Test
    void repeatedHeaderAmongOthersIsSortedStablyAndJoined() {
        CanonicalHeaders h = CanonicalHeaders.of(List.of(
                new NameValue("x-b", "3"),
                new NameValue("X-A", "1"),
                new NameValue("host", "h"),
                new NameValue("x-a", " 2 "),
                new NameValue("x-c", "4"),
                new NameValue("X-a", "5")),
                name -> true);

        assertThat(h.block()).isEqualTo("host:h\nx-a:1,2,5\nx-b:3\nx-c:4\n");
        assertThat(h.signedHeaders()).isEqualTo("host;x-a;x-b;x-c");
    }

    @Test
    void theFilterSeesNamesAsSpelledAndOnlyAcceptedNamesAreLowerCased() {
        List<String> seen = new java.util.ArrayList<>();
        CanonicalHeaders h = CanonicalHeaders.of(List.of(
                new NameValue("X-Acs-Date", "d"),
                new NameValue("User-Agent", "ua")),
                name -> seen.add(name) && name.startsWith("X-"));

        assertThat(seen).containsExactly("X-Acs-Date", "User-Agent");
        assertThat(h.block()).isEqualTo("x-acs-date:d\n");
    }

    @Test
    void emptyWhenNothingIsSelected() {
        CanonicalHeaders h = CanonicalHeaders.of(List.of(new NameValue("a", "b")), name -> false);

        assertThat(h.block()).isEmpty();
        assertThat(h.signedHeaders()).isEmpty();
    }
}
