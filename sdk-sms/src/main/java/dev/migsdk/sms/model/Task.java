package dev.migsdk.sms.model;

import java.util.Objects;

/** An SMS migration task as {@code ShowTask} and {@code ListTasks} describe it: the documented fields the SDK reads ({@code null} when SMS left one out). Immutable. */
public final class Task {
    private final String id;
    private final String name;
    private final String stateAsString;
    private final String type;
    private final String osType;
    private final Boolean connected;
    private final String errorJson;
    private final Long remainSeconds;
    private final Long createDate;
    private final Long startDate;
    private final Long finishDate;
    private final Double migrateSpeed;
    private final String sourceServerId;
    private final String sourceServerName;

    private Task(Builder b) {
        this.id = b.id;
        this.name = b.name;
        this.stateAsString = b.stateAsString;
        this.type = b.type;
        this.osType = b.osType;
        this.connected = b.connected;
        this.errorJson = b.errorJson;
        this.remainSeconds = b.remainSeconds;
        this.createDate = b.createDate;
        this.startDate = b.startDate;
        this.finishDate = b.finishDate;
        this.migrateSpeed = b.migrateSpeed;
        this.sourceServerId = b.sourceServerId;
        this.sourceServerName = b.sourceServerName;
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        return new Builder(this);
    }

    /** {@code id}: the task id. */
    public String id() {
        return id;
    }

    /** {@code name}. */
    public String name() {
        return name;
    }

    /** {@code state} as SMS sent it; see {@link #state()}. */
    public String stateAsString() {
        return stateAsString;
    }

    /** {@code type}: {@code MIGRATE_FILE} or {@code MIGRATE_BLOCK}. */
    public String type() {
        return type;
    }

    /** {@code os_type}: {@code WINDOWS} or {@code LINUX}. */
    public String osType() {
        return osType;
    }

    /** {@code connected}: whether the source's agent is connected (a disconnected task can always be deleted). */
    public Boolean connected() {
        return connected;
    }

    /** {@code error_json}: the error SMS recorded, as text, or {@code null}. */
    public String errorJson() {
        return errorJson;
    }

    /** {@code remain_seconds}: seconds left, as SMS estimates. */
    public Long remainSeconds() {
        return remainSeconds;
    }

    /** {@code create_date}: Unix time in milliseconds. */
    public Long createDate() {
        return createDate;
    }

    /** {@code start_date}: Unix time in milliseconds. */
    public Long startDate() {
        return startDate;
    }

    /** {@code finish_date}: Unix time in milliseconds. */
    public Long finishDate() {
        return finishDate;
    }

    /** {@code migrate_speed}: MB/s. */
    public Double migrateSpeed() {
        return migrateSpeed;
    }

    /** {@code source_server.id}. */
    public String sourceServerId() {
        return sourceServerId;
    }

    /** {@code source_server.name}. */
    public String sourceServerName() {
        return sourceServerName;
    }

    /** {@code state} as an enum; {@link TaskState#UNKNOWN_TO_SDK_VERSION} for a value this SDK does not know. */
    public TaskState state() {
        return TaskState.fromValue(stateAsString);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Task t && Objects.equals(id, t.id) && Objects.equals(name, t.name)
                && Objects.equals(stateAsString, t.stateAsString) && Objects.equals(type, t.type)
                && Objects.equals(osType, t.osType) && Objects.equals(connected, t.connected)
                && Objects.equals(errorJson, t.errorJson) && Objects.equals(remainSeconds, t.remainSeconds)
                && Objects.equals(createDate, t.createDate) && Objects.equals(startDate, t.startDate)
                && Objects.equals(finishDate, t.finishDate) && Objects.equals(migrateSpeed, t.migrateSpeed)
                && Objects.equals(sourceServerId, t.sourceServerId)
                && Objects.equals(sourceServerName, t.sourceServerName);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, name, stateAsString, connected);
    }

    @Override
    public String toString() {
        return "Task[id=" + id + ", name=" + name + ", stateAsString=" + stateAsString + ", connected=" + connected + "]";
    }

    /** Builder for {@link Task}. */
    public static final class Builder {
        private String id;
        private String name;
        private String stateAsString;
        private String type;
        private String osType;
        private Boolean connected;
        private String errorJson;
        private Long remainSeconds;
        private Long createDate;
        private Long startDate;
        private Long finishDate;
        private Double migrateSpeed;
        private String sourceServerId;
        private String sourceServerName;

        private Builder() {
        }

        private Builder(Task from) {
            this.id = from.id;
            this.name = from.name;
            this.stateAsString = from.stateAsString;
            this.type = from.type;
            this.osType = from.osType;
            this.connected = from.connected;
            this.errorJson = from.errorJson;
            this.remainSeconds = from.remainSeconds;
            this.createDate = from.createDate;
            this.startDate = from.startDate;
            this.finishDate = from.finishDate;
            this.migrateSpeed = from.migrateSpeed;
            this.sourceServerId = from.sourceServerId;
            this.sourceServerName = from.sourceServerName;
        }

        public Builder id(String id) {
            this.id = id;
            return this;
        }

        public Builder name(String name) {
            this.name = name;
            return this;
        }

        /** Sets the raw {@code state}. */
        public Builder stateAsString(String stateAsString) {
            this.stateAsString = stateAsString;
            return this;
        }

        /** Sets {@code state} from the enum (not {@link TaskState#UNKNOWN_TO_SDK_VERSION}). */
        public Builder state(TaskState state) {
            this.stateAsString = state == null ? null : state.toString();
            return this;
        }

        public Builder type(String type) {
            this.type = type;
            return this;
        }

        public Builder osType(String osType) {
            this.osType = osType;
            return this;
        }

        public Builder connected(Boolean connected) {
            this.connected = connected;
            return this;
        }

        public Builder errorJson(String errorJson) {
            this.errorJson = errorJson;
            return this;
        }

        public Builder remainSeconds(Long remainSeconds) {
            this.remainSeconds = remainSeconds;
            return this;
        }

        public Builder createDate(Long createDate) {
            this.createDate = createDate;
            return this;
        }

        public Builder startDate(Long startDate) {
            this.startDate = startDate;
            return this;
        }

        public Builder finishDate(Long finishDate) {
            this.finishDate = finishDate;
            return this;
        }

        public Builder migrateSpeed(Double migrateSpeed) {
            this.migrateSpeed = migrateSpeed;
            return this;
        }

        public Builder sourceServerId(String sourceServerId) {
            this.sourceServerId = sourceServerId;
            return this;
        }

        public Builder sourceServerName(String sourceServerName) {
            this.sourceServerName = sourceServerName;
            return this;
        }

        public Task build() {
            return new Task(this);
        }
    }
}
