package dev.migsdk.core.internal.auth;

import dev.migsdk.core.internal.util.Validate;
import java.time.Duration;

/**
 * When a {@link RefreshingCredentialsCache} refreshes. Internal API.
 *
 * @param prefetch       within this time of expiry, one caller refreshes while others keep using the cached value
 * @param stale          within this time of expiry, callers wait for a refresh (but still fall back to the
 *                       cached value if the refresh fails and it has not expired)
 * @param failureBackoff after a failed refresh, no new attempt for this long
 */
public record RefreshPolicy(Duration prefetch, Duration stale, Duration failureBackoff) {

    /** STS and metadata credentials (hours of validity): prefetch 5 min, stale 1 min, backoff 5 s. */
    public static final RefreshPolicy TEMPORARY_CREDENTIALS =
            new RefreshPolicy(Duration.ofMinutes(5), Duration.ofMinutes(1), Duration.ofSeconds(5));

    /** Huawei IAM tokens (24 h of validity): prefetch 1 h, stale 5 min, backoff 5 s. */
    public static final RefreshPolicy IAM_TOKEN =
            new RefreshPolicy(Duration.ofHours(1), Duration.ofMinutes(5), Duration.ofSeconds(5));

    public RefreshPolicy {
        Validate.notNegative(prefetch, "prefetch");
        Validate.notNegative(stale, "stale");
        Validate.notNegative(failureBackoff, "failureBackoff");
        if (stale.compareTo(prefetch) > 0) {
            throw new IllegalArgumentException("stale must not be longer than prefetch");
        }
    }
}
