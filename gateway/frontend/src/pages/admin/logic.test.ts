import { describe, expect, it } from 'vitest';
import type { ReportTemplate } from '../../generated/report';
import { changed, indicatorField, indicatorsOf, moved, newRow, rowsOf } from './logic';

const template: ReportTemplate = {
  appliesTo: 'bank', version: 3,
  indicators: [
    { code: 'accounts.frozen', labelVi: 'Số tài khoản phong tỏa', labelEn: 'Accounts frozen', measure: 'COUNT', required: true,
      source: 'unit', duty: 'II.4' },
    { code: 'money.held', labelVi: 'Số tiền tạm giữ', labelEn: 'Money held', measure: 'DONG' },
  ],
};

describe('rows', () => {
  it('reads a template into rows and writes the same indicators back', () => {
    const rows = rowsOf(template);
    expect(rows[1]).toEqual({ code: 'money.held', labelVi: 'Số tiền tạm giữ', labelEn: 'Money held', measure: 'DONG',
      required: false, source: 'unit', duty: '' });
    expect(indicatorsOf(rows)[0]).toEqual(template.indicators?.[0]);
    expect(changed(template, rows)).toBe(false);
  });

  it('trims what was typed and leaves an empty measure for the server to name', () => {
    const row = { ...newRow(), code: ' atm.inspected ', labelVi: ' Số ATM ', measure: '' as const };
    expect(indicatorsOf([row])[0]).toEqual({ code: 'atm.inspected', labelVi: 'Số ATM', labelEn: '', required: false,
      source: 'unit', duty: '' });
  });

  it('sees a change in any field, and in the order', () => {
    const rows = rowsOf(template);
    expect(changed(template, moved(rows, 0, 1))).toBe(true);
    rows[0].required = false;
    expect(changed(template, rows)).toBe(true);
    expect(changed(null, [])).toBe(false);
  });
});

describe('moved', () => {
  it('moves a row up or down and leaves the ends as they are', () => {
    expect(moved(['a', 'b', 'c'], 2, -1)).toEqual(['a', 'c', 'b']);
    expect(moved(['a', 'b', 'c'], 0, 1)).toEqual(['b', 'a', 'c']);
    expect(moved(['a', 'b', 'c'], 0, -1)).toEqual(['a', 'b', 'c']);
    expect(moved(['a', 'b', 'c'], 2, 1)).toEqual(['a', 'b', 'c']);
  });
});

describe('indicatorField', () => {
  it('names the field as report-service does in its errors', () => {
    expect(indicatorField(2, 'label_vi')).toBe('indicators[2].label_vi');
  });
});
