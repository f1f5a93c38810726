package dev.migsdk.core.internal.util;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ServerTextTest {

    @Test
    void plainTextIsReturnedAsItIs() {
        String s = "The specified JobId does not exist. 任务 ✓";
        assertThat(ServerText.clean(s)).isSameAs(s);
        assertThat(ServerText.clean(null)).isNull();
    }

    @Test
    void controlCharactersThatForgeLogLinesOrMoveTheCursorAreEscaped() {
        assertThat(ServerText.clean("busy\r\nINFO Injected: yes")).isEqualTo("busy\\u000d\\u000aINFO Injected: yes");
        assertThat(ServerText.clean("\u001b[2Jcleared")).isEqualTo("\\u001b[2Jcleared");
        assertThat(ServerText.clean("tab\there")).isEqualTo("tab\\u0009here");
        assertThat(ServerText.clean("c1\u0085 sep\u2028 bidi\u202e end")).isEqualTo("c1\\u0085 sep\\u2028 bidi\\u202e end");
        assertThat(ServerText.clean("del\u007f")).isEqualTo("del\\u007f");
    }

    @Test
    void longTextIsCutWithAnEllipsis() {
        assertThat(ServerText.clean("x".repeat(5000))).hasSize(1025).endsWith("…");
        assertThat(ServerText.clean("\n".repeat(50), 12)).isEqualTo("\\u000a\\u000a…"); // the cap counts what is shown
        assertThat(ServerText.clean("abc", 3)).isEqualTo("abc");
    }
}
