package vn.lachan.gateway;

import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * As in the services (the platform's OtlpEndpoint): spans leave the gateway only when {@code LACHAN_OTLP_ENDPOINT}
 * names a collector's base address (OTLP/HTTP, {@code /v1/traces}); unset, Boot creates no exporter at all, since its
 * exporter exists as soon as the endpoint property does, even empty.
 */
public class TracingDefaults implements EnvironmentPostProcessor {

    static final String PROPERTY = "management.opentelemetry.tracing.export.otlp.endpoint";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        String base = environment.getProperty("LACHAN_OTLP_ENDPOINT", "").trim();
        if (base.isEmpty() || environment.containsProperty(PROPERTY)) {
            return;
        }
        String endpoint = base.endsWith("/v1/traces") ? base : base.replaceAll("/+$", "") + "/v1/traces";
        environment.getPropertySources().addLast(new MapPropertySource("lachanOtlpEndpoint", Map.of(PROPERTY, endpoint)));
    }
}
