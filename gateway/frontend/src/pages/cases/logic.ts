// The case pages' rules of display, as plain functions tested without a browser. They only decide what to offer:
// case-service checks every move, unit and amount again and its refusal is what the page shows.
import type { CrimeCategory, ListPenalCodeArticlesResponse, Stage } from '../../generated/cases';
import type { Unit } from '../../generated/report';

/** A clause of an article: the crime category its heaviest penalty fixes and the investigation's months. */
export interface Clause {
  category: CrimeCategory;
  months: number;
}

export interface Article {
  number: number;
  vi: string;
  en: string;
  /** Clause 1 first. */
  clauses: Clause[];
}

/** The articles as case-service serves them (GET /api/v1/cases/penal-code): what it decides with, not a copy. */
export function articlesOf(answer: ListPenalCodeArticlesResponse | null | undefined): Article[] {
  return (answer?.articles ?? []).map((a) => ({
    number: a.number ?? 0,
    vi: a.nameVi ?? '',
    en: a.nameEn ?? '',
    clauses: (a.clauses ?? []).map((c) => ({ category: c.category ?? 'LESS_SERIOUS', months: c.investigationMonths ?? 0 })),
  }));
}

export function article(articles: readonly Article[], number: number): Article | undefined {
  return articles.find((a) => a.number === number);
}

/** The investigation runs in these stages (its time limit counts only then). */
export function investigating(stage: Stage | undefined): boolean {
  return stage === 'INVESTIGATION';
}

/** A unit and the units below it: a unit's code extends its superior's (cong-an-tinh-pa05 is under cong-an-tinh). */
export function isUnitOrBelow(code: string, unit: string): boolean {
  return code === unit || code.startsWith(unit + '-');
}

/** The police units a case opened by someone of ownUnit may be led by: that unit and those below it, own first. */
export function leadUnitChoices(units: readonly Unit[], ownUnit: string): Unit[] {
  return units.filter((u) => u.kind === 'police' && u.code != null && isUnitOrBelow(u.code, ownUnit))
    .sort((a, b) => (a.code === ownUnit ? -1 : b.code === ownUnit ? 1 : (a.code ?? '').localeCompare(b.code ?? '')));
}

/** Days from today to a legal day (both ISO), negative once it has passed. */
export function daysUntil(today: string, day: string): number {
  return Math.round((Date.parse(day + 'T00:00:00Z') - Date.parse(today + 'T00:00:00Z')) / 86_400_000);
}

export type DeadlineState = { kind: 'overdue'; days: number } | { kind: 'today' } | { kind: 'soon'; days: number }
  | { kind: 'ok'; days: number };

/** Where a time limit stands today: overdue, today, within 10 days (when an extension must already be asked) or later. */
export function deadlineState(today: string, due: string): DeadlineState {
  const days = daysUntil(today, due);
  if (days < 0) {
    return { kind: 'overdue', days: -days };
  }
  if (days === 0) {
    return { kind: 'today' };
  }
  return days <= 10 ? { kind: 'soon', days } : { kind: 'ok', days };
}

/** "45.000.000", "45000000" or "45.000.000 đ" → "45000000" whole đồng as proto3 JSON writes it, or null. */
export function parseDong(text: string): string | null {
  const digits = text.trim().replace(/\s*(đ|đồng|vnd)$/i, '').trim();
  if (!/^\d{1,3}(\.\d{3})*$|^\d+$/.test(digits)) {
    return null;
  }
  return BigInt(digits.replace(/\./g, '')).toString();
}

/** Tip ids typed one per line or separated by commas or spaces; blanks dropped. */
export function splitIds(text: string): string[] {
  return text.split(/[\s,;]+/).map((s) => s.trim()).filter((s) => s !== '');
}

/** The Idempotency-Key for a submission: the same request again (a retry) keeps the key, a changed one gets a new key. */
export function keyFor(last: { body: string; key: string } | null, body: unknown, fresh: () => string):
  { body: string; key: string } {
  const text = JSON.stringify(body);
  return last && last.body === text ? last : { body: text, key: fresh() };
}
