package vn.lachan.report;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.core.io.ClassPathResource;
import vn.lachan.report.domain.UnitRegistry;

/** Scheduling: the morning run of e-mailed reminders. */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class ReportServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(ReportServiceApplication.class, args);
    }

    /** The unit table shipped with the service (ADR 0004); an inconsistent table stops the start. */
    @Bean
    UnitRegistry unitRegistry() throws IOException {
        try (var in = new InputStreamReader(new ClassPathResource("units/units.tsv").getInputStream(),
                StandardCharsets.UTF_8)) {
            return UnitRegistry.read(in);
        }
    }
}
