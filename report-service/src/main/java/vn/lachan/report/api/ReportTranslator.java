package vn.lachan.report.api;

import vn.lachan.common.v1.AuditStamp;
import vn.lachan.common.v1.DateRange;
import vn.lachan.platform.api.ProtoTime;
import vn.lachan.report.domain.Indicator;
import vn.lachan.report.domain.Measure;
import vn.lachan.report.domain.ReportEvent;
import vn.lachan.report.domain.ReportTemplate;
import vn.lachan.report.domain.TemplateIndicator;
import vn.lachan.report.v1.IndicatorMeasure;
import vn.lachan.report.domain.PeriodKind;
import vn.lachan.report.domain.Report;
import vn.lachan.report.domain.ReportingPeriod;
import vn.lachan.report.domain.Unit;
import vn.lachan.report.Reports;
import vn.lachan.report.v1.ReportingPeriodInfo;
import java.time.LocalDate;
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
                .setActual(range(r.period().windowFrom(), r.period().actualTo()))
                .setEstimated(r.period().hasEstimatedPart()
                        ? range(r.period().estimatedFrom(), r.period().windowTo()) : DateRange.getDefaultInstance())
                .setStatus(ReportStatus.valueOf(r.status().name()))
                .addAllIndicators(r.indicators().stream().map(ReportTranslator::message).toList())
                .setNarrative(r.narrative())
                .setAudit(AuditStamp.newBuilder()
                        .setCreatedAt(ProtoTime.timestamp(r.createdAt()))
                        .setCreatedBy(r.createdBy())
                        .setUpdatedAt(ProtoTime.timestamp(r.updatedAt()))
                        .setUpdatedBy(r.updatedBy()))
                .setTemplateAppliesTo(r.templateAppliesTo() == null ? "" : r.templateAppliesTo())
                .setTemplateVersion(r.templateVersion() == null ? 0 : r.templateVersion())
                .setEtag(r.etag())
                .setRevision(r.revision())
                .setCorrectionReason(r.correctionReason() == null ? "" : r.correctionReason())
                .addAllHistory(r.history().stream().map(ReportTranslator::message).toList())
                .build();
    }

    private static vn.lachan.report.v1.ReportEvent message(ReportEvent e) {
        var m = vn.lachan.report.v1.ReportEvent.newBuilder()
                .setAction(e.action())
                .setToStatus(ReportStatus.valueOf(e.to().name()))
                .setActor(e.actor())
                .setActorUnit(e.actorUnit())
                .setAt(ProtoTime.timestamp(e.at()))
                .setComment(e.comment());
        if (e.from() != null) {
            m.setFromStatus(ReportStatus.valueOf(e.from().name()));
        }
        return m.build();
    }

    static vn.lachan.report.domain.ReportStatus status(ReportStatus s) {
        return switch (s) {
            case DRAFT, SUBMITTED, RETURNED, ACCEPTED -> vn.lachan.report.domain.ReportStatus.valueOf(s.name());
            case REPORT_STATUS_UNSPECIFIED, UNRECOGNIZED -> null;
        };
    }

    static DateRange range(LocalDate from, LocalDate to) {
        return DateRange.newBuilder().setFrom(from.toString()).setTo(to.toString()).build();
    }

    static vn.lachan.common.v1.ReportingPeriod period(ReportingPeriod p) {
        return vn.lachan.common.v1.ReportingPeriod.newBuilder()
                .setYear(p.year()).setKind(vn.lachan.common.v1.PeriodKind.valueOf(p.kind().name())).build();
    }

    static ReportingPeriodInfo message(Reports.PeriodDuty duty) {
        ReportingPeriod p = duty.period();
        var info = ReportingPeriodInfo.newBuilder()
                .setPeriod(period(p))
                .setWindow(range(p.windowFrom(), p.windowTo()))
                .setDue(p.due().toString())
                .setActual(range(p.windowFrom(), p.actualTo()))
                .addAllExpectedUnits(duty.expected().stream().map(Unit::code).toList());
        if (p.hasEstimatedPart()) {
            info.setEstimated(range(p.estimatedFrom(), p.windowTo()));
        }
        if (p.correctedBy() != null) {
            info.setCorrectedBy(period(p.correctedBy()));
        }
        return info.build();
    }

    private static vn.lachan.report.v1.Indicator message(Indicator i) {
        var m = vn.lachan.report.v1.Indicator.newBuilder()
                .setCode(i.code()).setLabelVi(i.labelVi()).setLabelEn(i.labelEn())
                .setSource(i.effectiveSource())
                .setMeasure(measure(i.measure()))
                .setRequired(i.required())
                .setOverrideReason(i.overrideReason() == null ? "" : i.overrideReason());
        if (i.value() != null) {
            m.setValue(i.value());
        }
        if (i.prefilledValue() != null) {
            m.setPrefilledValue(i.prefilledValue());
        }
        return m.build();
    }

    static IndicatorMeasure measure(Measure m) {
        return IndicatorMeasure.valueOf(m.name());
    }

    static Measure measure(IndicatorMeasure m) {
        return switch (m) {
            case COUNT -> Measure.COUNT;
            case DONG -> Measure.DONG;
            case INDICATOR_MEASURE_UNSPECIFIED, UNRECOGNIZED -> null;
        };
    }

    static vn.lachan.report.v1.ReportTemplate message(ReportTemplate t) {
        return vn.lachan.report.v1.ReportTemplate.newBuilder()
                .setAppliesTo(t.appliesTo())
                .setVersion(t.version())
                .addAllIndicators(t.indicators().stream().map(i -> vn.lachan.report.v1.TemplateIndicator.newBuilder()
                        .setCode(i.code()).setLabelVi(i.labelVi()).setLabelEn(i.labelEn())
                        .setMeasure(measure(i.measure())).setRequired(i.required()).setSource(i.source())
                        .setDuty(i.duty()).build()).toList())
                .setNarrativeHintVi(t.narrativeHintVi())
                .setNarrativeHintEn(t.narrativeHintEn())
                .setChangeNote(t.changeNote())
                .setAudit(AuditStamp.newBuilder()
                        .setCreatedAt(ProtoTime.timestamp(t.createdAt())).setCreatedBy(t.createdBy())
                        .setUpdatedAt(ProtoTime.timestamp(t.createdAt())).setUpdatedBy(t.createdBy()))
                .build();
    }

    static TemplateIndicator indicator(vn.lachan.report.v1.TemplateIndicator i) {
        return new TemplateIndicator(i.getCode(), i.getLabelVi(), i.getLabelEn(), measure(i.getMeasure()),
                i.getRequired(), i.getSource(), i.getDuty());
    }
}
