import { describe, expect, it } from 'vitest';
import type { Indicator, Report, ReportingPeriodInfo } from '../../generated/report';
import {
  changed, controlId, daysBetween, defaultYear, documentName, entries, errorTarget, lastReturn, latestRevisions,
  placeErrors, planYears, share, unitPeriods,
} from './logic';

const period = (year: number, kind: 'HALF_YEAR' | 'YEAR', due: string, units: string[]): ReportingPeriodInfo => ({
  period: { year, kind }, due, window: { from: `${year - 1}-12-15`, to: kind === 'YEAR' ? `${year}-12-14` : `${year}-06-14` },
  expectedUnits: units,
});

const PERIODS = [
  period(2025, 'HALF_YEAR', '2025-06-14', ['huyen-cao-lanh', 'so-tu-phap']),
  period(2025, 'YEAR', '2025-11-14', ['so-tu-phap']),
  period(2026, 'HALF_YEAR', '2026-06-14', ['so-tu-phap']),
];

describe('the periods a unit deals with', () => {
  it('lists the owed periods newest first with their standing, overdue only while not submitted', () => {
    const reports: Report[] = [
      { id: 'a', unit: 'so-tu-phap', period: { year: 2025, kind: 'HALF_YEAR' }, status: 'ACCEPTED', revision: 1 },
      { id: 'b', unit: 'so-tu-phap', period: { year: 2025, kind: 'YEAR' }, status: 'DRAFT', revision: 1 },
    ];
    const rows = unitPeriods(PERIODS, reports, 'so-tu-phap', '2025-11-20');
    expect(rows.map((r) => [r.info.period?.year, r.info.period?.kind, r.standing, r.overdue, r.daysLeft])).toEqual([
      [2026, 'HALF_YEAR', 'NOT_STARTED', false, 206],
      [2025, 'YEAR', 'DRAFT', true, -6],
      [2025, 'HALF_YEAR', 'ACCEPTED', false, -159],
    ]);
  });

  it('leaves out what the unit does not owe unless it has a report for it (a district after 30 June 2025)', () => {
    const late: Report = { id: 'c', unit: 'huyen-cao-lanh', period: { year: 2025, kind: 'YEAR' }, status: 'DRAFT' };
    const rows = unitPeriods(PERIODS, [late], 'huyen-cao-lanh', '2025-07-01');
    expect(rows.map((r) => [r.info.period?.kind, r.owed])).toEqual([['YEAR', false], ['HALF_YEAR', true]]);
  });

  it('shows a correction, not the accepted revision it corrects', () => {
    const reports: Report[] = [
      { id: 'r1', unit: 'x', period: { year: 2025, kind: 'YEAR' }, status: 'ACCEPTED', revision: 1 },
      { id: 'r2', unit: 'x', period: { year: 2025, kind: 'YEAR' }, status: 'DRAFT', revision: 2 },
      { id: 'o', unit: 'y', period: { year: 2025, kind: 'YEAR' }, status: 'SUBMITTED' },
    ];
    expect(latestRevisions(reports).map((r) => r.id).sort()).toEqual(['o', 'r2']);
  });

  it('counts days in legal days, across months and years', () => {
    expect(daysBetween('2025-06-14', '2025-06-14')).toBe(0);
    expect(daysBetween('2024-12-31', '2025-01-01')).toBe(1);
    expect(daysBetween('2025-11-20', '2025-11-14')).toBe(-6);
  });
});

describe('the report form', () => {
  const indicators: Indicator[] = [
    { code: 'tips.prosecuted', source: 'tip-service', value: '3', prefilledValue: '3' },
    { code: 'propaganda.sessions', source: 'unit', value: '2' },
    { code: 'training.sessions', source: 'unit' },
  ];
  const report: Report = { id: 'r', indicators, narrative: 'Đã làm.' };

  it('sends every indicator in order with what the form shows, a reason only for pre-filled figures', () => {
    const edits = new Map([['training.sessions', { value: ' 12 ' }], ['tips.prosecuted', { value: '4', reason: ' đếm lại ' }]]);
    expect(entries(indicators, edits)).toEqual([
      { code: 'tips.prosecuted', value: '4', overrideReason: 'đếm lại' },
      { code: 'propaganda.sessions', value: '2', overrideReason: '' },
      { code: 'training.sessions', value: '12', overrideReason: '' },
    ]);
  });

  it('knows whether anything was changed', () => {
    expect(changed(report, new Map(), undefined)).toBe(false);
    expect(changed(report, new Map([['propaganda.sessions', { value: '2 ' }]]), 'Đã làm.')).toBe(false);
    expect(changed(report, new Map([['propaganda.sessions', { value: '5' }]]), undefined)).toBe(true);
    expect(changed(report, new Map(), 'Thêm nội dung.')).toBe(true);
  });

  it('puts the server field errors next to the indicator they name, by position or by code', () => {
    const sent = ['tips.prosecuted', 'propaganda.sessions'];
    expect(errorTarget('indicators[1].value', sent)).toBe('ind-propaganda-sessions-value');
    expect(errorTarget('indicators[0].override_reason', sent)).toBe('ind-tips-prosecuted-reason');
    expect(errorTarget('indicators[training.sessions]', sent)).toBe('ind-training-sessions-value');
    expect(errorTarget('indicators[7].value', sent)).toBe('indicators[7].value');
    expect(errorTarget('narrative', sent)).toBe('narrative');
    expect(placeErrors([{ field: 'indicators[1].value', vi: 'Không được âm.' }], sent))
      .toEqual([{ field: 'ind-propaganda-sessions-value', vi: 'Không được âm.' }]);
    expect(controlId('accounts.suspicious_reported', 'value')).toBe('ind-accounts-suspicious_reported-value');
  });

  it('shows the last return comment', () => {
    expect(lastReturn([{ action: 'SUBMIT' }, { action: 'RETURN', comment: 'Sai số liệu' }, { action: 'SUBMIT' },
      { action: 'RETURN', comment: 'Thiếu phần kiến nghị' }])?.comment).toBe('Thiếu phần kiến nghị');
    expect(lastReturn([{ action: 'CREATE' }])).toBeNull();
  });
});

describe('periods and documents', () => {
  it('offers the plan years newest first and a default year within the plan', () => {
    expect(planYears()).toEqual([2026, 2025, 2024, 2023, 2022]);
    expect(defaultYear('2026-12-05')).toBe(2026);
    expect(defaultYear('2027-01-02')).toBe(2026);
    expect(defaultYear('2021-05-01')).toBe(2022);
  });

  it('names the document after its period and format', () => {
    expect(documentName(2025, 'HALF_YEAR', 'PDF')).toBe('bao-cao-tong-hop-2025-6-thang.pdf');
    expect(documentName(2024, 'YEAR', 'DOCX')).toBe('bao-cao-tong-hop-2024-nam.docx');
  });

  it('shares nothing of nothing', () => {
    expect(share(3, 4)).toBe(0.75);
    expect(share(0, 0)).toBe(0);
  });
});
