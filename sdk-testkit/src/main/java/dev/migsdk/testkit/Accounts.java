package dev.migsdk.testkit;

import dev.migsdk.core.auth.AlibabaCredentials;
import dev.migsdk.core.auth.HuaweiAkSkCredentials;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/** Keys, tokens, IAM users and used nonces the emulator knows. Thread-safe. */
final class Accounts {
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Map<String, AlibabaCredentials> alibaba = new ConcurrentHashMap<>();
    private final Map<String, HuaweiAkSkCredentials> huawei = new ConcurrentHashMap<>();
    private final Map<String, Instant> huaweiTokens = new ConcurrentHashMap<>();
    private final List<HuaweiIamUser> users = new CopyOnWriteArrayList<>();
    /** AccessKeyId → nonce → until when it must be remembered. */
    private final Map<String, Map<String, Instant>> nonces = new HashMap<>();

    void addAlibaba(AlibabaCredentials c) {
        alibaba.put(Objects.requireNonNull(c, "credentials").accessKeyId(), c);
    }

    AlibabaCredentials alibaba(String accessKeyId) {
        return accessKeyId == null ? null : alibaba.get(accessKeyId);
    }

    void addHuawei(HuaweiAkSkCredentials c) {
        huawei.put(Objects.requireNonNull(c, "credentials").accessKey(), c);
    }

    HuaweiAkSkCredentials huawei(String accessKey) {
        return accessKey == null ? null : huawei.get(accessKey);
    }

    void addHuaweiToken(String token, Instant expiresAt) {
        huaweiTokens.put(Objects.requireNonNull(token, "token"), Objects.requireNonNull(expiresAt, "expiresAt"));
    }

    String issueHuaweiToken(Instant expiresAt) {
        byte[] bytes = new byte[96];
        RANDOM.nextBytes(bytes);
        String token = "MIIemu" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        addHuaweiToken(token, expiresAt);
        return token;
    }

    /** When the token expires, or null if the emulator never issued it. */
    Instant huaweiTokenExpiry(String token) {
        return token == null ? null : huaweiTokens.get(token);
    }

    void addUser(HuaweiIamUser user) {
        users.add(Objects.requireNonNull(user, "user"));
    }

    HuaweiIamUser user(String domainName, String userName, String password) {
        for (HuaweiIamUser u : users) {
            if (u.domainName().equals(domainName) && u.userName().equals(userName)
                    && u.password().equals(password)) {
                return u;
            }
        }
        return null;
    }

    /**
     * Records a signature nonce of an AccessKey id; false if it was already used and is still remembered.
     *
     * @param rememberUntil when the nonce may be forgotten (its request's timestamp plus the window)
     */
    synchronized boolean useNonce(String accessKeyId, String nonce, Instant now, Instant rememberUntil) {
        Map<String, Instant> used = nonces.computeIfAbsent(accessKeyId, k -> new HashMap<>());
        used.values().removeIf(until -> until.isBefore(now));
        return used.putIfAbsent(nonce, rememberUntil) == null;
    }
}
