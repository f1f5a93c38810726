package dev.migsdk.core.internal.http;

import java.util.Objects;

/** A query parameter or header: raw (not encoded) name and value. Internal API. */
public record NameValue(String name, String value) {
    public NameValue {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(value, "value");
    }
}
