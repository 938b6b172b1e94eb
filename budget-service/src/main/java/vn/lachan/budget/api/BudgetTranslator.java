package vn.lachan.budget.api;

import vn.lachan.platform.money.Money;
import vn.lachan.budget.domain.BudgetLine;
import vn.lachan.budget.domain.BudgetTable;
import vn.lachan.budget.domain.RecordedSpending;
import vn.lachan.budget.domain.Spending;
import vn.lachan.budget.domain.SpendingControl;
import vn.lachan.budget.domain.SpendingDraft;
import vn.lachan.budget.v1.LineKind;
import vn.lachan.budget.v1.ListBudgetLinesResponse;
import vn.lachan.common.v1.AuditStamp;
import vn.lachan.platform.api.ProtoTime;

/** Translates between the contract's messages and the domain. */
final class BudgetTranslator {

    private BudgetTranslator() {
    }

    static SpendingDraft draft(vn.lachan.budget.v1.Spending m) {
        return new SpendingDraft(m.getUnit(), m.getAmount().getDong(), m.getSpentOn(), m.getDescription(),
                m.getCommitmentId());
    }

    static vn.lachan.budget.v1.BudgetLine message(BudgetLine line) {
        return vn.lachan.budget.v1.BudgetLine.newBuilder()
                .setId(line.id())
                .setYear(line.year())
                .setKind(LineKind.valueOf(line.kind().name()))
                .setLabelVi(line.labelVi())
                .setLabelEn(line.labelEn())
                .setPlanned(money(line.planned()))
                .setSpent(money(line.spent()))
                .setAvailable(money(line.available()))
                .setFundingSource(line.fundingSource())
                .addAllFunding(line.funding().stream().map(f -> vn.lachan.budget.v1.FundingShare.newBuilder()
                        .setSource(f.source()).setAmount(money(f.amount())).build()).toList())
                .setAllocated(money(line.allocated()))
                .setCommitted(money(line.committed()))
                .build();
    }

    static ListBudgetLinesResponse message(BudgetTable table) {
        return ListBudgetLinesResponse.newBuilder()
                .addAllLines(table.lines().stream().map(BudgetTranslator::message).toList())
                .setTotalPlanned(money(table.planned()))
                .setTotalSpent(money(table.spent()))
                .setTotalAvailable(money(table.available()))
                .build();
    }

    static vn.lachan.budget.v1.Spending message(RecordedSpending recorded) {
        SpendingControl control = recorded.control();
        return message(recorded.spending()).toBuilder()
                .setWarningVi(control.warningVi())
                .setWarningEn(control.warningEn())
                .setAllocationUsedBasisPoints(control.basisPoints())
                .build();
    }

    static vn.lachan.budget.v1.Spending message(Spending spending) {
        var m = vn.lachan.budget.v1.Spending.newBuilder()
                .setId(spending.id().toString())
                .setLineId(spending.lineId())
                .setUnit(spending.unit())
                .setAmount(money(spending.amount()))
                .setSpentOn(spending.spentOn().toString())
                .setDescription(spending.description())
                .setAudit(AuditStamp.newBuilder()
                        .setCreatedAt(ProtoTime.timestamp(spending.createdAt()))
                        .setCreatedBy(spending.createdBy())
                        .setUpdatedAt(ProtoTime.timestamp(spending.updatedAt()))
                        .setUpdatedBy(spending.updatedBy()));
        if (spending.commitmentId() != null) {
            m.setCommitmentId(spending.commitmentId().toString());
        }
        return m.build();
    }

    static vn.lachan.common.v1.Money money(Money money) {
        return vn.lachan.common.v1.Money.newBuilder().setDong(money.dong()).build();
    }
}
