package dev.migsdk.core.internal.http;

import dev.migsdk.core.exception.SdkClientException;
import dev.migsdk.core.internal.util.LibraryVersions;
import dev.migsdk.http.HttpTransport;
import dev.migsdk.http.HttpTransportFactory;
import dev.migsdk.http.HttpTransportOptions;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;

/**
 * Finds the transport a client uses when its builder was given none: the {@link HttpTransportFactory}
 * implementations on the class or module path ({@link ServiceLoader}); OkHttp's when several are there (it is
 * the default, and the JDK one may be present only by accident), else the one found. None is a build failure
 * that names the artifacts to add. Internal API.
 */
public final class Transports {
    private static volatile HttpTransportFactory found;

    private Transports() {
    }

    /** The factory found on the path (cached after the first success). */
    public static HttpTransportFactory discovered() {
        HttpTransportFactory f = found;
        if (f == null) {
            f = choose(load());
            found = f;
        }
        return f;
    }

    /** The factory to use among {@code candidates}; fails the build when there is none. */
    static HttpTransportFactory choose(List<HttpTransportFactory> candidates) {
        if (candidates.isEmpty()) {
            throw new SdkClientException("No HTTP transport for migsdk was found on the class or module path. Add"
                    + " dev.migsdk:sdk-http-okhttp (the default, brought by sdk-smc, sdk-dts, sdk-oms and sdk-sms"
                    + " unless excluded) or dev.migsdk:sdk-http-jdk (on java.net.http, no third-party jar) to the"
                    + " dependencies, or give the client builder one with httpTransport(...)");
        }
        for (HttpTransportFactory f : candidates) {
            if ("okhttp".equals(f.name())) {
                return f;
            }
        }
        return candidates.get(0);
    }

    private static List<HttpTransportFactory> load() {
        List<HttpTransportFactory> out = new ArrayList<>();
        Iterator<HttpTransportFactory> it = ServiceLoader.load(HttpTransportFactory.class,
                Transports.class.getClassLoader()).iterator();
        while (true) {
            try {
                if (!it.hasNext()) {
                    break;
                }
                out.add(it.next());
            } catch (ServiceConfigurationError | LinkageError e) {
                // A provider that cannot even load (its library is missing or broken): skip it; if nothing is
                // left, the build fails naming what to add.
            }
        }
        return out;
    }

    /**
     * A transport from {@code factory}; a factory's refusal ({@link IllegalStateException}, e.g. conflicting
     * library versions) or a {@link LinkageError} becomes an {@link SdkClientException} with its diagnosis.
     */
    public static HttpTransport create(HttpTransportFactory factory, HttpTransportOptions options) {
        try {
            return factory.create(options);
        } catch (IllegalStateException e) {
            throw new SdkClientException("The " + factory.name() + " HTTP transport cannot work here: "
                    + e.getMessage(), e, 0, false);
        } catch (LinkageError e) {
            throw new SdkClientException(LibraryVersions.linkage(e, "the " + factory.name() + " HTTP transport"), e, 0,
                    false);
        }
    }
}
