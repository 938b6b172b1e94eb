package vn.lachan.cases.domain;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.lachan.platform.account.BankAccounts;
import vn.lachan.platform.money.Money;

/**
 * The money trail of a case: the accounts the victims' money went through, and the transfers between them. The first
 * layer is what the case knows: each victim's claim traced to the freeze request on the account that received the
 * victim's first transfer (the amount the victim lost). The next layers are the onward transfers the banks reported.
 *
 * <p>For each account: {@code in} (the transfers into it; for a victim's own account, what the victim lost), {@code
 * out} (the transfers out of it), {@code held} (what its banks hold on it now: held − released by release orders) and
 * {@code unexplained} = in − out − held, to the đồng. It is negative when a bank holds more than the trail traced into
 * the account (the bank froze the whole balance). Over the whole trail every transfer is one account's out and
 * another's in, so total unexplained = total lost − total held: every đồng a victim lost is held or still unexplained.
 *
 * @param accounts  by layer (0: victims' own accounts, 1: first beneficiaries, …), then by account
 * @param transfers the victims' transfers first, then the onward ones by time
 */
public record MoneyTrail(UUID caseId, List<Account> accounts, List<Transfer> transfers, Money totalLost,
                         Money totalHeld, Money totalUnexplained) {

    /** How money reached an account. */
    public enum Kind {
        /** The victim's own transfer to the first beneficiary (from a claim traced to a freeze request). */
        VICTIM_TRANSFER,
        /** A transfer a bank reported on an account it was asked to hold. */
        ONWARD
    }

    /**
     * An account of the trail. {@code key}: the indicator ({@code VCB:0123456789}), or for a victim's account withheld
     * from the viewer {@code bi-hai-1}, … ({@code bankCode} and {@code accountNumber} then null). {@code bank}: the
     * bank unit to address a freeze request to, when the trail knows it (null for victims' accounts). {@code
     * freezeRequestIds}: the case's freeze requests on the account. {@code leads}: other cases the viewer may see
     * where the account appears too.
     */
    public record Account(String key, String bankCode, String accountNumber, String bank, int layer, boolean victim,
                          Money in, Money out, Money held, Money unexplained, List<UUID> freezeRequestIds,
                          List<TrailLeads.Lead> leads) {
        Account withLeads(List<TrailLeads.Lead> found) {
            return new Account(key, bankCode, accountNumber, bank, layer, victim, in, out, held, unexplained,
                    freezeRequestIds, List.copyOf(found));
        }
    }

    /**
     * A transfer: {@code transferredAt} null for a victim's transfer (the case does not hold its time); {@code
     * freezeRequestId} the request the bank reported it on, or for a victim's transfer the request on the receiving
     * account.
     */
    public record Transfer(UUID id, String fromKey, String toKey, Money amount, Instant transferredAt, Kind kind,
                           UUID freezeRequestId) {
    }

    /**
     * Builds the trail of a case from its victims' claims, its freeze requests and the onward transfers reported on
     * them. {@code showVictims}: whether the viewer may see the victims' accounts (personal data); if not, they are
     * nodes {@code bi-hai-1}, {@code bi-hai-2}, … in the claims' order, and the figures are the same.
     */
    public static MoneyTrail build(UUID caseId, List<VictimClaim> claims, List<FreezeRequest> requests,
                                   List<OnwardTransfer> onward, boolean showVictims) {
        Map<String, Node> nodes = new LinkedHashMap<>();
        Map<UUID, FreezeRequest> byId = new HashMap<>();
        for (FreezeRequest r : requests) {
            byId.put(r.id(), r);
            Node n = nodes.computeIfAbsent(TrailAccounts.of(r), k -> new Node(k, BankAccounts.bankOfUnit(r.bank()),
                    r.accountNumber(), false));
            n.bank = n.bank == null ? r.bank() : n.bank;
            n.layer = Math.min(n.layer, r.layer());
            n.requests.add(r.id());
            if (r.heldAt() != null && r.amountHeld() != null) {
                n.held = Math.addExact(n.held, r.amountHeld().dong() - r.amountReleased().dong());
            }
        }
        List<Transfer> transfers = new ArrayList<>();
        int hidden = 0;
        for (VictimClaim c : claims) {
            String key = showVictims ? TrailAccounts.of(c) : "bi-hai-" + ++hidden;
            Node v = nodes.computeIfAbsent(key, k -> showVictims
                    ? new Node(k, k.substring(0, k.indexOf(':')), c.accountNumber(), true)
                    : new Node(k, null, null, true));
            v.victim = true;
            v.layer = 0;
            v.lost = Math.addExact(v.lost, c.amountLost().dong());
            FreezeRequest first = c.freezeRequestId() == null ? null : byId.get(c.freezeRequestId());
            if (first != null) {
                transfers.add(new Transfer(c.id(), key, TrailAccounts.of(first), c.amountLost(), null,
                        Kind.VICTIM_TRANSFER, first.id()));
            }
        }
        onward.stream()
                .sorted(Comparator.comparing(OnwardTransfer::transferredAt).thenComparing(OnwardTransfer::id))
                .forEach(t -> {
                    nodes.computeIfAbsent(t.fromKey(), k -> new Node(k, k.substring(0, k.indexOf(':')),
                            k.substring(k.indexOf(':') + 1), false));
                    Node to = nodes.computeIfAbsent(t.toKey(), k -> new Node(k, BankAccounts.bankOfUnit(t.toBank()),
                            t.toAccountNumber(), false));
                    to.bank = to.bank == null ? t.toBank() : to.bank;
                    transfers.add(new Transfer(t.id(), t.fromKey(), t.toKey(), t.amount(), t.transferredAt(),
                            Kind.ONWARD, t.freezeRequestId()));
                });
        for (Transfer t : transfers) {
            Node from = nodes.get(t.fromKey());
            Node to = nodes.get(t.toKey());
            from.out = Math.addExact(from.out, t.amount().dong());
            to.in = Math.addExact(to.in, t.amount().dong());
            from.next.add(to);
        }
        layers(nodes.values());
        long lost = 0;
        long held = 0;
        long unexplained = 0;
        List<Account> accounts = new ArrayList<>();
        for (Node n : nodes.values()) {
            long in = Math.addExact(n.in, n.lost);
            long left = Math.subtractExact(Math.subtractExact(in, n.out), n.held);
            lost = Math.addExact(lost, n.lost);
            held = Math.addExact(held, n.held);
            unexplained = Math.addExact(unexplained, left);
            accounts.add(new Account(n.key, n.bankCode, n.accountNumber, n.victim ? null : n.bank,
                    n.layer == Integer.MAX_VALUE ? 1 : n.layer, n.victim, Money.dong(in), Money.dong(n.out),
                    Money.dong(n.held), Money.dong(left), List.copyOf(n.requests), List.of()));
        }
        accounts.sort(Comparator.comparingInt(Account::layer).thenComparing(Account::key));
        return new MoneyTrail(caseId, List.copyOf(accounts), List.copyOf(transfers), Money.dong(lost),
                Money.dong(held), Money.dong(unexplained));
    }

    /** The accounts other than victims' own: those that may be leads to other cases. */
    public List<String> beneficiaryKeys() {
        return accounts.stream().filter(a -> !a.victim()).map(Account::key).toList();
    }

    /**
     * The trail with the accounts' numbers withheld, for viewers who may not see them (they see no freeze request
     * either): each account is {@code tai-khoan-1}, {@code tai-khoan-2}, … in the trail's order, with its bank's code,
     * figures and leads; the transfers name the same keys. Victims' accounts must already be withheld.
     */
    public MoneyTrail withAccountsWithheld() {
        Map<String, String> masked = new HashMap<>();
        List<Account> shown = new ArrayList<>();
        int n = 0;
        for (Account a : accounts) {
            if (a.victim()) {
                masked.put(a.key(), a.key());
                shown.add(a);
                continue;
            }
            String key = "tai-khoan-" + ++n;
            masked.put(a.key(), key);
            shown.add(new Account(key, a.bankCode(), null, a.bank(), a.layer(), false, a.in(), a.out(), a.held(),
                    a.unexplained(), a.freezeRequestIds(), a.leads()));
        }
        List<Transfer> moved = transfers.stream().map(t -> new Transfer(t.id(), masked.get(t.fromKey()),
                masked.get(t.toKey()), t.amount(), t.transferredAt(), t.kind(), t.freezeRequestId())).toList();
        return new MoneyTrail(caseId, List.copyOf(shown), moved, totalLost, totalHeld, totalUnexplained);
    }

    /** The trail with each account's leads (accounts without any keep none). */
    public MoneyTrail withLeads(Map<String, List<TrailLeads.Lead>> leads) {
        return new MoneyTrail(caseId, accounts.stream().map(a -> a.withLeads(leads.getOrDefault(a.key(), List.of())))
                .toList(), transfers, totalLost, totalHeld, totalUnexplained);
    }

    /**
     * Each account's layer: the fewest hops from a victim's account (0), or the layer its freeze request names when
     * that is fewer (the police may know a first beneficiary without a victim's claim traced to it); an account
     * reached by neither is layer 1.
     */
    private static void layers(Iterable<Node> all) {
        List<Node> start = new ArrayList<>();
        all.forEach(n -> {
            if (n.layer != Integer.MAX_VALUE) {
                start.add(n);
            }
        });
        start.sort(Comparator.comparingInt(n -> n.layer));
        // a breadth-first search from every node whose layer is known, nearest first: each edge relaxes once per
        // improvement, and layers are small integers, so a node is improved at most a few times
        Deque<Node> queue = new ArrayDeque<>(start);
        while (!queue.isEmpty()) {
            Node n = queue.poll();
            for (Node next : n.next) {
                if (n.layer + 1 < next.layer) {
                    next.layer = n.layer + 1;
                    queue.add(next);
                }
            }
        }
    }

    private static final class Node {
        final String key;
        final String bankCode;
        final String accountNumber;
        boolean victim;
        String bank;
        int layer = Integer.MAX_VALUE;
        long lost;
        long in;
        long out;
        long held;
        final List<UUID> requests = new ArrayList<>();
        final List<Node> next = new ArrayList<>();

        Node(String key, String bankCode, String accountNumber, boolean victim) {
            this.key = key;
            this.bankCode = bankCode;
            this.accountNumber = accountNumber;
            this.victim = victim;
        }
    }
}
