package dev.migsdk.testkit;

import java.util.LinkedHashMap;
import java.util.Map;

/** What the emulator answers, before faults and transport details are applied. */
record Reply(int status, String contentType, String body, Map<String, String> headers, String errorCode,
             String requestId) {
    static final String JSON = "application/json;charset=utf-8";
    static final String XML = "text/xml;charset=utf-8";

    Reply {
        headers = Map.copyOf(headers);
        body = body == null ? "" : body;
    }

    Reply withHeader(String name, String value) {
        Map<String, String> h = new LinkedHashMap<>(headers);
        h.put(name, value);
        return new Reply(status, contentType, body, h, errorCode, requestId);
    }
}
