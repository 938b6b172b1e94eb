import { describe, expect, it } from 'vitest';
import { URGENT_HOLD_STATUS, type UrgentHold } from '../../generated/cases';
import { keysOf } from '../../shared/i18n';
import type { PortalUser } from '../../shared/page';
import { holdAccounts, holdAnswers, holdClock, holdRequest, mayAskHold, mayReadHolds, standing } from './logic';
import vi from './vi.json';
import en from './en.json';

const person = (unit: string, ...roles: string[]): PortalUser => ({ name: 'x', username: 'x', unit, roles, sections: [] });

describe('the urgent hold pages', () => {
  it('offer the bank only the answers the hold may still take, none once lapsed or confirmed', () => {
    expect(holdAnswers('URGENT_REQUESTED')).toEqual(['acknowledge', 'hold', 'reject']);
    expect(holdAnswers('URGENT_ACKNOWLEDGED')).toEqual(['hold', 'reject']);
    for (const status of ['URGENT_HELD', 'URGENT_REJECTED', 'URGENT_LAPSED', 'URGENT_CONFIRMED'] as const) {
      expect(holdAnswers(status)).toEqual([]);
    }
    expect(standing({ status: 'URGENT_HELD' })).toBe(true);
    expect(standing({ status: 'URGENT_LAPSED' })).toBe(false);
  });

  it('name only the accounts and wallets the tip names, as tip-service normalised them', () => {
    expect(holdAccounts({ indicators: [
      { type: 'BANK_ACCOUNT', value: 'Vietcombank 0071 000 123 456', normalized: 'VCB:0071000123456' },
      { type: 'PHONE', value: '0912345678', normalized: '+84912345678' },
      { type: 'E_WALLET', value: 'momo 0912345678', normalized: 'MOMO:+84912345678' },
      { type: 'BANK_ACCOUNT', value: 'VCB 0071000123456', normalized: 'VCB:0071000123456' },
      { type: 'BANK_ACCOUNT', value: 'withheld' },
    ] })).toEqual(['VCB:0071000123456', 'MOMO:+84912345678']);
    expect(holdAccounts({})).toEqual([]);
  });

  it('offer the form to police investigators and leaders on an undecided tip in no case', () => {
    const investigator = person('cong-an-tinh-pa05', 'investigator');
    expect(mayAskHold({ status: 'RECEIVED' }, investigator)).toBe(true);
    expect(mayAskHold({ status: 'VERIFYING' }, person('cong-an-tinh', 'police-leader'))).toBe(true);
    expect(mayAskHold({ status: 'RECEIVED' }, person('cong-an-tinh', 'tip-intake'))).toBe(false);
    expect(mayAskHold({ status: 'RECEIVED' }, person('vien-kiem-sat-tinh', 'procurator'))).toBe(false);
    expect(mayAskHold({ status: 'RECEIVED' }, person('huyen-cao-lanh', 'investigator'))).toBe(false);
    expect(mayAskHold({ status: 'PROSECUTED' }, investigator)).toBe(false);
    expect(mayAskHold({ status: 'RECEIVED', caseId: 'c' }, investigator)).toBe(false);
    expect(mayAskHold({ status: 'RECEIVED', pendingProsecution: {} }, investigator)).toBe(false);
    expect(mayReadHolds(person('vcb-dong-thap', 'bank-liaison'))).toBe(true);
    expect(mayReadHolds(person('cong-an-tinh', 'tip-intake'))).toBe(false);
  });

  it('send the amount as whole đồng and the transfer time as Vietnam time, or say what to fix first', () => {
    const values = { bank: 'vcb-dong-thap', account: 'VCB:0071000123456', amount: '9.007.199.254.740.993',
      transferredAt: '03/03/2026 07:40', reason: ' Vừa chuyển ' };
    expect(holdRequest('t1', values)).toEqual({ local: [], body: { tipId: 't1', urgentHold: { bank: 'vcb-dong-thap',
      account: 'VCB:0071000123456', amountRequested: { dong: '9007199254740993' }, transferredAt: '2026-03-03T00:40:00Z',
      reason: 'Vừa chuyển' } } });
    const bad = holdRequest('t1', { bank: '', account: '', amount: '1,5', transferredAt: '03/03/2026', reason: '' });
    expect(bad.body).toBeNull();
    expect(bad.local.map(([field]) => field)).toEqual(['urgent_hold.bank', 'urgent_hold.account',
      'urgent_hold.amount_requested', 'urgent_hold.transferred_at']);
  });

  it('show the clock the bank answers against, as for a freeze request', () => {
    const hold: UrgentHold = { acknowledgeClock: { due: '2026-03-03T01:15:00Z', state: 'CLOCK_MET' },
      holdClock: { due: '2026-03-03T03:00:00Z', state: 'CLOCK_OVERDUE' } };
    expect(holdClock(hold)).toEqual({ step: 'hold', state: 'CLOCK_OVERDUE', due: '2026-03-03T03:00:00Z' });
    expect(holdClock({})).toBeNull();
  });

  it('say the same things in both languages, with a name for every status', () => {
    expect(keysOf(en)).toEqual(keysOf(vi));
    URGENT_HOLD_STATUS.forEach((s) => expect(keysOf(vi)).toContain('status.' + s));
  });
});
