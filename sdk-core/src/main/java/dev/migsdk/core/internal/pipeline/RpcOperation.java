package dev.migsdk.core.internal.pipeline;

import dev.migsdk.core.SdkRequest;
import dev.migsdk.core.SdkResponse;
import dev.migsdk.core.internal.http.NameValue;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * An Alibaba Cloud RPC operation: an action name and the request fields that become parameters.
 * Internal API.
 */
public final class RpcOperation<Req extends SdkRequest, Resp extends SdkResponse> extends Operation<Req, Resp> {
    private final List<Param<Req>> params;
    private final List<RepeatedParam<Req>> repeated;

    private RpcOperation(Builder<Req, Resp> b) {
        super(b);
        this.params = List.copyOf(b.params);
        this.repeated = List.copyOf(b.repeated);
    }

    public static <Req extends SdkRequest, Resp extends SdkResponse> Builder<Req, Resp> builder(String action) {
        return new Builder<>(action);
    }

    /** The API parameters of {@code request} in declaration order, as a new list the caller may change; null fields are left out. */
    public List<NameValue> parameters(Req request) {
        List<NameValue> out = new ArrayList<>(params.size());
        for (Param<Req> p : params) {
            String v = p.value().apply(request);
            if (v != null) {
                out.add(new NameValue(p.name(), v));
            }
        }
        for (RepeatedParam<Req> p : repeated) {
            List<String> values = p.values().apply(request);
            if (values != null) {
                for (int i = 0; i < values.size(); i++) {
                    out.add(new NameValue(p.prefix() + "." + (i + 1), values.get(i)));
                }
            }
        }
        return out;
    }

    private record Param<R>(String name, Function<R, String> value) {
    }

    private record RepeatedParam<R>(String prefix, Function<R, List<String>> values) {
    }

    /** Builder for an {@link RpcOperation}. */
    public static final class Builder<Req extends SdkRequest, Resp extends SdkResponse>
            extends Operation.Builder<Req, Resp, Builder<Req, Resp>> {
        private final List<Param<Req>> params = new ArrayList<>();
        private final List<RepeatedParam<Req>> repeated = new ArrayList<>();

        private Builder(String action) {
            super(action);
        }

        /** A request field sent as parameter {@code name}; a null value is not sent. */
        public Builder<Req, Resp> param(String name, Function<Req, String> value) {
            params.add(new Param<>(name, value));
            return this;
        }

        /**
         * A list field sent the RPC way, as {@code prefix.1}, {@code prefix.2}, ... (e.g. {@code JobId.N});
         * a null or empty list sends nothing. These follow the single parameters.
         */
        public Builder<Req, Resp> repeatedParam(String prefix, Function<Req, List<String>> values) {
            repeated.add(new RepeatedParam<>(prefix, values));
            return this;
        }

        public RpcOperation<Req, Resp> build() {
            return new RpcOperation<>(this);
        }
    }
}
