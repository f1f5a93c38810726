package dev.migsdk.core.internal.pipeline;

import dev.migsdk.core.SdkRequest;
import dev.migsdk.core.SdkResponse;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * An operation declared once, as data: its name, its own validation, where its fields go on the wire
 * (in the subclasses), the shape its success answer must have, and how that answer maps back.
 * Internal API.
 *
 * @param <Req> request type
 * @param <Resp> response type
 */
public abstract sealed class Operation<Req extends SdkRequest, Resp extends SdkResponse>
        permits RpcOperation, RestOperation {
    private final String name;
    private final boolean delete;
    private final Consumer<Req> validator;
    private final Function<ResponseContext, Resp> responseMapper;
    private final Set<Integer> successStatuses;
    private final SuccessBody successBody;
    private final List<String> requiredFields;

    Operation(Builder<Req, Resp, ?> b) {
        this.name = Objects.requireNonNull(b.name, "name");
        this.delete = b.delete;
        this.validator = Objects.requireNonNull(b.validator, "validator");
        this.responseMapper = Objects.requireNonNull(b.responseMapper, "response mapper of " + b.name);
        this.successStatuses = Set.copyOf(b.successStatuses);
        this.successBody = b.successBody;
        this.requiredFields = List.copyOf(b.requiredFields);
    }

    /** Name as the provider documents it, e.g. {@code DeleteReplicationJob}. */
    public String name() {
        return name;
    }

    /** Whether this deletes something, so a "not found" after a lost answer can count as success. */
    public boolean isDelete() {
        return delete;
    }

    /** Throws {@link IllegalArgumentException} or {@link NullPointerException} naming the bad field. */
    public void validate(Req request) {
        Objects.requireNonNull(request, "request");
        validator.accept(request);
    }

    /** Builds the typed response. */
    public Resp mapResponse(ResponseContext context) {
        return responseMapper.apply(context);
    }

    /** The HTTP statuses the provider documents for success (200 unless declared). */
    public Set<Integer> successStatuses() {
        return successStatuses;
    }

    /** What a success body may be. */
    public SuccessBody successBody() {
        return successBody;
    }

    /** Top-level fields a success body must carry besides the protocol's own (e.g. DTS {@code Success}). */
    public List<String> requiredFields() {
        return requiredFields;
    }

    @Override
    public String toString() {
        return name;
    }

    /** What the body of a documented success answer may be. */
    public enum SuccessBody {
        /** A JSON (or, for Alibaba XML clients, XML) object. */
        OBJECT,
        /** Nothing, or a JSON object (Huawei operations documented with no response body). */
        EMPTY_OR_OBJECT,
        /** Text: a plain or JSON string, a JSON object, or nothing (SMS documents some bodies as a string). */
        TEXT
    }

    /**
     * The declaration settings every kind of operation shares.
     *
     * @param <B> the concrete builder
     */
    public abstract static class Builder<Req extends SdkRequest, Resp extends SdkResponse,
            B extends Builder<Req, Resp, B>> {
        private final String name;
        private boolean delete;
        private Consumer<Req> validator = r -> { };
        private Function<ResponseContext, Resp> responseMapper;
        private Set<Integer> successStatuses = Set.of(200);
        private SuccessBody successBody = SuccessBody.OBJECT;
        private List<String> requiredFields = List.of();

        Builder(String name) {
            this.name = Objects.requireNonNull(name, "name");
        }

        /** Marks a delete: "not found" on a retry after a lost answer counts as done. */
        public B delete(boolean delete) {
            this.delete = delete;
            return self();
        }

        /** Checks a request before anything is sent. */
        public B validator(Consumer<Req> validator) {
            this.validator = validator;
            return self();
        }

        /** Maps a success answer to the typed response. */
        public B response(Function<ResponseContext, Resp> mapper) {
            this.responseMapper = mapper;
            return self();
        }

        /** The documented success statuses (default 200). */
        public B successStatuses(Integer... statuses) {
            this.successStatuses = Set.of(statuses);
            return self();
        }

        /** What a success body may be (default {@link SuccessBody#OBJECT}). */
        public B successBody(SuccessBody body) {
            this.successBody = Objects.requireNonNull(body, "body");
            return self();
        }

        /** Fields a success body must have. */
        public B requiredFields(String... fields) {
            this.requiredFields = List.of(fields);
            return self();
        }

        @SuppressWarnings("unchecked")
        private B self() {
            return (B) this;
        }
    }
}
