package vn.lachan.report.api;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import vn.lachan.platform.test.RealInfrastructure;
import vn.lachan.platform.test.StandInUnitRegistry;

/** Another service of the platform started in this JVM beside report-service, on its own database and gRPC port. */
final class Beside {

    private Beside() {
    }

    /**
     * Starts {@code sources} (the service's application class first) as {@code service}, whose platform database name
     * is {@code database}, on a database of its own named {@code copy}, answering gRPC on {@code grpcPort}.
     */
    static ConfigurableApplicationContext start(String service, String database, String copy, int grpcPort,
                                                Class<?>... sources) {
        var pg = RealInfrastructure.Extension.postgres();
        return new SpringApplicationBuilder(sources).run(
                "--spring.application.name=" + service,
                "--spring.grpc.server.inprocess.name=" + copy,
                "--lachan.database=" + database,
                "--spring.datasource.url=" + pg.database(copy),
                "--spring.datasource.username=" + pg.user(),
                "--spring.datasource.password=" + pg.password(),
                "--server.port=0",
                "--management.server.port=0",
                "--spring.grpc.server.port=" + grpcPort,
                // the unit registry (ADR 0004) that tip-service and budget-service ask: the stand-in answering from the
                // shipped table (this JVM's report-service is not started yet when its peers are)
                "--spring.grpc.client.channels.report-service.address=" + StandInUnitRegistry.SHARED.address());
    }

    static int httpPort(ConfigurableApplicationContext service) {
        return Integer.parseInt(service.getEnvironment().getProperty("local.server.port"));
    }
}
