import { describe, expect, it } from 'vitest';
import type { Execution } from '../../generated/budget';
import { formatMoney } from '../../shared/format';
import {
  basisPoints, checkYearPlan, defaultYear, figures, months, monthsReconcile, parseDong, percentOfBasisPoints,
  reconcileExecution, unitsOf, unitView,
} from './figures';

const m = (dong: string | bigint): { dong: string } => ({ dong: String(dong) });

// Beyond 2^53: a float would lose the last đồng of these.
const BIG = 9_007_199_254_740_993n;

function execution(): Execution {
  return {
    year: 2026,
    lines: [
      {
        lineId: '2026-PREVENTION', kind: 'PREVENTION',
        figures: { planned: m(BIG), allocated: m(300_000_001n), committed: m(100_000_000n), spent: m(50_000_001n),
          available: m(BIG - 100_000_000n - 50_000_001n), spentBasisPoints: '0' },
        unallocated: m(BIG - 300_000_001n),
        units: [
          { unit: 'cong-an-tinh', figures: { allocated: m(200_000_000n), committed: m(100_000_000n), spent: m(50_000_000n),
            available: m(50_000_000n), spentBasisPoints: '2500' } },
          { unit: 'so-tai-chinh', figures: { allocated: m(100_000_001n), spent: m(1n), available: m(100_000_000n) } },
        ],
      },
      {
        lineId: '2026-COMBAT', kind: 'COMBAT',
        figures: { planned: m(1_250_000_000n), allocated: m(0n), available: m(1_250_000_000n) },
        unallocated: m(1_250_000_000n),
      },
    ],
    total: { planned: m(BIG + 1_250_000_000n), allocated: m(300_000_001n), committed: m(100_000_000n), spent: m(50_000_001n),
      available: m(BIG + 1_250_000_000n - 150_000_001n) },
    months: [
      { month: 3, committed: m(100_000_000n), spent: m(50_000_000n), spentToDate: m(50_000_000n), basisPointsToDate: '1' },
      { month: 12, spent: m(1n), spentToDate: m(50_000_001n), basisPointsToDate: '1' },
    ],
    monthsBase: m(BIG + 1_250_000_000n),
  };
}

describe('the budget figures', () => {
  it('read typed amounts as whole đồng, exactly, and refuse anything else', () => {
    expect(parseDong('50.000.000')).toBe('50000000');
    expect(parseDong(' 50 000 000 đ ')).toBe('50000000');
    expect(parseDong('9007199254740993')).toBe('9007199254740993');
    expect(parseDong('7.150.000.000 đồng')).toBe('7150000000');
    for (const wrong of ['', '1,5', '12.5', '1.50.000', 'abc', '-5', '5e6', '50.000.000,00']) {
      expect(parseDong(wrong), wrong).toBeNull();
    }
  });

  it('show shares in hundredths of a percent without a float', () => {
    expect(percentOfBasisPoints('9050')).toBe('90,5 %');
    expect(percentOfBasisPoints(10000)).toBe('100 %');
    expect(percentOfBasisPoints('7', 'en')).toBe('0.07 %');
    expect(percentOfBasisPoints(undefined)).toBe('0 %');
    expect(basisPoints(1n, 3n)).toBe(3333n);
    expect(basisPoints(2n, 3n)).toBe(6667n);
    expect(basisPoints(5n, 0n)).toBe(0n);
  });

  it('add the lines up to the total, and the units to their line, to the đồng', () => {
    const e = execution();
    expect(reconcileExecution(e)).toEqual([]);
    const total = figures(e.total);
    expect(formatMoney(total.planned)).toBe('9.007.200.504.740.993 đ');
    expect(total.available).toBe(BIG + 1_250_000_000n - 150_000_001n);
  });

  it('say where one đồng is missing', () => {
    const e = execution();
    e.total = { ...e.total, spent: m(50_000_000n) };
    expect(reconcileExecution(e)).toEqual([{ where: 'total', column: 'spent', shown: 50_000_000n, sum: 50_000_001n }]);
    const units = execution();
    units.lines![0].units![1].figures = { allocated: m(100_000_000n) };
    expect(reconcileExecution(units)).toEqual([
      { where: '2026-PREVENTION/units', column: 'allocated', shown: 300_000_001n, sum: 300_000_000n }]);
    expect(reconcileExecution(units, false), 'a spender sees only their own unit').toEqual([]);
    const unallocated = execution();
    unallocated.lines![1].unallocated = m(1n);
    expect(reconcileExecution(unallocated)[0]).toMatchObject({ where: '2026-COMBAT', column: 'unallocated' });
  });

  it('give twelve months, the missing ones as zero, adding up to the year', () => {
    const rows = months(execution());
    expect(rows).toHaveLength(12);
    expect(rows[0]).toEqual({ month: 1, committed: 0n, spent: 0n, spentToDate: 0n, basisPointsToDate: 0n });
    expect(rows[2].spent).toBe(50_000_000n);
    expect(rows[5].spentToDate).toBe(50_000_000n);
    expect(rows[11].spentToDate).toBe(50_000_001n);
    expect(monthsReconcile(execution())).toBe(true);
    const off = execution();
    off.months = off.months!.slice(0, 1);
    expect(monthsReconcile(off)).toBe(false);
  });

  it('show one unit alone: its rows of each line, their sum, and its months adding up to it', () => {
    const e = execution();
    e.lines![1].units = [{ unit: 'cong-an-tinh', figures: { allocated: m(BIG), spent: m(1n), available: m(BIG - 1n) } }];
    expect(unitsOf(e)).toEqual(['cong-an-tinh', 'so-tai-chinh']);
    expect(unitsOf({})).toEqual([]);
    const police = unitView(e, 'cong-an-tinh');
    expect(police.rows.map((r) => r.line.lineId)).toEqual(['2026-PREVENTION', '2026-COMBAT']);
    expect(police.total).toEqual({ planned: 0n, allocated: 200_000_000n + BIG, committed: 100_000_000n,
      spent: 50_000_001n, available: 50_000_000n + BIG - 1n, spentBasisPoints: 0n });
    const finance = unitView(e, 'so-tai-chinh');
    expect(finance.rows.map((r) => r.line.lineId)).toEqual(['2026-PREVENTION']);
    expect(finance.total.spent).toBe(1n);
    expect(finance.total.spentBasisPoints).toBe(0n);
    expect(unitView(e, 'so-tu-phap')).toEqual({ rows: [], total: { planned: 0n, allocated: 0n, committed: 0n, spent: 0n,
      available: 0n, spentBasisPoints: 0n } });
    const half = execution();
    half.lines![0].units = [{ unit: 'cong-an-tinh', figures: { allocated: m(4n), spent: m(2n), available: m(2n) } }];
    expect(unitView(half, 'cong-an-tinh').total.spentBasisPoints).toBe(5000n);
    // the service's months for one unit are that unit's: they add up to the unit's spending, not to the lines'
    half.months = [{ month: 3, spent: m(2n), spentToDate: m(2n), basisPointsToDate: '5000' }];
    expect(monthsReconcile(half, 'cong-an-tinh')).toBe(true);
    expect(monthsReconcile(half)).toBe(false);
    expect(monthsReconcile(execution(), 'cong-an-tinh')).toBe(false);
  });

  it('reconcile the year plan against Appendix 2', () => {
    const plan = { year: 2026, appendix: m(1_900_000_000n), revisedUp: m(100_000_000n), revisedDown: m(1n),
      carriedIn: m(25_000_000n), carriedOut: m(0n), planned: m(2_024_999_999n), linesTotal: m(2_024_999_999n), reconciled: true };
    expect(checkYearPlan(plan)).toEqual({ expected: 2_024_999_999n, planned: 2_024_999_999n, linesTotal: 2_024_999_999n,
      reconciled: true });
    expect(checkYearPlan({ ...plan, linesTotal: m(2_025_000_000n) }).reconciled).toBe(false);
    expect(checkYearPlan({ ...plan, reconciled: false }).reconciled).toBe(false);
    expect(checkYearPlan({ ...plan, revisedDown: m(0n) }).reconciled, 'planned is not the formula').toBe(false);
  });

  it('open on this year while the plan runs', () => {
    expect(defaultYear('2026-12-05')).toBe(2026);
    expect(defaultYear('2027-01-01')).toBe(2026);
    expect(defaultYear('2021-06-01')).toBe(2022);
  });
});
