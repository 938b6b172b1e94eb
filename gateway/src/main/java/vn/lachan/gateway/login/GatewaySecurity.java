package vn.lachan.gateway.login;

import java.net.URI;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.web.server.SecurityWebFiltersOrder;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.oauth2.client.oidc.web.server.logout.OidcClientInitiatedServerLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ReactiveClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.server.ServerOAuth2AuthorizedClientRepository;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.authentication.HttpStatusServerEntryPoint;
import org.springframework.security.web.server.authentication.RedirectServerAuthenticationFailureHandler;
import org.springframework.security.web.server.authentication.logout.WebSessionServerLogoutHandler;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;
import org.springframework.security.web.server.csrf.ServerCsrfTokenRequestAttributeHandler;
import org.springframework.security.web.server.header.ReferrerPolicyServerHttpHeadersWriter.ReferrerPolicy;
import org.springframework.security.web.server.savedrequest.NoOpServerRequestCache;

/**
 * Two kinds of callers. Outside systems bring an access token and pass through untouched: no session,
 * no CSRF. Browsers sign in at Keycloak and keep only a session cookie; the gateway holds their tokens
 * and relays them (TokenRelay). The gateway is not the only wall: every service checks the token again,
 * so {@code /api/**} is let through here and an anonymous call is answered 401 by the service.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebFluxSecurity
public class GatewaySecurity {

    @Bean
    @Order(1)
    SecurityWebFilterChain callersWithTheirOwnToken(ServerHttpSecurity http) {
        return http
                .securityMatcher(BearerRequests.matcher())
                .authorizeExchange(exchange -> exchange.anyExchange().permitAll())
                .securityContextRepository(NoOpServerSecurityContextRepository.getInstance())
                .requestCache(cache -> cache.requestCache(NoOpServerRequestCache.getInstance()))
                .csrf(ServerHttpSecurity.CsrfSpec::disable)
                .httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
                .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
                .logout(ServerHttpSecurity.LogoutSpec::disable)
                .headers(headers -> headers
                        .hsts(ServerHttpSecurity.HeaderSpec.HstsSpec::disable)
                        .writer(new StrictTransport()))
                .build();
    }

    @Bean
    @Order(2)
    SecurityWebFilterChain browsers(ServerHttpSecurity http, LoginSettings settings,
                                    ReactiveClientRegistrationRepository registrations,
                                    ServerOAuth2AuthorizedClientRepository authorizedClients) {
        var backToThePortal = new OidcClientInitiatedServerLogoutSuccessHandler(registrations);
        backToThePortal.setPostLogoutRedirectUri(settings.afterLogoutUri());
        backToThePortal.setLogoutSuccessUrl(URI.create("/"));
        return http
                .authorizeExchange(exchange -> exchange
                        .pathMatchers("/", "/index.html", "/public.html", "/favicon.ico", "/assets/**").permitAll()
                        .pathMatchers("/api/**", "/portal/**").permitAll()
                        .pathMatchers("/actuator/health/**", "/actuator/info", "/actuator/prometheus").permitAll()
                        .anyExchange().authenticated())
                // never a redirect to a login page: the portal shows its own sign-in button
                .exceptionHandling(handling -> handling
                        .authenticationEntryPoint(new HttpStatusServerEntryPoint(HttpStatus.UNAUTHORIZED)))
                .requestCache(cache -> cache.requestCache(NoOpServerRequestCache.getInstance()))
                .httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
                .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
                .oauth2Login(login -> login
                        .loginPage("/")
                        .clientRegistrationRepository(registrations)
                        .authorizationRequestResolver(new LoginPageLanguage(registrations))
                        .authorizedClientRepository(authorizedClients)
                        .authenticationFailureHandler(new RedirectServerAuthenticationFailureHandler("/?login-error")))
                .logout(logout -> logout
                        .logoutHandler(handlers -> handlers.add(new WebSessionServerLogoutHandler()))
                        .logoutSuccessHandler(backToThePortal))
                .csrf(csrf -> csrf
                        .csrfTokenRepository(BrowserCsrf.cookieRepository(settings.secureCookies()))
                        .csrfTokenRequestHandler(new ServerCsrfTokenRequestAttributeHandler())
                        .requireCsrfProtectionMatcher(BrowserCsrf.stateChangesInASession()))
                .addFilterAfter(BrowserCsrf.issueTokenCookie(), SecurityWebFiltersOrder.CSRF)
                .headers(headers -> headers
                        // HSTS when the browser came over HTTPS, also behind the ingress (StrictTransport)
                        .hsts(ServerHttpSecurity.HeaderSpec.HstsSpec::disable)
                        .writer(new StrictTransport())
                        .contentSecurityPolicy(csp -> csp.policyDirectives(contentSecurityPolicy(settings)))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)))
                .build();
    }

    /** The portal loads nothing from elsewhere; its sign-out form is redirected on to Keycloak. */
    static String contentSecurityPolicy(LoginSettings settings) {
        return "default-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; "
                + "frame-ancestors 'none'; form-action 'self' " + settings.issuerOrigin();
    }
}
