package dev.migsdk.dts.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The hand-written region check accepts exactly what {@code [a-z0-9]+(-[a-z0-9]+)*} accepts. */
class RegionCheckTest {
    private static final Pattern REGION = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    @ParameterizedTest
    @ValueSource(strings = {"cn-hangzhou", "ap-southeast-1", "cn-north-4", "a", "1", "eu-central-1a", "", "-", "--",
        "-cn", "cn-", "cn--hz", "CN-hangzhou", "cn_hz", "cn hz", "cn-hz\n", "cn-杭州", "a-b-c-d"})
    void agreesWithTheRegex(String region) {
        assertThat(DtsOperations.isRegion(region)).isEqualTo(REGION.matcher(region).matches());
    }
}
