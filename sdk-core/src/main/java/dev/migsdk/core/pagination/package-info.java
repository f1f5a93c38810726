/**
 * Paginators: every list or describe-many operation has a {@code ...Paginator} method that returns the
 * pages ({@link dev.migsdk.core.pagination.Pages}, or {@link dev.migsdk.core.pagination.AsyncPages} on an
 * async client) and, through {@code items()}, the entries of all pages in order. Pages are requested
 * lazily, one after another, each exactly once; iteration stops after the last page. A page that fails
 * is retried by the client's retry policy like any call, then surfaced to the caller.
 */
package dev.migsdk.core.pagination;
