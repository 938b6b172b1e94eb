import { describe, expect, it } from 'vitest';
import { CHECK_INDICATOR_RESPONSE_STATUS, INDICATOR_TYPE, TIP_STATUS } from '../generated/tip';
import { keysOf } from '../shared/i18n';
import {
  checkStatus, decidedOutcome, emptyReport, failureOf, fieldErrors, groupDigits, keyFor, lastTransfer, LIMITS,
  lossDigits, mayHaveArrived, pageOf, readFollow, readReport, reportLabel, reportTarget, requiredText,
  secretOf, trackingCode, type ReportForm,
} from './logic';
import vi from './vi.json';
import en from './en.json';

const NOW = Date.parse('2026-03-05T10:00:00Z'); // 17:00 in Vietnam

function form(changes: Partial<ReportForm>): ReportForm {
  return { ...emptyReport(), narrative: 'Một người xưng là công an gọi điện.', ...changes };
}

describe('the citizens\' pages', () => {
  it('open the page of the hash, and keep the page for other anchors', () => {
    expect(pageOf('', 'check')).toBe('report');
    expect(pageOf('#/track', 'report')).toBe('track');
    expect(pageOf('#/check?x', 'report')).toBe('check');
    expect(pageOf('#/elsewhere', 'check')).toBe('report');
    expect(pageOf('#main', 'track')).toBe('track');
  });

  it('read a loss in any usual notation as whole đồng, never through a float', () => {
    expect(lossDigits('45000000')).toEqual({ digits: '45000000' });
    expect(lossDigits(' 45.000.000 đồng ')).toEqual({ digits: '45000000' });
    expect(lossDigits('45,000,000 VND')).toEqual({ digits: '45000000' });
    expect(lossDigits('1 250 000đ')).toEqual({ digits: '1250000' });
    expect(lossDigits('007')).toEqual({ digits: '7' });
    expect(lossDigits('999999999999999999')).toEqual({ digits: '999999999999999999' });
    expect(lossDigits('')).toEqual({ digits: '' });
    expect(lossDigits('1000000000000000000')).toEqual({ error: 'lossTooBig' });
    expect(lossDigits('45 triệu')).toEqual({ error: 'lossFormat' });
    expect(lossDigits('-5')).toEqual({ error: 'lossFormat' });
    expect(groupDigits('45000000')).toBe('45.000.000');
    expect(groupDigits('999')).toBe('999');
  });

  it('read the last transfer in Vietnam time, and refuse a day that does not exist or is still to come', () => {
    expect(lastTransfer('04/03/2026', '20:15', NOW)).toEqual({ at: '2026-03-04T13:15:00.000Z' });
    expect(lastTransfer('4.3.2026', '', NOW)).toEqual({ at: '2026-03-03T17:00:00.000Z' });
    expect(lastTransfer('05/03/2026', '17h05', NOW)).toEqual({ at: '2026-03-05T10:05:00.000Z' }); // within the skew
    expect(lastTransfer('', '', NOW)).toEqual({});
    expect(lastTransfer('', '20:15', NOW)).toEqual({ error: { target: 'transfer-date', key: 'dateMissing' } });
    expect(lastTransfer('2026-03-04', '', NOW)).toEqual({ error: { target: 'transfer-date', key: 'dateFormat' } });
    expect(lastTransfer('30/02/2026', '', NOW)).toEqual({ error: { target: 'transfer-date', key: 'dateInvalid' } });
    expect(lastTransfer('04/03/2026', '24:00', NOW)).toEqual({ error: { target: 'transfer-time', key: 'timeFormat' } });
    expect(lastTransfer('05/03/2026', '17:30', NOW)).toEqual({ error: { target: 'transfer-time', key: 'inFuture' } });
    expect(lastTransfer('06/03/2026', '', NOW)).toEqual({ error: { target: 'transfer-date', key: 'inFuture' } });
  });

  it('make an anonymous report of what was typed, indicators with their rows, nothing empty', () => {
    const { request, errors, sentRows } = readReport(form({
      modus: 'IMPERSONATE_AUTHORITY', loss: '45.000.000', transferDate: '04/03/2026', transferTime: '20:15',
      name: 'left behind when anonymous',
      rows: [{ n: 0, type: 'PHONE', value: ' 0912 345 678 ' }, { n: 3, type: 'URL', value: '  ' },
        { n: 4, type: 'BANK_ACCOUNT', value: 'VCB 0011' }],
    }), NOW);
    expect(errors).toEqual([]);
    expect(request).toEqual({
      modusOperandi: 'IMPERSONATE_AUTHORITY', narrative: 'Một người xưng là công an gọi điện.', loss: { dong: '45000000' },
      lastTransferAt: '2026-03-04T13:15:00.000Z',
      indicators: [{ type: 'PHONE', value: '0912 345 678' }, { type: 'BANK_ACCOUNT', value: 'VCB 0011' }],
    });
    expect(sentRows).toEqual([0, 4]);
    expect(readReport(form({ loss: '0' }), NOW).request.loss).toBeUndefined();
  });

  it('ask for what a report lacks before sending it', () => {
    const { errors } = readReport(form({ identity: 'contact', narrative: '  ', loss: 'nhiều', transferDate: '31/04/2026' }), NOW);
    expect(errors).toEqual([
      { target: 'reporter-name', key: 'contactRequired' },
      { target: 'narrative', key: 'narrativeRequired' },
      { target: 'loss', key: 'lossFormat' },
      { target: 'transfer-date', key: 'dateInvalid' },
    ]);
    const named = readReport(form({ identity: 'contact', phone: '0912345678' }), NOW);
    expect(named.errors).toEqual([]);
    expect(named.request.reporter).toEqual({ phone: '0912345678' });
    expect(readReport(form({ narrative: 'x'.repeat(LIMITS.narrative + 1) }), NOW).errors)
      .toEqual([{ target: 'narrative', key: 'narrativeTooLong', params: { max: 10_000 } }]);
    expect(readReport(form({ identity: 'contact', name: 'x'.repeat(201) }), NOW).errors)
      .toEqual([{ target: 'reporter-name', key: 'nameTooLong', params: { max: 200 } }]);
    const rows = Array.from({ length: 21 }, (_, n) => ({ n, type: 'PHONE' as const, value: '09' + n }));
    expect(readReport(form({ rows }), NOW).errors).toEqual([{ target: 'indicators', key: 'tooManyIndicators', params: { max: 20 } }]);
  });

  it('put a server\'s field error next to the row that was sent, or on the list when the row is gone', () => {
    const sent = [0, 4];
    expect(reportTarget('indicators[1].value', sent, [0, 4, 5])).toBe('indicator-value-4');
    expect(reportTarget('indicators[0]', sent, [0, 4])).toBe('indicator-value-0');
    expect(reportTarget('indicators[1].value', sent, [0, 5])).toBe('indicators');
    expect(reportTarget('indicators[7].value', sent, [0, 4])).toBe('indicators');
    expect(reportTarget('tip.narrative', sent, [])).toBe('narrative');
    expect(reportTarget('reporter.phone', sent, [])).toBe('reporter-phone');
    expect(reportTarget('loss.dong', sent, [])).toBe('loss');
    expect(reportTarget('victim.phone', sent, [])).toBeNull();
    expect(reportTarget(undefined, sent, [])).toBeNull();
    expect(reportLabel('indicator-value-4', [0, 4])).toEqual({ key: 'indicatorRow', n: 2 });
    expect(reportLabel('transfer-date', [])).toEqual({ key: 'transferDate' });
  });

  it('read a tracking code as typed, in any case and spacing, and refuse what cannot be one', () => {
    expect(trackingCode('LC-7K3M-9QXD')).toBe('LC-7K3M-9QXD');
    expect(trackingCode('lc 7k3m 9qxd')).toBe('LC-7K3M-9QXD');
    expect(trackingCode('LC7K3M9QXD')).toBe('LC-7K3M-9QXD');
    expect(trackingCode('LC-7K3M-9QX0')).toBeNull(); // 0, 1, I, L, O and U are not in the alphabet
    expect(trackingCode('LC-7K3M-9QXU')).toBeNull();
    expect(trackingCode('LC-7K3M-9QX')).toBeNull();
    expect(trackingCode('XY-7K3M-9QXD')).toBeNull();
  });

  it('ask for code and secret before looking a tip up, and send the secret without spaces', () => {
    expect(readFollow(' lc-7k3m-9qxd ', 'ABCD-EFGH 2345')).toEqual({ code: 'LC-7K3M-9QXD', secret: 'ABCD-EFGH2345', errors: [] });
    expect(readFollow('', '')).toEqual({ errors: [
      { target: 'track-code', key: 'codeRequired' }, { target: 'track-secret', key: 'secretRequired' }] });
    expect(readFollow('LC-1234', 'ABCD/EFGH')).toEqual({ errors: [
      { target: 'track-code', key: 'codeFormat' }, { target: 'track-secret', key: 'secretFormat' }] });
    expect(secretOf('A'.repeat(81))).toEqual({ error: 'secretFormat' });
  });

  it('ask for a message and keep it within its limit', () => {
    expect(requiredText(' hi ', 5_000, 'message-text', 'messageRequired', 'messageTooLong')).toBeNull();
    expect(requiredText('   ', 5_000, 'message-text', 'messageRequired', 'messageTooLong'))
      .toEqual({ target: 'message-text', key: 'messageRequired' });
    expect(requiredText('x'.repeat(5_001), 5_000, 'message-text', 'messageRequired', 'messageTooLong'))
      .toEqual({ target: 'message-text', key: 'messageTooLong', params: { max: 5_000 } });
  });

  it('show a decision only once there is one, and tell nothing verified for an answer it does not know', () => {
    expect(decidedOutcome(undefined)).toBeNull();
    expect(decidedOutcome({})).toBeNull();
    expect(decidedOutcome({ status: 'TIP_STATUS_UNSPECIFIED' as never })).toBeNull();
    expect(decidedOutcome({ status: 'PROSECUTED', decidedOn: '2026-03-20' })?.decidedOn).toBe('2026-03-20');
    expect(checkStatus('REPORTED')).toBe('REPORTED');
    expect(checkStatus('NOT_FOUND')).toBe('NOT_FOUND');
    expect(checkStatus('UNDER_VERIFICATION')).toBe('NOT_FOUND');
    expect(checkStatus(undefined)).toBe('NOT_FOUND');
  });

  it('keep the idempotency key for a retry of the same request, and only when it may have arrived', () => {
    let n = 0;
    const fresh = () => `key-${++n}`;
    const first = keyFor(null, { a: 1 }, fresh);
    expect(keyFor(first, { a: 1 }, fresh)).toBe(first);
    expect(keyFor(first, { a: 2 }, fresh).key).toBe('key-2');
    expect([0, 429, 500, 503].map(mayHaveArrived)).toEqual([true, true, true, true]);
    expect([400, 404, 409, 413].map(mayHaveArrived)).toEqual([false, false, false, false]);
  });

  it('tell field errors from other failures', () => {
    const errors = [{ field: 'narrative', vi: 'Bắt buộc.', en: 'Required.' }];
    expect(fieldErrors(400, { errors })).toBe(errors);
    expect(fieldErrors(400, { detail: 'x' })).toBeNull();
    expect(fieldErrors(409, { errors })).toBeNull();
    expect(failureOf(0, null)).toEqual({ key: 'networkError' });
    expect(failureOf(429, {})).toEqual({ key: 'tooFast' });
    expect(failureOf(503, null)).toEqual({ key: 'unavailable' });
    expect(failureOf(409, { detailVi: 'Đã có.' })).toEqual({ problem: { detailVi: 'Đã có.' } });
    expect(failureOf(500, null)).toEqual({ problem: {} });
  });

  it('say the same things in both languages, with a name for every indicator type, status and modus', () => {
    expect(keysOf(en).sort()).toEqual(keysOf(vi).sort());
    INDICATOR_TYPE.forEach((type) => {
      expect(keysOf(vi)).toContain('indicator.' + type);
      expect(keysOf(vi)).toContain('example.' + type);
    });
    TIP_STATUS.forEach((status) => expect(keysOf(vi)).toContain('tipStatus.' + status));
    CHECK_INDICATOR_RESPONSE_STATUS.forEach((status) => {
      ['scam.', 'scamDetail.', 'scamAdvice.'].forEach((prefix) => expect(keysOf(en)).toContain(prefix + status));
    });
  });
});
