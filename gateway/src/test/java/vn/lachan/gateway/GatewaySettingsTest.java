package vn.lachan.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.lachan.platform.test.StartupFailure.invalidSettings;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import vn.lachan.gateway.login.LoginSettings;
import vn.lachan.gateway.login.LoginStartSettings;

/** The gateway's settings records bind from the same variables as before, with the same defaults. */
class GatewaySettingsTest {

    @EnableConfigurationProperties({ProxySettings.class, LoginStartSettings.class})
    static class Settings {
    }

    @EnableConfigurationProperties(LoginSettings.class)
    static class Login {
    }

    /** The mapping application.yml makes from the variables. */
    private final ApplicationContextRunner gateway = new ApplicationContextRunner()
            .withPropertyValues("lachan.proxy.trusted-hops=${LACHAN_TRUSTED_PROXY_HOPS:1}",
                    "lachan.login-start.per-second=${LACHAN_LOGIN_RATE_PER_SECOND:1}",
                    "lachan.login-start.burst=${LACHAN_LOGIN_RATE_BURST:10}",
                    "lachan.login-start.all-per-second=${LACHAN_LOGIN_ALL_RATE_PER_SECOND:50}",
                    "lachan.login-start.all-burst=${LACHAN_LOGIN_ALL_RATE_BURST:200}")
            .withUserConfiguration(Settings.class);

    /** The sign-in settings as application.yml maps them; they have no defaults of their own. */
    private final ApplicationContextRunner login = new ApplicationContextRunner()
            .withPropertyValues("lachan.login.issuer-uri=${LACHAN_ISSUER_URI:http://localhost:8180/realms/lachan}",
                    "lachan.login.client-id=${LACHAN_PORTAL_CLIENT_ID:lachan-portal}",
                    "lachan.login.client-secret=${LACHAN_PORTAL_CLIENT_SECRET:lachan-portal-dev-secret}",
                    "lachan.login.public-url=${LACHAN_PUBLIC_URL:}",
                    "lachan.login.api-audience=lachan-api")
            .withUserConfiguration(Login.class);

    @Test
    void oneTrustedHopAndTheLoginLimitsAsBefore() {
        gateway.run(context -> {
            assertThat(context.getBean(ProxySettings.class).trustedHops()).isEqualTo(1);
            assertThat(context.getBean(LoginStartSettings.class)).isEqualTo(new LoginStartSettings(1, 10, 50, 200));
        });
        new ApplicationContextRunner().withUserConfiguration(Settings.class).run(context -> {
            assertThat(context.getBean(ProxySettings.class).trustedHops()).isEqualTo(1);
            assertThat(context.getBean(LoginStartSettings.class)).isEqualTo(new LoginStartSettings(1, 10, 50, 200));
        });
    }

    @Test
    void theVariablesStillSetThem() {
        gateway.withPropertyValues("LACHAN_TRUSTED_PROXY_HOPS=2", "LACHAN_LOGIN_RATE_PER_SECOND=3",
                "LACHAN_LOGIN_RATE_BURST=6", "LACHAN_LOGIN_ALL_RATE_PER_SECOND=100", "LACHAN_LOGIN_ALL_RATE_BURST=400")
                .run(context -> {
                    assertThat(context.getBean(ProxySettings.class).trustedHops()).isEqualTo(2);
                    assertThat(context.getBean(LoginStartSettings.class))
                            .isEqualTo(new LoginStartSettings(3, 6, 100, 400));
                });
    }

    @Test
    void noTrustedHopOrNoLoginsStopTheStart() {
        gateway.withPropertyValues("LACHAN_TRUSTED_PROXY_HOPS=0").run(context ->
                assertThat(invalidSettings(context.getStartupFailure()))
                        .isEqualTo("lachan.proxy.trusted-hops: must be greater than or equal to 1 (0)"));
        gateway.withPropertyValues("LACHAN_LOGIN_RATE_BURST=0").run(context ->
                assertThat(invalidSettings(context.getStartupFailure()))
                        .isEqualTo("lachan.login-start.burst: must be greater than or equal to 1 (0)"));
    }

    @Test
    void theSignInSettingsBindAsBeforeAndAnAddressThatCannotWorkStopsTheStart() {
        login.run(context -> assertThat(context.getBean(LoginSettings.class)).isEqualTo(new LoginSettings(
                "http://localhost:8180/realms/lachan", "lachan-portal", "lachan-portal-dev-secret", "", "lachan-api")));
        login.withPropertyValues("LACHAN_ISSUER_URI=https://sso.lachan.example/realms/lachan/",
                "LACHAN_PUBLIC_URL=https://lachan.example").run(context -> {
                    LoginSettings login = context.getBean(LoginSettings.class);
                    assertThat(login.issuerUri()).isEqualTo("https://sso.lachan.example/realms/lachan");
                    assertThat(login.secureCookies()).isTrue();
                });
        login.withPropertyValues("LACHAN_PUBLIC_URL=lachan.example").run(context ->
                assertThat(invalidSettings(context.getStartupFailure())).startsWith("lachan.login.public-url: "));
        login.withPropertyValues("LACHAN_ISSUER_URI=").run(context ->
                assertThat(invalidSettings(context.getStartupFailure())).startsWith("lachan.login.issuer-uri: "));
        login.withPropertyValues("LACHAN_PORTAL_CLIENT_SECRET= ").run(context ->
                assertThat(invalidSettings(context.getStartupFailure())).startsWith("lachan.login.client-secret: "));
    }
}
