import { describe, expect, it } from 'vitest';
import { onwardBody, onwardRow } from './onward';

describe('the report of onward transfers', () => {
  it('is every row of the form, in Vietnam time and whole đồng', () => {
    const values = { ...onwardRow(0), ...onwardRow(1) };
    Object.assign(values, {
      'amount-0': '300.000.000', 'at-0': '06/12/2026 08:30', 'account-0': '2221 000 999', 'bank-0': 'bidv-dong-thap',
      'reference-0': ' FT1 ',
      'amount-1': '49999999', 'at-1': '06/12/2026 08:31', 'account-1': '5100200300', 'bank-1': 'agribank-dong-thap',
      'reference-1': 'FT2',
    });
    expect(onwardBody(values, 2)).toEqual({ body: { transfers: [
      { amount: { dong: '300000000' }, transferredAt: '2026-12-06T01:30:00Z', toAccountNumber: '2221000999',
        toBank: 'bidv-dong-thap', reference: 'FT1' },
      { amount: { dong: '49999999' }, transferredAt: '2026-12-06T01:31:00Z', toAccountNumber: '5100200300',
        toBank: 'agribank-dong-thap', reference: 'FT2' },
    ] } });
  });

  it('is not sent while a row has an amount or a time the page cannot read, each named where the server would', () => {
    const values = { ...onwardRow(0), ...onwardRow(1), 'amount-0': '1.000', 'at-0': '06/12/2026 08:30',
      'amount-1': 'ba triệu', 'at-1': '31/02/2026 08:30' };
    expect(onwardBody(values, 2)).toEqual({ local: [
      { field: 'transfers[1].amount', key: 'freeze.onward.amountInvalid' },
      { field: 'transfers[1].transferred_at', key: 'freeze.onward.atInvalid' },
    ] });
  });
});
