package vn.lachan.report.api;

import static vn.lachan.platform.api.Unary.reply;

import com.google.api.HttpBody;
import com.google.protobuf.ByteString;
import io.grpc.stub.StreamObserver;
import org.springframework.grpc.server.service.GrpcService;
import vn.lachan.platform.security.Callers;
import vn.lachan.report.Consolidation;
import vn.lachan.report.v1.ExportConsolidatedReportRequest;
import vn.lachan.report.v1.ReportConsolidationServiceGrpc;

/** The consolidated document over gRPC and, as its bytes (google.api.HttpBody), REST. */
@GrpcService
public class ReportConsolidationGrpcService extends ReportConsolidationServiceGrpc.ReportConsolidationServiceImplBase {

    private final Consolidation consolidation;

    public ReportConsolidationGrpcService(Consolidation consolidation) {
        this.consolidation = consolidation;
    }

    @Override
    public void exportConsolidatedReport(ExportConsolidatedReportRequest request, StreamObserver<HttpBody> response) {
        Consolidation.Format format = switch (request.getFormat()) {
            case DOCX -> Consolidation.Format.DOCX;
            case PDF -> Consolidation.Format.PDF;
            case DOCUMENT_FORMAT_UNSPECIFIED, UNRECOGNIZED -> null;
        };
        byte[] document = consolidation.export(request.getYear(), ReportTranslator.kind(request.getKind()), format,
                Callers.current());
        reply(response, HttpBody.newBuilder().setContentType(format.contentType).setData(ByteString.copyFrom(document)).build());
    }
}
