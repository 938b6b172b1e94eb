package vn.lachan.tip.intake.api;

import java.util.Map;
import vn.lachan.common.v1.AuditStamp;
import vn.lachan.common.v1.Money;
import vn.lachan.platform.api.ProtoTime;
import vn.lachan.tip.indicators.domain.Indicator;
import vn.lachan.tip.indicators.domain.IndicatorType;
import vn.lachan.tip.intake.domain.Channel;
import vn.lachan.tip.intake.domain.LinkedTip;
import vn.lachan.tip.intake.domain.SourceKind;
import vn.lachan.tip.intake.domain.Tip;
import vn.lachan.tip.intake.domain.TipDraft;
import vn.lachan.tip.intake.domain.TipStatistics;
import vn.lachan.tip.v1.TipCount;

/** Translates between the contract's messages and the domain. */
public final class TipTranslator {

    private TipTranslator() {
    }

    public static TipDraft draft(vn.lachan.tip.v1.Tip m) {
        return new TipDraft(
                ProtoTime.instant(m.hasReceivedAt(), m.getReceivedAt()),
                m.getChannel() == vn.lachan.tip.v1.Channel.CHANNEL_UNSPECIFIED || m.getChannel() == vn.lachan.tip.v1.Channel.UNRECOGNIZED
                        ? null : Channel.valueOf(m.getChannel().name()),
                m.getSourceKind() == vn.lachan.tip.v1.SourceKind.SOURCE_KIND_UNSPECIFIED
                        || m.getSourceKind() == vn.lachan.tip.v1.SourceKind.UNRECOGNIZED
                        ? null : SourceKind.valueOf(m.getSourceKind().name()),
                m.getReceivingUnit(),
                m.getModusOperandi(),
                m.getNarrative(),
                m.getLoss().getDong(),
                ProtoTime.instant(m.hasLastTransferAt(), m.getLastTransferAt()),
                m.getIndicatorsList().stream().map(i -> Indicator.given(type(i.getType()), i.getValue())).toList(),
                m.getPetitioningUnit().isBlank() ? null : m.getPetitioningUnit());
    }

    /** The domain's indicator type; null when the caller gave none. */
    public static IndicatorType type(vn.lachan.tip.v1.Indicator.Type type) {
        return type == vn.lachan.tip.v1.Indicator.Type.TYPE_UNSPECIFIED || type == vn.lachan.tip.v1.Indicator.Type.UNRECOGNIZED
                ? null : IndicatorType.valueOf(type.name());
    }

    public static vn.lachan.tip.v1.LinkedTip message(LinkedTip linked) {
        return vn.lachan.tip.v1.LinkedTip.newBuilder()
                .setTipId(linked.tipId().toString())
                .setReceivingUnit(linked.receivingUnit())
                .setReceivedAt(ProtoTime.timestamp(linked.receivedAt()))
                .setModusOperandi(linked.modusOperandi())
                .setStatus(vn.lachan.tip.v1.TipStatus.valueOf(linked.status().name()))
                .addAllSharedIndicators(linked.sharedIndicators())
                .build();
    }

    public static vn.lachan.tip.v1.Tip message(Tip tip) {
        TipDraft f = tip.facts();
        var m = vn.lachan.tip.v1.Tip.newBuilder()
                .setId(tip.id().toString())
                .setReceivedAt(ProtoTime.timestamp(f.receivedAt()))
                .setChannel(vn.lachan.tip.v1.Channel.valueOf(f.channel().name()))
                .setSourceKind(vn.lachan.tip.v1.SourceKind.valueOf(f.sourceKind().name()))
                .setReceivingUnit(f.receivingUnit())
                .setModusOperandi(f.modusOperandi())
                .setNarrative(f.narrative())
                .setLoss(Money.newBuilder().setDong(f.lossDong()))
                .setStatus(vn.lachan.tip.v1.TipStatus.valueOf(tip.status().name()))
                .setDecisionDue(tip.decisionDue().toString())
                .setAudit(AuditStamp.newBuilder()
                        .setCreatedAt(ProtoTime.timestamp(tip.createdAt()))
                        .setCreatedBy(tip.createdBy())
                        .setUpdatedAt(ProtoTime.timestamp(tip.updatedAt()))
                        .setUpdatedBy(tip.updatedBy()));
        if (f.lastTransferAt() != null) {
            m.setLastTransferAt(ProtoTime.timestamp(f.lastTransferAt()));
        }
        if (f.petitioningUnit() != null) {
            m.setPetitioningUnit(f.petitioningUnit());
        }
        f.indicators().forEach(i -> m.addIndicators(vn.lachan.tip.v1.Indicator.newBuilder()
                .setType(vn.lachan.tip.v1.Indicator.Type.valueOf(i.type().name()))
                .setValue(i.value())
                .setNormalized(i.normalized())));
        return m.build();
    }

    public static vn.lachan.tip.v1.TipStatistics message(TipStatistics s) {
        return vn.lachan.tip.v1.TipStatistics.newBuilder()
                .setTotal(s.total())
                .addAllByModusOperandi(s.byModusOperandi().stream()
                        .map(c -> TipCount.newBuilder().setKey(c.code()).setCount(c.count())
                                .setLabelVi(c.labelVi()).setLabelEn(c.labelEn()).build())
                        .toList())
                .addAllByChannel(counts(s.byChannel()))
                .addAllBySourceKind(counts(s.bySourceKind()))
                .addAllByOutcome(s.byOutcome().entrySet().stream()
                        .map(e -> TipCount.newBuilder().setKey(e.getKey().name()).setCount(e.getValue())
                                .setLabelVi(e.getKey().labelVi()).setLabelEn(e.getKey().labelEn()).build())
                        .toList())
                .setOverdue(s.overdue())
                .setAsOf(s.asOf().toString())
                .build();
    }

    private static Iterable<TipCount> counts(Map<String, Long> counts) {
        return counts.entrySet().stream()
                .map(e -> TipCount.newBuilder().setKey(e.getKey()).setCount(e.getValue()).build())
                .toList();
    }
}
