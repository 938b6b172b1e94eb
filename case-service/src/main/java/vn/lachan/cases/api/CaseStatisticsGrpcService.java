package vn.lachan.cases.api;

import static vn.lachan.platform.api.Unary.reply;

import com.google.protobuf.util.Durations;
import io.grpc.stub.StreamObserver;
import org.springframework.grpc.server.service.GrpcService;
import vn.lachan.cases.CaseStatistics;
import vn.lachan.cases.domain.BankResponseFigures;
import vn.lachan.cases.v1.CaseStatisticsServiceGrpc;
import vn.lachan.cases.v1.GetCaseStatisticsRequest;
import vn.lachan.common.v1.Money;
import vn.lachan.platform.security.Callers;

/** A unit's case figures over gRPC (and, through the platform's bridge, REST). */
@GrpcService
public class CaseStatisticsGrpcService extends CaseStatisticsServiceGrpc.CaseStatisticsServiceImplBase {

    private final CaseStatistics statistics;

    public CaseStatisticsGrpcService(CaseStatistics statistics) {
        this.statistics = statistics;
    }

    @Override
    public void getCaseStatistics(GetCaseStatisticsRequest request,
                                  StreamObserver<vn.lachan.cases.v1.CaseStatistics> response) {
        var figures = statistics.figures(request.getUnit().trim(), request.getFrom(), request.getTo(), Callers.current());
        reply(response, vn.lachan.cases.v1.CaseStatistics.newBuilder()
                .setUnit(figures.unit())
                .setFrom(figures.from().toString())
                .setTo(figures.to().toString())
                .setCasesOpened(figures.casesOpened())
                .setFreezeRequestsSent(figures.freezeRequestsSent())
                .setAmountHeld(Money.newBuilder().setDong(figures.amountHeld().dong()))
                .setAmountReturned(Money.newBuilder().setDong(figures.amountReturned().dong()))
                .addAllBanks(figures.banks().stream().map(CaseStatisticsGrpcService::bank).toList())
                .build());
    }

    static vn.lachan.cases.v1.BankResponseFigures bank(BankResponseFigures figures) {
        var bank = vn.lachan.cases.v1.BankResponseFigures.newBuilder()
                .setBank(figures.bank())
                .setRequestsSent(figures.requestsSent())
                .setRequestsHeld(figures.requestsHeld())
                .setAmountRequested(money(figures.amountRequested()))
                .setAmountHeld(money(figures.amountHeld()))
                .setHeldBasisPoints(figures.heldBasisPoints())
                .setAmountReturned(money(figures.amountReturned()))
                .setReturnedBasisPoints(figures.returnedBasisPoints());
        figures.medianTimeToHold().ifPresent(d -> bank.setMedianTimeToHold(Durations.fromSeconds(d.toSeconds())));
        figures.p90TimeToHold().ifPresent(d -> bank.setP90TimeToHold(Durations.fromSeconds(d.toSeconds())));
        return bank.build();
    }

    private static Money money(vn.lachan.platform.money.Money amount) {
        return Money.newBuilder().setDong(amount.dong()).build();
    }
}
