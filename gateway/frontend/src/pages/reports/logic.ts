// The reports pages' plain logic: which periods a unit owes and how its report stands, what the form sends, where a
// refusal's field errors go, the reviewers' last comment and the consolidated document's file name. No DOM here.
import type { FieldError } from '../../shared/api';
import type { PeriodKind, ReportingPeriod } from '../../generated/common';
import type { Indicator, Report, ReportEvent, ReportingPeriodInfo, ReportStatus } from '../../generated/report';

/** The plan's years (report-service: ReportingPeriod.FIRST_YEAR … LAST_YEAR). */
export const PLAN_FIRST_YEAR = 2022;
export const PLAN_LAST_YEAR = 2026;

export function planYears(): number[] {
  const years: number[] = [];
  for (let y = PLAN_LAST_YEAR; y >= PLAN_FIRST_YEAR; y--) {
    years.push(y);
  }
  return years;
}

/** The year to show first: this year while the plan runs, else its nearest end. */
export function defaultYear(today: string): number {
  const year = Number(today.slice(0, 4));
  return Math.min(PLAN_LAST_YEAR, Math.max(PLAN_FIRST_YEAR, year));
}

export function samePeriod(a: ReportingPeriod | undefined, b: ReportingPeriod | undefined): boolean {
  return !!a && !!b && a.year === b.year && a.kind === b.kind;
}

export function periodKey(p: ReportingPeriod | undefined): string {
  return `${p?.year ?? 0}-${p?.kind ?? ''}`;
}

/** Of each unit's and period's revisions, the newest (the correction when one is open). */
export function latestRevisions(reports: readonly Report[]): Report[] {
  const newest = new Map<string, Report>();
  for (const r of reports) {
    const key = `${r.unit ?? ''}|${periodKey(r.period)}`;
    const known = newest.get(key);
    if (!known || (r.revision ?? 1) > (known.revision ?? 1)) {
      newest.set(key, r);
    }
  }
  return [...newest.values()];
}

/** Whole days from today to day (both ISO dates); negative when day is past. */
export function daysBetween(today: string, day: string): number {
  const [a, b] = [Date.parse(today + 'T00:00:00Z'), Date.parse(day + 'T00:00:00Z')];
  return Math.round((b - a) / 86_400_000);
}

/** How a unit's report of a period stands for its submitters. */
export type Standing = 'NOT_STARTED' | ReportStatus;

export interface PeriodRow {
  info: ReportingPeriodInfo;
  /** The newest revision of the unit's report; absent when none is started. */
  report?: Report;
  standing: Standing;
  /** Whether the unit owes this report (the registry as of the period). */
  owed: boolean;
  /** Not submitted and past the due day. */
  overdue: boolean;
  /** Days until the due day (negative when past). */
  daysLeft: number;
}

/**
 * The periods a unit deals with, newest first: those it owes, and any it has a report for (a late or corrected one).
 */
export function unitPeriods(periods: readonly ReportingPeriodInfo[], reports: readonly Report[], unit: string,
  today: string): PeriodRow[] {
  const mine = latestRevisions(reports.filter((r) => r.unit === unit));
  const rows: PeriodRow[] = [];
  for (const info of periods) {
    const report = mine.find((r) => samePeriod(r.period, info.period));
    const owed = (info.expectedUnits ?? []).includes(unit);
    if (!owed && !report) {
      continue;
    }
    const standing: Standing = report?.status ?? 'NOT_STARTED';
    const daysLeft = info.due ? daysBetween(today, info.due) : 0;
    const submitted = standing === 'SUBMITTED' || standing === 'ACCEPTED';
    rows.push({ info, report, standing, owed, daysLeft, overdue: !submitted && daysLeft < 0 });
  }
  return rows.sort((a, b) => (b.info.due ?? '').localeCompare(a.info.due ?? ''));
}

/** What the unit may do with a report in a state: enter figures and submit, or open a correction. */
export function editable(status: ReportStatus | undefined): boolean {
  return status === 'DRAFT' || status === 'RETURNED';
}

/** The unit's edits of one indicator, as typed (nothing is lost on a refusal or a language change). */
export interface Edit {
  value?: string;
  reason?: string;
}

/** An indicator's value as the form shows it: the typed text, else the stored value. */
export function shownValue(indicator: Indicator, edit: Edit | undefined): string {
  return edit?.value ?? (indicator.value ?? '');
}

export function shownReason(indicator: Indicator, edit: Edit | undefined): string {
  return edit?.reason ?? (indicator.overrideReason ?? '');
}

/** Whether an indicator is pre-filled by another service (so that changing it needs a reason). */
export function prefilled(indicator: Indicator): boolean {
  return !!indicator.source && indicator.source !== 'unit';
}

export interface IndicatorEntry {
  code: string;
  value: string;
  overrideReason: string;
}

/**
 * The PATCH body's entries: every indicator of the report, in its order, with what the form shows (so that the
 * server's field errors, which name entries by position, map back to codes with {@link errorTarget}).
 */
export function entries(indicators: readonly Indicator[], edits: ReadonlyMap<string, Edit>): IndicatorEntry[] {
  return indicators.map((i) => ({
    code: i.code ?? '',
    value: shownValue(i, edits.get(i.code ?? '')).trim(),
    overrideReason: prefilled(i) ? shownReason(i, edits.get(i.code ?? '')).trim() : '',
  }));
}

/** Whether the form differs from the stored report. */
export function changed(report: Report, edits: ReadonlyMap<string, Edit>, narrative: string | undefined): boolean {
  if (narrative !== undefined && narrative !== (report.narrative ?? '')) {
    return true;
  }
  return (report.indicators ?? []).some((i) => {
    const e = edits.get(i.code ?? '');
    return (e?.value !== undefined && e.value.trim() !== (i.value ?? ''))
      || (e?.reason !== undefined && prefilled(i) && e.reason.trim() !== (i.overrideReason ?? ''));
  });
}

/**
 * The form's field for a server field error: "indicators[2].value" (the third entry sent) → "ind-<code>-value",
 * "indicators[2].override_reason" → "ind-<code>-reason", "indicators[<code>]" (a required figure missing at
 * submission) → "ind-<code>-value"; other fields as they are.
 */
export function errorTarget(field: string, sent: readonly string[]): string {
  const byPosition = /^indicators\[(\d+)\](?:\.(\w+))?$/.exec(field);
  if (byPosition) {
    const code = sent[Number(byPosition[1])];
    if (code !== undefined) {
      return controlId(code, byPosition[2] === 'override_reason' || byPosition[2] === 'overrideReason' ? 'reason' : 'value');
    }
  }
  const byCode = /^indicators\[([^\]]+)\](?:\.(\w+))?$/.exec(field);
  if (byCode && !/^\d+$/.test(byCode[1])) {
    return controlId(byCode[1], 'value');
  }
  return field;
}

/** The id of an indicator's control: "tips.prosecuted" → "ind-tips-prosecuted-value" (no dots in ids). */
export function controlId(code: string, part: 'value' | 'reason'): string {
  return `ind-${code.replace(/[^A-Za-z0-9_-]/g, '-')}-${part}`;
}

/** The field errors with the form's own field names. */
export function placeErrors(errors: readonly FieldError[], sent: readonly string[]): FieldError[] {
  return errors.map((e) => ({ ...e, field: errorTarget(e.field, sent) }));
}

/** The reviewers' latest word to the unit: the comment of the last return, while the report is returned. */
export function lastReturn(history: readonly ReportEvent[] | undefined): ReportEvent | null {
  const returns = (history ?? []).filter((e) => e.action === 'RETURN');
  return returns.length > 0 ? returns[returns.length - 1] : null;
}

/** The first submission of a report (for the reviewers' queue), or null. */
export function lastSubmitted(history: readonly ReportEvent[] | undefined): string | null {
  const submits = (history ?? []).filter((e) => e.action === 'SUBMIT');
  return submits.length > 0 ? submits[submits.length - 1].at ?? null : null;
}

export type DocumentFormat = 'PDF' | 'DOCX';

/** The downloaded document's name: "bao-cao-tong-hop-2025-6-thang.pdf". */
export function documentName(year: number, kind: PeriodKind, format: DocumentFormat): string {
  return `bao-cao-tong-hop-${year}-${kind === 'HALF_YEAR' ? '6-thang' : 'nam'}.${format === 'PDF' ? 'pdf' : 'docx'}`;
}

export function documentType(format: DocumentFormat): string {
  return format === 'PDF' ? 'application/pdf'
    : 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
}

/** A completeness share: accepted of expected, 0 when nothing is expected. */
export function share(part: number, whole: number): number {
  return whole > 0 ? part / whole : 0;
}

/** An int64 count of proto3 JSON (a string, or absent for 0) as a number; counts of units stay small. */
export function count(value: string | number | undefined): number {
  return Number(value ?? 0);
}
