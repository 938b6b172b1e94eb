package vn.lachan.gateway.login;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LoginSettingsTest {

    @Test
    void behindTheIngressKeycloakSendsBrowsersBackToThePublicAddressAndCookiesAreSecure() {
        var settings = new LoginSettings("https://sso.lachan.example/realms/lachan/", "lachan-portal", "s",
                "https://lachan.example/", "lachan-api");

        assertThat(settings.redirectUri()).isEqualTo("https://lachan.example/login/oauth2/code/{registrationId}");
        assertThat(settings.afterLogoutUri()).isEqualTo("https://lachan.example/");
        assertThat(settings.secureCookies()).isTrue();
        assertThat(settings.endpoint("certs"))
                .isEqualTo("https://sso.lachan.example/realms/lachan/protocol/openid-connect/certs");
        assertThat(settings.issuerOrigin()).isEqualTo("https://sso.lachan.example");
    }

    @Test
    void withoutAPublicAddressTheRequestsOwnIsUsedAndCookiesAreNotSecure() {
        var settings = new LoginSettings("http://localhost:8180/realms/lachan", "lachan-portal", "s", "", "lachan-api");

        assertThat(settings.redirectUri()).isEqualTo("{baseUrl}/login/oauth2/code/{registrationId}");
        assertThat(settings.afterLogoutUri()).isEqualTo("{baseUrl}/");
        assertThat(settings.secureCookies()).isFalse();
        assertThat(settings.issuerOrigin()).isEqualTo("http://localhost:8180");
    }
}
