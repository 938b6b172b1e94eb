package vn.lachan.report.api;

import static vn.lachan.platform.api.Unary.reply;

import io.grpc.stub.StreamObserver;
import vn.lachan.platform.grpc.IdempotencyKeys;
import vn.lachan.platform.idempotency.Idempotency;
import vn.lachan.platform.idempotency.IdempotentRequest;
import vn.lachan.platform.idempotency.RequestFingerprints;
import vn.lachan.platform.security.Caller;
import org.springframework.grpc.server.service.GrpcService;
import vn.lachan.platform.security.Callers;
import vn.lachan.report.Templates;
import vn.lachan.report.v1.GetReportTemplateRequest;
import vn.lachan.report.v1.ListReportTemplatesRequest;
import vn.lachan.report.v1.ListReportTemplatesResponse;
import vn.lachan.report.v1.ReportTemplate;
import vn.lachan.report.v1.ReportTemplateServiceGrpc;
import vn.lachan.report.v1.UpdateReportTemplateRequest;

/** Report templates over gRPC and (through the platform's bridge) REST. */
@GrpcService
public class ReportTemplateGrpcService extends ReportTemplateServiceGrpc.ReportTemplateServiceImplBase {

    private final Templates templates;
    private final Idempotency idempotency;

    public ReportTemplateGrpcService(Templates templates, Idempotency idempotency) {
        this.templates = templates;
        this.idempotency = idempotency;
    }

    @Override
    public void listReportTemplates(ListReportTemplatesRequest request,
                                    StreamObserver<ListReportTemplatesResponse> response) {
        Callers.current(); // signed in, whoever it is
        reply(response, ListReportTemplatesResponse.newBuilder()
                .addAllTemplates(templates.list().stream().map(ReportTranslator::message).toList()).build());
    }

    @Override
    public void getReportTemplate(GetReportTemplateRequest request, StreamObserver<ReportTemplate> response) {
        Callers.current();
        reply(response, ReportTranslator.message(templates.get(request.getAppliesTo(), request.getVersion())));
    }

    @Override
    public void updateReportTemplate(UpdateReportTemplateRequest request, StreamObserver<ReportTemplate> response) {
        Caller caller = Callers.current();
        // a retry with the same Idempotency-Key answers the version the first attempt wrote
        var key = IdempotencyKeys.current().map(k -> IdempotentRequest.of(IdempotentRequest.callerScope(caller),
                "report.template.update", k, RequestFingerprints.of(request)));
        var updated = idempotency.once(key, () -> templates.update(request.getAppliesTo(), request.getVersion(),
                        request.getIndicatorsList().stream().map(ReportTranslator::indicator).toList(),
                        request.getNarrativeHintVi(), request.getNarrativeHintEn(), request.getChangeNote(), caller),
                t -> String.valueOf(t.version()), v -> templates.get(request.getAppliesTo(), Integer.parseInt(v)));
        reply(response, ReportTranslator.message(updated));
    }
}
