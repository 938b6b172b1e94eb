// The template editor's rules, as plain functions tested without a browser. report-service checks every template
// again (TemplateRules) and its field errors, by indicator index, are what the page shows beside each field.
import type { IndicatorMeasure, ReportTemplate, TemplateIndicator } from '../../generated/report';

/** Where an indicator's value comes from: the unit types it, or a service pre-fills it (lachan.report.v1). */
export const SOURCES: readonly string[] = ['unit', 'tip-service', 'case-service', 'budget-service'];

/** One indicator as the editor holds it: every field a text or flag the form can show. */
export interface Row {
  code: string;
  labelVi: string;
  labelEn: string;
  measure: IndicatorMeasure | '';
  required: boolean;
  source: string;
  duty: string;
}

export function newRow(): Row {
  return { code: '', labelVi: '', labelEn: '', measure: 'COUNT', required: false, source: 'unit', duty: '' };
}

export function rowsOf(template: ReportTemplate | null): Row[] {
  return (template?.indicators ?? []).map((i) => ({
    code: i.code ?? '', labelVi: i.labelVi ?? '', labelEn: i.labelEn ?? '', measure: i.measure ?? '',
    required: i.required ?? false, source: i.source || 'unit', duty: i.duty ?? '',
  }));
}

/** The indicators as the contract writes them, texts trimmed; an empty measure is left out for the server to name. */
export function indicatorsOf(rows: readonly Row[]): TemplateIndicator[] {
  return rows.map((r) => ({
    code: r.code.trim(), labelVi: r.labelVi.trim(), labelEn: r.labelEn.trim(),
    ...(r.measure ? { measure: r.measure } : {}), required: r.required, source: r.source, duty: r.duty.trim(),
  }));
}

/** The rows with row {@code index} moved by {@code by} places (−1 up, +1 down); unchanged at either end. */
export function moved<T>(rows: readonly T[], index: number, by: number): T[] {
  const to = index + by;
  if (index < 0 || index >= rows.length || to < 0 || to >= rows.length) {
    return [...rows];
  }
  const copy = [...rows];
  const [row] = copy.splice(index, 1);
  copy.splice(to, 0, row);
  return copy;
}

/** The request field of an indicator's field, as report-service names it in its errors: indicators[2].label_vi. */
export function indicatorField(index: number, field: 'code' | 'label_vi' | 'label_en' | 'measure' | 'source' | 'duty'):
  string {
  return `indicators[${index}].${field}`;
}

/** Whether the editor changed anything since the template was read (a leave-the-page guard would ask). */
export function changed(template: ReportTemplate | null, rows: readonly Row[]): boolean {
  return JSON.stringify(indicatorsOf(rowsOf(template))) !== JSON.stringify(indicatorsOf(rows));
}
