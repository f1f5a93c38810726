package dev.migsdk.http;

/**
 * A signed request, ready for the wire. The SDK builds it; a transport only reads it. Header names keep the
 * case the SDK gave them; values never hold CR or LF.
 */
public interface HttpTransportRequest {

    /** {@code GET}, {@code POST}, {@code PUT}, {@code DELETE}... */
    String method();

    /** {@code https} or {@code http}. */
    String scheme();

    /** Host name or IP literal (an IPv6 literal without brackets). */
    String host();

    /** Port, or -1 for the scheme's default. */
    int port();

    /** The path as sent, already percent-encoded; {@code /} for the root. */
    String encodedPath();

    /** The query as sent, already percent-encoded, without {@code ?}; {@code null} for none. */
    String encodedQuery();

    /** How many header lines the request has. */
    int headerCount();

    /** The name of header line {@code index} (0 to {@link #headerCount()} - 1). */
    String headerName(int index);

    /** The value of header line {@code index}. */
    String headerValue(int index);

    /** The first value of a header, ignoring case, or {@code null}. */
    default String header(String name) {
        for (int i = 0, n = headerCount(); i < n; i++) {
            if (headerName(i).equalsIgnoreCase(name)) {
                return headerValue(i);
            }
        }
        return null;
    }

    /** The body; an empty array for none. Shared, not copied: a transport must not change it. */
    byte[] body();
}
