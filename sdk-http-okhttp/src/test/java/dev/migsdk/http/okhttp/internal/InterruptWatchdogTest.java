package dev.migsdk.http.okhttp.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import okhttp3.Call;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class InterruptWatchdogTest {
    private final OkHttpClient client = new OkHttpClient();
    private final InterruptWatchdog watchdog = new InterruptWatchdog();

    @AfterEach
    void close() {
        watchdog.close();
        client.dispatcher().executorService().shutdown();
    }

    private Call newCall() {
        return client.newCall(new Request.Builder().url("http://127.0.0.1:9/").build());
    }

    @Test
    void cancelsTheCallOfAnInterruptedThreadOnly() throws Exception {
        Call interrupted = newCall();
        Call other = newCall();
        CountDownLatch watching = new CountDownLatch(2);
        CountDownLatch done = new CountDownLatch(1);
        Thread a = new Thread(() -> runWatched(interrupted, watching, done));
        Thread b = new Thread(() -> runWatched(other, watching, done));
        a.start();
        b.start();
        assertThat(watching.await(5, TimeUnit.SECONDS)).isTrue();

        a.interrupt();
        assertThat(eventually(interrupted::isCanceled)).isTrue();
        assertThat(other.isCanceled()).isFalse();
        done.countDown();
        a.join();
        b.join();
    }

    @Test
    void cancelsACallWhoseDeadlinePassedAndSaysSo() throws Exception {
        Call late = newCall();
        Call onTime = newCall();
        Call outer = watchdog.watch(late, System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(50));
        try {
            assertThat(eventually(late::isCanceled)).isTrue();
            assertThat(watchdog.timedOut()).isTrue();
        } finally {
            watchdog.unwatch(outer);
        }
        Call again = watchdog.watch(onTime, System.nanoTime() + TimeUnit.SECONDS.toNanos(60));
        try {
            assertThat(watchdog.timedOut()).isFalse(); // a new call starts with a clean flag
            assertThat(onTime.isCanceled()).isFalse();
        } finally {
            watchdog.unwatch(again);
        }
    }

    @Test
    void aCallMadeInsideAnotherGivesTheOuterOneBackToWatch() {
        Call outer = newCall();
        Call inner = newCall();
        assertThat(watchdog.watch(outer, Long.MAX_VALUE)).isNull();
        assertThat(watchdog.watch(inner, Long.MAX_VALUE)).isSameAs(outer);
        watchdog.unwatch(outer);

        Thread.currentThread().interrupt();
        try {
            assertThat(eventually(outer::isCanceled)).isTrue();
            assertThat(inner.isCanceled()).isFalse();
        } finally {
            Thread.interrupted();
            watchdog.unwatch(null);
        }
    }

    @Test
    void forgetsThreadsThatHaveEnded() throws Exception {
        Thread t = new Thread(() -> {
            Call c = watchdog.watch(newCall(), Long.MAX_VALUE);
            watchdog.unwatch(c);
        });
        t.start();
        t.join();
        assertThat(eventually(() -> watchdog.threadsKnown() == 0)).isTrue();

        Call c = watchdog.watch(newCall(), Long.MAX_VALUE);
        watchdog.unwatch(c);
        LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(3 * InterruptWatchdog.POLL_MILLIS));
        assertThat(watchdog.threadsKnown()).isEqualTo(1); // a live thread keeps its slot between calls
    }

    private void runWatched(Call call, CountDownLatch watching, CountDownLatch done) {
        Call outer = watchdog.watch(call, Long.MAX_VALUE);
        watching.countDown();
        try {
            while (done.getCount() > 0) {
                LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(1)); // keeps the interrupt flag, as a blocked read does
            }
        } finally {
            watchdog.unwatch(outer);
        }
    }

    private static boolean eventually(BooleanSupplier condition) {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (System.nanoTime() < end) {
            if (condition.getAsBoolean()) {
                return true;
            }
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(5)); // returns at once on an interrupted thread
        }
        return condition.getAsBoolean();
    }
}
