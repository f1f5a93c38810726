package dev.migsdk.core.internal.pipeline;

import dev.migsdk.core.SdkRequest;
import dev.migsdk.core.SdkResponse;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * An operation declared once, as data: its name, its own validation, where its fields go on the wire
 * (in the subclasses) and how the answer maps back. Internal API.
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

    Operation(String name, boolean delete, Consumer<Req> validator, Function<ResponseContext, Resp> mapper) {
        this.name = Objects.requireNonNull(name, "name");
        this.delete = delete;
        this.validator = Objects.requireNonNull(validator, "validator");
        this.responseMapper = Objects.requireNonNull(mapper, "responseMapper");
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

    @Override
    public String toString() {
        return name;
    }
}
