package dev.migsdk.examples.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.migsdk.core.exception.ApiCallTimeoutException;
import dev.migsdk.core.exception.AuthenticationException;
import dev.migsdk.core.exception.CredentialsException;
import dev.migsdk.core.exception.InvalidStatusException;
import dev.migsdk.core.exception.ResourceNotFoundException;
import dev.migsdk.core.exception.ServiceException;
import dev.migsdk.core.exception.ThrottlingException;
import dev.migsdk.core.exception.TransportException;
import java.io.PrintWriter;
import java.util.List;

/**
 * Prints outcomes as they complete: text (results on stdout, errors with hints and the summary on stderr) or
 * JSON Lines (one object per outcome, then a summary object, on stdout); or, with {@code --output json}, one
 * JSON document on stdout at the end. A dry run's requests are reported as not sent, never as successes.
 * Thread-safe: lines from concurrent completions never interleave.
 */
final class Reporter {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final ObjectMapper COMPACT = new ObjectMapper();

    private final CliContext context;
    private final Operation operation;
    private final boolean dryRun;
    private final String credentialsHint;

    /**
     * The operation being reported, for messages and hints.
     *
     * @param service       e.g. {@code SMC}
     * @param name          e.g. {@code DeleteReplicationJob}
     * @param regionExample a region id to suggest for {@code --region}, or {@code null} for a central service that
     *                      needs none
     * @param invalidStatus what to do about an invalid-status refusal of this operation, with {@code %s} for the id
     */
    record Operation(String service, String name, String regionExample, String invalidStatus) {
    }

    Reporter(CliContext context, Operation operation, boolean dryRun, String credentialsHint) {
        this.context = context;
        this.operation = operation;
        this.dryRun = dryRun;
        this.credentialsHint = credentialsHint;
    }

    /** Prints one outcome as it completes: a text line (results on stdout, errors on stderr) or a JSON line. */
    synchronized void line(Outcome o, CommonOptions.Output format) {
        if (format == CommonOptions.Output.json) {
            return; // one document at the end
        }
        if (format == CommonOptions.Output.jsonl) {
            context.out().println(compact(result(o)));
            context.out().flush();
            return;
        }
        PrintWriter out = context.out();
        PrintWriter err = context.err();
        switch (o.kind()) {
            case NOT_SENT -> {
                out.println("# not sent (dry run): " + operation.service() + " " + operation.name() + " "
                        + shown(o.id()) + " (secrets shown as ***)");
                out.println(o.curl());
            }
            case OK -> out.println("ok  " + operation.service() + " " + operation.name() + " " + shown(o.id())
                    + (o.done().detail() == null ? "" : "  " + shown(o.done().detail()))
                    + (o.requestId() == null ? "" : "  request id " + o.requestId())
                    + (o.attempts() > 1 && !steps() ? "  (" + o.attempts() + " attempts)" : "")
                    + (o.done().alreadyDeleted() ? "  (already deleted" + (steps() ? ""
                    : " by an earlier attempt") + ")" : ""));
            case CANCELLED -> err.println(switch (o.cancel()) {
                case NOT_STARTED -> "not started: ";
                case IN_FLIGHT -> "in flight: ";
                case PART_DONE -> "part done: ";
            } + operation.service() + " " + operation.name() + " " + shown(o.id()) + switch (o.cancel()) {
                case NOT_STARTED -> " (nothing was sent)";
                case IN_FLIGHT -> " (sent, no answer before the end: it may have taken effect)";
                case PART_DONE -> " (started, not finished; nothing was on its way)";
            });
            default -> {
                err.println("error: " + describe(o));
                String hint = hint(o);
                if (hint != null) {
                    err.println("  hint: " + hint);
                }
            }
        }
        out.flush();
        err.flush();
    }

    /** Prints the end of the report: the summary (text: stderr; JSON Lines: a last line; JSON: the document). */
    synchronized void end(BulkRunner.Result result, CommonOptions.Output format) {
        List<Outcome> outcomes = result.outcomes();
        if (format == CommonOptions.Output.json) {
            json(outcomes, result.stop());
            return;
        }
        if (format == CommonOptions.Output.jsonl) {
            ObjectNode line = JSON.createObjectNode();
            line.set("summary", summary(outcomes, result.stop()));
            context.out().println(compact(line));
            context.out().flush();
            return;
        }
        PrintWriter err = context.err();
        long failed = outcomes.stream().filter(o -> o.failed() && o.kind() != Outcome.Kind.CANCELLED).count();
        long cancelled = outcomes.stream().filter(o -> o.kind() == Outcome.Kind.CANCELLED).count();
        if (dryRun) {
            long notSent = outcomes.size() - failed - cancelled;
            err.println((notSent == 0 ? "no request built" : notSent + (notSent == 1 ? " request" : " requests")
                    + " not sent") + " (dry run)" + (failed == 0 ? "" : ", " + failed + " failed before a request "
                    + "was built"));
        } else if (outcomes.size() > 1 || cancelled > 0) {
            err.println((outcomes.size() - failed - cancelled) + " of " + outcomes.size() + " succeeded, " + failed
                    + " failed" + (cancelled == 0 ? "" : ", " + cancelled + " not done"));
        }
        if (result.stop() != BulkRunner.Stop.NONE) {
            long inFlight = outcomes.stream().filter(o -> o.cancel() == Outcome.Cancel.IN_FLIGHT).count();
            err.println((result.stop() == BulkRunner.Stop.INTERRUPTED ? "interrupted" : "--timeout passed")
                    + ": stopped sending; " + (cancelled - inFlight) + " not started" + (inFlight == 0 ? ""
                    : ", " + inFlight + " sent without an answer (they may have taken effect)"));
        }
        err.flush();
    }

    private void json(List<Outcome> outcomes, BulkRunner.Stop stop) {
        ObjectNode root = JSON.createObjectNode();
        root.put("service", operation.service());
        root.put("operation", operation.name());
        root.put("dryRun", dryRun);
        ArrayNode results = root.putArray("results");
        for (Outcome o : outcomes) {
            results.add(result(o));
        }
        root.set("summary", summary(outcomes, stop));
        try {
            context.out().println(JSON.writeValueAsString(root));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        context.out().flush();
    }

    private ObjectNode summary(List<Outcome> outcomes, BulkRunner.Stop stop) {
        ObjectNode summary = JSON.createObjectNode();
        summary.put("total", outcomes.size());
        summary.put("succeeded", outcomes.stream().filter(Outcome::ok).count());
        summary.put("notSent", outcomes.stream().filter(o -> o.kind() == Outcome.Kind.NOT_SENT).count());
        summary.put("failed", outcomes.stream().filter(o -> o.failed() && o.kind() != Outcome.Kind.CANCELLED).count());
        summary.put("notStarted", outcomes.stream().filter(o -> o.cancel() == Outcome.Cancel.NOT_STARTED).count());
        summary.put("inFlight", outcomes.stream().filter(o -> o.cancel() == Outcome.Cancel.IN_FLIGHT).count());
        summary.put("stopped", switch (stop) {
            case NONE -> "no";
            case INTERRUPTED -> "interrupted";
            case TIMED_OUT -> "timeout";
        });
        return summary;
    }

    private ObjectNode result(Outcome o) {
        ObjectNode r = JSON.createObjectNode();
        r.put("service", operation.service());
        r.put("operation", operation.name());
        r.put("id", o.id());
        switch (o.kind()) {
            case NOT_SENT -> {
                r.put("outcome", "not-sent");
                r.put("curl", o.curl());
            }
            case OK -> {
                r.put("outcome", "ok");
                r.put("requestId", o.requestId());
                r.put("alreadyDeleted", o.done().alreadyDeleted());
                r.put(steps() ? "requests" : "attempts", o.attempts());
                if (o.done().detail() != null) {
                    r.put("detail", o.done().detail());
                }
            }
            case CANCELLED -> r.put("outcome", switch (o.cancel()) {
                case NOT_STARTED -> "not-started";
                case IN_FLIGHT -> "in-flight";
                case PART_DONE -> "part-done";
            });
            default -> {
                r.put("outcome", "failed");
                r.put("requestId", o.requestId());
                if (o.error() instanceof ServiceException se) {
                    r.put("httpStatus", se.httpStatus());
                    r.put("errorCode", se.errorCode());
                    r.put("errorMessage", se.errorMessage());
                } else {
                    r.put("errorCode", o.error().getClass().getSimpleName());
                    r.put("errorMessage", o.error().getMessage());
                }
                r.put("attempts", o.attempts());
                r.put("hint", hint(o));
            }
        }
        return r;
    }

    private static String compact(ObjectNode node) {
        try {
            return COMPACT.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private String describe(Outcome o) {
        String what = operation.service() + " " + operation.name() + " " + shown(o.id());
        Throwable e = o.error();
        if (e instanceof ServiceException se) {
            return what + " refused: " + se.errorCode() + " (HTTP " + se.httpStatus() + "): " + se.errorMessage()
                    + " [request id " + se.requestId() + ", attempts " + se.attempts() + "]";
        }
        if (e instanceof IllegalArgumentException || e instanceof NullPointerException) {
            return what + ": not sent, the SDK refused the request: " + e.getMessage();
        }
        return what + " failed: " + e.getMessage();
    }

    /**
     * Whether each result is a run of steps ({@code clean}: stop, wait, delete), whose count is of requests
     * (already in the detail), not of attempts at one call.
     */
    private boolean steps() {
        return operation.name().equals("clean");
    }

    /** Advice a person can act on, or {@code null}. */
    String hint(Outcome o) {
        Throwable e = o.error();
        if (e instanceof InvalidStatusException) {
            return String.format(operation.invalidStatus(), shown(o.id()));
        }
        boolean regional = operation.regionExample() != null;
        if (e instanceof ResourceNotFoundException) {
            return "check the id, and that " + (regional ? "--region and " : "") + "the credentials are those of "
                    + "the account that owns it";
        }
        if (e instanceof ThrottlingException) {
            return "the service is throttling this account; retry later or lower --concurrency";
        }
        if (e instanceof AuthenticationException ae) {
            return ae.serverTime() != null ? "the local clock differs from the service's; sync the system clock"
                    : "the credentials were rejected; check them (see docs/CREDENTIALS.md)";
        }
        if (e instanceof ServiceException se && se.httpStatus() == 403) {
            String action = operation.name().equals("clean") || operation.name().equals("wait")
                    ? "the " + operation.service() + " action the error names" : operation.service() + " "
                    + operation.name();
            return "the credentials lack permission for " + action + " on this resource: grant it to their "
                    + (alibaba(operation.service()) ? "RAM" : "IAM") + " user, or use other credentials";
        }
        if (e instanceof CredentialsException) {
            return credentialsHint;
        }
        if (e instanceof TransportException || e instanceof ApiCallTimeoutException) {
            return "check " + (regional ? "--region/" : "") + "--endpoint and the network (proxy, firewall)";
        }
        return null;
    }

    /** What to do when no credentials are found for {@code service}, given {@code --profile} (or {@code null}). */
    static String credentialsHint(String service, String profile) {
        if (alibaba(service)) {
            return profile == null
                    ? "set ALIBABA_CLOUD_ACCESS_KEY_ID and ALIBABA_CLOUD_ACCESS_KEY_SECRET, or pick a profile of"
                            + " ~/.aliyun/config.json or a section of ~/.alibabacloud/credentials.ini with --profile"
                            + " (docs/CREDENTIALS.md)"
                    : "with --profile " + profile + " the credentials come only from profile " + profile
                            + " of ~/.aliyun/config.json or section [" + profile + "] of"
                            + " ~/.alibabacloud/credentials.ini: add it there, or leave out --profile to use the"
                            + " default chain (ALIBABA_CLOUD_ACCESS_KEY_ID and ALIBABA_CLOUD_ACCESS_KEY_SECRET first)";
        }
        String scope = service.equals("OMS") ? "HUAWEICLOUD_SDK_PROJECT_ID or --project-id"
                : "HUAWEICLOUD_SDK_DOMAIN_ID";
        return "set HUAWEICLOUD_SDK_AK and HUAWEICLOUD_SDK_SK (and " + scope + "), or write ~/.huaweicloud/credentials"
                + " or the file HUAWEICLOUD_SDK_CREDENTIALS_FILE names (docs/CREDENTIALS.md)";
    }

    /** {@code id} fit for a message line: control characters, which a terminal would act on, written as escapes. */
    static String shown(String id) {
        StringBuilder sb = new StringBuilder(id.length());
        id.chars().forEach(c -> sb.append(Character.isISOControl(c) ? String.format("\\u%04X", c) : (char) c));
        return sb.toString();
    }

    private static boolean alibaba(String service) {
        return service.equals("SMC") || service.equals("DTS");
    }
}
