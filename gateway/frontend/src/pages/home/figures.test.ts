import { describe, expect, it } from 'vitest';
import { bankRows, budgetExecution, holds, moneyReturned, reportFigures, yearToDate } from './figures';

describe('the overview figures', () => {
  it('ask the tips of the year so far', () => {
    expect(yearToDate('2026-06-14')).toEqual({ from: '2026-01-01', to: '2026-06-14' });
  });

  it('count holds by status and add the money exactly', () => {
    const figures = holds([
      { status: 'HELD', amountRequested: { dong: '450000000' }, amountHeld: { dong: '9007199254740993' } },
      { status: 'HELD', amountRequested: { dong: '1' }, amountHeld: { dong: '1' } },
      { status: 'REQUESTED', amountRequested: { dong: '5' } },
      { status: 'ACKNOWLEDGED', amountRequested: { dong: '5' } },
      { status: 'REJECTED', amountRequested: { dong: '7' } },
    ]);
    expect(figures).toEqual({
      requested: 2, held: 2, rejected: 1, amountRequested: 450000018n, amountHeld: 9007199254740994n,
    });
  });

  it('count released money as no longer held', () => {
    const figures = holds([
      { status: 'HELD', amountRequested: { dong: '10' }, amountHeld: { dong: '10' }, amountReleased: { dong: '4' } },
      { status: 'RELEASE_ORDERED', amountRequested: { dong: '10' }, amountHeld: { dong: '10' } },
      // released before anything was held: the order lifted the request
      { status: 'RELEASE_ORDERED', amountRequested: { dong: '3' } },
      { status: 'RELEASED', amountRequested: { dong: '2' }, amountHeld: { dong: '2' }, amountReleased: { dong: '2' } },
    ]);
    expect(figures).toEqual({ requested: 1, held: 2, rejected: 0, amountRequested: 25n, amountHeld: 16n });
  });

  it('tell reports due, late, submitted and accepted for the units seen', () => {
    const periods = [
      { period: { year: 2026, kind: 'HALF_YEAR' as const }, due: '2026-06-15', expectedUnits: ['a', 'b', 'c'] },
      { period: { year: 2025, kind: 'YEAR' as const }, due: '2025-11-15', expectedUnits: ['a', 'b', 'c'] },
      { period: { year: 2026, kind: 'YEAR' as const }, due: '2026-11-15', expectedUnits: ['a', 'b'] },
    ];
    const reports = [
      { unit: 'a', period: { year: 2025, kind: 'YEAR' as const }, status: 'ACCEPTED' as const },
      { unit: 'b', period: { year: 2025, kind: 'YEAR' as const }, status: 'RETURNED' as const },
      { unit: 'a', period: { year: 2026, kind: 'HALF_YEAR' as const }, status: 'SUBMITTED' as const },
      { unit: 'b', period: { year: 2026, kind: 'HALF_YEAR' as const }, status: 'DRAFT' as const },
    ];

    expect(reportFigures(periods, reports, '2026-06-01', null))
      .toEqual({ due: 4, nextDue: '2026-06-15', late: 2, submitted: 1, accepted: 1 });
    expect(reportFigures(periods, reports, '2026-06-16', null))
      .toEqual({ due: 2, nextDue: '2026-11-15', late: 4, submitted: 1, accepted: 1 });
    expect(reportFigures(periods, reports, '2026-06-01', 'a'))
      .toEqual({ due: 1, nextDue: '2026-11-15', late: 0, submitted: 1, accepted: 1 });
  });

  it('give the budget execution of exact sums', () => {
    const execution = budgetExecution([
      { id: '2026-EQUIPMENT', planned: { dong: '7150000000' }, spent: { dong: '2145000000' } },
      { id: '2026-TRAINING', planned: { dong: '850000000' }, spent: { dong: '0' } },
    ]);
    expect(execution.planned).toBe(8000000000n);
    expect(execution.spent).toBe(2145000000n);
    expect(execution.share).toBe(0.268);
    expect(budgetExecution([]).share).toBe(0);
  });
  it('show each bank\'s quick response with shares from basis points and money exact', () => {
    const stats = {
      amountReturned: { dong: '9007199254740993' },
      banks: [
        { bank: 'bidv-dong-thap', requestsSent: '2' },
        { bank: 'vcb-dong-thap', requestsSent: '3', requestsHeld: '1', medianTimeToHold: '2520s', p90TimeToHold: '2520s',
          amountRequested: { dong: '1350000000' }, amountHeld: { dong: '300000000' }, heldBasisPoints: 2222,
          amountReturned: { dong: '150000000' }, returnedBasisPoints: 5000 },
      ],
    };
    expect(moneyReturned(stats)).toBe(9007199254740993n);
    expect(moneyReturned({})).toBe(0n);
    expect(bankRows(stats)).toEqual([
      { bank: 'bidv-dong-thap', sent: 2, held: 0, medianTimeToHold: undefined, p90TimeToHold: undefined, heldShare: 0,
        returned: 0n, returnedShare: 0 },
      { bank: 'vcb-dong-thap', sent: 3, held: 1, medianTimeToHold: '2520s', p90TimeToHold: '2520s', heldShare: 0.2222,
        returned: 150000000n, returnedShare: 0.5 },
    ]);
    expect(bankRows({})).toEqual([]);
  });
});
