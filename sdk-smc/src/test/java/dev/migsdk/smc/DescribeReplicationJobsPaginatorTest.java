package dev.migsdk.smc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.migsdk.core.exception.ServiceException;
import dev.migsdk.core.pagination.Pages;
import dev.migsdk.core.testing.CallMode;
import dev.migsdk.core.testing.Fixtures;
import dev.migsdk.smc.model.DescribeReplicationJobsResponse;
import dev.migsdk.smc.model.ReplicationJob;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The DescribeReplicationJobs paginator over MockWebServer: lazy, each page once, stops at the last. */
class DescribeReplicationJobsPaginatorTest {
    private SmcHarness h;

    @BeforeEach
    void start() {
        h = new SmcHarness();
    }

    @AfterEach
    void stop() {
        h.close();
    }

    /** A page of {@code ids} out of {@code total}. */
    private void enqueuePage(int total, int number, int size, String... ids) {
        String jobs = java.util.Arrays.stream(ids)
                .map(id -> "{\"JobId\":\"" + id + "\",\"Status\":\"Stopped\",\"BusinessStatus\":\"Syncing\"}")
                .collect(Collectors.joining(","));
        h.enqueueJson(200, "{\"RequestId\":\"P-" + number + "\",\"TotalCount\":" + total + ",\"PageNumber\":" + number
                + ",\"PageSize\":" + size + ",\"ReplicationJobs\":{\"ReplicationJob\":[" + jobs + "]}}");
    }

    private List<String> items(CallMode mode, int pageSize) {
        if (mode == CallMode.SYNC) {
            return h.sync.describeReplicationJobsPaginator(b -> b.pageSize(pageSize)).items().stream()
                    .map(ReplicationJob::jobId).toList();
        }
        return CallMode.join(h.async.describeReplicationJobsPaginator(b -> b.pageSize(pageSize)).collectItems())
                .stream().map(ReplicationJob::jobId).toList();
    }

    private List<String> requestedPages() {
        List<String> pages = new ArrayList<>();
        int n = h.server.getRequestCount();
        for (int i = 0; i < n; i++) {
            String number = h.take().getUrl().queryParameter("PageNumber");
            pages.add(number == null ? "unset" : number); // unset on the first page: SMC's default, 1
        }
        return pages;
    }

    @ParameterizedTest
    @EnumSource(CallMode.class)
    void walksSeveralPagesEachOnceAndStopsAtTheLast(CallMode mode) {
        enqueuePage(5, 1, 2, "j-1", "j-2");
        enqueuePage(5, 2, 2, "j-3", "j-4");
        enqueuePage(5, 3, 2, "j-5");

        assertThat(items(mode, 2)).containsExactly("j-1", "j-2", "j-3", "j-4", "j-5");

        assertThat(requestedPages()).containsExactly("unset", "2", "3");
    }

    @ParameterizedTest
    @EnumSource(CallMode.class)
    void stopsWhenTotalCountIsReachedOnAFullPage(CallMode mode) {
        enqueuePage(4, 1, 2, "j-1", "j-2");
        enqueuePage(4, 2, 2, "j-3", "j-4");

        assertThat(items(mode, 2)).containsExactly("j-1", "j-2", "j-3", "j-4");

        assertThat(requestedPages()).as("no third request for a page that cannot exist").containsExactly("unset", "2");
    }

    @ParameterizedTest
    @EnumSource(CallMode.class)
    void anEmptyListIsOneRequestAndNoItems(CallMode mode) {
        enqueuePage(0, 1, 10);

        assertThat(items(mode, 10)).isEmpty();

        assertThat(requestedPages()).containsExactly("unset");
    }

    @ParameterizedTest
    @EnumSource(CallMode.class)
    void aPageThatFailsOnceIsRetriedAndTheWalkGoesOn(CallMode mode) {
        enqueuePage(3, 1, 2, "j-1", "j-2");
        h.enqueueJson(500, Fixtures.read("fixtures/smc/error-InternalError.json"));
        enqueuePage(3, 2, 2, "j-3");

        assertThat(items(mode, 2)).containsExactly("j-1", "j-2", "j-3");

        assertThat(requestedPages()).containsExactly("unset", "2", "2");
    }

    @ParameterizedTest
    @EnumSource(CallMode.class)
    void aPageThatKeepsFailingIsSurfacedAfterTheRetriesAndNothingIsReRequested(CallMode mode) {
        enqueuePage(3, 1, 2, "j-1", "j-2");
        for (int i = 0; i < 3; i++) {
            h.enqueueJson(500, Fixtures.read("fixtures/smc/error-InternalError.json"));
        }
        List<String> seen = new ArrayList<>();

        ServiceException e = catchThrowableOfType(ServiceException.class, () -> {
            if (mode == CallMode.SYNC) {
                h.sync.describeReplicationJobsPaginator(b -> b.pageSize(2)).items()
                        .forEach(j -> seen.add(j.jobId()));
            } else {
                CallMode.join(h.async.describeReplicationJobsPaginator(b -> b.pageSize(2))
                        .forEachItem(j -> seen.add(j.jobId())));
            }
        });

        assertThat(e.errorCode()).isEqualTo("InternalError");
        assertThat(e.attempts()).isEqualTo(3);
        assertThat(seen).containsExactly("j-1", "j-2");
        assertThat(requestedPages()).containsExactly("unset", "2", "2", "2");
    }

    @Test
    void nothingIsRequestedUntilIteratedAndEachIterationStartsAgain() {
        Pages<DescribeReplicationJobsResponse, ReplicationJob> pages =
                h.sync.describeReplicationJobsPaginator(b -> b.pageSize(2).pageNumber(3));
        assertThat(h.server.getRequestCount()).isZero();
        enqueuePage(5, 3, 2, "j-5");
        enqueuePage(5, 3, 2, "j-5");

        assertThat(pages.stream().map(DescribeReplicationJobsResponse::requestId).toList()).containsExactly("P-3");
        assertThat(pages.items().stream().map(ReplicationJob::jobId).toList()).containsExactly("j-5");

        assertThat(requestedPages()).containsExactly("3", "3");
    }

    @Test
    void aBadFirstRequestIsRefusedWhenThePaginatorIsMade() {
        List<String> fiftyOne = IntStream.rangeClosed(1, 51).mapToObj(i -> "j-" + i).toList();
        org.assertj.core.api.Assertions.assertThatThrownBy(
                () -> h.sync.describeReplicationJobsPaginator(b -> b.jobIds(fiftyOne)))
                .isInstanceOf(IllegalArgumentException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(
                () -> h.async.describeReplicationJobsPaginator(b -> b.pageSize(99)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(h.server.getRequestCount()).isZero();
    }
}
