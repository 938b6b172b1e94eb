package vn.lachan.report.api;

import static vn.lachan.platform.api.Unary.reply;

import com.google.api.HttpBody;
import com.google.protobuf.Any;
import com.google.protobuf.ByteString;
import io.grpc.stub.StreamObserver;
import java.util.Locale;
import org.springframework.grpc.server.service.GrpcService;
import vn.lachan.common.v1.FileName;
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
        String name = "bao-cao-tong-hop-" + request.getYear() + "-"
                + (request.getKind() == vn.lachan.common.v1.PeriodKind.YEAR ? "ca-nam" : "6-thang") + "."
                + format.name().toLowerCase(Locale.ROOT);
        reply(response, HttpBody.newBuilder().setContentType(format.contentType).setData(ByteString.copyFrom(document))
                .addExtensions(Any.pack(FileName.newBuilder().setName(name).build())).build());
    }
}
