package vn.lachan.report.api;

import vn.lachan.common.v1.AuditStamp;
import vn.lachan.common.v1.DateRange;
import vn.lachan.platform.api.ProtoTime;
import vn.lachan.report.domain.Indicator;
import vn.lachan.report.domain.PeriodKind;
import vn.lachan.report.domain.Report;
import vn.lachan.report.v1.ReportStatus;

/** Translates between the contract's messages and the domain. */
final class ReportTranslator {

    private ReportTranslator() {
    }

    static PeriodKind kind(vn.lachan.common.v1.PeriodKind kind) {
        return switch (kind) {
            case HALF_YEAR -> PeriodKind.HALF_YEAR;
            case YEAR -> PeriodKind.YEAR;
            case PERIOD_KIND_UNSPECIFIED, UNRECOGNIZED -> null;
        };
    }

    static vn.lachan.report.v1.Report message(Report r) {
        return vn.lachan.report.v1.Report.newBuilder()
                .setId(r.id().toString())
                .setUnit(r.unit())
                .setPeriod(vn.lachan.common.v1.ReportingPeriod.newBuilder()
                        .setYear(r.period().year())
                        .setKind(vn.lachan.common.v1.PeriodKind.valueOf(r.period().kind().name())))
                .setWindow(DateRange.newBuilder()
                        .setFrom(r.period().windowFrom().toString())
                        .setTo(r.period().windowTo().toString()))
                .setDue(r.period().due().toString())
                .setStatus(ReportStatus.valueOf(r.status().name()))
                .addAllIndicators(r.indicators().stream().map(ReportTranslator::message).toList())
                .setNarrative(r.narrative())
                .setAudit(AuditStamp.newBuilder()
                        .setCreatedAt(ProtoTime.timestamp(r.createdAt()))
                        .setCreatedBy(r.createdBy())
                        .setUpdatedAt(ProtoTime.timestamp(r.updatedAt()))
                        .setUpdatedBy(r.updatedBy()))
                .build();
    }

    private static vn.lachan.report.v1.Indicator message(Indicator i) {
        return vn.lachan.report.v1.Indicator.newBuilder()
                .setCode(i.code()).setLabelVi(i.labelVi()).setLabelEn(i.labelEn())
                .setValue(i.value()).setSource(i.source())
                .build();
    }
}
