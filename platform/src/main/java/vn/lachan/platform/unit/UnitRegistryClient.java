package vn.lachan.platform.unit;

import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.lachan.platform.error.UnavailableException;
import vn.lachan.report.v1.GetUnitRequest;
import vn.lachan.report.v1.Unit;
import vn.lachan.report.v1.UnitServiceGrpc;

/**
 * Asks the unit registry (report-service's {@code UnitService}, ADR 0004) about one unit, over gRPC with the caller's
 * own token (the platform forwards it) and a deadline; a read, so the channel retries it when the peer is briefly
 * away ({@link vn.lachan.platform.peer.ReadRetries}).
 *
 * <p>What comes back: the unit; empty when the registry has no such code; {@link UnavailableException} (503, "try
 * again") when report-service did not answer in time or could not be reached, or refused the question (a set-up
 * fault: the caller's token was already accepted here) — a caller checks units before it
 * writes anything, so a failure here leaves nothing half-written.
 */
public class UnitRegistryClient {

    /** The channel's name in {@code spring.grpc.client.channels}. */
    public static final String CHANNEL = "report-service";
    private static final Logger log = LoggerFactory.getLogger(UnitRegistryClient.class);

    private final UnitServiceGrpc.UnitServiceBlockingStub registry;
    private final Duration deadline;

    public UnitRegistryClient(UnitServiceGrpc.UnitServiceBlockingStub registry, Duration deadline) {
        this.registry = registry;
        this.deadline = deadline;
    }

    /** The unit of {@code code}, whether or not it still exists; empty for a code the registry does not know. */
    public Optional<RegisteredUnit> find(String code) {
        try {
            Unit unit = registry.withDeadlineAfter(deadline.toMillis(), TimeUnit.MILLISECONDS)
                    .getUnit(GetUnitRequest.newBuilder().setCode(code).build());
            return Optional.of(of(unit));
        } catch (StatusRuntimeException e) {
            Status.Code status = e.getStatus().getCode();
            if (status == Status.Code.NOT_FOUND || status == Status.Code.INVALID_ARGUMENT) {
                return Optional.empty();
            }
            if (status == Status.Code.UNAVAILABLE || status == Status.Code.DEADLINE_EXCEEDED) {
                throw new UnavailableException("report-service",
                        "Chưa hỏi được danh mục đơn vị về mã " + code + "; chưa có gì được ghi, vui lòng gửi lại sau ít giây.",
                        "The unit registry could not be asked about " + code + "; nothing was stored, send it again shortly.", e);
            }
            if (status == Status.Code.UNAUTHENTICATED || status == Status.Code.PERMISSION_DENIED) {
                // this service already accepted the caller's token: the registry refusing it is the platform's fault
                log.error("the unit registry refused a question about {}: {}", code, e.getStatus());
                throw UnavailableException.refused("report-service", e);
            }
            throw e;
        }
    }

    static RegisteredUnit of(Unit unit) {
        return new RegisteredUnit(unit.getCode(), unit.getKind(), unit.getStateBody(), unit.getNameVi(),
                unit.getNameEn(), LocalDate.parse(unit.getValidFrom()),
                unit.getValidTo().isEmpty() ? null : LocalDate.parse(unit.getValidTo()), unit.getSuccessorsList());
    }
}
