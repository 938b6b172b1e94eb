package vn.lachan.platform.config;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.lachan.platform.test.StartupFailure.invalidSettings;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.core.io.ClassPathResource;
import vn.lachan.platform.audit.AuditSettings;
import vn.lachan.platform.idempotency.IdempotencySettings;
import vn.lachan.platform.peer.PeerSettings;
import vn.lachan.platform.rest.RestSettings;
import vn.lachan.platform.security.SecuritySettings;
import vn.lachan.platform.security.ServiceAccountSettings;

/**
 * The platform's settings bind as every service starts: the defaults are the ones services had before they were
 * records (in code, or in lachan-platform-defaults.yml with its environment variables), and a value out of its
 * limits stops the start naming the property.
 */
class PlatformSettingsTest {

    @EnableConfigurationProperties({ServiceSettings.class, SecuritySettings.class, ServiceAccountSettings.class,
            PeerSettings.class, IdempotencySettings.class, AuditSettings.class, RestSettings.class})
    static class Settings {
    }

    /** As a service starts: the platform's defaults beneath the service's own lachan.api-name. */
    private final ApplicationContextRunner service = new ApplicationContextRunner()
            .withInitializer(context -> {
                try {
                    new YamlPropertySourceLoader().load("defaults", new ClassPathResource(PlatformDefaults.RESOURCE))
                            .forEach(context.getEnvironment().getPropertySources()::addLast);
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            })
            .withPropertyValues("spring.application.name=tip-service", "lachan.api-name=tips")
            .withUserConfiguration(Settings.class);

    @Test
    void theDefaultsAreTheOnesServicesRanWith() {
        service.run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(context.getBean(ServiceSettings.class).apiName()).isEqualTo("tips");
            assertThat(context.getBean(PeerSettings.class).deadline()).isEqualTo(Duration.ofSeconds(3));
            assertThat(context.getBean(IdempotencySettings.class))
                    .isEqualTo(new IdempotencySettings(Duration.ofDays(30), Duration.ofHours(1)));
            assertThat(context.getBean(AuditSettings.class)).isEqualTo(new AuditSettings(Duration.ofMinutes(15), ""));
            assertThat(context.getBean(AuditSettings.class).anchorPath()).isNull();
            assertThat(context.getBean(RestSettings.class))
                    .isEqualTo(new RestSettings(Duration.ofSeconds(10), 1_048_576, List.of()));
            assertThat(context.getBean(SecuritySettings.class)).isEqualTo(new SecuritySettings(
                    "http://localhost:8180/realms/lachan", "lachan-api", List.of("lachan-portal", "lachan-test",
                    "integration-bank-vcb", "report-service", "budget-service", "tip-service"),
                    Duration.ofSeconds(10), List.of()));
            assertThat(context.getBean(ServiceAccountSettings.class))
                    .isEqualTo(new ServiceAccountSettings("tip-service", "tip-service-dev-secret"));
        });
    }

    @Test
    void theEnvironmentVariablesStillSetThem() {
        service.withPropertyValues("LACHAN_AUDIT_ANCHOR_FILE=/var/lib/lachan/anchors.log",
                        "LACHAN_ISSUER_URI=https://sso.lachan.example/realms/lachan", "LACHAN_TOKEN_CLOCK_SKEW=30s",
                        "LACHAN_TOKEN_CLIENTS=lachan-portal, report-service",
                        "LACHAN_SERVICE_ACCOUNT_CLIENT_SECRET=from-the-secret")
                .withSystemProperties("LACHAN_PEERS_DEADLINE=5s", "LACHAN_IDEMPOTENCY_RETENTION=7d")
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    assertThat(context.getBean(AuditSettings.class).anchorFile()).isEqualTo("/var/lib/lachan/anchors.log");
                    SecuritySettings security = context.getBean(SecuritySettings.class);
                    assertThat(security.issuer()).isEqualTo("https://sso.lachan.example/realms/lachan");
                    assertThat(security.clockSkew()).isEqualTo(Duration.ofSeconds(30));
                    assertThat(security.clients()).containsExactly("lachan-portal", "report-service");
                    assertThat(context.getBean(ServiceAccountSettings.class).clientSecret()).isEqualTo("from-the-secret");
                });
    }

    @Test
    void aDeadlineOfZeroStopsTheStart() {
        service.withPropertyValues("lachan.peers.deadline=0s").run(context -> {
            assertThat(context).hasFailed();
            assertThat(invalidSettings(context.getStartupFailure()))
                    .isEqualTo("lachan.peers.deadline: must be longer than 0 (PT0S)");
        });
    }

    @Test
    void keysKeptLessThanADayStopTheStart() {
        service.withPropertyValues("lachan.idempotency.retention=2h").run(context ->
                assertThat(invalidSettings(context.getStartupFailure()))
                        .isEqualTo("lachan.idempotency.retention: must be longer than or equal to 1 day (PT2H)"));
    }

    @Test
    void aServiceWithoutItsApiNameDoesNotStart() {
        new ApplicationContextRunner().withUserConfiguration(Settings.class).withPropertyValues(
                "lachan.security.issuer=http://localhost:8180/realms/lachan", "lachan.security.audience=lachan-api",
                "lachan.security.clients=lachan-portal", "lachan.security.clock-skew=10s",
                "lachan.service-account.client-id=x", "lachan.service-account.client-secret=y",
                "lachan.rest.deadline=10s", "lachan.rest.max-body-bytes=1000").run(context ->
                assertThat(invalidSettings(context.getStartupFailure())).isEqualTo("lachan.api-name: must not be blank (null)"));
    }

    @Test
    void aBodyLimitOfNothingAndNoClientsStopTheStart() {
        service.withPropertyValues("lachan.rest.max-body-bytes=0", "LACHAN_TOKEN_CLIENTS=").run(context -> {
            assertThat(context).hasFailed();
            assertThat(invalidSettings(context.getStartupFailure()))
                    .containsAnyOf("lachan.rest.max-body-bytes", "lachan.security.clients");
        });
    }
}
