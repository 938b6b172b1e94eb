// The rewards page's rules of display, as plain functions tested without a browser. They only decide what to offer:
// tip-service checks every role, person and status again (RewardRules) and its refusal is what the page shows.
import type { Reward, RewardStatus } from '../../generated/tip';
import type { PortalUser } from '../../shared/page';

export type RewardAction = 'approve' | 'reject' | 'pay';

/** The police's accountant: a budget spender of a police unit (tip-service's RewardRules.mayPay). */
export function mayPay(user: PortalUser): boolean {
  return user.roles.includes('budget-spender') && user.unit.startsWith('cong-an-');
}

/** Whether the user may propose a reward for a tip (investigators and police leaders). */
export function mayPropose(user: PortalUser): boolean {
  return user.roles.includes('investigator') || user.roles.includes('police-leader');
}

/**
 * What the user may do with the reward: a police leader other than the proposer approves, any police leader
 * rejects, while it is proposed; the police's accountant who neither proposed nor approved it pays it once approved.
 */
export function actionsFor(reward: Reward, user: PortalUser): RewardAction[] {
  const actions: RewardAction[] = [];
  if (reward.status === 'PROPOSED' && user.roles.includes('police-leader')) {
    if (reward.proposedBy !== user.username) {
      actions.push('approve');
    }
    actions.push('reject');
  }
  if (reward.status === 'APPROVED' && mayPay(user) && reward.proposedBy !== user.username
    && reward.decidedBy !== user.username) {
    actions.push('pay');
  }
  return actions;
}

/** An approved reward whose payment was sent but not confirmed by the budget: a retry must repeat its voucher. */
export function paymentUnderWay(reward: Reward): boolean {
  return reward.status === 'APPROVED' && !!reward.paymentReference && !reward.paidBy;
}

/** Totals by status, whole đồng, exact. */
export function totalsByStatus(rewards: readonly Reward[]): Record<RewardStatus, bigint> {
  const sums: Record<RewardStatus, bigint> = { PROPOSED: 0n, APPROVED: 0n, REJECTED: 0n, PAID: 0n };
  for (const r of rewards) {
    if (r.status) {
      sums[r.status] += BigInt(r.amount?.dong ?? '0');
    }
  }
  return sums;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A tip's id as typed (spaces around it allowed), or null. */
export function tipId(text: string): string | null {
  const id = text.trim().toLowerCase();
  return UUID.test(id) ? id : null;
}
