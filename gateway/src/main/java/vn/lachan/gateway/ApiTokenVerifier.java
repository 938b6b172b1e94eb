package vn.lachan.gateway;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jose.util.DefaultResourceRetriever;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URL;
import java.time.Duration;
import java.util.List;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import vn.lachan.gateway.login.LoginSettings;

/**
 * Checks an outside system's own access token — the realm's signature, issuer, expiry and audience
 * {@code lachan-api} — so that its calls are counted by client and subject. It refuses nothing: a token
 * that does not pass is counted by address and goes on to the service, which refuses it.
 */
@Component
public class ApiTokenVerifier {

    private static final Duration PATIENCE = Duration.ofSeconds(3);
    private final JwtDecoder decoder;

    public ApiTokenVerifier(LoginSettings settings) {
        // keys cached for 5 minutes and fetched again at most every 30 s, whatever key ids callers invent
        JWKSource<SecurityContext> keys = JWKSourceBuilder
                .<SecurityContext>create(url(settings.endpoint("certs")), new DefaultResourceRetriever(2000, 2000, 256 * 1024))
                .build();
        var processor = new DefaultJWTProcessor<SecurityContext>();
        processor.setJWSKeySelector(new JWSVerificationKeySelector<>(JWSAlgorithm.RS256, keys));
        processor.setJWTClaimsSetVerifier((claims, context) -> { }); // the validators below check the claims
        NimbusJwtDecoder nimbus = new NimbusJwtDecoder(processor);
        nimbus.setJwtValidator(new DelegatingOAuth2TokenValidator<>(
                JwtValidators.createDefaultWithIssuer(settings.issuerUri()),
                new JwtClaimValidator<List<String>>(JwtClaimNames.AUD,
                        audience -> audience != null && audience.contains(settings.apiAudience()))));
        this.decoder = nimbus;
    }

    /** The token's claims when it is genuine and meant for the services; empty otherwise. */
    public Mono<Jwt> verify(String token) {
        return Mono.fromCallable(() -> decoder.decode(token))
                .subscribeOn(Schedulers.boundedElastic()) // fetching the keys blocks, rarely
                .timeout(PATIENCE)
                .onErrorResume(invalid -> Mono.empty());
    }

    private static URL url(String value) {
        try {
            return URI.create(value).toURL();
        } catch (MalformedURLException e) {
            throw new IllegalArgumentException("LACHAN_ISSUER_URI gives no valid key set address: " + value, e);
        }
    }
}
