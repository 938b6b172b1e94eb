package vn.lachan.platform.config;

import java.util.Map;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Traces leave the process only when {@code LACHAN_OTLP_ENDPOINT} names an OpenTelemetry collector (its base address,
 * e.g. {@code http://otel-collector:4318}); then spans go to its {@code /v1/traces} over OTLP/HTTP. Unset or blank, no
 * exporter exists at all (Boot's exporter is created as soon as its endpoint property is present, even empty), so
 * nothing is sent and nothing is logged about a collector that is not there. Boot's own
 * {@code management.opentelemetry.tracing.export.otlp.endpoint} still wins when given.
 */
public final class OtlpEndpoint {

    public static final String VARIABLE = "LACHAN_OTLP_ENDPOINT";
    public static final String PROPERTY = "management.opentelemetry.tracing.export.otlp.endpoint";

    private OtlpEndpoint() {
    }

    public static void apply(ConfigurableEnvironment environment) {
        String base = environment.getProperty(VARIABLE, "").trim();
        if (base.isEmpty() || environment.containsProperty(PROPERTY)) {
            return;
        }
        String endpoint = base.endsWith("/v1/traces") ? base : base.replaceAll("/+$", "") + "/v1/traces";
        environment.getPropertySources().addLast(new MapPropertySource("lachanOtlpEndpoint", Map.of(PROPERTY, endpoint)));
    }
}
