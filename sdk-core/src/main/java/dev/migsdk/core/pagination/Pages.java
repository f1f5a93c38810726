package dev.migsdk.core.pagination;

/**
 * The pages of a list operation, requested lazily as they are iterated. Iterating the pages or
 * {@link #items()} again starts again from the first page.
 *
 * <p>A failure to fetch a page (after the client's retries) is thrown by the iterator's
 * {@code hasNext()}/{@code next()} as the same exception the single call would throw.
 *
 * @param <P> the page (the operation's response)
 * @param <T> the entries a page holds
 */
public interface Pages<P, T> extends SdkIterable<P> {

    /** The entries of every page, in order. */
    SdkIterable<T> items();
}
