package vn.lachan.report.peer;

import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.springframework.grpc.client.GrpcChannelFactory;
import org.springframework.stereotype.Component;
import vn.lachan.platform.error.UnavailableException;
import vn.lachan.platform.peer.PeerSettings;
import vn.lachan.report.domain.TipCounts;
import vn.lachan.tip.v1.GetTipStatisticsRequest;
import vn.lachan.tip.v1.TipServiceGrpc;

/** Asks tip-service, over gRPC with a deadline, how many tips a unit received in a window. */
@Component
public class TipStatisticsClient {

    private final TipServiceGrpc.TipServiceBlockingStub tips;
    private final Duration deadline;

    public TipStatisticsClient(GrpcChannelFactory channels, PeerSettings peers) {
        this.tips = TipServiceGrpc.newBlockingStub(channels.createChannel("tip-service"));
        this.deadline = peers.deadline();
    }

    public TipCounts counts(String unit, LocalDate from, LocalDate to) {
        try {
            var stats = tips.withDeadlineAfter(deadline.toMillis(), TimeUnit.MILLISECONDS)
                    .getTipStatistics(GetTipStatisticsRequest.newBuilder()
                            .setFrom(from.toString())
                            .setTo(to.toString())
                            .setReceivingUnit(unit)
                            .build());
            return new TipCounts(stats.getTotal(), stats.getByModusOperandiList().stream()
                    .map(c -> new TipCounts.ModusCount(c.getKey(), c.getLabelVi(), c.getLabelEn(), c.getCount()))
                    .toList(),
                    stats.getByOutcomeList().stream().collect(Collectors.toMap(
                            c -> c.getKey(), c -> c.getCount(), Long::sum)),
                    stats.getOverdue());
        } catch (StatusRuntimeException e) {
            Status.Code code = e.getStatus().getCode();
            if (code == Status.Code.UNAVAILABLE || code == Status.Code.DEADLINE_EXCEEDED) {
                throw new UnavailableException("tip-service", e);
            }
            throw e;
        }
    }
}
