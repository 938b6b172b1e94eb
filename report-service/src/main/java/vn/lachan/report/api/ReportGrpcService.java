package vn.lachan.report.api;

import static vn.lachan.platform.api.Unary.reply;

import io.grpc.stub.StreamObserver;
import org.springframework.grpc.server.service.GrpcService;
import vn.lachan.platform.api.Ids;
import vn.lachan.platform.api.Paging;
import vn.lachan.platform.security.Callers;
import vn.lachan.report.Reports;
import vn.lachan.report.v1.CreateReportRequest;
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

    public ReportGrpcService(Reports reports) {
        this.reports = reports;
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
                request.getYear() == 0 ? null : request.getYear(), paging.limit(), paging.offset(), Callers.current());
        reply(response, ListReportsResponse.newBuilder()
                .addAllReports(page.stream().map(ReportTranslator::message).toList())
                .setNextPageToken(paging.nextToken(page.size()))
                .build());
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
