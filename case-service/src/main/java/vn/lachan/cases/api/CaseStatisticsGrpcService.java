package vn.lachan.cases.api;

import static vn.lachan.platform.api.Unary.reply;

import io.grpc.stub.StreamObserver;
import org.springframework.grpc.server.service.GrpcService;
import vn.lachan.cases.CaseStatistics;
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
                .build());
    }
}
