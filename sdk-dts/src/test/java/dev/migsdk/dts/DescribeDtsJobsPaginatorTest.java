package dev.migsdk.dts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.migsdk.core.client.ResponseFormat;
import dev.migsdk.core.exception.ServiceException;
import dev.migsdk.core.testing.CallMode;
import dev.migsdk.dts.model.DtsJobSummary;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The DescribeDtsJobs paginator over MockWebServer: lazy, each page once, stops at the last. */
class DescribeDtsJobsPaginatorTest {
    private DtsHarness h;

    @BeforeEach
    void start() {
        h = new DtsHarness(ResponseFormat.JSON, b -> { });
    }

    @AfterEach
    void stop() {
        h.close();
    }

    private void enqueuePage(int total, int number, int from, int count) {
        String jobs = IntStream.range(from, from + count)
                .mapToObj(i -> "{\"DtsJobId\":\"d-" + i + "\",\"Status\":\"Finished\"}").collect(Collectors.joining(","));
        h.enqueue(200, "{\"RequestId\":\"P-" + number + "\",\"Success\":true,\"HttpStatusCode\":200,"
                + "\"TotalRecordCount\":" + total + ",\"PageNumber\":" + number + ",\"PageRecordCount\":" + count
                + ",\"DtsJobList\":[" + jobs + "]}", "Content-Type: application/json");
    }

    private List<String> items(CallMode mode) {
        if (mode == CallMode.SYNC) {
            return h.sync.describeDtsJobsPaginator(b -> b.pageSize(30)).items().stream()
                    .map(DtsJobSummary::dtsJobId).toList();
        }
        return CallMode.join(h.async.describeDtsJobsPaginator(b -> b.pageSize(30)).collectItems()).stream()
                .map(DtsJobSummary::dtsJobId).toList();
    }

    private List<String> requestedPages() {
        List<String> pages = new ArrayList<>();
        int n = h.server.getRequestCount();
        for (int i = 0; i < n; i++) {
            String number = h.take().getUrl().queryParameter("PageNumber");
            pages.add(number == null ? "unset" : number);
        }
        return pages;
    }

    @ParameterizedTest
    @EnumSource(CallMode.class)
    void walksSeveralPagesEachOnce(CallMode mode) {
        enqueuePage(65, 1, 0, 30);
        enqueuePage(65, 2, 30, 30);
        enqueuePage(65, 3, 60, 5);

        List<String> ids = items(mode);

        assertThat(ids).hasSize(65).startsWith("d-0").endsWith("d-64").doesNotHaveDuplicates();
        assertThat(requestedPages()).containsExactly("unset", "2", "3");
    }

    @ParameterizedTest
    @EnumSource(CallMode.class)
    void anEmptyListIsOneRequest(CallMode mode) {
        enqueuePage(0, 1, 0, 0);

        assertThat(items(mode)).isEmpty();
        assertThat(requestedPages()).containsExactly("unset");
    }

    @ParameterizedTest
    @EnumSource(CallMode.class)
    void aFailingPageIsRetriedThenSurfaced(CallMode mode) {
        enqueuePage(65, 1, 0, 30);
        for (int i = 0; i < 3; i++) {
            h.enqueueFixture(503, "error-ServiceUnavailable");
        }

        ServiceException e = catchThrowableOfType(ServiceException.class, () -> items(mode));

        assertThat(e.errorCode()).isEqualTo("ServiceUnavailable");
        assertThat(e.attempts()).isEqualTo(3);
        assertThat(requestedPages()).containsExactly("unset", "2", "2", "2");
    }
}
