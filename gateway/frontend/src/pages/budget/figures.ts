// The budget pages' figures, from what budget-service answers: whole đồng as BigInt (proto3 JSON gives the amounts
// as strings), never a float. Plain functions, tested without a browser.
import type { Execution, ExecutionFigures, LineExecution, MonthExecution, YearPlan } from '../../generated/budget';

/** The years of the plan (2022–2026) the service answers for. */
export const PLAN_YEARS: readonly number[] = [2022, 2023, 2024, 2025, 2026];

/** The plan's year shown first: this year while the plan runs, else its nearest year. */
export function defaultYear(today: string): number {
  const year = Number(today.slice(0, 4));
  return Math.min(Math.max(year, PLAN_YEARS[0]), PLAN_YEARS[PLAN_YEARS.length - 1]);
}

export function dong(money: { dong?: string } | undefined | null): bigint {
  return BigInt(money?.dong ?? '0');
}

/** At most 10.000.000.000.000 đồng, as the services accept. */
export const MAX_DONG = 10_000_000_000_000n;

/**
 * What a person typed as an amount, in whole đồng: "50.000.000", "50 000 000", "50000000" or "50.000.000 đ".
 * Null when it is not a whole number of đồng (a fraction, letters, a misplaced separator). Answered as the string
 * the API expects ("50000000"), so nothing is ever rounded through a float.
 */
export function parseDong(text: string): string | null {
  const raw = text.trim().replace(/\s*(đ|đồng|vnd)$/i, '').trim();
  if (!/^\d{1,3}([. ]\d{3})*$|^\d+$/.test(raw)) {
    return null;
  }
  const value = BigInt(raw.replace(/[. ]/g, ''));
  return value.toString();
}

/** Hundredths of a percent as people read them: 9050 → "90,5 %" (vi) or "90.5 %" (en), exact, never a float. */
export function percentOfBasisPoints(basisPoints: string | number | bigint | undefined, lang: 'vi' | 'en' = 'vi'): string {
  const bp = BigInt(basisPoints ?? 0);
  const negative = bp < 0n;
  const abs = negative ? -bp : bp;
  const whole = abs / 100n;
  const cents = (abs % 100n).toString().padStart(2, '0').replace(/0+$/, '');
  const separator = lang === 'vi' ? ',' : '.';
  return `${negative ? '-' : ''}${whole}${cents ? separator + cents : ''} %`;
}

/** part / whole in hundredths of a percent, rounded half up as the service does; 0 when the whole is 0. */
export function basisPoints(part: bigint, whole: bigint): bigint {
  if (whole === 0n) {
    return 0n;
  }
  return (part * 10000n * 2n + whole) / (whole * 2n);
}

export interface Figures {
  planned: bigint;
  allocated: bigint;
  committed: bigint;
  spent: bigint;
  available: bigint;
  spentBasisPoints: bigint;
}

export function figures(f: ExecutionFigures | undefined): Figures {
  return {
    planned: dong(f?.planned), allocated: dong(f?.allocated), committed: dong(f?.committed), spent: dong(f?.spent),
    available: dong(f?.available), spentBasisPoints: BigInt(f?.spentBasisPoints ?? '0'),
  };
}

const COLUMNS = ['planned', 'allocated', 'committed', 'spent', 'available'] as const;
export type Column = (typeof COLUMNS)[number];

function add(a: Figures, b: Figures): Figures {
  return {
    planned: a.planned + b.planned, allocated: a.allocated + b.allocated, committed: a.committed + b.committed,
    spent: a.spent + b.spent, available: a.available + b.available, spentBasisPoints: 0n,
  };
}

const ZERO: Figures = { planned: 0n, allocated: 0n, committed: 0n, spent: 0n, available: 0n, spentBasisPoints: 0n };

/** One disagreement found when the figures are added up again on the page. */
export interface Mismatch {
  /** "total" or a line's id, or "<line id>/units". */
  where: string;
  column: Column | 'unallocated';
  shown: bigint;
  sum: bigint;
}

/**
 * Adds up the execution again, to the đồng: the lines to the total (every column), each line's units to its
 * allocation (when the caller sees every unit), and each line's unallocated money to planned − allocated. The page
 * shows the figures only as the service gives them, and says so when any of these sums disagree.
 */
export function reconcileExecution(execution: Execution, everyUnit = true): Mismatch[] {
  const mismatches: Mismatch[] = [];
  const lines = execution.lines ?? [];
  const sum = lines.reduce((acc, line) => add(acc, figures(line.figures)), ZERO);
  const total = figures(execution.total);
  for (const column of COLUMNS) {
    if (sum[column] !== total[column]) {
      mismatches.push({ where: 'total', column, shown: total[column], sum: sum[column] });
    }
  }
  for (const line of lines) {
    const f = figures(line.figures);
    const units = (line.units ?? []).reduce((acc, unit) => add(acc, figures(unit.figures)), ZERO);
    for (const column of ['allocated'] as const) {
      if (everyUnit && units[column] !== f[column]) {
        mismatches.push({ where: `${line.lineId}/units`, column, shown: f[column], sum: units[column] });
      }
    }
    if (dong(line.unallocated) !== f.planned - f.allocated) {
      mismatches.push({ where: line.lineId ?? '', column: 'unallocated', shown: dong(line.unallocated),
        sum: f.planned - f.allocated });
    }
  }
  return mismatches;
}

export interface PlanCheck {
  /** appendix + revised up − revised down + carried in − carried out. */
  expected: bigint;
  planned: bigint;
  linesTotal: bigint;
  /** The service's word and the page's own sums agree: planned is the formula's, and the lines add up to it. */
  reconciled: boolean;
}

/** The year's plan reconciled against Appendix 2 again, to the đồng. */
export function checkYearPlan(plan: YearPlan): PlanCheck {
  const expected = dong(plan.appendix) + dong(plan.revisedUp) - dong(plan.revisedDown) + dong(plan.carriedIn)
    - dong(plan.carriedOut);
  const planned = dong(plan.planned);
  const linesTotal = dong(plan.linesTotal);
  return { expected, planned, linesTotal, reconciled: plan.reconciled === true && expected === planned && linesTotal === planned };
}

export interface MonthRow {
  month: number;
  committed: bigint;
  spent: bigint;
  spentToDate: bigint;
  basisPointsToDate: bigint;
}

/** The twelve months, January first, with any month the service left out as zero. */
export function months(execution: Execution): MonthRow[] {
  const byMonth = new Map<number, MonthExecution>((execution.months ?? []).map((m) => [m.month ?? 0, m]));
  let toDate = 0n;
  const base = dong(execution.monthsBase);
  return Array.from({ length: 12 }, (_, i) => {
    const m = byMonth.get(i + 1);
    toDate += dong(m?.spent);
    return {
      month: i + 1, committed: dong(m?.committed), spent: dong(m?.spent),
      spentToDate: m ? dong(m.spentToDate) : toDate,
      basisPointsToDate: m ? BigInt(m.basisPointsToDate ?? '0') : basisPoints(toDate, base),
    };
  });
}

/**
 * The months' spending adds up to the year's spending, to the đồng: the lines' total, or the unit's when the
 * execution was asked for one unit (its months are that unit's).
 */
export function monthsReconcile(execution: Execution, unit = ''): boolean {
  const spent = unit ? unitView(execution, unit).total.spent : figures(execution.total).spent;
  return months(execution).reduce((acc, m) => acc + m.spent, 0n) === spent;
}

/** One unit's execution: its row of each line it has one on, and their sum. */
export interface UnitView {
  rows: { line: LineExecution; figures: Figures }[];
  /** The sum of the unit's rows; nothing planned (a unit is allocated), spent as a share of what it was allocated. */
  total: Figures;
}

/** The execution of {@code unit} alone, added up on the page to the đồng (the service's total is the lines'). */
export function unitView(execution: Execution, unit: string): UnitView {
  const rows = (execution.lines ?? []).flatMap((line) => {
    const f = unitOf(line, unit);
    return f ? [{ line, figures: f }] : [];
  });
  const sum = rows.reduce((acc, row) => add(acc, row.figures), ZERO);
  return { rows, total: { ...sum, planned: 0n, spentBasisPoints: basisPoints(sum.spent, sum.allocated) } };
}

/** The units with a row in the execution, in the order they first appear. */
export function unitsOf(execution: Execution): string[] {
  const seen = new Set<string>();
  for (const line of execution.lines ?? []) {
    for (const u of line.units ?? []) {
      if (u.unit) {
        seen.add(u.unit);
      }
    }
  }
  return [...seen];
}

/** A unit's row of a line, or undefined when the unit has nothing on it. */
export function unitOf(line: LineExecution, unit: string): Figures | undefined {
  const found = (line.units ?? []).find((u) => u.unit === unit);
  return found ? figures(found.figures) : undefined;
}

/** Whole đồng for a chart's axis, in millions (a chart only draws; the tables give the exact figures). */
export function millions(value: bigint): number {
  return Number(value / 1000n) / 1000;
}
