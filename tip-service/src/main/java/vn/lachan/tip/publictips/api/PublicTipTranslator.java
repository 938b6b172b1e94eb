package vn.lachan.tip.publictips.api;

import vn.lachan.common.v1.Money;
import vn.lachan.platform.api.ProtoTime;
import vn.lachan.tip.indicators.domain.Indicator;
import vn.lachan.tip.intake.api.TipTranslator;
import vn.lachan.tip.procedure.domain.Outcome;
import vn.lachan.tip.publictips.domain.Contact;
import vn.lachan.tip.publictips.domain.PublicFiling;
import vn.lachan.tip.publictips.domain.PublicTipReceipt;
import vn.lachan.tip.publictips.domain.TipsterMessage;
import vn.lachan.tip.publictips.domain.TipsterView;
import vn.lachan.tip.rewards.domain.Reward;
import vn.lachan.tip.rewards.domain.RewardStatus;
import vn.lachan.tip.v1.ContactDetails;
import vn.lachan.tip.v1.PublicReward;
import vn.lachan.tip.v1.PublicTipOutcome;
import vn.lachan.tip.v1.PublicTipView;
import vn.lachan.tip.v1.SubmitPublicTipRequest;
import vn.lachan.tip.v1.SubmitPublicTipResponse;
import vn.lachan.tip.v1.TipStatus;

/** Translates between the public-tip and reward contracts' messages and the domain. */
public final class PublicTipTranslator {

    private PublicTipTranslator() {
    }

    public static PublicFiling filing(SubmitPublicTipRequest m) {
        return new PublicFiling(
                contact(m.getReporter()),
                contact(m.getVictim()),
                m.getModusOperandi(),
                m.getNarrative(),
                m.getLoss().getDong(),
                ProtoTime.instant(m.hasLastTransferAt(), m.getLastTransferAt()),
                m.getIndicatorsList().stream().map(i -> Indicator.given(TipTranslator.type(i.getType()), i.getValue()))
                        .toList());
    }

    public static SubmitPublicTipResponse message(PublicTipReceipt receipt) {
        return SubmitPublicTipResponse.newBuilder()
                .setTrackingCode(receipt.trackingCode().value())
                .setSecret(receipt.secretAlreadyShown() ? "" : receipt.secret())
                .setSecretAlreadyShown(receipt.secretAlreadyShown())
                .setAnonymous(receipt.anonymous())
                .setReceivedAt(ProtoTime.timestamp(receipt.receivedAt()))
                .setDecisionDue(receipt.decisionDue().toString())
                .build();
    }

    public static PublicTipView message(TipsterView view) {
        var m = PublicTipView.newBuilder()
                .setTrackingCode(view.trackingCode().value())
                .setReceivedAt(ProtoTime.timestamp(view.receivedAt()))
                .setStatus(TipStatus.valueOf(view.status().name()))
                .setDecisionDue(view.decisionDue().toString());
        if (view.outcome() != null) {
            var outcome = PublicTipOutcome.newBuilder()
                    .setStatus(TipStatus.valueOf(view.outcome().status().name()))
                    .setDecidedOn(view.decidedOn().toString());
            switch (view.outcome()) {
                case Outcome.Prosecute p -> { }
                case Outcome.NotProsecute n -> outcome.setGroundLabelVi(n.ground().labelVi())
                        .setGroundLabelEn(n.ground().labelEn())
                        .setReasons(n.reasons());
                case Outcome.Suspend s -> outcome.setGroundLabelVi(s.ground().labelVi())
                        .setGroundLabelEn(s.ground().labelEn());
            }
            m.setOutcome(outcome);
        }
        view.messages().forEach(message -> m.addMessages(message(message)));
        view.rewards().forEach(reward -> m.addRewards(PublicReward.newBuilder()
                .setAmount(Money.newBuilder().setDong(reward.amountDong()))
                .setPaid(reward.status() == RewardStatus.PAID)));
        return m.build();
    }

    public static vn.lachan.tip.v1.TipsterMessage message(TipsterMessage message) {
        var m = vn.lachan.tip.v1.TipsterMessage.newBuilder()
                .setId(message.id())
                .setAuthor(vn.lachan.tip.v1.TipsterMessage.Author.valueOf(message.author().name()))
                .setText(message.text())
                .setAt(ProtoTime.timestamp(message.at()));
        if (message.officer() != null) {
            m.setOfficer(message.officer()).setOfficerUnit(message.officerUnit());
        }
        return m.build();
    }

    public static ContactDetails message(Contact contact) {
        var m = ContactDetails.newBuilder();
        if (contact.name() != null) {
            m.setName(contact.name());
        }
        if (contact.phone() != null) {
            m.setPhone(contact.phone());
        }
        if (contact.email() != null) {
            m.setEmail(contact.email());
        }
        return m.build();
    }

    public static vn.lachan.tip.v1.Reward message(Reward r) {
        var m = vn.lachan.tip.v1.Reward.newBuilder()
                .setId(r.id().toString())
                .setTipId(r.tipId().toString())
                .setAmount(Money.newBuilder().setDong(r.amountDong()))
                .setReason(r.reason())
                .setStatus(vn.lachan.tip.v1.Reward.Status.valueOf(r.status().name()))
                .setProposedBy(r.proposedBy())
                .setProposedByUnit(r.proposedByUnit())
                .setProposedAt(ProtoTime.timestamp(r.proposedAt()));
        if (r.decidedBy() != null) {
            m.setDecidedBy(r.decidedBy()).setDecidedAt(ProtoTime.timestamp(r.decidedAt()));
        }
        if (r.decisionNote() != null) {
            m.setDecisionNote(r.decisionNote());
        }
        // an approved reward with a payment under way shows that attempt's voucher, time, line and unit too
        if (r.paymentReference() != null) {
            m.setPaidAt(ProtoTime.timestamp(r.paidAt())).setPaymentReference(r.paymentReference());
        }
        if (r.paidBy() != null) {
            m.setPaidBy(r.paidBy());
        }
        if (r.spendingId() != null) {
            m.setSpendingId(r.spendingId().toString());
        }
        if (r.budgetLineId() != null) {
            m.setBudgetLineId(r.budgetLineId());
        }
        if (r.paidByUnit() != null) {
            m.setPaidByUnit(r.paidByUnit());
        }
        return m.build();
    }

    /** The domain's reward state; null when the caller gave none. */
    public static RewardStatus status(vn.lachan.tip.v1.Reward.Status status) {
        return status == vn.lachan.tip.v1.Reward.Status.STATUS_UNSPECIFIED
                || status == vn.lachan.tip.v1.Reward.Status.UNRECOGNIZED ? null : RewardStatus.valueOf(status.name());
    }

    private static Contact contact(ContactDetails m) {
        return new Contact(m.getName(), m.getPhone(), m.getEmail());
    }
}
