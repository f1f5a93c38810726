package dev.migsdk.core.exception;

/**
 * One entry of a Huawei error body's {@code details} array.
 *
 * @param errorCode the entry's {@code error_code}, or {@code null}
 * @param errorMessage the entry's {@code error_msg}, or {@code null}
 */
public record ErrorDetail(String errorCode, String errorMessage) implements java.io.Serializable {
}
