package vn.lachan.gateway.login;

import java.util.Set;
import org.springframework.security.oauth2.client.registration.ReactiveClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.server.DefaultServerOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.server.ServerOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.core.endpoint.OAuth2AuthorizationRequest;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Keycloak's login page in the portal's language: the sign-in link carries {@code ?lang=vi} or
 * {@code ?lang=en}, which becomes OpenID Connect's {@code ui_locales}; Vietnamese when none is given.
 */
final class LoginPageLanguage implements ServerOAuth2AuthorizationRequestResolver {

    private static final Set<String> LANGUAGES = Set.of("vi", "en");
    private final ServerOAuth2AuthorizationRequestResolver standard;

    LoginPageLanguage(ReactiveClientRegistrationRepository registrations) {
        this.standard = new DefaultServerOAuth2AuthorizationRequestResolver(registrations);
    }

    @Override
    public Mono<OAuth2AuthorizationRequest> resolve(ServerWebExchange exchange) {
        return standard.resolve(exchange).map(request -> inLanguageOf(exchange, request));
    }

    @Override
    public Mono<OAuth2AuthorizationRequest> resolve(ServerWebExchange exchange, String registrationId) {
        return standard.resolve(exchange, registrationId).map(request -> inLanguageOf(exchange, request));
    }

    private static OAuth2AuthorizationRequest inLanguageOf(ServerWebExchange exchange, OAuth2AuthorizationRequest request) {
        String asked = exchange.getRequest().getQueryParams().getFirst("lang");
        String language = asked != null && LANGUAGES.contains(asked) ? asked : "vi";
        return OAuth2AuthorizationRequest.from(request)
                .additionalParameters(parameters -> parameters.put("ui_locales", language))
                .build();
    }
}
