package vn.lachan.report.peer;

import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.springframework.grpc.client.GrpcChannelFactory;
import org.springframework.stereotype.Component;
import vn.lachan.cases.v1.CaseStatisticsServiceGrpc;
import vn.lachan.cases.v1.GetCaseStatisticsRequest;
import vn.lachan.platform.error.UnavailableException;
import vn.lachan.platform.peer.PeerSettings;
import vn.lachan.report.domain.CaseCounts;

/**
 * Asks case-service, over gRPC with a deadline and the caller's own token (a unit's report submitter reads their own
 * unit's figures there), how many cases a unit opened in a window, the freeze requests sent on them and what banks held.
 */
@Component
public class CaseStatisticsClient {

    private final CaseStatisticsServiceGrpc.CaseStatisticsServiceBlockingStub cases;
    private final Duration deadline;

    public CaseStatisticsClient(GrpcChannelFactory channels, PeerSettings peers) {
        this.cases = CaseStatisticsServiceGrpc.newBlockingStub(channels.createChannel("case-service"));
        this.deadline = peers.deadline();
    }

    public CaseCounts counts(String unit, LocalDate from, LocalDate to) {
        try {
            var stats = cases.withDeadlineAfter(deadline.toMillis(), TimeUnit.MILLISECONDS)
                    .getCaseStatistics(GetCaseStatisticsRequest.newBuilder()
                            .setUnit(unit)
                            .setFrom(from.toString())
                            .setTo(to.toString())
                            .build());
            return new CaseCounts(stats.getCasesOpened(), stats.getFreezeRequestsSent(), stats.getAmountHeld().getDong(),
                    stats.getAmountReturned().getDong());
        } catch (StatusRuntimeException e) {
            Status.Code code = e.getStatus().getCode();
            if (code == Status.Code.UNAVAILABLE || code == Status.Code.DEADLINE_EXCEEDED) {
                throw new UnavailableException("case-service", e);
            }
            throw e;
        }
    }
}
