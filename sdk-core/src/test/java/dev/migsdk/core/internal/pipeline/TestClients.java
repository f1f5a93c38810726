package dev.migsdk.core.internal.pipeline;

import dev.migsdk.core.SdkRequest;
import dev.migsdk.core.SdkResponse;
import dev.migsdk.core.Sleeper;
import dev.migsdk.core.auth.AlibabaCredentials;
import dev.migsdk.core.auth.HuaweiCredentials;
import dev.migsdk.core.internal.client.AlibabaBaseClientBuilder;
import dev.migsdk.core.internal.client.HuaweiBaseClientBuilder;
import dev.migsdk.core.internal.pipeline.ServiceSpec.HuaweiScope;
import dev.migsdk.core.internal.protocol.ErrorKind;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A made-up regional Alibaba service and Huawei service with one delete operation each, for pipeline and
 * client-builder tests.
 */
public final class TestClients {
    static final ServiceSpec ALIBABA = ServiceSpec.alibaba("TST", "2020-01-01",
            region -> region == null ? null : "tst." + region + ".aliyuncs.com",
            Map.of("Job.NotFound", ErrorKind.NOT_FOUND, "Job.Busy", ErrorKind.INVALID_STATUS));
    static final ServiceSpec HUAWEI = ServiceSpec.huawei("HTS", HuaweiScope.PROJECT,
            region -> region == null ? null : "hts." + region + ".myhuaweicloud.com",
            Map.of("HTS.404", ErrorKind.NOT_FOUND));

    public static final RpcOperation<DeleteThing, Deleted> RPC_DELETE = RpcOperation.<DeleteThing, Deleted>builder("DeleteThing")
            .param("ThingId", DeleteThing::id)
            .validator(r -> dev.migsdk.core.internal.util.Validate.id(r.id(), "thingId", 64))
            .delete(true)
            .response(ctx -> new Deleted(ctx.requestId(), ctx.httpStatus(), ctx.alreadyDeleted()))
            .build();

    static final RestOperation<DeleteThing, Deleted> REST_DELETE = RestOperation.<DeleteThing, Deleted>builder(
                    "DeleteThing", "DELETE", "/v1/{project_id}/things/{thing_id}")
            .pathParam("project_id", (r, c) -> ((HuaweiCredentials) c).projectId())
            .pathParam("thing_id", DeleteThing::id)
            .validator(r -> dev.migsdk.core.internal.util.Validate.id(r.id(), "thingId", 64))
            .delete(true)
            .successBody(Operation.SuccessBody.EMPTY_OR_OBJECT)
            .response(ctx -> new Deleted(ctx.requestId(), ctx.httpStatus(), ctx.alreadyDeleted()))
            .build();

    private TestClients() {
    }

    public static AlibabaBuilder alibaba() {
        return new AlibabaBuilder();
    }

    static HuaweiBuilder huawei() {
        return new HuaweiBuilder();
    }

    public static final class AlibabaBuilder extends AlibabaBaseClientBuilder<AlibabaBuilder> {
        public ClientRuntime<AlibabaCredentials> build() {
            return buildRuntime(ALIBABA);
        }
    }

    static final class HuaweiBuilder extends HuaweiBaseClientBuilder<HuaweiBuilder> {
        ClientRuntime<HuaweiCredentials> build() {
            return buildRuntime(HUAWEI);
        }
    }

    public static final class DeleteThing extends SdkRequest {
        private final String id;

        private DeleteThing(Builder b) {
            super(b);
            this.id = b.id;
        }

        public static DeleteThing of(String id) {
            return new Builder().id(id).build();
        }

        static Builder builder() {
            return new Builder();
        }

        String id() {
            return id;
        }

        static final class Builder extends SdkRequest.Builder<Builder> {
            private String id;

            Builder id(String id) {
                this.id = id;
                return this;
            }

            DeleteThing build() {
                return new DeleteThing(this);
            }
        }
    }

    public static final class Deleted extends SdkResponse {
        final boolean alreadyDeleted;

        Deleted(String requestId, int status, boolean alreadyDeleted) {
            super(new PlainBuilder().requestId(requestId).httpStatus(status));
            this.alreadyDeleted = alreadyDeleted;
        }

        private static final class PlainBuilder extends SdkResponse.Builder<PlainBuilder> {
        }
    }

    /** A sleeper that records every wait and returns at once. */
    static final class RecordingSleeper implements Sleeper {
        final List<Duration> waits = new CopyOnWriteArrayList<>();

        @Override
        public void sleep(Duration duration) {
            waits.add(duration);
        }

        @Override
        public CompletableFuture<Void> delay(Duration duration) {
            waits.add(duration);
            return CompletableFuture.completedFuture(null);
        }
    }
}
