package vn.lachan.platform.security;

import io.grpc.CallCredentials;
import io.grpc.Metadata;
import io.grpc.Status;
import java.util.concurrent.Executor;
import org.springframework.security.oauth2.client.AuthorizedClientServiceOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.ClientCredentialsOAuth2AuthorizedClientProvider;
import org.springframework.security.oauth2.client.InMemoryOAuth2AuthorizedClientService;
import org.springframework.security.oauth2.client.OAuth2AuthorizeRequest;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;

/**
 * The service's own Keycloak client (client credentials), for the rare work it does for nobody signed in — e.g.
 * tip-service completing a prosecution whose officer's call did not reach case-service. Spring Security fetches the
 * token, keeps it and asks for a new one shortly before it expires. Every other peer call carries the caller's own
 * token; a call carries this one only where the code asks for {@link #credentials()}.
 */
public final class ServiceAccount {

    static final Metadata.Key<String> AUTHORIZATION = Metadata.Key.of("authorization", Metadata.ASCII_STRING_MARSHALLER);
    private static final String REGISTRATION = "lachan-service-account";

    private final AuthorizedClientServiceOAuth2AuthorizedClientManager clients;
    private final String clientId;

    /**
     * @param issuer       the realm, e.g. {@code http://localhost:8180/realms/lachan}
     * @param clientId     this service's client, e.g. {@code tip-service}
     * @param clientSecret its secret
     */
    public ServiceAccount(String issuer, String clientId, String clientSecret) {
        this.clientId = clientId;
        ClientRegistration registration = ClientRegistration.withRegistrationId(REGISTRATION)
                .clientId(clientId).clientSecret(clientSecret)
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
                .tokenUri(issuer.replaceAll("/+$", "") + "/protocol/openid-connect/token")
                .build();
        var registrations = new InMemoryClientRegistrationRepository(registration);
        clients = new AuthorizedClientServiceOAuth2AuthorizedClientManager(registrations,
                new InMemoryOAuth2AuthorizedClientService(registrations));
        clients.setAuthorizedClientProvider(new ClientCredentialsOAuth2AuthorizedClientProvider());
    }

    public String clientId() {
        return clientId;
    }

    /** A valid access token of the service's client (cached; renewed before it expires). */
    public String accessToken() {
        OAuth2AuthorizedClient client = clients.authorize(
                OAuth2AuthorizeRequest.withClientRegistrationId(REGISTRATION).principal(clientId).build());
        if (client == null) {
            throw new IllegalStateException("Keycloak gave " + clientId + " no token");
        }
        return client.getAccessToken().getTokenValue();
    }

    /**
     * gRPC call credentials with the service's token. When Keycloak cannot be reached the call fails UNAVAILABLE
     * before it is sent, so the caller retries it later like any other outage.
     */
    public CallCredentials credentials() {
        return new CallCredentials() {
            @Override
            public void applyRequestMetadata(RequestInfo info, Executor executor, MetadataApplier applier) {
                executor.execute(() -> {
                    try {
                        Metadata headers = new Metadata();
                        headers.put(AUTHORIZATION, "Bearer " + accessToken());
                        applier.apply(headers);
                    } catch (RuntimeException e) {
                        applier.fail(Status.UNAVAILABLE.withDescription("no token for the service account " + clientId
                                + " from Keycloak").withCause(e));
                    }
                });
            }
        };
    }
}
