package dev.migsdk.bench.e2e;

import dev.migsdk.bench.floor.FloorCaller;
import dev.migsdk.bench.floor.RebuiltFloorCaller;
import dev.migsdk.bench.floor.SdkTransportFloorCaller;
import java.util.concurrent.CompletableFuture;
import okhttp3.Interceptor;
import okhttp3.OkHttpClient;

/** One way of making one operation's call: the SDK or the floor. Thread-safe. */
public interface Caller extends AutoCloseable {
    /** Makes one call and checks it succeeded; throws otherwise. */
    void call();

    /** The same call without blocking. */
    CompletableFuture<?> callAsync();

    @Override
    void close();

    static Caller create(String impl, Op op, int port) {
        return switch (impl) {
            case "sdk" -> new SdkCaller(op, port);
            case "sdk-jdk" -> SdkCaller.onJdkTransport(op, port);
            case "floor" -> new FloorCaller(op, port);
            case "floor-rebuilt" -> new RebuiltFloorCaller(op, port);
            case "floor-sdk-transport" -> new SdkTransportFloorCaller(op, port);
            default -> throw new IllegalArgumentException(
                    "impl must be sdk, sdk-jdk, floor, floor-rebuilt or floor-sdk-transport: " + impl);
        };
    }

    /**
     * {@code impl} ("sdk" or "floor") on an OkHttp client whose application interceptor {@code answer} replies
     * to every call: the same OkHttp call machinery on both sides, no socket (the in-process benchmark).
     */
    static Caller inProcess(String impl, Op op, Interceptor answer) {
        return switch (impl) {
            case "sdk" -> SdkCaller.on(op, 9, new OkHttpClient.Builder().addInterceptor(answer).build());
            case "floor" -> new FloorCaller(op, 9, new OkHttpClient.Builder().addInterceptor(answer));
            default -> throw new IllegalArgumentException("impl must be sdk or floor: " + impl);
        };
    }
}
