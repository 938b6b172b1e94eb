package vn.lachan.gateway.login;

import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.client.ReactiveOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.ReactiveOAuth2AuthorizedClientProviderBuilder;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.InMemoryReactiveClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ReactiveClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.DefaultReactiveOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.web.server.ServerOAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.client.web.server.WebSessionServerOAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.IdTokenClaimNames;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.web.server.session.CookieWebSessionIdResolver;
import org.springframework.web.server.session.WebSessionIdResolver;

/**
 * The portal as a confidential OpenID Connect client of Keycloak (authorization code with PKCE S256).
 * The endpoints are written out from the issuer instead of discovered, so the gateway starts while
 * Keycloak is still starting. The user's tokens are kept in the web session, which lives in Redis.
 */
@Configuration(proxyBeanMethods = false)
public class KeycloakClient {

    public static final String REGISTRATION_ID = "keycloak";

    @Bean
    ReactiveClientRegistrationRepository clientRegistrations(LoginSettings settings) {
        return new InMemoryReactiveClientRegistrationRepository(registration(settings));
    }

    static ClientRegistration registration(LoginSettings settings) {
        return ClientRegistration.withRegistrationId(REGISTRATION_ID)
                .clientName("Keycloak")
                .clientId(settings.clientId())
                .clientSecret(settings.clientSecret())
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .clientSettings(ClientRegistration.ClientSettings.builder().requireProofKey(true).build())
                .redirectUri(settings.redirectUri())
                .scope(OidcScopes.OPENID, OidcScopes.PROFILE, OidcScopes.EMAIL)
                .issuerUri(settings.issuerUri())
                .authorizationUri(settings.endpoint("auth"))
                .tokenUri(settings.endpoint("token"))
                .jwkSetUri(settings.endpoint("certs"))
                .userInfoUri(settings.endpoint("userinfo"))
                .userNameAttributeName(IdTokenClaimNames.SUB)
                .providerConfigurationMetadata(Map.of("end_session_endpoint", settings.endpoint("logout")))
                .build();
    }

    /** In the session, not in memory: any gateway replica can relay the token of any signed-in user. */
    @Bean
    ServerOAuth2AuthorizedClientRepository authorizedClients() {
        return new WebSessionServerOAuth2AuthorizedClientRepository();
    }

    /** What TokenRelay asks for the user's access token; an expired one is refreshed first. */
    @Bean
    ReactiveOAuth2AuthorizedClientManager authorizedClientManager(ReactiveClientRegistrationRepository registrations,
                                                                  ServerOAuth2AuthorizedClientRepository authorizedClients) {
        var manager = new DefaultReactiveOAuth2AuthorizedClientManager(registrations, authorizedClients);
        manager.setAuthorizedClientProvider(ReactiveOAuth2AuthorizedClientProviderBuilder.builder()
                .authorizationCode()
                .refreshToken()
                .build());
        return manager;
    }

    @Bean
    WebSessionIdResolver sessionCookie(LoginSettings settings) {
        var resolver = new CookieWebSessionIdResolver();
        resolver.addCookieInitializer(cookie -> cookie.path("/").httpOnly(true).sameSite("Lax")
                .secure(settings.secureCookies()));
        return resolver;
    }
}
