package dev.migsdk.examples;

import dev.migsdk.core.exception.ServiceException;
import dev.migsdk.oms.OmsAsyncClient;
import dev.migsdk.testkit.MigrationEmulator;
import dev.migsdk.testkit.OmsTaskStatus;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.stream.LongStream;

/**
 * Deletes many OMS tasks concurrently with the async client: no thread waits for an answer or a backoff,
 * and {@code adaptiveRateLimiting(true)} slows the client down when OMS throttles. Runs against the embedded
 * emulator only.
 */
public final class AsyncBulkDeleteExample {
    private AsyncBulkDeleteExample() {
    }

    /** Deletes every task concurrently and prints one line per task. */
    static void deleteAll(OmsAsyncClient oms, List<Long> taskIds) {
        List<CompletableFuture<String>> results = taskIds.stream()
                .map(id -> oms.deleteTask(r -> r.taskId(id))
                        .thenApply(response -> id + ": deleted (request id " + response.requestId() + ")")
                        .exceptionally(e -> id + ": " + describe(e)))
                .toList();
        results.forEach(f -> System.out.println(f.join()));
    }

    private static String describe(Throwable e) {
        Throwable cause = e instanceof CompletionException && e.getCause() != null ? e.getCause() : e;
        return cause instanceof ServiceException se ? "refused, " + se.errorCode() : "failed, " + cause;
    }

    public static void main(String[] args) {
        try (MigrationEmulator emulator = MigrationEmulator.start()) {
            List<Long> ids = LongStream.rangeClosed(1001, 1020).boxed().toList();
            ids.forEach(id -> emulator.oms().addTask(id, OmsTaskStatus.SUCCEEDED));
            emulator.oms().addTask(1007, OmsTaskStatus.RUNNING);       // this one is refused

            deleteAll(emulator.omsAsyncClient(b -> b.adaptiveRateLimiting(true)), ids);
        }
    }
}
