// Dates, times, numbers and money through Intl: Vietnamese formats, legal days in Asia/Ho_Chi_Minh
// whatever the browser's own time zone.
import { locale, type Language, language } from './i18n';

export const ZONE = 'Asia/Ho_Chi_Minh';

const cache = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>();

function formatter<T extends Intl.DateTimeFormat | Intl.NumberFormat>(key: string, make: () => T): T {
  let found = cache.get(key);
  if (!found) {
    found = make();
    cache.set(key, found);
  }
  return found as T;
}

function grouping(): Intl.NumberFormat {
  return formatter('money', () => new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 0, useGrouping: true }));
}

/** Whole đồng, grouped the Vietnamese way in either language: 7150000000 → "7.150.000.000 đ". */
export function formatMoney(dong: number | bigint | string): string {
  const value = typeof dong === 'string' ? BigInt(dong) : dong;
  return grouping().format(value) + ' đ';
}

/** A count or plain number in the current language: 1234 → "1.234" (vi) or "1,234" (en). */
export function formatNumber(value: number, lang: Language = language()): string {
  return formatter('number-' + lang, () => new Intl.NumberFormat(locale(lang))).format(value);
}

/** A share in per cent with one decimal: 0.125 → "12,5 %" (vi). */
export function formatPercent(share: number, lang: Language = language()): string {
  return formatter('percent-' + lang, () => new Intl.NumberFormat(locale(lang),
    { style: 'percent', maximumFractionDigits: 1, minimumFractionDigits: 0 })).format(share);
}

function dateParts(instant: Date, withTime: boolean): Record<string, string> {
  const options: Intl.DateTimeFormatOptions = {
    timeZone: ZONE, day: '2-digit', month: '2-digit', year: 'numeric',
    ...(withTime ? { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' as const } : {}),
  };
  const parts = formatter('parts-' + withTime, () => new Intl.DateTimeFormat('en-GB', options)).formatToParts(instant);
  return Object.fromEntries(parts.map((p) => [p.type, p.value]));
}

/** A legal day: "2026-06-14" or an instant → "14/06/2026" (the day in Asia/Ho_Chi_Minh). */
export function formatDate(value: string | Date): string {
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) {
    const [y, m, d] = value.split('-');
    return `${d}/${m}/${y}`;
  }
  const p = dateParts(typeof value === 'string' ? new Date(value) : value, false);
  return `${p.day}/${p.month}/${p.year}`;
}

/** A moment, in Vietnam's time: "2026-06-14T01:30:00Z" → "14/06/2026 08:30". */
export function formatDateTime(value: string | Date): string {
  const p = dateParts(typeof value === 'string' ? new Date(value) : value, true);
  return `${p.day}/${p.month}/${p.year} ${p.hour}:${p.minute}`;
}

/** Today's date in Asia/Ho_Chi_Minh as ISO "yyyy-mm-dd" (the legal day, not the browser's). */
export function todayInVietnam(now: Date = new Date()): string {
  const p = dateParts(now, false);
  return `${p.year}-${p.month}-${p.day}`;
}

/** "14/06/2026" → "2026-06-14", or null when it is no real day. */
export function parseDate(text: string): string | null {
  const match = /^\s*(\d{1,2})\/(\d{1,2})\/(\d{4})\s*$/.exec(text);
  if (!match) {
    return null;
  }
  const [d, m, y] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const check = new Date(Date.UTC(y, m - 1, d));
  if (check.getUTCFullYear() !== y || check.getUTCMonth() !== m - 1 || check.getUTCDate() !== d) {
    return null;
  }
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** "45.000.000" or "45000000" → 45000000 whole đồng, or null. Never a fraction: money is whole đồng. */
export function parseMoney(text: string): number | null {
  const digits = text.trim().replace(/\s*đ$/i, '');
  if (!/^\d{1,3}(\.\d{3})*$|^\d+$/.test(digits)) {
    return null;
  }
  const value = Number(digits.replace(/\./g, ''));
  return Number.isSafeInteger(value) ? value : null;
}
