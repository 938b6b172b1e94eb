package vn.lachan.report.api;

import static vn.lachan.platform.api.Unary.reply;

import com.google.protobuf.Message;
import io.grpc.stub.StreamObserver;
import java.util.UUID;
import java.util.function.Supplier;
import vn.lachan.platform.grpc.IdempotencyKeys;
import vn.lachan.platform.idempotency.Idempotency;
import vn.lachan.platform.idempotency.IdempotentRequest;
import vn.lachan.platform.idempotency.RequestFingerprints;
import vn.lachan.platform.security.Caller;
import org.springframework.grpc.server.service.GrpcService;
import vn.lachan.platform.api.Ids;
import vn.lachan.platform.api.Paging;
import vn.lachan.platform.security.Callers;
import vn.lachan.report.Reports;
import vn.lachan.report.domain.IndicatorEntry;
import vn.lachan.report.v1.AcceptReportRequest;
import vn.lachan.report.v1.CorrectReportRequest;
import vn.lachan.report.v1.CreateReportRequest;
import vn.lachan.report.v1.RefreshReportRequest;
import vn.lachan.report.v1.ReturnReportRequest;
import vn.lachan.report.v1.SubmitReportRequest;
import vn.lachan.report.v1.UpdateReportRequest;
import vn.lachan.report.v1.GetReportRequest;
import vn.lachan.report.v1.ListReportingPeriodsRequest;
import vn.lachan.report.v1.ListReportingPeriodsResponse;
import vn.lachan.report.v1.ListReportsRequest;
import vn.lachan.report.v1.ListReportsResponse;
import vn.lachan.report.v1.Report;
import vn.lachan.report.v1.ReportServiceGrpc;

/** The report contract over gRPC (and, through the platform's bridge, REST). */
@GrpcService
public class ReportGrpcService extends ReportServiceGrpc.ReportServiceImplBase {

    private final Reports reports;
    private final Idempotency idempotency;

    public ReportGrpcService(Reports reports, Idempotency idempotency) {
        this.reports = reports;
        this.idempotency = idempotency;
    }

    /** A change made once per Idempotency-Key (the platform's rule): a retry answers the report as it now is. */
    private Report once(String operation, Message request, Caller caller, Supplier<vn.lachan.report.domain.Report> change) {
        var key = IdempotencyKeys.current().map(k -> IdempotentRequest.of(IdempotentRequest.callerScope(caller),
                "report." + operation, k, RequestFingerprints.of(request)));
        return ReportTranslator.message(idempotency.once(key, change, r -> r.id().toString(),
                id -> reports.get(UUID.fromString(id), caller)));
    }

    @Override
    public void createReport(CreateReportRequest request, StreamObserver<Report> response) {
        var report = reports.start(request.getUnit(), request.getPeriod().getYear(),
                ReportTranslator.kind(request.getPeriod().getKind()), Callers.current());
        reply(response, ReportTranslator.message(report));
    }

    @Override
    public void getReport(GetReportRequest request, StreamObserver<Report> response) {
        reply(response, ReportTranslator.message(reports.get(Ids.uuid("id", request.getId()), Callers.current())));
    }

    @Override
    public void listReports(ListReportsRequest request, StreamObserver<ListReportsResponse> response) {
        Paging paging = Paging.of(request.getPageSize(), request.getPageToken());
        var page = reports.list(request.getUnit().isBlank() ? null : request.getUnit(),
                request.getYear() == 0 ? null : request.getYear(), ReportTranslator.status(request.getStatus()),
                paging.limit(), paging.offset(), Callers.current());
        reply(response, ListReportsResponse.newBuilder()
                .addAllReports(page.stream().map(ReportTranslator::message).toList())
                .setNextPageToken(paging.nextToken(page.size()))
                .build());
    }

    @Override
    public void updateReport(UpdateReportRequest request, StreamObserver<Report> response) {
        Caller caller = Callers.current();
        var id = Ids.uuid("id", request.getId());
        reply(response, once("update", request, caller, () -> reports.update(id, request.getEtag(),
                request.getIndicatorsList().stream()
                        .map(e -> new IndicatorEntry(e.getCode(), e.getValue(), e.getOverrideReason())).toList(),
                request.hasNarrative() ? request.getNarrative() : null, caller)));
    }

    @Override
    public void submitReport(SubmitReportRequest request, StreamObserver<Report> response) {
        Caller caller = Callers.current();
        var id = Ids.uuid("id", request.getId());
        reply(response, once("submit", request, caller, () -> reports.submit(id, request.getEtag(), caller)));
    }

    @Override
    public void refreshReport(RefreshReportRequest request, StreamObserver<Report> response) {
        Caller caller = Callers.current();
        var id = Ids.uuid("id", request.getId());
        reply(response, once("refresh", request, caller, () -> reports.refresh(id, request.getEtag(), caller)));
    }

    @Override
    public void returnReport(ReturnReportRequest request, StreamObserver<Report> response) {
        Caller caller = Callers.current();
        var id = Ids.uuid("id", request.getId());
        reply(response, once("return", request, caller,
                () -> reports.returnToUnit(id, request.getEtag(), request.getComment(), caller)));
    }

    @Override
    public void acceptReport(AcceptReportRequest request, StreamObserver<Report> response) {
        Caller caller = Callers.current();
        var id = Ids.uuid("id", request.getId());
        reply(response, once("accept", request, caller,
                () -> reports.accept(id, request.getEtag(), request.getComment(), caller)));
    }

    @Override
    public void correctReport(CorrectReportRequest request, StreamObserver<Report> response) {
        Caller caller = Callers.current();
        var id = Ids.uuid("id", request.getId());
        reply(response, once("correct", request, caller,
                () -> reports.correct(id, request.getEtag(), request.getReason(), caller)));
    }

    @Override
    public void listReportingPeriods(ListReportingPeriodsRequest request,
                                     StreamObserver<ListReportingPeriodsResponse> response) {
        Callers.current(); // signed in, whoever it is
        reply(response, ListReportingPeriodsResponse.newBuilder()
                .addAllPeriods(reports.periods(request.getYear() == 0 ? null : request.getYear()).stream()
                        .map(ReportTranslator::message).toList())
                .build());
    }
}
