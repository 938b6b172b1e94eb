package vn.lachan.platform.security;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.grpc.server.GlobalServerInterceptor;
import org.springframework.grpc.server.security.AuthenticationProcessInterceptor;
import org.springframework.grpc.server.security.GrpcSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Every service checks tokens itself: signature (the realm's keys), issuer, audience, client and expiry, on
 * every gRPC call — and so on every REST call, which the bridge turns into an in-process gRPC call.
 */
@Configuration(proxyBeanMethods = false)
public class SecurityConfiguration {

    @Bean
    JwtDecoder lachanJwtDecoder(SecuritySettings settings) {
        String issuer = settings.issuer();
        String audience = settings.audience();
        // keys are fetched on first use, so a service starts even while Keycloak is still starting
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSetUri(issuer + "/protocol/openid-connect/certs").build();
        OAuth2TokenValidator<Jwt> audienceCheck = new JwtClaimValidator<List<String>>("aud",
                aud -> aud != null && aud.contains(audience));
        decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(
                new JwtTimestampValidator(settings.clockSkew()), new JwtIssuerValidator(issuer), audienceCheck,
                knownClients(settings.clients())));
        return decoder;
    }

    /**
     * Only the realm's known clients ({@code lachan.security.clients}) may call: a client an administrator adds to
     * the realm later gets no access by accident, even if it asks for the API's audience. Keycloak names the client a
     * token was issued to in {@code azp}.
     */
    static OAuth2TokenValidator<Jwt> knownClients(List<String> clients) {
        Set<String> known = clients.stream().map(String::strip).filter(id -> !id.isEmpty()).collect(Collectors.toSet());
        if (known.isEmpty()) {
            throw new IllegalStateException("lachan.security.clients (LACHAN_TOKEN_CLIENTS) names no client");
        }
        return new JwtClaimValidator<String>("azp", known::contains);
    }

    @Bean
    @GlobalServerInterceptor
    AuthenticationProcessInterceptor lachanGrpcAuthentication(
            GrpcSecurity grpc, JwtDecoder decoder, SecuritySettings settings) throws Exception {
        List<String> publicMethods = settings.publicMethods();
        return grpc
                .authorizeRequests(requests -> {
                    requests.methods("grpc.health.v1.Health/*").permitAll();
                    requests.methods("grpc.reflection.v1.ServerReflection/*").permitAll();
                    requests.methods("grpc.reflection.v1alpha.ServerReflection/*").permitAll();
                    // a service names the few RPCs citizens use without an account (e.g. the public scam check)
                    publicMethods.stream().filter(m -> !m.isBlank())
                            .forEach(method -> requests.methods(method).permitAll());
                    requests.allRequests().authenticated();
                })
                .oauth2ResourceServer(resource -> resource.jwt(jwt -> jwt.decoder(decoder)
                        .jwtAuthenticationConverter(token -> new JwtAuthenticationToken(token,
                                Callers.roles(token).stream().map(SimpleGrantedAuthority::new).toList(),
                                Callers.of(token).name()))))
                .build();
    }

    /**
     * The servlet side holds no sessions and no cookies: REST calls are authorised where the bridge
     * hands them to gRPC, and the actuator only tells health.
     */
    @Bean
    SecurityFilterChain lachanHttpSecurity(HttpSecurity http) throws Exception {
        return http
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .httpBasic(basic -> basic.disable())
                .formLogin(form -> form.disable())
                .build();
    }
}
