package vn.lachan.platform.config;

import java.net.ConnectException;
import java.sql.SQLException;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.core.env.Environment;

/** A service that cannot reach its database stops at once with one sentence saying so, not a stack trace. */
public class DatabaseUnreachableFailureAnalyzer implements FailureAnalyzer {

    private final Environment environment;

    public DatabaseUnreachableFailureAnalyzer(Environment environment) {
        this.environment = environment;
    }

    @Override
    public FailureAnalysis analyze(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            boolean connection = cause instanceof ConnectException
                    || cause instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08");
            if (connection) {
                String url = environment.getProperty("spring.datasource.url", "(no spring.datasource.url)");
                return new FailureAnalysis(
                        "Cannot connect to PostgreSQL at " + url + ": " + cause.getMessage(),
                        "Start PostgreSQL there, or set LACHAN_DB_URL, LACHAN_DB_USER and LACHAN_DB_PASSWORD.",
                        failure);
            }
        }
        return null;
    }
}
