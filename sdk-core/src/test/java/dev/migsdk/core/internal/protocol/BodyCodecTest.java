package dev.migsdk.core.internal.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** XML is read by the JDK's own StAX parser (Woodstox is excluded to keep the runtime small). */
class BodyCodecTest {

    @Test
    void readsAlibabaXmlErrorWithTheJdkParser() throws IOException {
        byte[] body = ("<?xml version='1.0' encoding='UTF-8'?><Error><RequestId>r-1</RequestId>"
                + "<Code>Throttling.User</Code><Message>Request was denied</Message></Error>")
                .getBytes(StandardCharsets.UTF_8);
        var node = BodyCodec.read(body);
        assertThat(BodyCodec.text(node, "Code")).isEqualTo("Throttling.User");
        assertThat(BodyCodec.text(node, "RequestId")).isEqualTo("r-1");
    }

    @Test
    void refusesDtdsSoEntitiesCannotExpand() {
        byte[] body = ("<?xml version='1.0'?><!DOCTYPE r [<!ENTITY x SYSTEM 'file:///etc/passwd'>]>"
                + "<r><Code>&x;</Code></r>").getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> BodyCodec.read(body)).isInstanceOf(IOException.class);
    }
}
