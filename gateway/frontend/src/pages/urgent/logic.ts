// Urgent holds (yêu cầu tạm dừng khẩn cấp) as the pages show them: plain functions, tested without a browser.
import type { FreezeRequest, UrgentHold, UrgentHoldStatus } from '../../generated/cases';
import type { Tip } from '../../generated/tip';
import type { PortalUser } from '../../shared/page';
import { parseDong } from '../cases/logic';
import { parseVietnamTime, shownClock } from '../freeze/logic';

/** The answers a bank may still give to a hold in this status; none once it lapsed, was rejected or confirmed. */
export function holdAnswers(status: UrgentHoldStatus | undefined): ('acknowledge' | 'hold' | 'reject')[] {
  switch (status) {
    case 'URGENT_REQUESTED':
      return ['acknowledge', 'hold', 'reject'];
    case 'URGENT_ACKNOWLEDGED':
      return ['hold', 'reject'];
    default:
      return [];
  }
}

/** The tip's accounts and e-wallets, as tip-service normalised them: the only accounts an urgent hold may name. */
export function holdAccounts(tip: Pick<Tip, 'indicators'>): string[] {
  const accounts = (tip.indicators ?? [])
    .filter((i) => (i.type === 'BANK_ACCOUNT' || i.type === 'E_WALLET') && i.normalized)
    .map((i) => i.normalized as string);
  return [...new Set(accounts)];
}

/**
 * Whether the user may ask for an urgent hold on the tip now: police investigators and leaders, on a tip still
 * undecided and in no case (a case's money is frozen by a freeze request).
 */
export function mayAskHold(tip: Pick<Tip, 'status' | 'caseId' | 'pendingProsecution'>, user: PortalUser): boolean {
  const police = user.unit.startsWith('cong-an-');
  return police && user.roles.some((r) => r === 'investigator' || r === 'police-leader')
    && (tip.status === 'RECEIVED' || tip.status === 'VERIFYING') && !tip.caseId && !tip.pendingProsecution;
}

/** Whether the user's roles read urgent holds at all (the police who send them, the procuracy, the banks). */
export function mayReadHolds(user: PortalUser): boolean {
  return user.roles.some((r) => ['investigator', 'police-leader', 'procurator', 'bank-liaison'].includes(r));
}

export interface HoldValues {
  bank: string;
  account: string;
  amount: string;
  transferredAt: string;
  reason: string;
}

/** The request the form sends, or the errors found before sending: [request field, message key]. */
export function holdRequest(tipId: string, v: HoldValues): { body: unknown; local: [string, string][] } {
  const local: [string, string][] = [];
  if (!v.bank) {
    local.push(['urgent_hold.bank', 'urgent.form.bankRequired']);
  }
  if (!v.account) {
    local.push(['urgent_hold.account', 'urgent.form.accountRequired']);
  }
  const dong = parseDong(v.amount);
  if (dong == null) {
    local.push(['urgent_hold.amount_requested', 'urgent.form.amountInvalid']);
  }
  const transferredAt = parseVietnamTime(v.transferredAt);
  if (transferredAt == null) {
    local.push(['urgent_hold.transferred_at', 'urgent.form.timeInvalid']);
  }
  return {
    body: local.length ? null : { tipId, urgentHold: { bank: v.bank, account: v.account, amountRequested: { dong },
      transferredAt, reason: v.reason.trim() } },
    local,
  };
}

/** The clock a list shows for a hold, as for a freeze request: the acknowledgement's, then the hold's. */
export function holdClock(hold: UrgentHold): ReturnType<typeof shownClock> {
  return shownClock({ acknowledgeClock: hold.acknowledgeClock, holdClock: hold.holdClock } as FreezeRequest);
}

/** Whether the hold still stands (not lapsed, rejected or confirmed): the bank keeps the money until it expires. */
export function standing(hold: UrgentHold): boolean {
  return ['URGENT_REQUESTED', 'URGENT_ACKNOWLEDGED', 'URGENT_HELD'].includes(hold.status ?? '');
}
