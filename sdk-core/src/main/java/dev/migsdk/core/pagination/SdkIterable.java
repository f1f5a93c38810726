package dev.migsdk.core.pagination;

import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * An {@link Iterable} that can also be streamed. Each iteration starts again from the first page and
 * requests the pages it needs once each.
 *
 * @param <T> element type
 */
@FunctionalInterface
public interface SdkIterable<T> extends Iterable<T> {

    /** A sequential stream over the elements; it requests pages as it goes. */
    default Stream<T> stream() {
        return StreamSupport.stream(spliterator(), false);
    }
}
