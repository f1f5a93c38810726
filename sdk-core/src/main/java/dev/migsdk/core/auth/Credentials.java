package dev.migsdk.core.auth;

import java.time.Instant;

/** Something a client authenticates with. Implementations never print their secrets. */
public interface Credentials {
    /** When these credentials stop working, or {@code null} if they do not expire. */
    Instant expiration();
}
