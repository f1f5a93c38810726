package dev.migsdk.opentelemetry;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TargetTest {

    @Test
    void readsHostPortAndPathAndDropsTheQuery() {
        Target t = Target.of("https://dts.cn-hangzhou.aliyuncs.com/?AccessKeyId=LTAI&Signature=***");
        assertThat(t).isEqualTo(new Target("dts.cn-hangzhou.aliyuncs.com", 443,
                "https://dts.cn-hangzhou.aliyuncs.com/", "cn-hangzhou"));

        assertThat(Target.of("http://127.0.0.1:8080/v2/p/objectstorage/task/1"))
                .isEqualTo(new Target("127.0.0.1", 8080, "http://127.0.0.1:8080/v2/p/objectstorage/task/1", null));
        assertThat(Target.of("https://[::1]:8443/v3/tasks/x?a=b"))
                .isEqualTo(new Target("::1", 8443, "https://[::1]:8443/v3/tasks/x", null));
        assertThat(Target.of("http://localhost")).isEqualTo(new Target("localhost", 80, "http://localhost/", null));
    }

    @Test
    void aBadPortFallsBackToTheSchemesDefaultInsteadOfThrowing() {
        assertThat(Target.of("https://example.com:99999/").port()).isEqualTo(443);
        assertThat(Target.of("https://example.com:x/").port()).isEqualTo(443);
        assertThat(Target.of("").host()).isEmpty();
    }

    @Test
    void theRegionIsTheOneTheProvidersEndpointNames() {
        assertThat(Target.region("dts.cn-hangzhou.aliyuncs.com")).isEqualTo("cn-hangzhou");
        assertThat(Target.region("oms.cn-north-4.myhuaweicloud.com")).isEqualTo("cn-north-4");
        assertThat(Target.region("sms.ap-southeast-1.myhuaweicloud.com")).isEqualTo("ap-southeast-1");
        assertThat(Target.region("sms-api.ru-moscow-1.myhuaweicloud.com")).isEqualTo("ru-moscow-1");
        assertThat(Target.region("smc.aliyuncs.com")).isNull(); // one endpoint for every region
        assertThat(Target.region("dts.aliyuncs.com")).isNull();
        assertThat(Target.region("oms.cn-north-4.myhuaweicloud.com.attacker.example")).isNull();
        assertThat(Target.region("127.0.0.1")).isNull();
    }
}
