package dev.migsdk.cleanup.internal;

import java.util.ArrayDeque;

/**
 * A counting semaphore that never blocks: {@link #acquire} runs the task now if a permit is free, else
 * when one is released. Tasks run on the thread that frees their permit, one after another (a loop, not
 * recursion, so thousands of tasks that finish at once do not grow the stack). Thread-safe.
 */
final class AsyncPermits {
    private final ArrayDeque<Runnable> waiting = new ArrayDeque<>();
    private final ThreadLocal<ArrayDeque<Runnable>> running = new ThreadLocal<>();
    private int available;
    private boolean closed;

    AsyncPermits(int permits) {
        this.available = permits;
    }

    /**
     * Runs {@code task} holding a permit, now or later; it must {@link #release()} when done. An urgent task
     * (one that carries on work already started) goes before the tasks waiting to start.
     *
     * @return {@code false} if closed: the task will never run
     */
    boolean acquire(Runnable task, boolean urgent) {
        synchronized (this) {
            if (closed) {
                return false;
            }
            if (available == 0) {
                if (urgent) {
                    waiting.addFirst(task);
                } else {
                    waiting.add(task);
                }
                return true;
            }
            available--;
        }
        run(task);
        return true;
    }

    /** Frees a permit, handing it to the next waiting task if there is one. */
    void release() {
        Runnable next;
        synchronized (this) {
            next = waiting.poll();
            if (next == null) {
                available++;
                return;
            }
        }
        run(next);
    }

    /** Refuses every later acquire and drops the tasks still waiting (they never run). */
    synchronized void close() {
        closed = true;
        waiting.clear();
    }

    private void run(Runnable task) {
        ArrayDeque<Runnable> queue = running.get();
        if (queue != null) {
            queue.add(task); // already running tasks on this thread: the outer loop runs it
            return;
        }
        queue = new ArrayDeque<>();
        running.set(queue);
        try {
            for (Runnable t = task; t != null; t = queue.poll()) {
                t.run();
            }
        } finally {
            running.remove();
        }
    }
}
