/** A migsdk transport on the JDK's {@code java.net.http.HttpClient}: no third-party jar. */
module dev.migsdk.http.jdk {
    requires transitive dev.migsdk.http;
    requires java.net.http;

    exports dev.migsdk.http.jdk;

    provides dev.migsdk.http.HttpTransportFactory with dev.migsdk.http.jdk.JdkHttpTransportFactory;
}
