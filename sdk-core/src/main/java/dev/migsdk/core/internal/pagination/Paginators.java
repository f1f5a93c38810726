package dev.migsdk.core.internal.pagination;

import dev.migsdk.core.pagination.AsyncPages;
import dev.migsdk.core.pagination.Pages;
import dev.migsdk.core.pagination.SdkIterable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Paginators from three functions: fetch a page for a request, the request for the page after a page
 * ({@code null} after the last), and the entries of a page. Pages are fetched lazily and each once.
 * Internal API.
 */
public final class Paginators {
    private Paginators() {
    }

    /** Sync pages starting at {@code first}. */
    public static <Req, P, T> Pages<P, T> sync(Req first, Function<Req, P> fetch, BiFunction<Req, P, Req> next,
                                               Function<P, List<T>> items) {
        Objects.requireNonNull(first, "request");
        return new SyncPages<>(first, fetch, next, items);
    }

    /** Async pages starting at {@code first}; {@code fetch} must not block. */
    public static <Req, P, T> AsyncPages<P, T> async(Req first, Function<Req, CompletableFuture<P>> fetch,
                                                     BiFunction<Req, P, Req> next, Function<P, List<T>> items) {
        Objects.requireNonNull(first, "request");
        return new AsyncWalk<>(first, fetch, next, items);
    }

    /**
     * The next offset of an offset/limit list, or {@code null} after the last page: a page shorter than
     * the limit, an empty page, or an offset past {@code total} (when the service reports it) ends it.
     */
    public static Integer nextOffset(int offset, int limit, int pageSize, Integer total) {
        if (pageSize == 0 || pageSize < limit) {
            return null;
        }
        int next = offset + pageSize;
        return total != null && next >= total ? null : next;
    }

    /** The next page number of a numbered list, or {@code null} after the last page (same rules). */
    public static Integer nextPageNumber(int pageNumber, int pageSize, int itemsOnPage, Integer total) {
        if (itemsOnPage == 0 || itemsOnPage < pageSize) {
            return null;
        }
        return total != null && (long) pageNumber * pageSize >= total ? null : pageNumber + 1;
    }

    private record SyncPages<Req, P, T>(Req first, Function<Req, P> fetch, BiFunction<Req, P, Req> next,
                                        Function<P, List<T>> entries) implements Pages<P, T> {
        @Override
        public Iterator<P> iterator() {
            return new Iterator<>() {
                private Req request = first;
                private P fetched;

                @Override
                public boolean hasNext() {
                    if (fetched == null && request != null) {
                        fetched = Objects.requireNonNull(fetch.apply(request), "page");
                    }
                    return fetched != null;
                }

                @Override
                public P next() {
                    if (!hasNext()) {
                        throw new NoSuchElementException();
                    }
                    P page = fetched;
                    fetched = null;
                    request = next.apply(request, page);
                    return page;
                }
            };
        }

        @Override
        public SdkIterable<T> items() {
            return () -> new Iterator<T>() {
                private final Iterator<P> pages = iterator();
                private Iterator<T> current = Collections.emptyIterator();

                @Override
                public boolean hasNext() {
                    while (!current.hasNext() && pages.hasNext()) {
                        current = Paginators.entries(entries, pages.next()).iterator();
                    }
                    return current.hasNext();
                }

                @Override
                public T next() {
                    if (!hasNext()) {
                        throw new NoSuchElementException();
                    }
                    return current.next();
                }
            };
        }
    }

    private record AsyncWalk<Req, P, T>(Req first, Function<Req, CompletableFuture<P>> fetch,
                                        BiFunction<Req, P, Req> next, Function<P, List<T>> items)
            implements AsyncPages<P, T> {
        @Override
        public CompletableFuture<Void> forEach(Consumer<? super P> consumer) {
            Objects.requireNonNull(consumer, "consumer");
            CompletableFuture<Void> done = new CompletableFuture<>();
            walk(first, consumer, done);
            return done;
        }

        @Override
        public CompletableFuture<Void> forEachItem(Consumer<? super T> consumer) {
            Objects.requireNonNull(consumer, "consumer");
            return forEach(page -> entries(items, page).forEach(consumer));
        }

        @Override
        public CompletableFuture<List<T>> collectItems() {
            List<T> all = new ArrayList<>();
            return forEachItem(all::add).thenApply(v -> Collections.unmodifiableList(all));
        }

        /** Fetches page after page; loops instead of recursing while pages arrive already complete. */
        private void walk(Req start, Consumer<? super P> consumer, CompletableFuture<Void> done) {
            Req request = start;
            while (!done.isDone()) {
                CompletableFuture<P> page;
                try {
                    page = Objects.requireNonNull(fetch.apply(request), "page future");
                } catch (RuntimeException e) {
                    done.completeExceptionally(e);
                    return;
                }
                if (!page.isDone()) {
                    Req current = request;
                    done.whenComplete((v, e) -> page.cancel(true)); // a cancelled walk cancels the page in flight
                    page.whenComplete((p, e) -> {
                        Req after = accept(current, p, e, consumer, done);
                        if (after != null) {
                            walk(after, consumer, done);
                        }
                    });
                    return;
                }
                P p = null;
                Throwable error = null;
                try {
                    p = page.join();
                } catch (CompletionException | java.util.concurrent.CancellationException e) {
                    error = e;
                }
                request = accept(request, p, error, consumer, done);
                if (request == null) {
                    return;
                }
            }
        }

        /** Hands one page to the consumer; the next request, or {@code null} when the walk has ended. */
        private Req accept(Req request, P page, Throwable error, Consumer<? super P> consumer,
                           CompletableFuture<Void> done) {
            if (done.isDone()) {
                return null;
            }
            if (error != null) {
                done.completeExceptionally(unwrap(error));
                return null;
            }
            Req after;
            try {
                consumer.accept(page);
                after = next.apply(request, page);
            } catch (RuntimeException e) {
                done.completeExceptionally(e);
                return null;
            }
            if (after == null) {
                done.complete(null);
            }
            return after;
        }
    }

    private static <P, T> List<T> entries(Function<P, List<T>> items, P page) {
        List<T> list = items.apply(page);
        return list == null ? List.of() : list;
    }

    private static Throwable unwrap(Throwable t) {
        while (t instanceof CompletionException && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }
}
