package dev.migsdk.cleanup;

import java.util.Locale;
import java.util.Objects;

/**
 * One task to clean up: the service and the task's id (and, for OMS, optionally the project). Written as
 * {@code smc:j-bp1...}, {@code dts:dtsbp1...}, {@code oms:<project>/<task id>} or {@code oms:<task id>}
 * (the project then comes from the client's credentials), {@code sms:<task id>}. Immutable.
 */
public final class TaskRef {
    private final CloudService service;
    private final String projectId;
    private final String id;

    private TaskRef(CloudService service, String projectId, String id) {
        this.service = Objects.requireNonNull(service, "service");
        this.projectId = projectId;
        this.id = Objects.requireNonNull(id, "id");
        if (id.isEmpty()) {
            throw new IllegalArgumentException("the task id must not be empty (" + service.prefix() + ")");
        }
        if (projectId != null && projectId.isEmpty()) {
            throw new IllegalArgumentException("the OMS project id must not be empty when given");
        }
    }

    /** An SMC replication job. */
    public static TaskRef smc(String jobId) {
        return new TaskRef(CloudService.SMC, null, jobId);
    }

    /** A DTS job (its {@code DtsJobId}). */
    public static TaskRef dts(String dtsJobId) {
        return new TaskRef(CloudService.DTS, null, dtsJobId);
    }

    /** An OMS task in the project of the client's credentials. */
    public static TaskRef oms(long taskId) {
        return new TaskRef(CloudService.OMS, null, omsId(String.valueOf(taskId)));
    }

    /** An OMS task in {@code projectId}. */
    public static TaskRef oms(String projectId, long taskId) {
        return new TaskRef(CloudService.OMS, Objects.requireNonNull(projectId, "projectId"),
                omsId(String.valueOf(taskId)));
    }

    /** An SMS migration task. */
    public static TaskRef sms(String taskId) {
        return new TaskRef(CloudService.SMS, null, taskId);
    }

    /**
     * Parses {@code service:id} (see the class comment); surrounding blanks are ignored.
     *
     * @throws IllegalArgumentException naming what is wrong
     */
    public static TaskRef parse(String text) {
        Objects.requireNonNull(text, "text");
        String t = text.strip();
        int colon = t.indexOf(':');
        if (colon <= 0) {
            throw new IllegalArgumentException("a task reference is service:id, e.g. smc:j-123 or oms:<project>/<id>"
                    + " (was '" + printable(t) + "')");
        }
        CloudService service;
        try {
            service = CloudService.valueOf(t.substring(0, colon).toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown service '" + printable(t.substring(0, colon))
                    + "' in task reference: use smc, dts, oms or sms");
        }
        String rest = t.substring(colon + 1);
        if (service == CloudService.OMS) {
            int slash = rest.lastIndexOf('/');
            return slash < 0 ? new TaskRef(service, null, omsId(rest))
                    : new TaskRef(service, rest.substring(0, slash), omsId(rest.substring(slash + 1)));
        }
        return new TaskRef(service, null, rest);
    }

    private static String omsId(String id) {
        try {
            long v = Long.parseLong(id);
            if (v < 0) {
                throw new NumberFormatException();
            }
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("an OMS task id is a non-negative integer (was '" + printable(id) + "')");
        }
        return id;
    }

    private static String printable(String s) {
        StringBuilder b = new StringBuilder(Math.min(s.length(), 128));
        for (int i = 0; i < s.length() && i < 128; i++) {
            char c = s.charAt(i);
            b.append(c < 0x20 || c == 0x7F ? '?' : c);
        }
        return b.toString();
    }

    public CloudService service() {
        return service;
    }

    /** The task's id as the service writes it (OMS: the decimal task id). */
    public String id() {
        return id;
    }

    /** The OMS project, or {@code null} to use the credentials' project (and for the other services). */
    public String projectId() {
        return projectId;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TaskRef r && r.service == service && r.id.equals(id) && Objects.equals(r.projectId, projectId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(service, projectId, id);
    }

    /** The reference as {@link #parse} reads it, e.g. {@code oms:<project>/42}. */
    @Override
    public String toString() {
        return service.prefix() + ":" + (projectId == null ? "" : projectId + "/") + id;
    }
}
