package dev.migsdk.testkit;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * Faults injected on demand into the next requests of one service, or of any service. Faults queue up in the
 * order they are added and each one is consumed by exactly one request; a service's own queue is served before
 * the queue for any service. Faults other than {@link FaultKind#DELAY} and
 * {@link FaultKind#DROP_RESPONSE_AFTER_PROCESSING} answer before authentication and change no state: a faulted
 * delete deletes nothing. Requests to the IAM token endpoint are never faulted. Thread-safe.
 */
public final class Faults {
    /** One queued fault. */
    record Fault(FaultKind kind, Duration duration) {
    }

    private final Map<EmulatedService, Deque<Fault>> perService = new EnumMap<>(EmulatedService.class);
    private final Deque<Fault> anyService = new ArrayDeque<>();

    Faults() {
        for (EmulatedService s : EmulatedService.values()) {
            perService.put(s, new ArrayDeque<>());
        }
    }

    /** The next {@code n} requests to {@code service} are throttled. */
    public Faults throttleNext(EmulatedService service, int n) {
        return add(service, n, FaultKind.THROTTLE, null);
    }

    /**
     * The next {@code n} requests to {@code service} are throttled and the answer carries
     * {@code Retry-After: <whole seconds, rounded up>}.
     */
    public Faults throttleNext(EmulatedService service, int n, Duration retryAfter) {
        return add(service, n, FaultKind.THROTTLE, requireNonNegative(retryAfter, "retryAfter"));
    }

    /** The next {@code n} requests to any service are throttled. */
    public Faults throttleNext(int n) {
        return add(null, n, FaultKind.THROTTLE, null);
    }

    /** The next {@code n} requests to {@code service} fail with 503. */
    public Faults failNext(EmulatedService service, int n) {
        return add(service, n, FaultKind.FAIL, null);
    }

    /** The next {@code n} requests to any service fail with 503. */
    public Faults failNext(int n) {
        return add(null, n, FaultKind.FAIL, null);
    }

    /** The connection of each of the next {@code n} requests to {@code service} is closed without an answer. */
    public Faults dropConnectionNext(EmulatedService service, int n) {
        return add(service, n, FaultKind.DROP_CONNECTION, null);
    }

    /** The connection of each of the next {@code n} requests to any service is closed without an answer. */
    public Faults dropConnectionNext(int n) {
        return add(null, n, FaultKind.DROP_CONNECTION, null);
    }

    /**
     * The answers to the next {@code n} requests to {@code service} are held back by {@code delay} before the
     * response headers. The requests themselves are processed normally (a delete applies even if the client
     * gives up waiting).
     */
    public Faults delayNext(EmulatedService service, int n, Duration delay) {
        return add(service, n, FaultKind.DELAY, requireNonNegative(delay, "delay"));
    }

    /** Like {@link #delayNext(EmulatedService, int, Duration)} for the next {@code n} requests to any service. */
    public Faults delayNext(int n, Duration delay) {
        return add(null, n, FaultKind.DELAY, requireNonNegative(delay, "delay"));
    }

    /**
     * The next {@code n} requests to {@code service} get a 200 whose body stops halfway (Content-Length announces
     * the whole body), then the connection closes; nothing is applied. Alibaba bodies are the operation's success
     * body; Huawei success answers have none, so a small JSON body is sent instead.
     */
    public Faults truncateNext(EmulatedService service, int n) {
        return add(service, n, FaultKind.TRUNCATE, null);
    }

    /** Like {@link #truncateNext(EmulatedService, int)} for the next {@code n} requests to any service. */
    public Faults truncateNext(int n) {
        return add(null, n, FaultKind.TRUNCATE, null);
    }

    /**
     * The next {@code n} requests to {@code service} are processed in full (a delete deletes) and then the
     * connection is closed instead of answering: the lost-answer case that idempotent retries must survive.
     */
    public Faults dropResponseAfterProcessingNext(EmulatedService service, int n) {
        return add(service, n, FaultKind.DROP_RESPONSE_AFTER_PROCESSING, null);
    }

    /** Like {@link #dropResponseAfterProcessingNext(EmulatedService, int)} for any service. */
    public Faults dropResponseAfterProcessingNext(int n) {
        return add(null, n, FaultKind.DROP_RESPONSE_AFTER_PROCESSING, null);
    }

    /** How many faults are still queued for {@code service} (not counting the any-service queue). */
    public synchronized int pending(EmulatedService service) {
        return perService.get(Objects.requireNonNull(service, "service")).size();
    }

    /** How many faults are still queued for any service. */
    public synchronized int pendingForAnyService() {
        return anyService.size();
    }

    /** Drops every queued fault. */
    public synchronized void clear() {
        perService.values().forEach(Deque::clear);
        anyService.clear();
    }

    /** Takes the next fault for a request to {@code service}, or null. */
    synchronized Fault poll(EmulatedService service) {
        Fault f = perService.get(service).poll();
        return f != null ? f : anyService.poll();
    }

    private synchronized Faults add(EmulatedService service, int n, FaultKind kind, Duration duration) {
        if (n < 0) {
            throw new IllegalArgumentException("n must not be negative");
        }
        Deque<Fault> queue = service == null ? anyService : perService.get(service);
        for (int i = 0; i < n; i++) {
            queue.add(new Fault(kind, duration));
        }
        return this;
    }

    private static Duration requireNonNegative(Duration d, String field) {
        Objects.requireNonNull(d, field);
        if (d.isNegative()) {
            throw new IllegalArgumentException(field + " must not be negative");
        }
        return d;
    }
}
