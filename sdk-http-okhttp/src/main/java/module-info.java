/** migsdk's default transport, on OkHttp 5. */
module dev.migsdk.http.okhttp {
    requires transitive dev.migsdk.http;
    requires transitive okhttp3;

    exports dev.migsdk.http.okhttp;

    provides dev.migsdk.http.HttpTransportFactory with dev.migsdk.http.okhttp.OkHttpTransportFactory;
}
