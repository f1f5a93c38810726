package dev.migsdk.core.testing;

import java.util.List;

/**
 * Ids that break naive URL building: each must reach the server as exactly one path segment or one
 * query value, unchanged. None is exactly {@code .} or {@code ..} (those cannot be a path segment).
 */
public final class AwkwardIds {
    private AwkwardIds() {
    }

    /** Ids with spaces, unicode, reserved and escape-looking characters, and dot segments inside. */
    public static List<String> all() {
        return List.of(
                "with space",
                "unicode-任务-é-🚀",
                "a/b",
                "../../admin",
                "a/../b",
                "..a",
                "...",
                "50%",
                "%41",
                "%2F",
                "what?x=1",
                "frag#ment",
                "plus+sign",
                "star*",
                "tilde~",
                "semi;colon",
                "co:lon",
                "at@sign",
                "amp&Action=Other",
                "eq=ual",
                " leading-and-trailing ");
    }
}
