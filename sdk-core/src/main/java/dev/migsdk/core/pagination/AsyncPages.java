package dev.migsdk.core.pagination;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * The pages of a list operation on an async client. Nothing is requested until one of the methods
 * is called; each call walks the pages again from the first. The next page is requested after the
 * consumer has returned for the previous one, and no thread waits in between.
 *
 * <p>The returned future fails with the exception of the page that could not be fetched (after the
 * client's retries), or with the consumer's exception, and then no further page is requested.
 * Cancelling it stops the walk: no further page is requested.
 *
 * @param <P> the page (the operation's response)
 * @param <T> the entries a page holds
 */
public interface AsyncPages<P, T> {

    /** Gives each page to {@code consumer} in order; completes after the last page. */
    CompletableFuture<Void> forEach(Consumer<? super P> consumer);

    /** Gives each entry of each page to {@code consumer} in order; completes after the last page. */
    CompletableFuture<Void> forEachItem(Consumer<? super T> consumer);

    /** All entries of all pages, in order, as one list. */
    CompletableFuture<List<T>> collectItems();
}
