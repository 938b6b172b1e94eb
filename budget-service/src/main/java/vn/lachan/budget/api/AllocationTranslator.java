package vn.lachan.budget.api;

import vn.lachan.budget.domain.Allocation;
import vn.lachan.common.v1.Money;
import vn.lachan.platform.api.ProtoTime;

/** Allocations from the domain to the contract. */
final class AllocationTranslator {

    private AllocationTranslator() {
    }

    static vn.lachan.budget.v1.Allocation message(Allocation a) {
        var m = vn.lachan.budget.v1.Allocation.newBuilder()
                .setId(a.id().toString())
                .setLineId(a.lineId())
                .setUnit(a.unit())
                .setAmount(Money.newBuilder().setDong(a.amount().dong()))
                .setNote(a.note())
                .setStatus(vn.lachan.budget.v1.Allocation.Status.valueOf(a.status().name()))
                .setRequestedBy(a.requestedBy())
                .setRequestedAt(ProtoTime.timestamp(a.requestedAt()));
        if (a.decidedBy() != null) {
            m.setDecidedBy(a.decidedBy()).setDecidedAt(ProtoTime.timestamp(a.decidedAt()));
        }
        if (a.decisionNote() != null) {
            m.setDecisionNote(a.decisionNote());
        }
        if (a.changeId() != null) {
            m.setChangeId(a.changeId().toString());
        }
        return m.build();
    }
}
