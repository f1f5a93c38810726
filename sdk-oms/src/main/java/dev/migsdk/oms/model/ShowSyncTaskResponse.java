package dev.migsdk.oms.model;

import dev.migsdk.core.SdkResponse;

/** Result of OMS {@code ShowSyncTask}: the synchronization task's state. Immutable. */
public final class ShowSyncTaskResponse extends SdkResponse {
    private final String syncTaskId;
    private final String status;
    private final String description;
    private final String srcBucket;
    private final String dstBucket;

    private ShowSyncTaskResponse(Builder b) {
        super(b);
        this.syncTaskId = b.syncTaskId;
        this.status = b.status;
        this.description = b.description;
        this.srcBucket = b.srcBucket;
        this.dstBucket = b.dstBucket;
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        return new Builder(this);
    }

    /** {@code sync_task_id}. */
    public String syncTaskId() {
        return syncTaskId;
    }

    /** {@code status} as OMS sent it ({@code SYNCHRONIZING} or {@code STOPPED} as documented), or {@code null}. */
    public String status() {
        return status;
    }

    /** {@code description}, or {@code null}. */
    public String description() {
        return description;
    }

    /** {@code src_bucket}, or {@code null}. */
    public String srcBucket() {
        return srcBucket;
    }

    /** {@code dst_bucket}, or {@code null}. */
    public String dstBucket() {
        return dstBucket;
    }

    /** Whether {@link #status()} is {@code SYNCHRONIZING} (a synchronizing task cannot be deleted). */
    public boolean synchronizing() {
        return "SYNCHRONIZING".equals(status);
    }

    @Override
    public String toString() {
        return "ShowSyncTaskResponse[" + "requestId=" + requestId() + ", httpStatus=" + httpStatus() + ", syncTaskId=" + syncTaskId + ", status=" + status + ", description=" + description + ", srcBucket=" + srcBucket + ", dstBucket=" + dstBucket + "]";
    }

    /** Builder for {@link ShowSyncTaskResponse}. */
    public static final class Builder extends SdkResponse.Builder<Builder> {
        private String syncTaskId;
        private String status;
        private String description;
        private String srcBucket;
        private String dstBucket;

        private Builder() {
        }

        private Builder(ShowSyncTaskResponse from) {
            super(from);
            this.syncTaskId = from.syncTaskId;
            this.status = from.status;
            this.description = from.description;
            this.srcBucket = from.srcBucket;
            this.dstBucket = from.dstBucket;
        }

        public Builder syncTaskId(String syncTaskId) {
            this.syncTaskId = syncTaskId;
            return this;
        }

        public Builder status(String status) {
            this.status = status;
            return this;
        }

        public Builder description(String description) {
            this.description = description;
            return this;
        }

        public Builder srcBucket(String srcBucket) {
            this.srcBucket = srcBucket;
            return this;
        }

        public Builder dstBucket(String dstBucket) {
            this.dstBucket = dstBucket;
            return this;
        }

        public ShowSyncTaskResponse build() {
            return new ShowSyncTaskResponse(this);
        }
    }
}
