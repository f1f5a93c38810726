package dev.migsdk.core;

import java.util.Objects;
import java.util.function.Consumer;

/** Base of every operation request: carries the per-call {@link RequestOverrides}. */
public abstract class SdkRequest {
    private final RequestOverrides overrides;

    protected SdkRequest(Builder<?> builder) {
        this.overrides = builder.overrides;
    }

    /** Per-call settings; {@link RequestOverrides#none()} when none were given. */
    public RequestOverrides overrides() {
        return overrides;
    }

    /**
     * Shared part of every request builder.
     *
     * @param <B> the concrete builder
     */
    public abstract static class Builder<B extends Builder<B>> {
        private RequestOverrides overrides = RequestOverrides.none();

        protected Builder() {
        }

        protected Builder(SdkRequest from) {
            this.overrides = from.overrides;
        }

        /** Per-call timeout, retry policy and extra headers. */
        public B overrides(RequestOverrides overrides) {
            this.overrides = Objects.requireNonNull(overrides, "overrides");
            return self();
        }

        /** Per-call settings built in place. */
        public B overrides(Consumer<RequestOverrides.Builder> overrides) {
            RequestOverrides.Builder b = this.overrides.toBuilder();
            overrides.accept(b);
            this.overrides = b.build();
            return self();
        }

        /** Lets {@code mutation} set fields on this builder, e.g. a caller's {@code Consumer<Builder>}. */
        public B applyMutation(Consumer<? super B> mutation) {
            mutation.accept(self());
            return self();
        }

        @SuppressWarnings("unchecked")
        protected final B self() {
            return (B) this;
        }
    }
}
