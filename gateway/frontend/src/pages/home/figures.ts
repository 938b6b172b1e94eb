// The overview's figures, computed from what the APIs answer: plain functions, tested without a browser.
import type { BudgetLine } from '../../generated/budget';
import type { CaseStatistics, FreezeRequest } from '../../generated/cases';
import type { Report, ReportingPeriodInfo } from '../../generated/report';

/** The year so far, as the tips statistics are asked for it: 1 January to today (legal days, Vietnam). */
export function yearToDate(today: string): { from: string; to: string } {
  return { from: `${today.slice(0, 4)}-01-01`, to: today };
}

function dong(money: { dong?: string } | undefined): bigint {
  return BigInt(money?.dong ?? '0');
}

export interface Holds {
  requested: number;
  held: number;
  rejected: number;
  amountRequested: bigint;
  amountHeld: bigint;
}

/**
 * Freeze requests by where they stand, and the money asked for and still held (whole đồng, exact): a hold with a
 * release order waiting for the bank is still held; what banks reported released is not; a request released whole is
 * neither pending nor held.
 */
export function holds(requests: readonly FreezeRequest[]): Holds {
  const result: Holds = { requested: 0, held: 0, rejected: 0, amountRequested: 0n, amountHeld: 0n };
  for (const request of requests) {
    result.amountRequested += dong(request.amountRequested);
    if (request.status === 'RELEASED') {
      continue;
    }
    if (request.status === 'HELD' || (request.status === 'RELEASE_ORDERED' && request.amountHeld)) {
      result.held += 1;
      result.amountHeld += dong(request.amountHeld) - dong(request.amountReleased);
    } else if (request.status === 'REJECTED') {
      result.rejected += 1;
    } else {
      result.requested += 1;
    }
  }
  return result;
}

export interface ReportFigures {
  /** Reports owed for periods still open (due today or later) and not yet handed in. */
  due: number;
  /** The next due date among those, if any. */
  nextDue: string | null;
  /** Reports owed for periods already due and not handed in (missing, draft or returned). */
  late: number;
  submitted: number;
  accepted: number;
}

function periodKey(year: number | undefined, kind: string | undefined): string {
  return `${year ?? 0}-${kind ?? ''}`;
}

/**
 * Who owes what, from the periods (with the units that owe each) and the reports the caller may see.
 * A report counts as handed in once SUBMITTED or ACCEPTED; only the units the caller sees reports of are counted,
 * so a unit's own user sees its own duties and a reader of consolidated figures the province's.
 */
export function reportFigures(periods: readonly ReportingPeriodInfo[], reports: readonly Report[], today: string,
  ownUnit: string | null): ReportFigures {
  const handedIn = new Set(reports.filter((r) => r.status === 'SUBMITTED' || r.status === 'ACCEPTED')
    .map((r) => `${periodKey(r.period?.year, r.period?.kind)}/${r.unit}`));
  const figures: ReportFigures = {
    due: 0, nextDue: null, late: 0,
    submitted: reports.filter((r) => r.status === 'SUBMITTED').length,
    accepted: reports.filter((r) => r.status === 'ACCEPTED').length,
  };
  for (const period of periods) {
    const units = (period.expectedUnits ?? []).filter((u) => ownUnit == null || u === ownUnit);
    const owing = units.filter((u) => !handedIn.has(`${periodKey(period.period?.year, period.period?.kind)}/${u}`)).length;
    if (!period.due || owing === 0) {
      continue;
    }
    if (period.due >= today) {
      figures.due += owing;
      figures.nextDue = figures.nextDue == null || period.due < figures.nextDue ? period.due : figures.nextDue;
    } else {
      figures.late += owing;
    }
  }
  return figures;
}

export interface BudgetExecution {
  planned: bigint;
  spent: bigint;
  /** spent / planned, 0 when nothing is planned. */
  share: number;
  lines: { id: string; labelVi: string; labelEn: string; planned: bigint; spent: bigint }[];
}

export function budgetExecution(lines: readonly BudgetLine[]): BudgetExecution {
  const planned = lines.reduce((sum, line) => sum + dong(line.planned), 0n);
  const spent = lines.reduce((sum, line) => sum + dong(line.spent), 0n);
  return {
    planned, spent,
    // Per mille in integers first, so that the share of two exact sums is rounded once.
    share: planned === 0n ? 0 : Number((spent * 1000n) / planned) / 1000,
    lines: lines.map((line) => ({
      id: line.id ?? '', labelVi: line.labelVi ?? '', labelEn: line.labelEn ?? '',
      planned: dong(line.planned), spent: dong(line.spent),
    })),
  };
}

/** One bank's quick response as the overview's table shows it: counts, shares as fractions, money exact. */
export interface BankRow {
  bank: string;
  sent: number;
  held: number;
  medianTimeToHold?: string;
  p90TimeToHold?: string;
  heldShare: number;
  returned: bigint;
  returnedShare: number;
}

/** The per-bank rows of case-service's statistics (shares come as basis points: 10000 = all). */
export function bankRows(stats: CaseStatistics): BankRow[] {
  return (stats.banks ?? []).map((b) => ({
    bank: b.bank ?? '',
    sent: Number(b.requestsSent ?? 0),
    held: Number(b.requestsHeld ?? 0),
    medianTimeToHold: b.medianTimeToHold,
    p90TimeToHold: b.p90TimeToHold,
    heldShare: (b.heldBasisPoints ?? 0) / 10_000,
    returned: dong(b.amountReturned),
    returnedShare: (b.returnedBasisPoints ?? 0) / 10_000,
  }));
}

/** Money reported returned to victims in the window, exact. */
export function moneyReturned(stats: CaseStatistics): bigint {
  return dong(stats.amountReturned);
}
