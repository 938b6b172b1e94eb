package vn.lachan.report.api;

import static vn.lachan.platform.api.Unary.reply;

import io.grpc.stub.StreamObserver;
import org.springframework.grpc.server.service.GrpcService;
import vn.lachan.common.v1.AuditStamp;
import vn.lachan.platform.api.ProtoTime;
import vn.lachan.platform.security.Callers;
import vn.lachan.report.Contacts;
import vn.lachan.report.v1.ListReportContactsRequest;
import vn.lachan.report.v1.ListReportContactsResponse;
import vn.lachan.report.v1.ReportContact;
import vn.lachan.report.v1.ReportContactServiceGrpc;
import vn.lachan.report.v1.SetReportContactRequest;

/** The units' reporting contacts over gRPC and (through the platform's bridge) REST. */
@GrpcService
public class ReportContactGrpcService extends ReportContactServiceGrpc.ReportContactServiceImplBase {

    private final Contacts contacts;

    public ReportContactGrpcService(Contacts contacts) {
        this.contacts = contacts;
    }

    @Override
    public void setReportContact(SetReportContactRequest request, StreamObserver<ReportContact> response) {
        reply(response, message(contacts.set(request.getUnit(), request.getEmail(), Callers.current())));
    }

    @Override
    public void listReportContacts(ListReportContactsRequest request,
                                   StreamObserver<ListReportContactsResponse> response) {
        reply(response, ListReportContactsResponse.newBuilder()
                .addAllContacts(contacts.list(Callers.current()).stream().map(ReportContactGrpcService::message).toList())
                .build());
    }

    static ReportContact message(vn.lachan.report.domain.ReportContact c) {
        return ReportContact.newBuilder()
                .setUnit(c.unit())
                .setEmail(c.email())
                .setAudit(AuditStamp.newBuilder()
                        .setUpdatedAt(ProtoTime.timestamp(c.updatedAt()))
                        .setUpdatedBy(c.updatedBy()))
                .build();
    }
}
