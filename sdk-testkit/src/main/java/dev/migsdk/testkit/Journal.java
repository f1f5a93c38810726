package dev.migsdk.testkit;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * The requests the emulator received, oldest first. Keeps the latest {@value #CAPACITY} entries so a long-running
 * emulator does not grow without bound. Thread-safe.
 */
public final class Journal {
    /** How many entries are kept. */
    public static final int CAPACITY = 10_000;

    private final Deque<JournalEntry> entries = new ArrayDeque<>();

    Journal() {
    }

    /** Every recorded request, oldest first. */
    public synchronized List<JournalEntry> requests() {
        return List.copyOf(entries);
    }

    /** The recorded requests routed to {@code service}, oldest first. */
    public synchronized List<JournalEntry> requests(EmulatedService service) {
        return entries.stream().filter(e -> e.service() == service).toList();
    }

    /** Forgets every recorded request. */
    public synchronized void clear() {
        entries.clear();
    }

    synchronized void record(JournalEntry entry) {
        if (entries.size() == CAPACITY) {
            entries.removeFirst();
        }
        entries.addLast(entry);
    }
}
