package vn.lachan.platform.error;

import static org.assertj.core.api.Assertions.assertThat;

import io.grpc.Status;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.TransactionSystemException;

/** What a caller gets for failures no service code names: a database gone away is "try again", anything else 500. */
class LachanGrpcExceptionHandlerTest {

    final LachanGrpcExceptionHandler handler = new LachanGrpcExceptionHandler();

    @Test
    void aQueryCutByAPostgresRestartWhoseRollbackFailedTooIsUnavailableNotAnInternalError() {
        // as seen in FaultInjectionTest: the I/O error on a query, then "JDBC rollback failed" overriding it
        var io = new SQLException("An I/O error occurred while sending to the backend.", "08006");
        var rollback = new TransactionSystemException("JDBC rollback failed", new SQLException("Connection is closed"));
        rollback.initApplicationException(new DataAccessResourceFailureException("select … for update", io));

        var status = handler.handleException(rollback).getStatus();

        assertThat(status.getCode()).isEqualTo(Status.Code.UNAVAILABLE);
        assertThat(status.getDescription()).contains("database", "nothing was stored");
    }

    @Test
    void thePoolFindingNoConnectionAndTheServerShuttingDownAreUnavailableToo() {
        assertThat(handler.handleException(new DataAccessResourceFailureException("pool",
                new SQLTransientConnectionException("Connection is not available, request timed out after 5000ms.")))
                .getStatus().getCode()).isEqualTo(Status.Code.UNAVAILABLE);
        assertThat(handler.handleException(new IllegalStateException("query",
                new SQLException("terminating connection due to administrator command", "57P01")))
                .getStatus().getCode()).isEqualTo(Status.Code.UNAVAILABLE);
    }

    @Test
    void otherFailuresStayInternalErrorsThatShowNothing() {
        var status = handler.handleException(new IllegalStateException("a bug",
                new SQLException("duplicate key value violates unique constraint", "23505"))).getStatus();

        assertThat(status.getCode()).isEqualTo(Status.Code.INTERNAL);
        assertThat(status.getDescription()).doesNotContain("duplicate", "bug");
    }
}
