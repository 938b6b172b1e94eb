// Money back to victims, as the case page reads it: who may see and do what (as case-service's RestitutionAccess
// decides; the page only offers what the roles may ask for), the return decisions grouped from their instructions,
// and the totals in whole đồng (BigInt: never a float) that show a decision never gives more than is held.
import type { FreezeRequest, ReturnInstruction, ReturnRule, Stage, VictimClaim } from '../../generated/cases';

type Roles = { roles?: readonly string[] } | null | undefined;

const has = (user: Roles, ...roles: string[]): boolean => roles.some((r) => user?.roles?.includes(r) ?? false);

/** Who reads a case's claims: the police who send its freeze requests, the procuracy, the court, auditors. */
export function mayReadClaims(user: Roles): boolean {
  return has(user, 'investigator', 'police-leader', 'procurator', 'judge', 'auditor');
}

/** Who adds a claim: police investigators and leaders. */
export function mayAddClaim(user: Roles): boolean {
  return has(user, 'investigator', 'police-leader');
}

/** The role competent to decide a return at a stage (CPC Art. 106(2)); none once the case is closed or dropped. */
export function decider(stage: Stage | undefined): string | null {
  switch (stage) {
    case 'INVESTIGATION':
    case 'SUSPENDED':
      return 'police-leader';
    case 'PROSECUTION':
      return 'procurator';
    case 'TRIAL':
    case 'JUDGED':
      return 'judge';
    default:
      return null;
  }
}

export function mayDecide(user: Roles, stage: Stage | undefined): boolean {
  const role = decider(stage);
  return role != null && has(user, role);
}

const dong = (m: { dong?: string } | undefined): bigint => BigInt(m?.dong ?? '0');

/**
 * The money still held on the case's freeze requests: what each bank held less what release orders released
 * (a request released before anything was held counts 0).
 */
export function heldOnCase(requests: readonly FreezeRequest[]): bigint {
  return requests.reduce((sum, r) => {
    if (r.status !== 'HELD' && r.status !== 'RELEASE_ORDERED' && r.status !== 'RELEASED') {
      return sum;
    }
    const left = dong(r.amountHeld) - dong(r.amountReleased);
    return sum + (left > 0n ? left : 0n);
  }, 0n);
}

export interface ClaimTotals {
  lost: bigint;
  decided: bigint;
  returned: bigint;
}

export function claimTotals(claims: readonly VictimClaim[]): ClaimTotals {
  return claims.reduce((t, c) => ({ lost: t.lost + dong(c.amountLost), decided: t.decided + dong(c.amountDecided),
    returned: t.returned + dong(c.amountReturned) }), { lost: 0n, decided: 0n, returned: 0n });
}

/** One victim's share of a decision: the sum of the instructions to that claim, from whichever accounts. */
export interface Share {
  claimId: string;
  victimName: string;
  amount: bigint;
  executed: bigint;
}

export interface Decision {
  id: string;
  rule: ReturnRule | undefined;
  documentNumber: string;
  documentDate: string;
  decidedAt: string;
  shares: Share[];
  total: bigint;
  instructions: ReturnInstruction[];
}

/**
 * The decisions behind a case's instructions, most recent first (as the list comes), each with its shares per
 * victim in the order the claims were added, and its total.
 */
export function decisions(instructions: readonly ReturnInstruction[], claims: readonly VictimClaim[]): Decision[] {
  const byId = new Map<string, Decision>();
  for (const i of instructions) {
    const id = i.decisionId ?? '';
    let d = byId.get(id);
    if (!d) {
      d = { id, rule: i.rule, documentNumber: i.documentNumber ?? '', documentDate: i.documentDate ?? '',
        decidedAt: i.decidedAt ?? '', shares: [], total: 0n, instructions: [] };
      byId.set(id, d);
    }
    d.instructions.push(i);
    const amount = dong(i.amount);
    d.total += amount;
    let share = d.shares.find((s) => s.claimId === i.victimClaimId);
    if (!share) {
      share = { claimId: i.victimClaimId ?? '', victimName: i.victimName ?? '', amount: 0n, executed: 0n };
      d.shares.push(share);
    }
    share.amount += amount;
    if (i.status === 'EXECUTED') {
      share.executed += amount;
    }
  }
  const order = new Map(claims.map((c, n) => [c.id ?? '', n]));
  for (const d of byId.values()) {
    d.shares.sort((a, b) => (order.get(a.claimId) ?? Infinity) - (order.get(b.claimId) ?? Infinity));
  }
  return [...byId.values()];
}

/** The sum every decision gave, and whether it stays within what was held (held now plus what was already decided). */
export function withinHeld(all: readonly Decision[], held: bigint): { decided: bigint; covered: boolean } {
  const decided = all.reduce((s, d) => s + d.total, 0n);
  return { decided, covered: decided <= held };
}

/** The layer-1 requests a claim may be traced to: the accounts that received the victims' first transfers. */
export function firstTransfers(requests: readonly FreezeRequest[]): FreezeRequest[] {
  return requests.filter((r) => (r.layer ?? 1) === 1);
}
