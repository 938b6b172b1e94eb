package vn.lachan.cases.peer;

import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.grpc.client.GrpcChannelFactory;
import org.springframework.stereotype.Component;
import vn.lachan.cases.domain.TipFacts;
import vn.lachan.platform.error.UnavailableException;
import vn.lachan.platform.money.Money;
import vn.lachan.platform.peer.PeerSettings;
import vn.lachan.tip.v1.GetTipRequest;
import vn.lachan.tip.v1.Indicator;
import vn.lachan.tip.v1.Tip;
import vn.lachan.tip.v1.TipServiceGrpc;
import vn.lachan.tip.v1.TipStatus;

/**
 * Reads a tip in tip-service for an urgent hold, over gRPC with the caller's own token (the platform forwards it) and
 * the peers' deadline; a read, so the channel retries it when tip-service is briefly away (ReadRetries). Because the
 * caller's own token is used, tip-service applies its own rules of who may see the tip and its indicators: a tip the
 * caller may not see is NOT_FOUND there, as a missing one, and "not found" here too.
 *
 * <p>What comes back: the tip's facts; empty when tip-service has no such tip for this caller; {@link
 * UnavailableException} (503, "try again") when it did not answer in time, could not be reached or refused the call (a
 * set-up fault: the caller's token was already accepted here). Urgent holds read the tip before writing anything, so
 * a failure here leaves nothing half-written.
 */
@Component
public class TipLookup {

    /** The channel's name in {@code spring.grpc.client.channels}. */
    public static final String CHANNEL = "tip-service";
    private static final Logger log = LoggerFactory.getLogger(TipLookup.class);

    private final TipServiceGrpc.TipServiceBlockingStub tips;
    private final Duration deadline;

    public TipLookup(GrpcChannelFactory channels, PeerSettings peers) {
        this.tips = TipServiceGrpc.newBlockingStub(channels.createChannel(CHANNEL));
        this.deadline = peers.deadline();
    }

    public Optional<TipFacts> find(UUID tipId) {
        Tip tip;
        try {
            tip = tips.withDeadlineAfter(deadline.toMillis(), TimeUnit.MILLISECONDS)
                    .getTip(GetTipRequest.newBuilder().setId(tipId.toString()).build());
        } catch (StatusRuntimeException e) {
            Status.Code code = e.getStatus().getCode();
            if (code == Status.Code.NOT_FOUND || code == Status.Code.INVALID_ARGUMENT) {
                return Optional.empty();
            }
            if (code == Status.Code.UNAUTHENTICATED || code == Status.Code.PERMISSION_DENIED) {
                log.error("tip-service refused to read tip {}: {}", tipId, e.getStatus());
                throw UnavailableException.refused("tip-service", e);
            }
            throw new UnavailableException("tip-service",
                    "Chưa đọc được tin báo ở tip-service; chưa có gì được ghi, vui lòng gửi lại sau ít giây.",
                    "The tip could not be read in tip-service; nothing was stored, send it again shortly.", e);
        }
        return Optional.of(facts(tip));
    }

    static TipFacts facts(Tip tip) {
        boolean undecided = (tip.getStatus() == TipStatus.RECEIVED || tip.getStatus() == TipStatus.VERIFYING)
                && !tip.hasPendingProsecution();
        return new TipFacts(UUID.fromString(tip.getId()), undecided,
                tip.getCaseId().isBlank() ? null : UUID.fromString(tip.getCaseId()),
                tip.hasLoss() ? Money.dong(tip.getLoss().getDong()) : null,
                tip.getIndicatorsList().stream()
                        .filter(i -> i.getType() == Indicator.Type.BANK_ACCOUNT || i.getType() == Indicator.Type.E_WALLET)
                        .map(Indicator::getNormalized)
                        .filter(n -> !n.isBlank())
                        .toList());
    }
}
