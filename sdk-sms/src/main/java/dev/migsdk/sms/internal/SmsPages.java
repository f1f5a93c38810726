package dev.migsdk.sms.internal;

import dev.migsdk.core.internal.pagination.Paginators;
import dev.migsdk.sms.model.ListTasksRequest;
import dev.migsdk.sms.model.ListTasksResponse;

/** How ListTasks pages follow each other (offset/limit, ended by a short or empty page or by {@code count}). Internal API. */
public final class SmsPages {
    private SmsPages() {
    }

    /** The request for the page after {@code page}, or {@code null} after the last. */
    public static ListTasksRequest next(ListTasksRequest request, ListTasksResponse page) {
        int offset = request.offset() == null ? 0 : request.offset();
        int size = page.tasks().size();
        // Without a limit the page size SMS chose is the limit: only an empty page or count ends the walk early.
        int limit = request.limit() == null ? size : request.limit();
        Integer total = page.count() == null ? null : page.count();
        Integer next = Paginators.nextOffset(offset, limit, size, total);
        return next == null ? null : request.toBuilder().offset(next).build();
    }
}
