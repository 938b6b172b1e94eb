import { describe, expect, it } from 'vitest';
import type { Reward } from '../../generated/tip';
import type { PortalUser } from '../../shared/page';
import { actionsFor, mayPay, mayPropose, paymentUnderWay, tipId, totalsByStatus } from './logic';

const user = (username: string, unit: string, ...roles: string[]): PortalUser => ({ name: username, username, unit, roles, sections: [] });
const leader = user('lanhdao.congan', 'cong-an-tinh', 'police-leader');
const otherLeader = user('lanhdao.pa05', 'cong-an-tinh-pa05', 'police-leader');
const accountant = user('ketoan.congan', 'cong-an-tinh', 'budget-spender');
const departmentSpender = user('ketoan.sotttt', 'so-khcn', 'budget-spender');
const investigator = user('dieutra', 'cong-an-tinh-pa05', 'investigator');

const reward = (over: Partial<Reward>): Reward => ({
  id: '0b7c3f5e-1d2a-4c6b-8e9f-a1b2c3d4e5f6', tipId: 't', amount: { dong: '2000000' }, status: 'PROPOSED',
  proposedBy: 'dieutra', ...over,
});

describe('actionsFor', () => {
  it('lets a police leader approve or reject a proposed reward, but not approve their own proposal', () => {
    expect(actionsFor(reward({}), leader)).toEqual(['approve', 'reject']);
    expect(actionsFor(reward({ proposedBy: 'lanhdao.congan' }), leader)).toEqual(['reject']);
    expect(actionsFor(reward({}), otherLeader)).toEqual(['approve', 'reject']);
  });

  it('offers nothing to an investigator and nothing on a decided reward to a leader', () => {
    expect(actionsFor(reward({}), investigator)).toEqual([]);
    expect(actionsFor(reward({ status: 'APPROVED', decidedBy: 'lanhdao.pa05' }), leader)).toEqual([]);
    expect(actionsFor(reward({ status: 'REJECTED' }), leader)).toEqual([]);
  });

  it('lets only the police accountant pay an approved reward, and only one they neither proposed nor approved', () => {
    const approved = reward({ status: 'APPROVED', decidedBy: 'lanhdao.congan' });
    expect(actionsFor(approved, accountant)).toEqual(['pay']);
    expect(actionsFor(approved, departmentSpender)).toEqual([]);
    expect(actionsFor(reward({ status: 'APPROVED', decidedBy: 'ketoan.congan' }), accountant)).toEqual([]);
    expect(actionsFor(reward({ status: 'PAID', decidedBy: 'lanhdao.congan' }), accountant)).toEqual([]);
    expect(actionsFor(reward({}), accountant)).toEqual([]);
  });
});

describe('roles', () => {
  it('knows who proposes and who pays', () => {
    expect(mayPropose(investigator)).toBe(true);
    expect(mayPropose(leader)).toBe(true);
    expect(mayPropose(accountant)).toBe(false);
    expect(mayPay(accountant)).toBe(true);
    expect(mayPay(departmentSpender)).toBe(false);
  });
});

describe('paymentUnderWay', () => {
  it('is an approved reward with a voucher but nobody recorded as having paid it', () => {
    expect(paymentUnderWay(reward({ status: 'APPROVED', paymentReference: 'PC-01' }))).toBe(true);
    expect(paymentUnderWay(reward({ status: 'APPROVED' }))).toBe(false);
    expect(paymentUnderWay(reward({ status: 'PAID', paymentReference: 'PC-01', paidBy: 'ketoan.congan' }))).toBe(false);
  });
});

describe('totalsByStatus', () => {
  it('adds whole đồng exactly, beyond what a double holds', () => {
    const sums = totalsByStatus([
      reward({ amount: { dong: '900719925474099' } }), reward({ amount: { dong: '3' } }),
      reward({ status: 'PAID', amount: { dong: '1500000' } }),
    ]);
    expect(sums.PROPOSED).toBe(900719925474102n);
    expect(sums.PAID).toBe(1500000n);
    expect(sums.APPROVED).toBe(0n);
  });
});

describe('tipId', () => {
  it('accepts a UUID with spaces around it, in either case, and nothing else', () => {
    expect(tipId(' 0B7C3F5E-1D2A-4C6B-8E9F-A1B2C3D4E5F6 ')).toBe('0b7c3f5e-1d2a-4c6b-8e9f-a1b2c3d4e5f6');
    expect(tipId('TB-2026-0001')).toBeNull();
    expect(tipId('')).toBeNull();
  });
});
