package vn.lachan.budget.api;

import static vn.lachan.budget.api.BudgetTranslator.money;

import vn.lachan.budget.domain.BudgetLine;
import vn.lachan.budget.domain.Commitment;
import vn.lachan.budget.domain.CommitmentDraft;
import vn.lachan.budget.domain.ExecutionTable;
import vn.lachan.budget.domain.Percent;
import vn.lachan.budget.domain.RecordedCommitment;
import vn.lachan.budget.domain.UnitExecution;
import vn.lachan.budget.v1.Execution;
import vn.lachan.budget.v1.ExecutionFigures;
import vn.lachan.budget.v1.LineExecution;
import vn.lachan.budget.v1.LineKind;
import vn.lachan.budget.v1.MonthExecution;
import vn.lachan.common.v1.AuditStamp;
import vn.lachan.platform.api.ProtoTime;
import vn.lachan.platform.money.Money;

/** Commitments and execution between the contract and the domain. */
final class ExecutionTranslator {

    private ExecutionTranslator() {
    }

    static CommitmentDraft draft(vn.lachan.budget.v1.Commitment m) {
        return new CommitmentDraft(m.getUnit(), m.getAmount().getDong(), m.getCommittedOn(), m.getReference(),
                m.getDescription());
    }

    static vn.lachan.budget.v1.Commitment message(RecordedCommitment recorded) {
        return message(recorded.commitment()).toBuilder()
                .setWarningVi(recorded.control().warningVi())
                .setWarningEn(recorded.control().warningEn())
                .setAllocationUsedBasisPoints(recorded.control().basisPoints())
                .build();
    }

    static vn.lachan.budget.v1.Commitment message(Commitment c) {
        return vn.lachan.budget.v1.Commitment.newBuilder()
                .setId(c.id().toString())
                .setLineId(c.lineId())
                .setUnit(c.unit())
                .setAmount(money(c.amount()))
                .setCommittedOn(c.committedOn().toString())
                .setReference(c.reference())
                .setDescription(c.description())
                .setSpent(money(c.spent()))
                .setOpen(money(c.open()))
                .setAudit(AuditStamp.newBuilder()
                        .setCreatedAt(ProtoTime.timestamp(c.createdAt()))
                        .setCreatedBy(c.createdBy())
                        .setUpdatedAt(ProtoTime.timestamp(c.createdAt()))
                        .setUpdatedBy(c.createdBy()))
                .build();
    }

    static Execution message(ExecutionTable table) {
        var m = Execution.newBuilder().setYear(table.year()).setMonthsBase(money(table.base()));
        for (ExecutionTable.Row row : table.lines()) {
            BudgetLine line = row.line();
            var l = LineExecution.newBuilder()
                    .setLineId(line.id())
                    .setKind(LineKind.valueOf(line.kind().name()))
                    .setLabelVi(line.labelVi())
                    .setLabelEn(line.labelEn())
                    .setFigures(figures(line.planned(), line.allocated(), line.committed(), line.spent(),
                            line.available(), line.planned()))
                    .setUnallocated(money(line.unallocated()));
            for (UnitExecution u : row.units()) {
                l.addUnits(vn.lachan.budget.v1.UnitExecution.newBuilder()
                        .setUnit(u.unit())
                        .setFigures(figures(null, u.allocated(), u.committed(), u.spent(), u.available(), u.allocated())));
            }
            m.addLines(l);
        }
        m.setTotal(figures(table.planned(), table.allocated(), table.committed(), table.spent(), table.available(),
                table.planned()));
        for (ExecutionTable.Month month : table.months()) {
            m.addMonths(MonthExecution.newBuilder()
                    .setMonth(month.month())
                    .setCommitted(money(month.committed()))
                    .setSpent(money(month.spent()))
                    .setSpentToDate(money(month.spentToDate()))
                    .setBasisPointsToDate(month.basisPointsToDate())
                    .setPercentToDate(Percent.format(month.basisPointsToDate())));
        }
        return m.build();
    }

    private static ExecutionFigures figures(Money planned, Money allocated, Money committed, Money spent,
            Money available, Money base) {
        long bp = Percent.basisPoints(spent, base);
        var f = ExecutionFigures.newBuilder()
                .setAllocated(money(allocated))
                .setCommitted(money(committed))
                .setSpent(money(spent))
                .setAvailable(money(available))
                .setSpentBasisPoints(bp)
                .setSpentPercent(Percent.format(bp));
        if (planned != null) {
            f.setPlanned(money(planned));
        }
        return f.build();
    }
}
