package vn.lachan.platform.config;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

/** LACHAN_OTLP_ENDPOINT, a collector's base address, becomes Boot's OTLP traces endpoint; unset, nothing is set. */
class OtlpEndpointTest {

    @Test
    void aCollectorsAddressBecomesItsTracesEndpoint() {
        MockEnvironment environment = new MockEnvironment().withProperty("LACHAN_OTLP_ENDPOINT", "http://otel-collector:4318/");
        OtlpEndpoint.apply(environment);
        assertThat(environment.getProperty(OtlpEndpoint.PROPERTY)).isEqualTo("http://otel-collector:4318/v1/traces");
    }

    @Test
    void unsetOrBlankLeavesTheExporterOut() {
        MockEnvironment unset = new MockEnvironment();
        OtlpEndpoint.apply(unset);
        assertThat(unset.containsProperty(OtlpEndpoint.PROPERTY)).isFalse();
        MockEnvironment blank = new MockEnvironment().withProperty("LACHAN_OTLP_ENDPOINT", " ");
        OtlpEndpoint.apply(blank);
        assertThat(blank.containsProperty(OtlpEndpoint.PROPERTY)).isFalse();
    }

    @Test
    void bootsOwnPropertyWins() {
        MockEnvironment environment = new MockEnvironment().withProperty("LACHAN_OTLP_ENDPOINT", "http://a:4318")
                .withProperty(OtlpEndpoint.PROPERTY, "http://b:4318/v1/traces");
        OtlpEndpoint.apply(environment);
        assertThat(environment.getProperty(OtlpEndpoint.PROPERTY)).isEqualTo("http://b:4318/v1/traces");
    }
}
