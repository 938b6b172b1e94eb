package vn.lachan.platform.test;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.util.ClassUtils;

/**
 * Gives a test class a real PostgreSQL database and a real Redis, started once per test JVM and
 * handed to Spring through the same variables production uses ({@code LACHAN_DB_URL}, …).
 * Put it before {@code @SpringBootTest} so the variables exist when the context starts.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(RealInfrastructure.Extension.class)
public @interface RealInfrastructure {

    /** The database the service under test owns, e.g. {@code lachan_tip}; empty for Redis only. */
    String database() default "";

    /**
     * Also a real Keycloak with the lachan realm, whose issuer the services are pointed at: for the gateway, whose
     * sign-in is Keycloak's. The services' own API tests take {@link #tokens()} instead.
     */
    boolean keycloak() default false;

    /**
     * Also the realm's tokens signed in the test JVM ({@link LocalIssuer}), whose issuer the services are pointed at:
     * the same claims as Keycloak's (proved by {@code LocalIssuerConformanceTest}) without a Keycloak to start.
     */
    boolean tokens() default false;

    final class Extension implements BeforeAllCallback {

        private static LocalPostgres postgres;
        private static LocalRedis redis;
        private static LocalKeycloak keycloak;
        private static LocalIssuer tokens;

        @Override
        public void beforeAll(ExtensionContext context) {
            RealInfrastructure settings = context.getRequiredTestClass().getAnnotation(RealInfrastructure.class);
            if (!settings.database().isEmpty()) {
                LocalPostgres pg = postgres(settings.keycloak());
                System.setProperty("LACHAN_DB_URL", pg.database(settings.database()));
                System.setProperty("LACHAN_DB_USER", pg.user());
                System.setProperty("LACHAN_DB_PASSWORD", pg.password());
            }
            System.setProperty("LACHAN_REDIS_URL", redis().url());
            if (settings.keycloak() && settings.tokens()) {
                throw new IllegalStateException(context.getRequiredTestClass() + ": keycloak or tokens, not both");
            }
            if (settings.keycloak() && GRPC_SERVER_PRESENT) {
                // a service (the gateway has no gRPC server): its tests verify locally signed tokens, proved the same as
                // Keycloak's; a Keycloak per service module cost minutes of every run
                throw new IllegalStateException(context.getRequiredTestClass()
                        + ": a service's API tests take @RealInfrastructure(tokens = true), not a Keycloak");
            }
            if (settings.keycloak()) {
                System.setProperty("LACHAN_ISSUER_URI", keycloak().issuer());
            }
            if (settings.tokens()) {
                System.setProperty("LACHAN_ISSUER_URI", tokens().issuer());
            }
            // the unit registry, for the services that ask it (ADR 0004): answers from the shipped table; not in the
            // gateway, which has no gRPC on its class path
            if (GRPC_SERVER_PRESENT) {
                Registry.point();
            }
        }

        private static final boolean GRPC_SERVER_PRESENT =
                ClassUtils.isPresent("io.grpc.ServerBuilder", Extension.class.getClassLoader());

        /** Loads the stand-in (and gRPC) only where gRPC is on the class path. */
        private static final class Registry {
            static void point() {
                System.setProperty("LACHAN_REPORT_SERVICE_ADDRESS", StandInUnitRegistry.SHARED.address());
            }
        }

        /** The test JVM's Keycloak, started on first use (on the JVM's PostgreSQL) and stopped when it exits. */
        public static synchronized LocalKeycloak keycloak() {
            if (keycloak == null) {
                keycloak = LocalKeycloak.start(LocalKeycloak.repoRoot(), LocalRedis.freePort(), LocalRedis.freePort(),
                        postgres(true), java.nio.file.Path.of("target", "keycloak-test.log").toAbsolutePath());
                Runtime.getRuntime().addShutdownHook(new Thread(() -> quietly(keycloak)));
            }
            return keycloak;
        }

        /** The test JVM's signer of the realm's tokens, started on first use and stopped when the JVM exits. */
        public static synchronized LocalIssuer tokens() {
            if (tokens == null) {
                tokens = LocalIssuer.start(LocalKeycloak.repoRoot());
                Runtime.getRuntime().addShutdownHook(new Thread(() -> quietly(tokens)));
            }
            return tokens;
        }

        /** The test JVM's PostgreSQL, started on first use and stopped when the JVM exits. */
        public static synchronized LocalPostgres postgres() {
            return postgres(false);
        }

        /**
         * The test JVM's PostgreSQL; when it starts now for a class that also needs Keycloak, it starts on a copy of the
         * {@link KeycloakSnapshot}, where Keycloak finds its schema and realm ready.
         */
        static synchronized LocalPostgres postgres(boolean forKeycloak) {
            if (postgres == null) {
                boolean external = System.getenv("LACHAN_DB_URL") != null && !System.getenv("LACHAN_DB_URL").isBlank();
                postgres = forKeycloak && !external
                        ? LocalPostgres.startFromCopyOf(KeycloakSnapshot.dataDirectory(LocalKeycloak.repoRoot()))
                        : LocalPostgres.start(0, null);
                Runtime.getRuntime().addShutdownHook(new Thread(() -> quietly(postgres)));
            }
            return postgres;
        }

        /** The test JVM's Redis, started on first use and stopped when the JVM exits. */
        public static synchronized LocalRedis redis() {
            if (redis == null) {
                redis = LocalRedis.start(0);
                Runtime.getRuntime().addShutdownHook(new Thread(() -> quietly(redis)));
            }
            return redis;
        }

        private static void quietly(AutoCloseable resource) {
            try {
                resource.close();
            } catch (Exception e) {
                // the JVM is exiting; nothing left to tell
            }
        }
    }
}
