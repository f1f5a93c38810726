package dev.migsdk.core.internal.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class SigningTimesTest {
    @Test
    void eachSecondGetsItsOwnTextInBothSpellingsEvenWhenCallsAlternate() {
        Instant a = Instant.parse("2024-01-01T00:00:00.999Z");
        Instant b = Instant.parse("2023-12-31T23:59:59Z");
        for (int i = 0; i < 3; i++) {
            assertThat(SigningTimes.iso8601(a)).isEqualTo("2024-01-01T00:00:00Z");
            assertThat(SigningTimes.basic(a)).isEqualTo("20240101T000000Z");
            assertThat(SigningTimes.iso8601(b)).isEqualTo("2023-12-31T23:59:59Z");
            assertThat(SigningTimes.basic(b)).isEqualTo("20231231T235959Z");
        }
        assertThat(SigningTimes.iso8601(a.plusMillis(1))).isEqualTo("2024-01-01T00:00:01Z");
    }

    @Test
    void aYearOutsideFourDigitsIsRefusedEveryTime() {
        Instant far = Instant.parse("+10000-01-01T00:00:00Z");
        for (int i = 0; i < 2; i++) {
            assertThatThrownBy(() -> SigningTimes.iso8601(far)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("between years 1000 and 9999");
            assertThatThrownBy(() -> SigningTimes.basic(far)).isInstanceOf(IllegalArgumentException.class);
        }
    }
}
