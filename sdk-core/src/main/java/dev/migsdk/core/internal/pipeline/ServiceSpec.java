package dev.migsdk.core.internal.pipeline;

import dev.migsdk.core.exception.CloudProvider;
import dev.migsdk.core.internal.protocol.ErrorKind;
import java.util.Map;
import java.util.Objects;

/**
 * What the pipeline needs to know about a service, declared once per product module.
 *
 * @param provider the cloud
 * @param name short name used in messages and logs (SMC, DTS, OMS, SMS)
 * @param apiVersion Alibaba RPC API version; {@code null} for Huawei
 * @param endpointRule region → host
 * @param errorCodes service-specific error codes and what they mean (added to the provider's common ones)
 * @param huaweiScope which id header Huawei AK/SK calls carry; {@code null} for Alibaba
 */
public record ServiceSpec(
        CloudProvider provider,
        String name,
        String apiVersion,
        EndpointRule endpointRule,
        Map<String, ErrorKind> errorCodes,
        HuaweiScope huaweiScope) {

    public ServiceSpec {
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(endpointRule, "endpointRule");
        errorCodes = Map.copyOf(errorCodes);
    }

    /** An Alibaba Cloud RPC service. */
    public static ServiceSpec alibaba(String name, String apiVersion, EndpointRule rule, Map<String, ErrorKind> codes) {
        return new ServiceSpec(CloudProvider.ALIBABA_CLOUD, name, Objects.requireNonNull(apiVersion, "apiVersion"),
                rule, codes, null);
    }

    /** A Huawei Cloud REST service. */
    public static ServiceSpec huawei(String name, HuaweiScope scope, EndpointRule rule, Map<String, ErrorKind> codes) {
        return new ServiceSpec(CloudProvider.HUAWEI_CLOUD, name, null, rule, codes,
                Objects.requireNonNull(scope, "scope"));
    }

    /** Which id a Huawei service wants with AK/SK credentials. */
    public enum HuaweiScope {
        /** Regional service: {@code X-Project-Id}. */
        PROJECT,
        /** Global service: {@code X-Domain-Id}. */
        DOMAIN
    }
}
