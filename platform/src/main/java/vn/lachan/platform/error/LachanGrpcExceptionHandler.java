package vn.lachan.platform.error;

import io.grpc.StatusException;
import io.grpc.StatusRuntimeException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.grpc.server.exception.GrpcExceptionHandler;
import vn.lachan.platform.grpc.RequestIds;

/** Every exception leaving a gRPC method becomes a status with details; unknown ones are logged, not shown. */
public class LachanGrpcExceptionHandler implements GrpcExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(LachanGrpcExceptionHandler.class);

    @Override
    public StatusException handleException(Throwable failure) {
        if (failure instanceof LachanException known) {
            return GrpcErrors.toStatus(known);
        }
        if (failure instanceof StatusRuntimeException status) {
            return new StatusException(status.getStatus(), status.getTrailers());
        }
        if (failure instanceof StatusException status) {
            return status;
        }
        if (failure.getClass().getName().startsWith("org.springframework.security.")) {
            return null; // spring-grpc's security handler answers UNAUTHENTICATED or PERMISSION_DENIED
        }
        String requestId = RequestIds.current();
        if (databaseUnreachable(failure)) {
            // a restart or fail-over of PostgreSQL: the transaction did not commit, and saying so lets clients retry
            log.warn("Database unreachable, request id {}: {}", requestId, failure.toString());
            return GrpcErrors.toStatus(UnavailableException.database(failure));
        }
        log.error("Unhandled failure, request id {}", requestId, failure);
        return GrpcErrors.internal(requestId);
    }

    /**
     * Whether the failure, or one of its causes, is the connection to the database failing: a JDBC connection
     * exception (SQLSTATE class 08), the server shutting down or not yet accepting connections (57P01–57P03), or the
     * pool finding no connection in time. Such a failure, even when rolling back failed after it, stored nothing.
     */
    static boolean databaseUnreachable(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            // the rollback after a cut connection fails too ("Connection is closed", no SQLSTATE), and Spring then
            // reports the rollback, keeping the query's own failure aside as the application exception
            if (t instanceof org.springframework.transaction.TransactionSystemException rollback
                    && rollback.getApplicationException() != null
                    && databaseUnreachable(rollback.getApplicationException())) {
                return true;
            }
            if (t instanceof java.sql.SQLTransientConnectionException
                    || t instanceof java.sql.SQLNonTransientConnectionException) {
                return true;
            }
            if (t instanceof java.sql.SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().matches("57P0[123]"))) {
                return true;
            }
        }
        return false;
    }
}
