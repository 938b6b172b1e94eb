import { describe, expect, it } from 'vitest';
import { CHANNEL, INDICATOR_TYPE, NON_PROSECUTION_GROUND, PROCEDURE_STEP, SOURCE_KIND, SUSPENSION_GROUND,
  TIP_STATUS } from '../../generated/tip';
import { keysOf } from '../../shared/i18n';
import type { PortalUser } from '../../shared/page';
import {
  barWidth, deadlineClass, deadlineMessage, deadlineOf, decideRequest, defaultRange, excerpt, extendRequest,
  groupedDong, indicatorField, intakeRequest, may, offerFor, overdueDeadline, parseDateTime, parseDay, parseDong, specified,
  petitioningChoices, statisticsRange, statisticsView, statusClass, unitChoices, type DecideValues, type IntakeValues,
} from './logic';
import vi from './vi.json';
import en from './en.json';

const person = (unit: string, ...roles: string[]): PortalUser => ({ name: 'N', username: 'u', unit, roles, sections: [] });

describe('the tip pages', () => {
  it('tell where a decision deadline stands on the legal day', () => {
    const open = { status: 'RECEIVED' as const, decisionDue: '2026-06-20' };
    expect(deadlineOf(open, '2026-06-01')).toEqual({ kind: 'ok', days: 19 });
    expect(deadlineOf(open, '2026-06-12')).toEqual({ kind: 'ok', days: 8 });
    expect(deadlineOf(open, '2026-06-13')).toEqual({ kind: 'soon', days: 7 });
    expect(deadlineOf(open, '2026-06-19')).toEqual({ kind: 'soon', days: 1 });
    expect(deadlineOf(open, '2026-06-20')).toEqual({ kind: 'today' });
    expect(deadlineOf(open, '2026-06-23')).toEqual({ kind: 'overdue', days: 3 });
    // tip-service says overdue (its day turned before the browser's): at least one day
    expect(deadlineOf({ ...open, decisionOverdue: true }, '2026-06-20')).toEqual({ kind: 'overdue', days: 1 });
    expect(deadlineOf({ ...open, status: 'VERIFYING' }, '2026-06-23').kind).toBe('overdue');
    expect(deadlineOf({ ...open, status: 'PROSECUTED' }, '2026-06-23')).toEqual({ kind: 'decided' });
    expect(deadlineOf({ ...open, status: 'NOT_PROSECUTED' }, '2026-06-23')).toEqual({ kind: 'decided' });
    expect(deadlineOf({ ...open, status: 'SUSPENDED' }, '2026-06-23')).toEqual({ kind: 'suspended' });
    // across a month and a year end
    expect(deadlineOf({ status: 'RECEIVED', decisionDue: '2027-01-02' }, '2026-12-31')).toEqual({ kind: 'soon', days: 2 });
  });

  it('say a deadline in words and colour, one day and several days apart', () => {
    expect(deadlineMessage({ kind: 'overdue', days: 1 })).toEqual({ key: 'tips.deadline.overdueOne', params: { n: 1 } });
    expect(deadlineMessage({ kind: 'overdue', days: 4 })).toEqual({ key: 'tips.deadline.overdue', params: { n: 4 } });
    expect(deadlineMessage({ kind: 'ok', days: 12 })).toEqual({ key: 'tips.deadline.left', params: { n: 12 } });
    expect(deadlineMessage({ kind: 'soon', days: 1 }).key).toBe('tips.deadline.leftOne');
    expect(deadlineMessage({ kind: 'today' }).key).toBe('tips.deadline.today');
    expect(deadlineMessage({ kind: 'suspended' }).key).toBe('tips.deadline.suspended');
    expect(deadlineClass({ kind: 'overdue', days: 2 })).toBe('overdue');
    expect(deadlineClass({ kind: 'today' })).toBe('soon');
    expect(deadlineClass({ kind: 'ok', days: 9 })).toBe('ok');
    expect(deadlineClass({ kind: 'decided' })).toBe('done');
  });

  it('read the due-and-overdue rows with the days tip-service counted', () => {
    expect(overdueDeadline(-3, true)).toEqual({ kind: 'overdue', days: 3 });
    expect(overdueDeadline(0, true)).toEqual({ kind: 'overdue', days: 1 });
    expect(overdueDeadline(0, false)).toEqual({ kind: 'today' });
    expect(overdueDeadline(5, false)).toEqual({ kind: 'soon', days: 5 });
    expect(overdueDeadline(undefined, undefined)).toEqual({ kind: 'today' });
  });

  it('read a day and time typed in Vietnam\'s time as the instant it is, whatever the browser\'s zone', () => {
    // 06:30 in Vietnam is 23:30 UTC of the day before
    expect(parseDateTime('14/06/2026 06:30')).toBe('2026-06-13T23:30:00.000Z');
    expect(parseDateTime(' 1/2/2026 8h05 ')).toBe('2026-02-01T01:05:00.000Z');
    expect(parseDateTime('14/06/2026')).toBe('2026-06-13T17:00:00.000Z');
    expect(parseDateTime('')).toBeNull();
    expect(parseDateTime('31/02/2026 10:00')).toBeUndefined();
    expect(parseDateTime('14/06/2026 24:00')).toBeUndefined();
    expect(parseDateTime('2026-06-14 10:00')).toBeUndefined();
    expect(parseDay('29/02/2028')).toBe('2028-02-29');
    expect(parseDay('29/02/2026')).toBeUndefined();
    expect(parseDay('  ')).toBeNull();
  });

  it('read money as whole đồng without ever passing through a float', () => {
    expect(parseDong('45.000.000')).toBe('45000000');
    expect(parseDong('45 000 000 đ')).toBe('45000000');
    expect(parseDong('9.007.199.254.740.993')).toBe('9007199254740993');
    expect(parseDong('007')).toBe('7');
    expect(parseDong('')).toBeNull();
    expect(parseDong('1,5')).toBeUndefined();
    expect(parseDong('-5')).toBeUndefined();
    expect(groupedDong('45000000')).toBe('45.000.000');
    expect(groupedDong('abc')).toBe('abc');
  });

  it('offer each role only what it may do', () => {
    const intake = person('cong-an-tinh', 'tip-intake');
    const investigator = person('cong-an-tinh-pa05', 'investigator');
    const procurator = person('vien-kiem-sat-tinh', 'procurator');
    const bankInvestigator = person('vcb-dong-thap', 'investigator');
    expect(may.receive(intake)).toBe(true);
    expect(may.receive(procurator)).toBe(false);
    expect(may.seeOverdue(intake)).toBe(true);
    expect(may.seeOverdue(bankInvestigator)).toBe(false);
    expect(may.decide(intake)).toBe(false);
    expect(may.decide(investigator)).toBe(true);
    expect(may.decide(bankInvestigator)).toBe(false);
    expect(may.recordNotification(procurator)).toBe(true);
    expect(may.reply(procurator)).toBe(false);
    expect(may.proposeReward(investigator)).toBe(true);
    expect(may.proposeReward(intake)).toBe(false);

    const fresh = { status: 'RECEIVED' as const, extensions: [] };
    expect(offerFor(fresh, investigator)).toEqual({ extension: 1, decide: true, resume: false, notify: true });
    expect(offerFor(fresh, intake)).toEqual({ extension: 0, decide: false, resume: false, notify: true });
    expect(offerFor(fresh, procurator).extension).toBe(0);
    const once = { status: 'VERIFYING' as const, extensions: [{ number: 1 }], procuracyNotifiedAt: '2026-06-02T01:00:00Z' };
    expect(offerFor(once, procurator)).toEqual({ extension: 2, decide: false, resume: false, notify: false });
    expect(offerFor(once, investigator).extension).toBe(0);
    expect(offerFor({ status: 'SUSPENDED' }, investigator)).toMatchObject({ decide: false, resume: true });
    expect(offerFor({ status: 'PROSECUTED' }, investigator)).toMatchObject({ extension: 0, decide: false, resume: false });
  });

  it('make the intake request, sending only the indicators with a value and telling what to fix first', () => {
    const values: IntakeValues = { channel: 'HOTLINE', sourceKind: 'DENUNCIATION', petitioningUnit: 'vien-kiem-sat-tinh',
      receivingUnit: ' cong-an-tinh ', receivedAt: '14/06/2026 06:30', modus: 'INVESTMENT_CRYPTO', narrative: 'Chuyện',
      loss: '45.000.000', lastTransferAt: '' };
    const rows = [{ type: 'PHONE' as const, value: '' }, { type: 'BANK_ACCOUNT' as const, value: ' VCB 001 ' }];
    const { tip, sentRows, local } = intakeRequest(values, rows);
    expect(local).toEqual([]);
    expect(tip).toEqual({ channel: 'HOTLINE', sourceKind: 'DENUNCIATION', receivingUnit: 'cong-an-tinh',
      receivedAt: '2026-06-13T23:30:00.000Z', modusOperandi: 'INVESTMENT_CRYPTO', narrative: 'Chuyện',
      loss: { dong: '45000000' }, indicators: [{ type: 'BANK_ACCOUNT', value: 'VCB 001' }] });
    // the server names the second row "tip.indicators[0]": the index in the request
    expect(sentRows).toEqual([1]);
    expect(indicatorField(sentRows, 1)).toBe('tip.indicators[0]');
    expect(indicatorField(sentRows, 0)).toBeNull();

    expect(intakeRequest({ ...values, sourceKind: 'PETITION' }, []).tip.petitioningUnit).toBe('vien-kiem-sat-tinh');
    const wrong = intakeRequest({ ...values, channel: '', modus: '', narrative: '  ', loss: '1,5', receivedAt: '32/01/2026',
      receivingUnit: '' }, rows);
    expect(wrong.local).toEqual([['tip.channel', 'tips.form.chooseChannel'], ['tip.receiving_unit', 'tips.required'],
      ['tip.received_at', 'tips.badDateTime'], ['tip.modus_operandi', 'tips.form.chooseModus'],
      ['tip.narrative', 'tips.required'], ['tip.loss', 'tips.badMoney']]);
  });

  it('make the extension request, the second with the procuracy\'s approval', () => {
    const values = { until: '', reason: ' Cần xác minh. ', approver: 'PVT A', documentNumber: '15/QĐ-VKS', documentDate: '' };
    expect(extendRequest(values, 1)).toEqual({ body: { reason: 'Cần xác minh.' }, local: [] });
    expect(extendRequest({ ...values, until: '01/08/2026' }, 1).body).toEqual({ reason: 'Cần xác minh.', until: '2026-08-01' });
    expect(extendRequest({ ...values, until: '1/13/2026', reason: '' }, 1)).toEqual({ body: null,
      local: [['until', 'tips.badDate'], ['reason', 'tips.required']] });
    expect(extendRequest(values, 2).local).toEqual([['procuracy_approval.document_date', 'tips.required']]);
    expect(extendRequest({ ...values, documentDate: '10/07/2026' }, 2).body).toEqual({ reason: 'Cần xác minh.',
      procuracyApproval: { approver: 'PVT A', documentNumber: '15/QĐ-VKS', documentDate: '2026-07-10' } });
  });

  it('make exactly one decision of the kind chosen', () => {
    const blank: DecideValues = { kind: '', article: '174', clause: '1', leadUnit: '', caseTitle: ' ', ground: '',
      reasons: '', suspensionGround: '', note: '' };
    expect(decideRequest(blank)).toEqual({ body: null, local: [['outcome', 'tips.required']] });
    expect(decideRequest({ ...blank, kind: 'prosecute', clause: '2', leadUnit: 'cong-an-tinh-pa05' }).body)
      .toEqual({ prosecute: { penalCodeArticle: 174, clause: 2, leadUnit: 'cong-an-tinh-pa05' } });
    expect(decideRequest({ ...blank, kind: 'notProsecute' }).local)
      .toEqual([['not_prosecute.ground', 'tips.required'], ['not_prosecute.reasons', 'tips.required']]);
    expect(decideRequest({ ...blank, kind: 'notProsecute', ground: 'NOT_A_CRIME', reasons: 'Tranh chấp dân sự.' }).body)
      .toEqual({ notProsecute: { ground: 'NOT_A_CRIME', reasons: 'Tranh chấp dân sự.' } });
    expect(decideRequest({ ...blank, kind: 'suspend' }).body).toBeNull();
    expect(decideRequest({ ...blank, kind: 'suspend', suspensionGround: 'AWAITING_VALUATION', note: ' x ' }).body)
      .toEqual({ suspend: { ground: 'AWAITING_VALUATION', note: 'x' } });
  });

  it('count the statistics: every modus operandi, the largest for the bars, the period typed', () => {
    const view = statisticsView({ total: '12', byModusOperandi: [{ key: 'A', count: '8' }, { key: 'B', count: '0' },
      { key: 'C', count: '4', labelVi: 'Cờ', labelEn: 'C' }] });
    expect(view.total).toBe(12);
    expect(view.rows.map((r) => r.count)).toEqual([8, 0, 4]);
    expect(view.counted.map((r) => r.key)).toEqual(['A', 'C']);
    expect(view.max).toBe(8);
    expect(barWidth(4, view.max)).toBe('50.0%');
    expect(barWidth(0, 0)).toBe('0.0%');
    expect(statisticsView({}).max).toBe(1);
    expect(statisticsRange('01/01/2026', '31/12/2026')).toEqual({ from: '2026-01-01', to: '2026-12-31' });
    expect(statisticsRange('', '31/13/2026')).toEqual([['from', 'tips.required'], ['to', 'tips.badDate']]);
    expect(defaultRange('2026-06-14')).toEqual({ from: '2026-01-01', to: '2026-06-14' });
  });

  it('suggest the user\'s own unit first, and name badges and excerpts', () => {
    const units = [{ code: 'cong-an-tinh' }, { code: 'cong-an-tinh-pa05' }, { code: 'vien-kiem-sat-tinh' }];
    expect(unitChoices(units, 'cong-an-tinh-pa05').map((u) => u.code))
      .toEqual(['cong-an-tinh-pa05', 'cong-an-tinh', 'vien-kiem-sat-tinh']);
    expect(unitChoices([], 'huyen-x').map((u) => u.code)).toEqual(['huyen-x']);
    expect(petitioningChoices([{ code: 'vien-kiem-sat-tinh', stateBody: true }, { code: 'vcb-dong-thap', stateBody: false },
      { code: 'mttq-tinh' }]).map((u) => u.code)).toEqual(['vien-kiem-sat-tinh']);
    expect(statusClass('NOT_PROSECUTED')).toBe('status-not-prosecuted');
    expect(specified('TIP_STATUS_UNSPECIFIED')).toBeUndefined();
    expect(specified('PROCEDURE_STEP_UNSPECIFIED')).toBeUndefined();
    expect(specified(undefined)).toBeUndefined();
    expect(specified('RECEIVED')).toBe('RECEIVED');
    expect(excerpt('a  b\n c')).toBe('a b c');
    expect(excerpt('x'.repeat(100))).toHaveLength(89);
  });

  it('say the same things in both languages, with a name for every code of the contract', () => {
    expect(keysOf(en)).toEqual(keysOf(vi));
    const keys = keysOf(vi);
    CHANNEL.forEach((c) => expect(keys).toContain('channel.' + c));
    SOURCE_KIND.forEach((c) => expect(keys).toContain('sourceKind.' + c));
    TIP_STATUS.forEach((c) => expect(keys).toContain('status.' + c));
    INDICATOR_TYPE.forEach((c) => expect(keys).toContain('indicator.' + c));
    PROCEDURE_STEP.forEach((c) => expect(keys).toContain('step.' + c));
    NON_PROSECUTION_GROUND.forEach((c) => expect(keys).toContain('ground.' + c));
    SUSPENSION_GROUND.forEach((c) => expect(keys).toContain('suspension.' + c));
  });
});
