/** The transport SPI of migsdk: what an HTTP client must do to carry the SDK's calls. */
module dev.migsdk.http {
    exports dev.migsdk.http;
}
