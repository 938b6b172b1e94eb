package vn.lachan.cases.api;

import java.util.List;
import vn.lachan.cases.domain.MoneyTrail;
import vn.lachan.cases.domain.OnwardTransfer;
import vn.lachan.cases.domain.OnwardTransferDraft;
import vn.lachan.cases.v1.ReportOnwardTransfersRequest;
import vn.lachan.cases.v1.TrailAccount;
import vn.lachan.cases.v1.TrailLead;
import vn.lachan.cases.v1.TrailTransfer;
import vn.lachan.cases.v1.TrailTransferKind;
import vn.lachan.platform.api.ProtoTime;
import vn.lachan.platform.money.Money;

/** Translates between the money-trail messages of the contract and the domain. */
final class TrailTranslator {

    private TrailTranslator() {
    }

    static List<OnwardTransferDraft> drafts(ReportOnwardTransfersRequest request) {
        return request.getTransfersList().stream().map(t -> new OnwardTransferDraft(
                t.hasAmount() ? Money.dong(t.getAmount().getDong()) : null,
                ProtoTime.instant(t.hasTransferredAt(), t.getTransferredAt()),
                t.getToAccountNumber(),
                t.getToBank(),
                t.getReference())).toList();
    }

    static vn.lachan.cases.v1.OnwardTransfer message(OnwardTransfer t) {
        return vn.lachan.cases.v1.OnwardTransfer.newBuilder()
                .setId(t.id().toString())
                .setFreezeRequestId(t.freezeRequestId().toString())
                .setAmount(money(t.amount()))
                .setTransferredAt(ProtoTime.timestamp(t.transferredAt()))
                .setToAccountNumber(t.toAccountNumber())
                .setToBank(t.toBank())
                .setReference(t.reference())
                .setToKey(t.toKey())
                .setReportedAt(ProtoTime.timestamp(t.reportedAt()))
                .setReportedBy(t.reportedBy())
                .build();
    }

    static vn.lachan.cases.v1.MoneyTrail message(MoneyTrail trail) {
        var m = vn.lachan.cases.v1.MoneyTrail.newBuilder()
                .setCaseId(trail.caseId().toString())
                .setTotalLost(money(trail.totalLost()))
                .setTotalHeld(money(trail.totalHeld()))
                .setTotalUnexplained(money(trail.totalUnexplained()));
        for (MoneyTrail.Account a : trail.accounts()) {
            var account = TrailAccount.newBuilder()
                    .setKey(a.key())
                    .setLayer(a.layer())
                    .setVictim(a.victim())
                    .setMoneyIn(money(a.in()))
                    .setMoneyOut(money(a.out()))
                    .setHeld(money(a.held()))
                    .setUnexplained(money(a.unexplained()));
            if (a.bankCode() != null) {
                account.setBankCode(a.bankCode());
            }
            if (a.accountNumber() != null) {
                account.setAccountNumber(a.accountNumber());
            }
            if (a.bank() != null) {
                account.setBank(a.bank());
            }
            a.freezeRequestIds().forEach(id -> account.addFreezeRequestIds(id.toString()));
            a.leads().forEach(l -> account.addLeads(TrailLead.newBuilder().setCaseId(l.caseId().toString())
                    .setCaseNumber(l.caseNumber())));
            m.addAccounts(account);
        }
        for (MoneyTrail.Transfer t : trail.transfers()) {
            var transfer = TrailTransfer.newBuilder()
                    .setId(t.id().toString())
                    .setFromKey(t.fromKey())
                    .setToKey(t.toKey())
                    .setAmount(money(t.amount()))
                    .setKind(t.kind() == MoneyTrail.Kind.ONWARD ? TrailTransferKind.ONWARD
                            : TrailTransferKind.VICTIM_TRANSFER)
                    .setFreezeRequestId(t.freezeRequestId().toString());
            if (t.transferredAt() != null) {
                transfer.setTransferredAt(ProtoTime.timestamp(t.transferredAt()));
            }
            m.addTransfers(transfer);
        }
        return m.build();
    }

    private static vn.lachan.common.v1.Money money(Money money) {
        return vn.lachan.common.v1.Money.newBuilder().setDong(money.dong()).build();
    }
}
