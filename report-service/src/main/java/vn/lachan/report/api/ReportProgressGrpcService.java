package vn.lachan.report.api;

import static vn.lachan.platform.api.Unary.reply;

import io.grpc.stub.StreamObserver;
import org.springframework.grpc.server.service.GrpcService;
import vn.lachan.platform.api.ProtoTime;
import vn.lachan.platform.security.Callers;
import vn.lachan.report.Progress;
import vn.lachan.report.domain.Completeness;
import vn.lachan.report.domain.Reminders;
import vn.lachan.report.v1.GetCompletenessRequest;
import vn.lachan.report.v1.ListRemindersRequest;
import vn.lachan.report.v1.ListRemindersResponse;
import vn.lachan.report.v1.Reminder;
import vn.lachan.report.v1.ReminderKind;
import vn.lachan.report.v1.ReportProgressServiceGrpc;
import vn.lachan.report.v1.SubmissionState;
import vn.lachan.report.v1.UnitCompleteness;

/** Completeness and reminders over gRPC and (through the platform's bridge) REST. */
@GrpcService
public class ReportProgressGrpcService extends ReportProgressServiceGrpc.ReportProgressServiceImplBase {

    private final Progress progress;

    public ReportProgressGrpcService(Progress progress) {
        this.progress = progress;
    }

    @Override
    public void getCompleteness(GetCompletenessRequest request,
                                StreamObserver<vn.lachan.report.v1.Completeness> response) {
        Completeness c = progress.completeness(request.getYear(), ReportTranslator.kind(request.getKind()),
                Callers.current());
        var m = vn.lachan.report.v1.Completeness.newBuilder()
                .setPeriod(ReportTranslator.period(c.period()))
                .setDue(c.period().due().toString())
                .setExpected(c.expected())
                .setOnTime(c.count(Completeness.State.ON_TIME))
                .setLate(c.count(Completeness.State.LATE))
                .setMissing(c.count(Completeness.State.MISSING))
                .setAccepted(c.accepted());
        for (var u : c.units()) {
            var unit = UnitCompleteness.newBuilder()
                    .setUnit(u.unit().code()).setNameVi(u.unit().nameVi()).setNameEn(u.unit().nameEn())
                    .setState(SubmissionState.valueOf(u.state().name()))
                    .setDaysLate(u.daysLate()).setAccepted(u.accepted()).setStarted(u.started());
            if (u.firstSubmitted() != null) {
                unit.setFirstSubmittedAt(ProtoTime.timestamp(u.firstSubmitted()));
            }
            m.addUnits(unit);
        }
        reply(response, m.build());
    }

    @Override
    public void listReminders(ListRemindersRequest request, StreamObserver<ListRemindersResponse> response) {
        var reminders = progress.reminders(request.getUnit(), Callers.current());
        reply(response, ListRemindersResponse.newBuilder()
                .addAllReminders(reminders.stream().map(ReportProgressGrpcService::message).toList()).build());
    }

    private static Reminder message(Reminders.Reminder r) {
        return Reminder.newBuilder()
                .setUnit(r.unit())
                .setPeriod(ReportTranslator.period(r.period()))
                .setDue(r.period().due().toString())
                .setKind(ReminderKind.valueOf(r.kind().name()))
                .setDaysLeft(r.daysLeft())
                .setMessageVi(r.messageVi())
                .setMessageEn(r.messageEn())
                .build();
    }
}
