package dev.migsdk.core.internal.pagination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.migsdk.core.exception.SdkClientException;
import dev.migsdk.core.pagination.AsyncPages;
import dev.migsdk.core.pagination.Pages;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Pages are fetched lazily, each once, in order; the walk stops after the last page and surfaces a failed page. */
class PaginatorsTest {
    /** A page of a numbered list: {@code total} items, {@code size} per page. */
    record Page(int number, List<Integer> items, int total) {
    }

    private final List<Integer> requested = new ArrayList<>();

    private Page fetch(int number, int size, int total) {
        requested.add(number);
        int from = (number - 1) * size;
        List<Integer> items = IntStream.range(from, Math.min(total, from + size)).boxed().collect(Collectors.toList());
        return new Page(number, items, total);
    }

    private Pages<Page, Integer> pages(int size, int total) {
        return Paginators.sync(1, n -> fetch(n, size, total),
                (n, p) -> Paginators.nextPageNumber(n, size, p.items().size(), p.total()), Page::items);
    }

    @Test
    void walksEveryPageOnceAndStopsAfterTheLast() {
        Pages<Page, Integer> pages = pages(10, 25);

        assertThat(pages.items().stream().collect(Collectors.toList()))
                .containsExactlyElementsOf(IntStream.range(0, 25).boxed().collect(Collectors.toList()));
        assertThat(requested).containsExactly(1, 2, 3);
    }

    @Test
    void aFullLastPageEndsOnTheTotalWithoutAnEmptyExtraRequest() {
        assertThat(pages(10, 20).items().stream().count()).isEqualTo(20);
        assertThat(requested).containsExactly(1, 2);
    }

    @Test
    void anEmptyListIsOneRequestAndNoItems() {
        Pages<Page, Integer> pages = pages(10, 0);

        assertThat(pages.items()).isEmpty();
        assertThat(pages).hasSize(1); // the one (empty) page is still a page
        assertThat(requested).containsExactly(1, 1); // one request per iteration: each iteration starts again
    }

    @Test
    void hasNextTwiceDoesNotFetchTwice() {
        Iterator<Page> it = pages(10, 15).iterator();
        assertThat(it.hasNext()).isTrue();
        assertThat(it.hasNext()).isTrue();
        it.next();
        assertThat(it.hasNext()).isTrue();
        it.next();
        assertThat(it.hasNext()).isFalse();
        assertThat(it.hasNext()).isFalse();
        assertThat(requested).containsExactly(1, 2);
    }

    @Test
    void aFailedPageIsThrownByTheIteratorAfterTheEarlierPages() {
        Pages<Page, Integer> pages = Paginators.sync(1, n -> {
            if (n == 2) {
                throw new SdkClientException("page 2 failed");
            }
            return fetch(n, 10, 30);
        }, (n, p) -> Paginators.nextPageNumber(n, 10, p.items().size(), p.total()), Page::items);
        List<Integer> seen = new ArrayList<>();

        assertThatThrownBy(() -> pages.items().forEach(seen::add)).isInstanceOf(SdkClientException.class)
                .hasMessage("page 2 failed");
        assertThat(seen).hasSize(10);
    }

    @Test
    void offsetListsEndOnAShortPageOrTheCount() {
        assertThat(Paginators.nextOffset(0, 10, 10, 25)).isEqualTo(10);
        assertThat(Paginators.nextOffset(20, 10, 5, 25)).isNull();
        assertThat(Paginators.nextOffset(10, 10, 10, 20)).isNull();
        assertThat(Paginators.nextOffset(0, 10, 10, null)).isEqualTo(10);
        assertThat(Paginators.nextOffset(0, 10, 0, null)).isNull();
    }

    @Test
    void asyncWalksPagesInOrderWithoutBlockingAndCollectsItems() throws Exception {
        AsyncPages<Page, Integer> pages = Paginators.async(1,
                n -> CompletableFuture.supplyAsync(() -> fetch(n, 10, 25)),
                (n, p) -> Paginators.nextPageNumber(n, 10, p.items().size(), p.total()), Page::items);

        assertThat(pages.collectItems().get(5, TimeUnit.SECONDS)).hasSize(25).startsWith(0, 1).endsWith(24);
        synchronized (this) {
            assertThat(requested).containsExactly(1, 2, 3);
        }
    }

    @Test
    void asyncPagesAlreadyCompleteDoNotGrowTheStack() throws Exception {
        int total = 50_000;
        AsyncPages<Page, Integer> pages = Paginators.async(1, n -> CompletableFuture.completedFuture(fetch(n, 1, total)),
                (n, p) -> Paginators.nextPageNumber(n, 1, p.items().size(), p.total()), Page::items);
        int[] count = {0};

        pages.forEachItem(i -> count[0]++).get(30, TimeUnit.SECONDS);

        assertThat(count[0]).isEqualTo(total);
    }

    @Test
    void asyncFailedPageFailsTheFutureAndNothingAfterItIsRequested() {
        AsyncPages<Page, Integer> pages = Paginators.async(1, n -> n == 2
                        ? CompletableFuture.failedFuture(new SdkClientException("page 2 failed"))
                        : CompletableFuture.completedFuture(fetch(n, 10, 50)),
                (n, p) -> Paginators.nextPageNumber(n, 10, p.items().size(), p.total()), Page::items);

        assertThatThrownBy(() -> pages.collectItems().get(5, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
                .cause().isInstanceOf(SdkClientException.class).hasMessage("page 2 failed");
        assertThat(requested).containsExactly(1);
    }

    @Test
    void asyncConsumerFailureEndsTheWalk() {
        AsyncPages<Page, Integer> pages = Paginators.async(1, n -> CompletableFuture.completedFuture(fetch(n, 10, 50)),
                (n, p) -> Paginators.nextPageNumber(n, 10, p.items().size(), p.total()), Page::items);

        CompletableFuture<Void> walk = pages.forEach(p -> {
            throw new IllegalStateException("consumer says no");
        });

        assertThat(walk).isCompletedExceptionally();
        assertThat(requested).containsExactly(1);
    }

    @Test
    void cancellingTheAsyncWalkCancelsThePageInFlightAndRequestsNoMore() {
        CompletableFuture<Page> inFlight = new CompletableFuture<>();
        int[] fetches = {0};
        AsyncPages<Page, Integer> pages = Paginators.async(1, n -> {
            fetches[0]++;
            return inFlight;
        }, (n, p) -> n + 1, Page::items);

        CompletableFuture<Void> walk = pages.forEach(p -> { });
        walk.cancel(true);

        assertThat(inFlight).isCancelled();
        assertThat(fetches[0]).isEqualTo(1);
    }
}
