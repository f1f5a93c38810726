package dev.migsdk.core.internal.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * JSON is read into a tree from the streaming parser (no ObjectMapper), and must give what
 * {@code ObjectMapper.readTree} gives; XML is read by the JDK's own StAX parser (Woodstox is excluded
 * to keep the runtime small).
 */
class BodyCodecTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "{\"RequestId\":\"r-1\"}",
        "{\"HttpStatusCode\":200,\"RequestId\":\"r\",\"Success\":false,\"ErrCode\":\"InvalidJobId.NotFound\"}",
        "{\"a\":{\"b\":[1,-2,3000000000,123456789012345678901234567890,1.5,-0.0,2e3,true,false,null,\"x\"]}}",
        "{\"dup\":1,\"dup\":\"last wins\"}",
        "[{\"error_code\":\"SMS.2015\"},[],{}]",
        "\"just text\"",
        "42",
        "{\"unicode\":\"\\u00e9\\u4e2d\\ud83d\\ude00 \u00e9\"}",
        "  {\"padded\":true}  ",
        "{\"a\":1} trailing content is ignored, as readTree does",
    })
    void treeIsWhatObjectMapperReadTreeGives(String json) throws IOException {
        assertThat(BodyCodec.readJson(utf8(json))).isEqualTo(MAPPER.readTree(utf8(json)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "{", "{\"a\":", "{\"a\" 1}", "[1,2", "{\"a\":tru}", "}", "<html>"})
    void malformedOrEmptyJsonIsAnIoException(String json) {
        assertThatThrownBy(() -> BodyCodec.readJson(utf8(json))).isInstanceOf(IOException.class);
    }

    @Test
    void nestingPastTheLimitIsAnIoExceptionNotAStackOverflow() {
        String deep = "[".repeat(100_000) + "]".repeat(100_000);
        assertThatThrownBy(() -> BodyCodec.readJson(utf8(deep))).isInstanceOf(IOException.class)
                .hasMessageContaining("depth");
    }

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
