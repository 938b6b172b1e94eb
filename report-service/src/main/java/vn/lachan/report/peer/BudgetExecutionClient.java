package vn.lachan.report.peer;

import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.springframework.grpc.client.GrpcChannelFactory;
import org.springframework.stereotype.Component;
import vn.lachan.budget.v1.BudgetExecutionServiceGrpc;
import vn.lachan.budget.v1.GetExecutionRequest;
import vn.lachan.budget.v1.UnitExecution;
import vn.lachan.platform.error.UnavailableException;
import vn.lachan.platform.peer.PeerSettings;
import vn.lachan.report.domain.BudgetFigures;

/**
 * Asks budget-service, over gRPC with a deadline and the caller's own token (a unit's report submitter reads their
 * own unit's execution there), what a unit was allocated, committed and spent of a year's budget.
 */
@Component
public class BudgetExecutionClient {

    private final BudgetExecutionServiceGrpc.BudgetExecutionServiceBlockingStub budget;
    private final Duration deadline;

    public BudgetExecutionClient(GrpcChannelFactory channels, PeerSettings peers) {
        this.budget = BudgetExecutionServiceGrpc.newBlockingStub(channels.createChannel("budget-service"));
        this.deadline = peers.deadline();
    }

    /**
     * The unit's figures summed over the year's lines (zero when it has no allocation that year), committed and spent
     * on or before {@code to}, a legal day of the year (the report period's last day of actual figures).
     */
    public BudgetFigures figures(String unit, int year, LocalDate to) {
        try {
            var execution = budget.withDeadlineAfter(deadline.toMillis(), TimeUnit.MILLISECONDS)
                    .getExecution(GetExecutionRequest.newBuilder().setYear(year).setUnit(unit).setTo(to.toString())
                            .build());
            long allocated = 0;
            long committed = 0;
            long spent = 0;
            for (var line : execution.getLinesList()) {
                for (UnitExecution row : line.getUnitsList()) {
                    // only the unit's own rows; a line's own figures are the whole province's
                    if (row.getUnit().equals(unit)) {
                        allocated = Math.addExact(allocated, row.getFigures().getAllocated().getDong());
                        committed = Math.addExact(committed, row.getFigures().getCommitted().getDong());
                        spent = Math.addExact(spent, row.getFigures().getSpent().getDong());
                    }
                }
            }
            return new BudgetFigures(allocated, committed, spent);
        } catch (StatusRuntimeException e) {
            Status.Code code = e.getStatus().getCode();
            if (code == Status.Code.UNAVAILABLE || code == Status.Code.DEADLINE_EXCEEDED) {
                throw new UnavailableException("budget-service", e);
            }
            throw e;
        }
    }
}
