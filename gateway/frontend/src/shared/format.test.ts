import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, formatMoney, formatNumber, formatPercent, parseDate, parseMoney, todayInVietnam } from './format';

describe('money in whole đồng', () => {
  it('is grouped with dots and ends in đ', () => {
    expect(formatMoney(7_150_000_000)).toBe('7.150.000.000 đ');
    expect(formatMoney(0)).toBe('0 đ');
    expect(formatMoney(-45_000)).toBe('-45.000 đ');
  });

  it('keeps amounts beyond a double exactly, given as text or bigint', () => {
    expect(formatMoney('9007199254740993')).toBe('9.007.199.254.740.993 đ');
    expect(formatMoney(12n)).toBe('12 đ');
  });

  it('reads what people type, grouped or not, and refuses fractions and junk', () => {
    expect(parseMoney('45.000.000')).toBe(45_000_000);
    expect(parseMoney('45000000')).toBe(45_000_000);
    expect(parseMoney('45.000.000 đ')).toBe(45_000_000);
    expect(parseMoney('45,5')).toBeNull();
    expect(parseMoney('4.50')).toBeNull();
    expect(parseMoney('abc')).toBeNull();
    expect(parseMoney('')).toBeNull();
  });
});

describe('days and times in Asia/Ho_Chi_Minh', () => {
  it('shows an instant in Vietnam time whatever the browser zone', () => {
    expect(formatDateTime('2026-06-14T01:30:00Z')).toBe('14/06/2026 08:30');
    expect(formatDateTime('2026-06-14T17:05:00Z')).toBe('15/06/2026 00:05');
  });

  it('shows a legal day as it is and an instant as its Vietnamese day', () => {
    expect(formatDate('2026-06-14')).toBe('14/06/2026');
    expect(formatDate('2026-06-14T18:00:00Z')).toBe('15/06/2026');
  });

  it('tells today in Vietnam, a day ahead of UTC late in the evening', () => {
    expect(todayInVietnam(new Date('2026-12-31T17:00:00Z'))).toBe('2027-01-01');
    expect(todayInVietnam(new Date('2026-12-31T16:59:00Z'))).toBe('2026-12-31');
  });

  it('reads dd/mm/yyyy and refuses days that do not exist', () => {
    expect(parseDate('14/06/2026')).toBe('2026-06-14');
    expect(parseDate('1/2/2026')).toBe('2026-02-01');
    expect(parseDate('29/02/2026')).toBeNull();
    expect(parseDate('29/02/2028')).toBe('2028-02-29');
    expect(parseDate('2026-06-14')).toBeNull();
  });
});

describe('numbers follow the language', () => {
  it('groups with dots in Vietnamese and commas in English', () => {
    expect(formatNumber(1234567, 'vi')).toBe('1.234.567');
    expect(formatNumber(1234567, 'en')).toBe('1,234,567');
  });

  it('writes shares with a decimal comma in Vietnamese', () => {
    expect(formatPercent(0.125, 'vi')).toMatch(/^12,5\s?%$/);
    expect(formatPercent(0.125, 'en')).toBe('12.5%');
  });
});
