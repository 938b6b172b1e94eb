package vn.lachan.platform.config;

import io.grpc.BindableService;
import io.grpc.ManagedChannel;
import io.grpc.inprocess.InProcessChannelBuilder;
import io.micrometer.core.instrument.binder.grpc.ObservationGrpcClientInterceptor;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.grpc.server.autoconfigure.GrpcServerProperties;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.grpc.client.GlobalClientInterceptor;
import org.springframework.grpc.client.GrpcChannelBuilderCustomizer;
import org.springframework.grpc.client.GrpcChannelFactory;
import org.springframework.grpc.server.GlobalServerInterceptor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.web.servlet.function.RequestPredicates;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerResponse;
import vn.lachan.platform.audit.AuditAnchor;
import vn.lachan.platform.audit.AuditGrpcService;
import vn.lachan.platform.audit.AuditLog;
import vn.lachan.platform.audit.AuditSettings;
import vn.lachan.platform.error.LachanGrpcExceptionHandler;
import vn.lachan.platform.grpc.CallContextClientInterceptor;
import vn.lachan.platform.grpc.RequestMetadataInterceptor;
import vn.lachan.platform.idempotency.Idempotency;
import vn.lachan.platform.idempotency.IdempotencyRetention;
import vn.lachan.platform.idempotency.IdempotencySettings;
import vn.lachan.platform.migration.PlatformMigrations;
import vn.lachan.platform.peer.PeerCalls;
import vn.lachan.platform.peer.PeerSettings;
import vn.lachan.platform.peer.ReadRetries;
import vn.lachan.platform.rest.GrpcRestBridge;
import vn.lachan.platform.rest.HttpRoutes;
import vn.lachan.platform.rest.RestSettings;
import vn.lachan.platform.security.SecurityConfiguration;
import vn.lachan.platform.security.SecuritySettings;
import vn.lachan.platform.security.ServiceAccount;
import vn.lachan.platform.security.ServiceAccountSettings;
import vn.lachan.platform.time.LegalCalendarSource;
import vn.lachan.platform.unit.UnitRegistryClient;
import vn.lachan.report.v1.UnitServiceGrpc;

/** What every service gets by depending on the platform: error mapping, request metadata, REST routes. */
@AutoConfiguration(beforeName = {
        "org.springframework.boot.grpc.server.autoconfigure.exception.GrpcExceptionHandlerAutoConfiguration",
        "org.springframework.boot.grpc.server.autoconfigure.GrpcServerAutoConfiguration"})
@Import(SecurityConfiguration.class)
@EnableConfigurationProperties({ServiceSettings.class, SecuritySettings.class, ServiceAccountSettings.class,
        PeerSettings.class, IdempotencySettings.class, AuditSettings.class, RestSettings.class})
public class PlatformAutoConfiguration {

    /** The services' time; a test replaces it with a fixed clock by declaring its own. */
    @Bean
    @ConditionalOnMissingBean(Clock.class)
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    @ConditionalOnMissingBean(LegalCalendarSource.class)
    LegalCalendarSource legalCalendarSource() {
        return LegalCalendarSource.shipped();
    }

    @Bean
    LachanGrpcExceptionHandler lachanGrpcExceptionHandler() {
        return new LachanGrpcExceptionHandler();
    }

    @Bean
    @GlobalServerInterceptor
    RequestMetadataInterceptor requestMetadataInterceptor() {
        return new RequestMetadataInterceptor();
    }

    @Bean
    @GlobalClientInterceptor
    CallContextClientInterceptor callContextClientInterceptor() {
        return new CallContextClientInterceptor();
    }

    /** The service's own client-credentials token, for calls made for nobody signed in; fetched on first use. */
    @Bean
    ServiceAccount serviceAccount(SecuritySettings security, ServiceAccountSettings account) {
        return new ServiceAccount(security.issuer(), account.clientId(), account.clientSecret());
    }

    /** Calls to peers: a deadline always, and a clear UNAVAILABLE naming the peer that did not answer. */
    @Bean
    @GlobalClientInterceptor
    PeerCalls peerCalls(PeerSettings settings) {
        return new PeerCalls(settings.deadline());
    }

    /**
     * The unit registry's client, in the services that name a channel to report-service (ADR 0004: they ask the
     * registry instead of keeping a list of units of their own).
     */
    @Bean
    @ConditionalOnProperty("spring.grpc.client.channels." + UnitRegistryClient.CHANNEL + ".address")
    UnitRegistryClient unitRegistryClient(GrpcChannelFactory channels, PeerSettings peers) {
        return new UnitRegistryClient(UnitServiceGrpc.newBlockingStub(channels.createChannel(UnitRegistryClient.CHANNEL)),
                peers.deadline());
    }

    /**
     * The channels to peers retry the contract's read methods, and only those (ReadRetries), and spread calls over
     * every address the name resolves to (round robin): with {@code dns:///<peer>-grpc:9090}, a headless Service on
     * the cluster, that is every ready pod of the peer, not one connection to one pod.
     */
    @Bean
    @SuppressWarnings({"rawtypes", "unchecked"})
    GrpcChannelBuilderCustomizer readRetries() {
        Map<String, Object> config = ReadRetries.serviceConfig(ReadRetries.contractServices(getClass().getClassLoader()));
        return (authority, builder) -> {
            builder.defaultLoadBalancingPolicy(ReadRetries.LOAD_BALANCING);
            if (!config.isEmpty()) {
                builder.defaultServiceConfig(config).enableRetry();
            }
        };
    }

    /** The platform's migrations, with their own history, before each service's (see PlatformMigrations). */
    @Bean
    @ConditionalOnMissingBean(FlywayMigrationStrategy.class)
    PlatformMigrations platformMigrations(ObjectProvider<DataSourceProperties> dataSource) {
        DataSourceProperties properties = dataSource.getIfAvailable();
        return PlatformMigrations.runningAs(properties == null ? null : properties.getUsername());
    }

    @Bean
    AuditLog auditLog(JdbcClient jdbc) {
        return new AuditLog(jdbc);
    }

    @Bean
    Idempotency idempotency(JdbcClient jdbc, PlatformTransactionManager transactions) {
        return new Idempotency(jdbc, transactions);
    }

    /** Callers' idempotency keys forgotten after {@code lachan.idempotency.retention}; the platform's own kept. */
    @Bean
    IdempotencyRetention idempotencyRetention(JdbcClient jdbc, IdempotencySettings settings) {
        return new IdempotencyRetention(jdbc, settings.retention(), settings.retentionCheckEvery());
    }

    @Bean
    AuditGrpcService auditGrpcService(AuditLog auditLog, ServiceSettings service, javax.sql.DataSource dataSource) {
        return new AuditGrpcService(auditLog, service.apiName(), dataSource);
    }

    /** The audit chain's head, written outside the database every {@code lachan.audit.anchor-every}. */
    @Bean
    AuditAnchor auditAnchor(JdbcClient jdbc, ServiceSettings service, AuditSettings settings) {
        return new AuditAnchor(jdbc, service.apiName(), settings.anchorEvery(), settings.anchorPath());
    }

    @Bean
    HttpRoutes httpRoutes(List<BindableService> services) {
        return HttpRoutes.of(services);
    }

    /**
     * The REST adapter reaches the gRPC services through the in-process server, with every interceptor. The call is
     * observed like a peer's, so the gRPC service continues the trace of the HTTP request (whose span continues the
     * caller's {@code traceparent}) as a child of it.
     */
    @Bean(destroyMethod = "shutdownNow")
    ManagedChannel restBridgeChannel(GrpcServerProperties server,
                                     ObjectProvider<ObservationGrpcClientInterceptor> observation) {
        InProcessChannelBuilder builder = InProcessChannelBuilder.forName(server.getInprocess().getName());
        observation.ifAvailable(builder::intercept);
        return builder.build();
    }

    @Bean
    GrpcRestBridge grpcRestBridge(HttpRoutes routes, ManagedChannel restBridgeChannel, RestSettings settings) {
        return new GrpcRestBridge(routes, restBridgeChannel, settings.deadline(), settings.maxBodyBytes(),
                settings.serviceHeaders());
    }

    @Bean
    RouterFunction<ServerResponse> restRoutes(GrpcRestBridge bridge) {
        return RouterFunctions.route(RequestPredicates.path("/api/**"), bridge::handle);
    }
}
