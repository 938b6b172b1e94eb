// The money trail of a case, as the page shows it: the accounts and transfers as graph elements (drawn by
// cytoscape), the check that the figures add up to the đồng, and the next freeze request an account calls for.
// case-service builds the trail and decides who sees what; nothing here recomputes the figures.
import type { MoneyTrail, TrailAccount, TrailTransfer } from '../../generated/cases';

export interface TrailNode {
  data: { id: string; label: string; layer: number; kind: 'victim' | 'held' | 'open' | 'lead' };
}

export interface TrailEdge {
  data: { id: string; source: string; target: string; dong: string; kind: string };
}

const big = (dong: string | undefined): bigint => BigInt(dong ?? '0');

/** The account as a person reads it: "VCB 0071000123456", a withheld account by its place ("bi-hai-1"). */
export function accountLabel(account: TrailAccount): string {
  return account.accountNumber ? `${account.bankCode ?? ''} ${account.accountNumber}`.trim() : account.key ?? '';
}

/** What the graph colours an account by: a victim's, one with money held, one with a lead, or still open. */
export function accountKind(account: TrailAccount): TrailNode['data']['kind'] {
  if (account.victim) {
    return 'victim';
  }
  if (big(account.held?.dong) > 0n) {
    return 'held';
  }
  return (account.leads ?? []).length > 0 ? 'lead' : 'open';
}

/** The trail as cytoscape elements: one node per account, one edge per transfer (parallel transfers stay apart). */
export function trailElements(trail: MoneyTrail): (TrailNode | TrailEdge)[] {
  const nodes: TrailNode[] = (trail.accounts ?? []).map((a) => ({
    data: { id: a.key ?? '', label: accountLabel(a), layer: a.layer ?? 0, kind: accountKind(a) },
  }));
  const known = new Set(nodes.map((n) => n.data.id));
  const edges: TrailEdge[] = (trail.transfers ?? [])
    .filter((t: TrailTransfer) => known.has(t.fromKey ?? '') && known.has(t.toKey ?? ''))
    .map((t: TrailTransfer, i: number) => ({
      data: { id: `transfer-${i}-${t.id ?? ''}`, source: t.fromKey ?? '', target: t.toKey ?? '',
        dong: t.amount?.dong ?? '0', kind: t.kind ?? 'ONWARD' },
    }));
  return [...nodes, ...edges];
}

/**
 * Whether the figures add up to the đồng, as case-service promises: each account's unexplained is in − out − held,
 * and the trail's total unexplained is what was lost minus what is held (and the sum of the accounts'). The page
 * warns if not, rather than show figures that do not reconcile.
 */
export function reconciles(trail: MoneyTrail): boolean {
  let unexplained = 0n;
  let held = 0n;
  for (const a of trail.accounts ?? []) {
    const left = big(a.moneyIn?.dong) - big(a.moneyOut?.dong) - big(a.held?.dong);
    if (left !== big(a.unexplained?.dong)) {
      return false;
    }
    unexplained += left;
    held += big(a.held?.dong);
  }
  const total = big(trail.totalUnexplained?.dong);
  return total === unexplained && held === big(trail.totalHeld?.dong)
    && total === big(trail.totalLost?.dong) - big(trail.totalHeld?.dong);
}

/**
 * The freeze request an account calls for, or null: one the trail reached (a reported transfer into it, its bank
 * known) that no request of the case holds yet. Its form is filled with the bank, the account, its layer (at most
 * the form's 5) and the money that reached it.
 */
export function nextFreeze(account: TrailAccount): { bank: string; accountNumber: string; layer: string; amount: string } | null {
  if (account.victim || !account.bank || !account.accountNumber || (account.freezeRequestIds ?? []).length > 0
    || big(account.moneyIn?.dong) <= 0n) {
    return null;
  }
  return { bank: account.bank, accountNumber: account.accountNumber, layer: String(Math.min(Math.max(account.layer ?? 1, 1), 5)),
    amount: account.moneyIn?.dong ?? '0' };
}
