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

    @Test
    void aSelectionReusesTheLayoutOfTheSameNamesButNeverTheValues() {
        List<String> seen = new java.util.ArrayList<>();
        CanonicalHeaders.Selection selection = new CanonicalHeaders.Selection(name -> seen.add(name) && !name.equals("ua"));
        List<NameValue> first = List.of(new NameValue("x-b", " 1 "), new NameValue("ua", "u"), new NameValue("X-A", "2"));
        List<NameValue> second = List.of(new NameValue("x-b", "3"), new NameValue("ua", "v"), new NameValue("X-A", "4"));

        assertThat(selection.of(first).block()).isEqualTo("x-a:2\nx-b:1\n");
        assertThat(selection.of(second).block()).isEqualTo("x-a:4\nx-b:3\n");
        assertThat(selection.of(second).signedHeaders()).isEqualTo("x-a;x-b");
        assertThat(seen).as("the filter ran for the first list only").containsExactly("x-b", "ua", "X-A");
    }

    @Test
    void aSelectionWorksOutAnyOtherListAfreshAndKeepsTwo() {
        List<String> seen = new java.util.ArrayList<>();
        CanonicalHeaders.Selection selection = new CanonicalHeaders.Selection(name -> seen.add(name) || true);
        List<NameValue> oms = List.of(new NameValue("host", "h"), new NameValue("x-project-id", "p"));
        List<NameValue> sms = List.of(new NameValue("host", "h"), new NameValue("x-domain-id", "d"));
        List<NameValue> renamed = List.of(new NameValue("host", "h"), new NameValue("a-first", "d"));
        List<NameValue> longer = List.of(new NameValue("host", "h"), new NameValue("x-domain-id", "d"),
                new NameValue("x-a", "1"));

        for (int i = 0; i < 3; i++) {
            assertThat(selection.of(oms).block()).isEqualTo("host:h\nx-project-id:p\n");
            assertThat(selection.of(sms).block()).isEqualTo("host:h\nx-domain-id:d\n");
        }
        assertThat(seen).as("two lists in turn are each laid out once").hasSize(4);
        assertThat(selection.of(renamed).block()).isEqualTo("a-first:d\nhost:h\n");
        assertThat(selection.of(longer).signedHeaders()).isEqualTo("host;x-a;x-domain-id");
        assertThat(selection.of(oms).signedHeaders()).as("forgotten after two others").isEqualTo("host;x-project-id");
        assertThat(seen).hasSize(4 + 2 + 3 + 2);
    }
}
