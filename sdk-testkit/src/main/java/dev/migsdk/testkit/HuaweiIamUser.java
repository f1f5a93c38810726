package dev.migsdk.testkit;

import java.util.Objects;

/**
 * An IAM user the emulator's {@code POST /v3/auth/tokens} accepts (password authentication).
 * {@link #toString()} hides the password.
 *
 * @param domainName the account (domain) name
 * @param userName   the IAM user name
 * @param password   the password
 */
public record HuaweiIamUser(String domainName, String userName, String password) {
    /** Checks that no component is null. */
    public HuaweiIamUser {
        Objects.requireNonNull(domainName, "domainName");
        Objects.requireNonNull(userName, "userName");
        Objects.requireNonNull(password, "password");
    }

    @Override
    public String toString() {
        return "HuaweiIamUser[domainName=" + domainName + ", userName=" + userName + ", password=***]";
    }
}
