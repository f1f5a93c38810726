package dev.migsdk.sms.model;

import java.util.Objects;

/**
 * The {@code operation} of SMS {@code UpdateTaskStatus}. The documented actions are constants; {@link #of(String)}
 * sends any other value as it is, so an action SMS adds later needs no new SDK. Immutable; equal by value.
 */
public final class TaskAction {
    /** {@code start}: start (or resume) the migration. */
    public static final TaskAction START = new TaskAction("start");
    /** {@code stop}: stop the migration; the task moves through {@code ABORTING} to {@code ABORT}. */
    public static final TaskAction STOP = new TaskAction("stop");
    /** {@code test}: launch the target server for a test. */
    public static final TaskAction TEST = new TaskAction("test");
    /** {@code clone_test}: clone the target server for a test. */
    public static final TaskAction CLONE_TEST = new TaskAction("clone_test");
    /** {@code restart}: restart the migration. */
    public static final TaskAction RESTART = new TaskAction("restart");
    /** {@code network_check}: check the network performance. */
    public static final TaskAction NETWORK_CHECK = new TaskAction("network_check");
    /** {@code clear}: clear snapshot resources. */
    public static final TaskAction CLEAR = new TaskAction("clear");
    /** {@code skip}: skip the consistency-check subtask. */
    public static final TaskAction SKIP = new TaskAction("skip");
    /** {@code migration_test}: start a migration drill (documented, missing from the official 3.1.143 SDK). */
    public static final TaskAction MIGRATION_TEST = new TaskAction("migration_test");

    private final String value;

    private TaskAction(String value) {
        this.value = value;
    }

    /** The action named {@code value}, as SMS spells it (e.g. {@code "stop"}); any value is accepted. */
    public static TaskAction of(String value) {
        Objects.requireNonNull(value, "value");
        for (TaskAction a : new TaskAction[] {START, STOP, TEST, CLONE_TEST, RESTART, NETWORK_CHECK, CLEAR, SKIP,
                MIGRATION_TEST}) {
            if (a.value.equals(value)) {
                return a;
            }
        }
        return new TaskAction(value);
    }

    /** The text sent as {@code operation}. */
    public String value() {
        return value;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TaskAction a && a.value.equals(value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return value;
    }
}
