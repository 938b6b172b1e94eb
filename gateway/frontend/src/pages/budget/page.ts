// Kinh phí: a year's execution (plan → allocated → committed → spent → available by line, unit and month, and the
// plan reconciled against Appendix 2), the allocations and their approval, the units' commitments and spending, and
// the changes of the plan (transfers, revisions, carry-forwards) with what they moved. Amounts are whole đồng,
// exact (BigInt on the API's strings); every refusal is shown next to its field, and nothing typed is lost.
import { html, nothing, render, type TemplateResult } from 'lit';
import { failureText, get, newIdempotencyKey, post, withQuery, type FieldError, type Result } from '../../shared/api';
import { clearFieldErrors, focusFirstInvalid, showFieldErrors, summary } from '../../shared/forms';
import { formatDate, formatDateTime, formatMoney, parseDate, todayInVietnam } from '../../shared/format';
import { addMessages, language, locale, pick, t } from '../../shared/i18n';
import { hasAnyRole, type Page, type PageContext } from '../../shared/page';
import type {
  Allocation, AllocationStatus, BudgetChange, BudgetChangeKind, BudgetLine, Commitment, Execution,
  ListAllocationsResponse, ListBudgetLinesResponse, ListChangesResponse, ListCommitmentsResponse, ListOverridesResponse,
  Spending, SpendingOverride, YearPlan,
} from '../../generated/budget';
import { BUDGET_CHANGE_KIND, REVISION_DIRECTION } from '../../generated/budget';
import type { ListUnitsResponse, Unit } from '../../generated/report';
import { barChart } from '../home/charts';
import {
  PLAN_YEARS, checkYearPlan, defaultYear, dong, figures, millions, months, monthsReconcile, parseDong,
  percentOfBasisPoints, reconcileExecution, unitsOf, unitView, type Figures,
} from './figures';
import vi from './vi.json';
import en from './en.json';

addMessages('budget', vi, en);

type Tab = 'execution' | 'allocations' | 'spending' | 'changes';
const TABS: readonly Tab[] = ['execution', 'allocations', 'spending', 'changes'];

type Loadable<T> = { state: 'loading' } | { state: 'ok'; value: T } | { state: 'failed'; text: string };

interface FormState {
  busy: boolean;
  message: string;
  success: boolean;
  errors: FieldError[];
  key: string;
}

interface State {
  year: number;
  today: string;
  lines: Loadable<BudgetLine[]>;
  units: Unit[] | null;
  execution: Loadable<Execution>;
  /** The execution shown: one line of the year and/or one unit, or all ('' each). */
  filter: { line: string; unit: string };
  /** The units with a row in the execution of the year (and line) as last read without a unit chosen. */
  executionUnits: string[];
  plan: Loadable<YearPlan>;
  allocations: Loadable<Allocation[]>;
  commitments: Loadable<Commitment[]>;
  overrides: Loadable<SpendingOverride[]>;
  /** A spending refused above the allocation, which the spender may ask an approver to allow. */
  overrideOffer: { lineId: string; body: Record<string, unknown>; key: string } | null;
  changes: Loadable<BudgetChange[]>;
  forms: Record<string, FormState>;
  /** The outcome of an approval or a rejection, by row. */
  decisions: Map<string, string>;
  spendingKind: 'spending' | 'commitment';
  changeKind: BudgetChangeKind;
  /** What is being asked again: the page keeps showing the last answer meanwhile, marked busy. */
  pending: Set<string>;
}

let state: State | null = null;

/** The page's state, made when the section is first shown. */
function st(): State {
  if (!state) {
    throw new Error('budget page not shown');
  }
  return state;
}
let shownIn: HTMLElement | null = null;
let current: { target: HTMLElement; path: string[]; context: PageContext } | null = null;

function redraw(): void {
  if (current && shownIn === current.target) {
    draw(current.target, current.path, current.context);
  }
}

function loaded<T, U>(result: Result<T>, map: (body: T) => U): Loadable<U> {
  return result.ok ? { state: 'ok', value: map(result.body ?? ({} as T)) }
    : { state: 'failed', text: failureText(result.status, result.problem, t) };
}

function form(id: string): FormState {
  const s = st();
  s.forms[id] ??= { busy: false, message: '', success: false, errors: [], key: newIdempotencyKey() };
  return s.forms[id];
}

type Item = 'lines' | 'units' | 'execution' | 'plan' | 'allocations' | 'commitments' | 'overrides' | 'changes';

function load(what: readonly Item[]): void {
  const s = st();
  const year = s.year;
  const fetchers: Record<Item, () => Promise<() => void>> = {
    lines: async () => { const r = await get<ListBudgetLinesResponse>('/api/v1/budget/lines', { year });
      return () => { s.lines = loaded(r, (b) => b.lines ?? []); }; },
    units: async () => { const r = await get<ListUnitsResponse>('/api/v1/units');
      return () => { s.units = r.ok ? r.body?.units ?? [] : null; }; },
    execution: async () => {
      const { line, unit } = s.filter;
      const r = await get<Execution>('/api/v1/budget/execution', { year, lineId: line, unit });
      return () => {
        s.execution = loaded(r, (b) => b);
        if (r.ok && !unit) {
          s.executionUnits = unitsOf(r.body ?? {});
        }
      }; },
    plan: async () => { const r = await get<YearPlan>(`/api/v1/budget/years/${year}/plan`);
      return () => { s.plan = loaded(r, (b) => b); }; },
    allocations: async () => { const r = await get<ListAllocationsResponse>('/api/v1/budget/allocations', { year });
      return () => { s.allocations = loaded(r, (b) => b.allocations ?? []); }; },
    commitments: async () => { const r = await get<ListCommitmentsResponse>('/api/v1/budget/commitments', { year });
      return () => { s.commitments = loaded(r, (b) => b.commitments ?? []); }; },
    overrides: async () => { const r = await get<ListOverridesResponse>('/api/v1/budget/overrides', { year });
      return () => { s.overrides = loaded(r, (b) => b.overrides ?? []); }; },
    changes: async () => { const r = await get<ListChangesResponse>('/api/v1/budget/changes', { year });
      return () => { s.changes = loaded(r, (b) => b.changes ?? []); }; },
  };
  for (const item of what) {
    const asked = Symbol(item);
    s.pending.add(item);
    latest.set(item, asked);
    void fetchers[item]().then((apply) => {
      // Only the latest answer for the page's current year counts.
      if (state === s && s.year === year && latest.get(item) === asked) {
        apply();
        s.pending.delete(item);
        redraw();
      }
    });
  }
}

const latest = new Map<Item, symbol>();

/** Another year: nothing of the year before is shown meanwhile. */
function changeYear(year: number): void {
  const s = st();
  s.year = year;
  s.forms = {};
  s.decisions.clear();
  s.lines = s.execution = s.plan = s.allocations = s.commitments = s.overrides = s.changes = { state: 'loading' };
  s.filter = { line: '', unit: '' };
  s.executionUnits = [];
  s.overrideOffer = null;
  loadAll();
  redraw();
}

/** Another line or unit of the execution: its figures, totals and months asked for again. */
function changeFilter(filter: Partial<State['filter']>): void {
  const s = st();
  s.filter = { ...s.filter, ...filter };
  load(['execution']);
  redraw();
}

function loadAll(): void {
  load(['lines', 'units', 'execution', 'plan', 'allocations', 'commitments', 'overrides', 'changes']);
}

// ---------------------------------------------------------------------------------------------------------------
// Small pieces

function unitName(code: string | undefined): string {
  const unit = state?.units?.find((u) => u.code === code);
  return unit ? pick(unit.nameVi, unit.nameEn) : code ?? '';
}

function lineLabel(id: string | undefined): string {
  const s = st();
  const line = s.lines.state === 'ok' ? s.lines.value.find((l) => l.id === id) : undefined;
  return line ? pick(line.labelVi, line.labelEn) : id ?? '';
}

function money(value: bigint | { dong?: string } | undefined): string {
  return formatMoney(typeof value === 'bigint' ? value : dong(value));
}

function status(s: AllocationStatus | undefined): string {
  return t('budget.status.' + (s ?? 'REQUESTED'));
}

function unavailable<T>(data: Loadable<T>, body: (value: T) => TemplateResult): TemplateResult {
  if (data.state === 'loading') {
    return html`<p class="muted">${t('common.loading')}</p>`;
  }
  if (data.state === 'failed') {
    return html`<p class="tips-alert" role="alert">${data.text}</p>`;
  }
  return body(data.value);
}

function field(id: string, name: string, label: string, control: TemplateResult, hint?: string, wide = false): TemplateResult {
  return html`<div class=${wide ? 'field wide' : 'field'}>
    <label for=${id}>${label}</label>
    ${control}
    ${hint ? html`<p class="hint" id=${id + '-hint'}>${hint}</p>` : nothing}
    <p class="field-error" id=${id + '-error'} data-field=${name} hidden></p>
  </div>`;
}

function describedBy(id: string, hint = false): string {
  return hint ? `${id}-error ${id}-hint` : `${id}-error`;
}

function lineSelect(id: string, lines: BudgetLine[]): TemplateResult {
  return html`<select id=${id} aria-describedby=${describedBy(id)}>
    ${lines.map((l) => html`<option value=${l.id ?? ''}>${pick(l.labelVi, l.labelEn)} (${l.id})</option>`)}
  </select>`;
}

/** A unit: chosen from the reference list when it could be read, else typed as its code. */
function unitControl(id: string, optional = false, only?: string): TemplateResult {
  const units = state?.units;
  if (only) {
    return html`<select id=${id} aria-describedby=${describedBy(id)}>
      <option value=${only}>${unitName(only)}</option></select>`;
  }
  if (!units || units.length === 0) {
    return html`<input id=${id} type="text" autocomplete="off" aria-describedby=${describedBy(id)}>`;
  }
  return html`<select id=${id} aria-describedby=${describedBy(id)}>
    ${optional ? html`<option value="">${t('budget.form.noUnit')}</option>` : nothing}
    ${units.filter((u) => existsIn(u, st().year)).map((u) => html`<option value=${u.code ?? ''}>${pick(u.nameVi, u.nameEn)}</option>`)}
  </select>`;
}

/** Whether a unit existed during some of the year (districts ended on 30 June 2025, wards began on 1 July). */
function existsIn(unit: Unit, year: number): boolean {
  return (!unit.validFrom || unit.validFrom <= `${year}-12-31`) && (!unit.validTo || unit.validTo >= `${year}-01-01`);
}

function formMessage(id: string, f: FormState): TemplateResult {
  return html`<p id=${id} class=${f.message ? (f.success ? 'tips-alert success' : 'tips-alert') : ''}
    role=${f.success ? 'status' : 'alert'} ?hidden=${!f.message}>${f.message}</p>`;
}

function value(root: HTMLElement, id: string): string {
  const el = root.querySelector<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>('#' + id);
  return el ? el.value.trim() : '';
}

/** The amount typed, or a field error of our own (before anything is sent) when it is not whole đồng. */
function amountOf(root: HTMLElement, id: string, fieldName: string, errors: FieldError[]): string {
  const parsed = parseDong(value(root, id));
  if (parsed === null || BigInt(parsed) <= 0n) {
    errors.push({ field: fieldName, vi: vi.form.amountInvalid, en: en.form.amountInvalid });
  }
  return parsed ?? '';
}

/** Sends one form: the same idempotency key until it succeeds, errors next to their fields, the rest in its alert. */
async function submit<T>(formId: string, root: HTMLElement, localErrors: FieldError[], send: (key: string) => Promise<Result<T>>,
  done: (body: T) => string): Promise<void> {
  const f = form(formId);
  const el = root.querySelector<HTMLElement>('#' + formId);
  if (!el) {
    return;
  }
  if (localErrors.length > 0) {
    f.errors = localErrors;
    f.success = false;
    f.message = t('common.fixFields');
    redraw();
    focusFirstInvalid(el);
    return;
  }
  f.busy = true;
  f.message = t('common.sending');
  f.success = true;
  f.errors = [];
  clearFieldErrors(el);
  redraw();
  const result = await send(f.key);
  f.busy = false;
  if (result.ok) {
    f.key = newIdempotencyKey();
    f.success = true;
    f.message = done(result.body);
    el.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('input.clear-on-success, textarea.clear-on-success')
      .forEach((input) => { input.value = ''; });
  } else {
    f.success = false;
    const problem = result.problem;
    const errors = problem?.errors ?? [];
    f.errors = errors;
    const unplaced = showFieldErrors(el, errors);
    f.message = errors.length > 0 ? summary(unplaced, unplaced.length < errors.length) : failureText(result.status, problem, t);
  }
  redraw();
  focusFirstInvalid(el);
}

// ---------------------------------------------------------------------------------------------------------------
// Execution

const COLUMNS = ['planned', 'allocated', 'committed', 'spent', 'available'] as const;

/** The service's code of an amount above what is left of the unit's allocation: an approver may allow it. */
const ABOVE_ALLOCATION = 'ABOVE_ALLOCATION';

function figureCells(id: string, f: Figures, withPlanned: boolean): TemplateResult {
  return html`${COLUMNS.map((c) => html`<td class="num nowrap" id=${`${id}-${c}`}>${c === 'planned' && !withPlanned ? '—' : money(f[c])}</td>`)}
    <td class="num nowrap" id=${`${id}-percent`}>${percentOfBasisPoints(f.spentBasisPoints, language())}</td>`;
}

function executionView(context: PageContext): TemplateResult {
  const s = st();
  return html`
    <section aria-labelledby="budget-plan-title">
      <h4 id="budget-plan-title">${t('budget.plan.title', { year: s.year })}</h4>
      ${unavailable(s.plan, (plan) => {
        const check = checkYearPlan(plan);
        return html`<table class="tips-table" id="budget-plan">
          <caption class="sub">${t('budget.plan.caption')}</caption>
          <tbody>
            <tr><th scope="row">${t('budget.plan.appendix')}</th><td class="num nowrap" id="budget-plan-appendix">${money(plan.appendix)}</td></tr>
            <tr><th scope="row">${t('budget.plan.revisedUp')}</th><td class="num nowrap" id="budget-plan-revised-up">+ ${money(plan.revisedUp)}</td></tr>
            <tr><th scope="row">${t('budget.plan.revisedDown')}</th><td class="num nowrap" id="budget-plan-revised-down">− ${money(plan.revisedDown)}</td></tr>
            <tr><th scope="row">${t('budget.plan.carriedIn')}</th><td class="num nowrap" id="budget-plan-carried-in">+ ${money(plan.carriedIn)}</td></tr>
            <tr><th scope="row">${t('budget.plan.carriedOut')}</th><td class="num nowrap" id="budget-plan-carried-out">− ${money(plan.carriedOut)}</td></tr>
          </tbody>
          <tfoot>
            <tr><th scope="row">${t('budget.plan.planned')}</th><td class="num nowrap" id="budget-plan-planned">${money(check.planned)}</td></tr>
            <tr><th scope="row">${t('budget.plan.linesTotal')}</th><td class="num nowrap" id="budget-plan-lines-total">${money(check.linesTotal)}</td></tr>
          </tfoot>
        </table>
        <p id="budget-plan-reconciled" class=${check.reconciled ? 'tips-alert success' : 'tips-alert'}>
          ${check.reconciled ? t('budget.plan.reconciled', { changes: plan.approvedChanges ?? 0 })
            : t('budget.plan.notReconciled', { expected: money(check.expected), lines: money(check.linesTotal) })}</p>`;
      })}
    </section>
    <section aria-labelledby="budget-execution-title">
      <h4 id="budget-execution-title">${t('budget.execution.title', { year: s.year })}</h4>
      ${executionFilters()}
      <p><a id="budget-export" href=${withQuery('/api/v1/budget/execution:export', { year: s.year, lineId: s.filter.line, unit: s.filter.unit })}
        download=${'thuc-hien-kinh-phi-' + s.year + '.xlsx'}>${t('budget.execution.export')}</a></p>
      ${hasAnyRole(context.user, 'budget-planner', 'budget-approver', 'reader-consolidated', 'auditor', 'police-leader')
        ? nothing : html`<p class="hint">${t('budget.execution.ownUnit', { unit: unitName(context.user.unit) })}</p>`}
      ${unavailable(s.execution, (execution) => executionTables(execution,
        hasAnyRole(context.user, 'budget-planner', 'budget-approver', 'reader-consolidated', 'auditor', 'police-leader'),
        s.filter.unit))}
    </section>`;
}

/** One line of the year and one unit present in its execution, or all of them. */
function executionFilters(): TemplateResult {
  const s = st();
  const lines = s.lines.state === 'ok' ? s.lines.value : [];
  const units = s.filter.unit && !s.executionUnits.includes(s.filter.unit)
    ? [...s.executionUnits, s.filter.unit] : s.executionUnits;
  return html`<div class="tips-filters" id="budget-execution-filters">
    <div class="field"><label for="budget-filter-line">${t('budget.filter.line')}</label>
      <select id="budget-filter-line" @change=${(e: Event) => { changeFilter({ line: (e.target as HTMLSelectElement).value }); }}>
        <option value="" ?selected=${s.filter.line === ''}>${t('budget.filter.allLines')}</option>
        ${lines.map((l) => html`<option value=${l.id ?? ''} ?selected=${l.id === s.filter.line}>${pick(l.labelVi, l.labelEn)} (${l.id})</option>`)}
      </select></div>
    <div class="field"><label for="budget-filter-unit">${t('budget.filter.unit')}</label>
      <select id="budget-filter-unit" @change=${(e: Event) => { changeFilter({ unit: (e.target as HTMLSelectElement).value }); }}>
        <option value="" ?selected=${s.filter.unit === ''}>${t('budget.filter.allUnits')}</option>
        ${units.map((u) => html`<option value=${u} ?selected=${u === s.filter.unit}>${unitName(u)}</option>`)}
      </select></div>
  </div>`;
}

/** The execution table's caption and column heads, whatever it shows. */
function executionHead(): TemplateResult {
  return html`<caption class="sub">${t('budget.execution.caption')}</caption>
    <thead><tr>
      <th scope="col">${t('budget.execution.row')}</th>
      ${COLUMNS.map((c) => html`<th scope="col" class="num">${t('budget.column.' + c)}</th>`)}
      <th scope="col" class="num">${t('budget.column.percent')}</th>
    </tr></thead>`;
}

function executionTables(execution: Execution, everyUnit: boolean, unit: string): TemplateResult {
  if (unit) {
    return unitTables(execution, unit);
  }
  const mismatches = reconcileExecution(execution, everyUnit);
  const total = figures(execution.total);
  return html`
    <div class="table-wrap"><table class="tips-table" id="budget-execution">
      ${executionHead()}
      ${(execution.lines ?? []).map((line) => html`<tbody id=${'exec-' + line.lineId}>
        <tr><th scope="row" class="strong">${pick(line.labelVi, line.labelEn)}<span class="sub"> (${line.lineId})</span></th>
          ${figureCells('exec-' + line.lineId, figures(line.figures), true)}</tr>
        ${(line.units ?? []).map((u) => html`<tr>
          <th scope="row" class="sub">↳ ${unitName(u.unit)}</th>
          ${figureCells(`exec-${line.lineId}-${u.unit}`, figures(u.figures), false)}</tr>`)}
        <tr class="zero"><th scope="row" class="sub">↳ ${t('budget.execution.unallocated')}</th>
          <td class="num nowrap">—</td><td class="num nowrap" id=${`exec-${line.lineId}-unallocated`}>${money(line.unallocated)}</td>
          <td colspan="4"></td></tr>
      </tbody>`)}
      <tfoot><tr><th scope="row">${t('budget.execution.total')}</th>${figureCells('exec-total', total, true)}</tr></tfoot>
    </table></div>
    <p id="budget-execution-check" class=${mismatches.length === 0 ? 'hint' : 'tips-alert'} role=${mismatches.length ? 'alert' : nothing}>
      ${mismatches.length === 0 ? t('budget.execution.reconciled')
        : t('budget.execution.mismatch', { list: mismatches.map((m) => `${m.where} ${t('budget.column.' + m.column)}: `
          + `${money(m.shown)} ≠ ${money(m.sum)}`).join('; ') })}</p>
    ${monthsView(execution, '')}`;
}

/** One unit alone: its row of each line and their sum, added up here (the service's total is the lines'). */
function unitTables(execution: Execution, unit: string): TemplateResult {
  const view = unitView(execution, unit);
  return html`
    ${view.rows.length === 0 ? html`<p class="empty" id="budget-execution-empty">${t('budget.execution.unitNone', { unit: unitName(unit) })}</p>`
      : html`<div class="table-wrap"><table class="tips-table" id="budget-execution">
      ${executionHead()}
      ${view.rows.map(({ line, figures: f }) => html`<tbody id=${'exec-' + line.lineId}>
        <tr><th scope="row">${pick(line.labelVi, line.labelEn)}<span class="sub"> (${line.lineId})</span>
          <div class="sub">↳ ${unitName(unit)}</div></th>
          ${figureCells(`exec-${line.lineId}-${unit}`, f, false)}</tr>
      </tbody>`)}
      <tfoot><tr><th scope="row">${t('budget.execution.unitTotal', { unit: unitName(unit) })}</th>${figureCells('exec-total', view.total, false)}</tr></tfoot>
    </table></div>`}
    <p id="budget-execution-check" class="hint">${t('budget.execution.unitOnly', { unit: unitName(unit) })}</p>
    ${monthsView(execution, unit)}`;
}

/** The months of what is shown, against the plan (or the unit's allocation), as a chart and a table. */
function monthsView(execution: Execution, unit: string): TemplateResult {
  const rows = months(execution);
  const monthsOk = monthsReconcile(execution, unit);
  const labels = rows.map((m) => t('budget.month', { month: m.month }));
  const description = `${t('budget.months.chart')}: ${rows.map((m, i) =>
    `${labels[i]} ${money(m.spent)} (${percentOfBasisPoints(m.basisPointsToDate, language())})`).join('; ')}`;
  return html`
    <h4 id="budget-months-title">${t('budget.months.title')}</h4>
    <div class="chart"><canvas id="budget-months-chart" role="img" aria-label=${description}
      data-labels=${JSON.stringify(labels)} data-spent=${JSON.stringify(rows.map((m) => millions(m.spent)))}
      data-committed=${JSON.stringify(rows.map((m) => millions(m.committed)))}></canvas></div>
    <div class="table-wrap"><table class="tips-table" id="budget-months" aria-labelledby="budget-months-title">
      <thead><tr><th scope="col">${t('budget.months.month')}</th><th scope="col" class="num">${t('budget.column.committed')}</th>
        <th scope="col" class="num">${t('budget.column.spent')}</th><th scope="col" class="num">${t('budget.months.toDate')}</th>
        <th scope="col" class="num">${t('budget.months.percent', { base: money(execution.monthsBase) })}</th></tr></thead>
      <tbody>${rows.map((m) => html`<tr id=${'budget-month-' + m.month}><th scope="row">${labels[m.month - 1]}</th>
        <td class="num nowrap">${money(m.committed)}</td><td class="num nowrap">${money(m.spent)}</td>
        <td class="num nowrap">${money(m.spentToDate)}</td>
        <td class="num nowrap">${percentOfBasisPoints(m.basisPointsToDate, language())}</td></tr>`)}</tbody>
    </table></div>
    ${monthsOk ? nothing : html`<p class="tips-alert" role="alert">${t('budget.months.mismatch')}</p>`}`;
}

function drawCharts(target: HTMLElement): void {
  const canvas = target.querySelector<HTMLCanvasElement>('#budget-months-chart');
  if (canvas) {
    barChart(canvas, JSON.parse(canvas.dataset.labels ?? '[]'), [
      { label: t('budget.months.committedMillions'), values: JSON.parse(canvas.dataset.committed ?? '[]'), color: '#9db7d6' },
      { label: t('budget.months.spentMillions'), values: JSON.parse(canvas.dataset.spent ?? '[]'), color: '#1f5fa8' },
    ], locale());
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Allocations

function allocationsView(root: HTMLElement, context: PageContext): TemplateResult {
  const s = st();
  const planner = hasAnyRole(context.user, 'budget-planner');
  const approver = hasAnyRole(context.user, 'budget-approver');
  const f = form('allocation-form');
  return html`
    ${planner ? unavailable(s.lines, (lines) => html`<form id="allocation-form" class="tips-form" novalidate
        @submit=${(e: Event) => { e.preventDefault(); void requestAllocation(root); }}>
      <fieldset><legend>${t('budget.allocations.request')}</legend>
        <div class="grid">
          ${field('allocation-line', 'line_id', t('budget.form.line'), lineSelect('allocation-line', lines))}
          ${field('allocation-unit', 'allocation.unit', t('budget.form.unit'), unitControl('allocation-unit'))}
          ${field('allocation-amount', 'allocation.amount.dong', t('budget.form.amount'),
            html`<input id="allocation-amount" class="clear-on-success" inputmode="numeric" autocomplete="off"
              aria-describedby=${describedBy('allocation-amount', true)}>`, t('budget.form.amountHint'))}
          ${field('allocation-note', 'allocation.note', t('budget.form.note'),
            html`<textarea id="allocation-note" class="clear-on-success" rows="2" aria-describedby=${describedBy('allocation-note')}></textarea>`,
            undefined, true)}
        </div>
      </fieldset>
      <div class="actions"><button class="button primary" id="allocation-submit" type="submit" ?disabled=${f.busy}>
        ${t('budget.allocations.submit')}</button></div>
      ${formMessage('allocation-form-message', f)}
    </form>`) : nothing}
    <section aria-labelledby="allocations-title">
      <h4 id="allocations-title">${t('budget.allocations.title', { year: s.year })}</h4>
      ${unavailable(s.allocations, (list) => list.length === 0 ? html`<p class="empty">${t('budget.allocations.none')}</p>`
        : html`<div class="table-wrap"><table class="tips-table" id="allocations" aria-busy=${s.allocations.state === 'loading' ? 'true' : nothing}>
        <thead><tr><th scope="col">${t('budget.form.line')}</th><th scope="col">${t('budget.form.unit')}</th>
          <th scope="col" class="num">${t('budget.form.amount')}</th><th scope="col">${t('budget.form.status')}</th>
          <th scope="col">${t('budget.form.requested')}</th><th scope="col">${t('budget.form.decided')}</th>
          ${approver ? html`<th scope="col">${t('budget.form.decide')}</th>` : nothing}</tr></thead>
        <tbody>${list.map((a) => html`<tr id=${'allocation-' + a.id}>
          <td>${lineLabel(a.lineId)}<div class="sub">${a.lineId}</div></td><td>${unitName(a.unit)}</td>
          <td class="num nowrap">${money(a.amount)}</td>
          <td id=${'allocation-status-' + a.id}>${status(a.status)}${a.changeId ? html`<div class="sub">${t('budget.allocations.byChange')}</div>` : nothing}</td>
          <td>${a.requestedBy}<div class="sub">${a.requestedAt ? formatDateTime(a.requestedAt) : ''}</div>
            ${a.note ? html`<div class="note">${a.note}</div>` : nothing}</td>
          <td>${a.decidedBy ?? ''}<div class="sub">${a.decidedAt ? formatDateTime(a.decidedAt) : ''}</div>
            ${a.decisionNote ? html`<div class="note">${a.decisionNote}</div>` : nothing}</td>
          ${approver ? html`<td>${a.status === 'REQUESTED' ? decideControls('allocation', a.id ?? '', a.requestedBy === context.user.username, root) : nothing}</td>` : nothing}
        </tr>`)}</tbody></table></div>`)}
    </section>`;
}

/** Approve / reject with a note, on a row of a queue; the requester is told they may not decide their own request. */
function decideControls(kind: Decidable, id: string, own: boolean, root: HTMLElement): TemplateResult {
  if (own) {
    return html`<span class="sub">${t('budget.decide.own')}</span>`;
  }
  const outcome = st().decisions.get(id);
  const noteId = `${kind}-note-${id}`;
  return html`<div class="field">
      <label for=${noteId}>${t('budget.decide.note')}</label>
      <input id=${noteId} autocomplete="off" aria-describedby=${noteId + '-error'}>
      <p class="field-error" id=${noteId + '-error'} ?hidden=${!outcome} role="alert">${outcome ?? ''}</p>
    </div>
    <div class="actions">
      <button type="button" class="button primary" id=${`${kind}-approve-${id}`}
        @click=${() => void decide(kind, id, 'approve', root)}>${t('budget.decide.approve')}</button>
      <button type="button" class="button secondary" id=${`${kind}-reject-${id}`}
        @click=${() => void decide(kind, id, 'reject', root)}>${t('budget.decide.reject')}</button>
    </div>`;
}

type Decidable = 'allocation' | 'change' | 'override';

async function decide(kind: Decidable, id: string, action: 'approve' | 'reject', root: HTMLElement): Promise<void> {
  const s = st();
  const note = value(root, `${kind}-note-${id}`);
  const path = `/api/v1/budget/${kind === 'allocation' ? 'allocations' : kind === 'change' ? 'changes' : 'overrides'}/${id}:${action}`;
  // An override's approver gives a reason; the others a note.
  const result = await post<unknown>(path, kind === 'override' ? { reason: note } : { note });
  if (result.ok) {
    s.decisions.delete(id);
    load(kind === 'allocation' ? ['allocations', 'execution', 'plan', 'lines'] : kind === 'override'
      ? ['overrides', 'execution', 'plan', 'lines'] : ['changes', 'allocations', 'execution', 'plan', 'lines']);
  } else {
    const errors = result.problem?.errors ?? [];
    s.decisions.set(id, errors.length > 0 ? errors.map((e) => pick(e.vi ?? e.message, e.en ?? e.message)).join(' ')
      : failureText(result.status, result.problem, t));
    redraw();
  }
}

async function requestAllocation(root: HTMLElement): Promise<void> {
  const errors: FieldError[] = [];
  const lineId = value(root, 'allocation-line');
  const amount = amountOf(root, 'allocation-amount', 'allocation.amount.dong', errors);
  // The body is the allocation itself (google.api.http body: "allocation"); the line is in the path.
  const body = { unit: value(root, 'allocation-unit'), amount: { dong: amount }, note: value(root, 'allocation-note') };
  await submit<Allocation>('allocation-form', root, errors,
    (key) => post<Allocation>(`/api/v1/budget/lines/${encodeURIComponent(lineId)}/allocations`, body, key),
    (a) => {
      load(['allocations']);
      return t('budget.allocations.requested', { amount: money(a.amount), unit: unitName(a.unit) });
    });
}

// ---------------------------------------------------------------------------------------------------------------
// Commitments and spending

function spendingView(root: HTMLElement, context: PageContext): TemplateResult {
  const s = st();
  const spender = hasAnyRole(context.user, 'budget-spender');
  const anyUnit = hasAnyRole(context.user, 'budget-approver');
  const f = form('spending-form');
  const commitment = s.spendingKind === 'commitment';
  const prefix = commitment ? 'commitment' : 'spending';
  const open = s.commitments.state === 'ok'
    ? s.commitments.value.filter((c) => dong(c.open) > 0n && (anyUnit || c.unit === context.user.unit)) : [];
  return html`
    ${spender ? unavailable(s.lines, (lines) => html`<form id="spending-form" class="tips-form" novalidate
        @submit=${(e: Event) => { e.preventDefault(); void recordSpending(root); }}>
      <fieldset><legend>${t('budget.spending.legend')}</legend>
        <div class="grid">
          ${field('spending-kind', 'kind', t('budget.spending.kind'), html`<select id="spending-kind" aria-describedby="spending-kind-error"
            @change=${(e: Event) => { s.spendingKind = (e.target as HTMLSelectElement).value as 'spending' | 'commitment'; form('spending-form').errors = []; redraw(); }}>
            <option value="spending" ?selected=${!commitment}>${t('budget.spending.kindSpending')}</option>
            <option value="commitment" ?selected=${commitment}>${t('budget.spending.kindCommitment')}</option></select>`)}
          ${field('spending-line', 'line_id', t('budget.form.line'), lineSelect('spending-line', lines))}
          ${field('spending-unit', `${prefix}.unit`, t('budget.form.unit'), unitControl('spending-unit', false, anyUnit ? undefined : context.user.unit))}
          ${field('spending-amount', `${prefix}.amount.dong`, t('budget.form.amount'),
            html`<input id="spending-amount" class="clear-on-success" inputmode="numeric" autocomplete="off"
              aria-describedby=${describedBy('spending-amount', true)}>`, t('budget.form.amountHint'))}
          ${field('spending-date', commitment ? 'commitment.committed_on' : 'spending.spent_on', t(commitment ? 'budget.spending.committedOn' : 'budget.spending.spentOn'),
            html`<input id="spending-date" autocomplete="off" .value=${formatDate(s.today)} aria-describedby=${describedBy('spending-date', true)}>`,
            t('budget.form.dateHint'))}
          ${commitment
            ? field('spending-reference', 'commitment.reference', t('budget.spending.reference'),
              html`<input id="spending-reference" class="clear-on-success" autocomplete="off" aria-describedby=${describedBy('spending-reference')}>`)
            : field('spending-commitment', 'spending.commitment_id', t('budget.spending.against'),
              html`<select id="spending-commitment" aria-describedby=${describedBy('spending-commitment')}>
                <option value="">${t('budget.spending.direct')}</option>
                ${open.map((c) => html`<option value=${c.id ?? ''}>${c.reference} — ${unitName(c.unit)} — ${t('budget.spending.open', { amount: money(c.open) })}</option>`)}
              </select>`)}
          ${field('spending-description', `${prefix}.description`, t('budget.spending.description'),
            html`<textarea id="spending-description" class="clear-on-success" rows="2" aria-describedby=${describedBy('spending-description')}></textarea>`,
            undefined, true)}
        </div>
      </fieldset>
      <div class="actions"><button class="button primary" id="spending-submit" type="submit" ?disabled=${f.busy}>
        ${t(commitment ? 'budget.spending.submitCommitment' : 'budget.spending.submit')}</button></div>
      ${formMessage('spending-form-message', f)}
      ${s.forms['spending-warning']?.message ? html`<p id="spending-warning" class="tips-alert" role="status">${s.forms['spending-warning'].message}</p>` : nothing}
    </form>
    ${s.overrideOffer ? html`<div class="actions" id="override-offer"><p class="hint">${t('budget.overrides.offer')}</p>
      <button type="button" class="button secondary" id="spending-override" ?disabled=${form('override-form').busy}
        @click=${() => void requestOverride()}>${t('budget.overrides.request')}</button></div>` : nothing}
    ${form('override-form').message ? html`<p id="override-message" class=${form('override-form').success ? 'tips-alert success' : 'tips-alert'}
      role="status">${form('override-form').message}</p>` : nothing}`) : nothing}
    ${overridesView(root, context)}
    <section aria-labelledby="commitments-title">
      <h4 id="commitments-title">${t('budget.commitments.title', { year: s.year })}</h4>
      ${unavailable(s.commitments, (list) => list.length === 0 ? html`<p class="empty">${t('budget.commitments.none')}</p>`
        : html`<div class="table-wrap"><table class="tips-table" id="commitments">
        <thead><tr><th scope="col">${t('budget.spending.reference')}</th><th scope="col">${t('budget.form.line')}</th>
          <th scope="col">${t('budget.form.unit')}</th><th scope="col">${t('budget.spending.committedOn')}</th>
          <th scope="col" class="num">${t('budget.form.amount')}</th><th scope="col" class="num">${t('budget.column.spent')}</th>
          <th scope="col" class="num">${t('budget.commitments.open')}</th></tr></thead>
        <tbody>${list.map((c) => html`<tr id=${'commitment-' + c.id}><td>${c.reference}<div class="sub note">${c.description}</div></td>
          <td>${lineLabel(c.lineId)}</td><td>${unitName(c.unit)}</td><td>${c.committedOn ? formatDate(c.committedOn) : ''}</td>
          <td class="num nowrap">${money(c.amount)}</td><td class="num nowrap">${money(c.spent)}</td><td class="num nowrap">${money(c.open)}</td></tr>`)}</tbody>
        </table></div>`)}
    </section>`;
}

async function recordSpending(root: HTMLElement): Promise<void> {
  const s = st();
  const commitment = s.spendingKind === 'commitment';
  const prefix = commitment ? 'commitment' : 'spending';
  const errors: FieldError[] = [];
  const lineId = value(root, 'spending-line');
  const amount = amountOf(root, 'spending-amount', `${prefix}.amount.dong`, errors);
  const day = parseDate(value(root, 'spending-date'));
  if (!day) {
    errors.push({ field: commitment ? 'commitment.committed_on' : 'spending.spent_on', vi: vi.form.dateInvalid, en: en.form.dateInvalid });
  }
  const unit = value(root, 'spending-unit');
  const description = value(root, 'spending-description');
  s.forms['spending-warning'] = { ...form('spending-warning'), message: '' };
  s.overrideOffer = null;
  s.forms['override-form'] = { ...form('override-form'), message: '' };
  const path = `/api/v1/budget/lines/${encodeURIComponent(lineId)}/${commitment ? 'commitments' : 'spending'}`;
  const body = commitment
    ? { unit, amount: { dong: amount }, committedOn: day, reference: value(root, 'spending-reference'), description }
    : { unit, amount: { dong: amount }, spentOn: day, description, commitmentId: value(root, 'spending-commitment') };
  await submit<Spending & Commitment>('spending-form', root, errors, (key) => post<Spending & Commitment>(path, body, key),
    (recorded) => {
      load(['execution', 'plan', 'commitments', 'lines']);
      if (recorded.warningVi || recorded.warningEn) {
        form('spending-warning').message = pick(recorded.warningVi, recorded.warningEn);
      }
      return t(commitment ? 'budget.spending.committed' : 'budget.spending.recorded', {
        amount: money(recorded.amount), unit: unitName(recorded.unit),
        used: percentOfBasisPoints(recorded.allocationUsedBasisPoints, language()),
      });
    });
  const refused = form('spending-form').errors.some((e) => e.code === ABOVE_ALLOCATION);
  if (refused && !commitment && !value(root, 'spending-commitment')) {
    s.overrideOffer = { lineId, body: { unit, amount: { dong: amount }, spentOn: day, description }, key: newIdempotencyKey() };
    redraw();
  }
}

/** Asks an approver to allow the refused spending (never the spender themself; the service checks it). */
async function requestOverride(): Promise<void> {
  const s = st();
  const offer = s.overrideOffer;
  if (!offer) {
    return;
  }
  const f = form('override-form');
  f.busy = true;
  redraw();
  const result = await post<SpendingOverride>(`/api/v1/budget/lines/${encodeURIComponent(offer.lineId)}/overrides`, offer.body, offer.key);
  f.busy = false;
  f.success = result.ok;
  if (result.ok) {
    s.overrideOffer = null;
    f.message = t('budget.overrides.requested', { amount: money(result.body.amount) });
    load(['overrides']);
  } else {
    const errors = result.problem?.errors ?? [];
    f.message = errors.length > 0 ? errors.map((e) => pick(e.vi ?? e.message, e.en ?? e.message)).join(' ')
      : failureText(result.status, result.problem, t);
  }
  redraw();
}

function overridesView(root: HTMLElement, context: PageContext): TemplateResult {
  const s = st();
  const approver = hasAnyRole(context.user, 'budget-approver');
  return html`<section aria-labelledby="overrides-title">
    <h4 id="overrides-title">${t('budget.overrides.title', { year: s.year })}</h4>
    ${unavailable(s.overrides, (list) => list.length === 0 ? html`<p class="empty">${t('budget.overrides.none')}</p>`
      : html`<div class="table-wrap"><table class="tips-table" id="overrides">
      <thead><tr><th scope="col">${t('budget.form.line')}</th><th scope="col">${t('budget.form.unit')}</th>
        <th scope="col" class="num">${t('budget.form.amount')}</th><th scope="col">${t('budget.spending.spentOn')}</th>
        <th scope="col">${t('budget.form.status')}</th><th scope="col">${t('budget.form.requested')}</th>
        <th scope="col">${t('budget.form.decided')}</th>
        ${approver ? html`<th scope="col">${t('budget.form.decide')}</th>` : nothing}</tr></thead>
      <tbody>${list.map((o) => html`<tr id=${'override-' + o.id}>
        <td>${lineLabel(o.lineId)}<div class="sub">${o.lineId}</div></td><td>${unitName(o.unit)}</td>
        <td class="num nowrap">${money(o.amount)}</td><td>${o.spentOn ? formatDate(o.spentOn) : ''}</td>
        <td id=${'override-status-' + o.id}>${status(o.status)}</td>
        <td>${o.requestedBy}<div class="sub">${o.requestedAt ? formatDateTime(o.requestedAt) : ''}</div>
          ${o.description ? html`<div class="note">${o.description}</div>` : nothing}</td>
        <td>${o.decidedBy ?? ''}<div class="sub">${o.decidedAt ? formatDateTime(o.decidedAt) : ''}</div>
          ${o.reason ? html`<div class="note">${o.reason}</div>` : nothing}</td>
        ${approver ? html`<td>${o.status === 'REQUESTED' ? decideControls('override', o.id ?? '', o.requestedBy === context.user.username, root) : nothing}</td>` : nothing}
      </tr>`)}</tbody></table></div>`)}
  </section>`;
}

// ---------------------------------------------------------------------------------------------------------------
// Changes

function changesView(root: HTMLElement, context: PageContext): TemplateResult {
  const s = st();
  const planner = hasAnyRole(context.user, 'budget-planner');
  const approver = hasAnyRole(context.user, 'budget-approver');
  const f = form('change-form');
  const kind = s.changeKind;
  const prefix = kind === 'TRANSFER' ? 'transfer' : kind === 'REVISION' ? 'revision' : 'carry_forward';
  return html`
    ${planner ? unavailable(s.lines, (lines) => html`<form id="change-form" class="tips-form" novalidate
        @submit=${(e: Event) => { e.preventDefault(); void requestChange(root); }}>
      <fieldset><legend>${t('budget.changes.request')}</legend>
        <div class="grid">
          ${field('change-kind', 'kind', t('budget.changes.kind'), html`<select id="change-kind" aria-describedby="change-kind-error"
            @change=${(e: Event) => { s.changeKind = (e.target as HTMLSelectElement).value as BudgetChangeKind; form('change-form').errors = []; redraw(); }}>
            ${BUDGET_CHANGE_KIND.map((k) => html`<option value=${k} ?selected=${k === kind}>${t('budget.changes.kinds.' + k)}</option>`)}</select>`)}
          ${kind === 'REVISION' ? field('change-direction', 'revision.direction', t('budget.changes.direction'),
            html`<select id="change-direction" aria-describedby="change-direction-error">
              ${REVISION_DIRECTION.map((d) => html`<option value=${d}>${t('budget.changes.directions.' + d)}</option>`)}</select>`) : nothing}
          ${field('change-from-line', kind === 'TRANSFER' ? 'transfer.from_line_id' : 'line_id',
            t(kind === 'TRANSFER' ? 'budget.changes.fromLine' : 'budget.form.line'), lineSelect('change-from-line', lines))}
          ${kind === 'REVISION' ? nothing : field('change-from-unit', `${prefix}.${kind === 'TRANSFER' ? 'from_unit' : 'unit'}`,
            t(kind === 'TRANSFER' ? 'budget.changes.fromUnit' : 'budget.form.unit'), unitControl('change-from-unit', kind === 'TRANSFER'))}
          ${kind === 'TRANSFER' ? html`
            ${field('change-to-line', 'transfer.to_line_id', t('budget.changes.toLine'), lineSelect('change-to-line', lines))}
            ${field('change-to-unit', 'transfer.to_unit', t('budget.changes.toUnit'), unitControl('change-to-unit', true))}` : nothing}
          ${field('change-amount', `${prefix}.amount.dong`, t('budget.form.amount'),
            html`<input id="change-amount" class="clear-on-success" inputmode="numeric" autocomplete="off"
              aria-describedby=${describedBy('change-amount', true)}>`, t('budget.form.amountHint'))}
          ${field('change-source', `${prefix}.funding_source`, t('budget.changes.source'),
            html`<select id="change-source" aria-describedby=${describedBy('change-source')}>
              <option value="">${t('budget.changes.anySource')}</option>
              <option value="PROVINCIAL">${t('budget.source.PROVINCIAL')}</option>
              <option value="CENTRAL">${t('budget.source.CENTRAL')}</option></select>`)}
          ${field('change-note', `${prefix}.note`, t('budget.changes.note'),
            html`<textarea id="change-note" class="clear-on-success" rows="2" aria-describedby=${describedBy('change-note')}></textarea>`,
            undefined, true)}
        </div>
      </fieldset>
      <div class="actions"><button class="button primary" id="change-submit" type="submit" ?disabled=${f.busy}>
        ${t('budget.changes.submit')}</button></div>
      ${formMessage('change-form-message', f)}
    </form>`) : nothing}
    <section aria-labelledby="changes-title">
      <h4 id="changes-title">${t('budget.changes.title', { year: s.year })}</h4>
      ${unavailable(s.changes, (list) => list.length === 0 ? html`<p class="empty">${t('budget.changes.none')}</p>`
        : html`<div class="table-wrap"><table class="tips-table" id="changes">
        <thead><tr><th scope="col">${t('budget.changes.kind')}</th><th scope="col">${t('budget.changes.fromTo')}</th>
          <th scope="col" class="num">${t('budget.form.amount')}</th><th scope="col">${t('budget.form.status')}</th>
          <th scope="col">${t('budget.changes.movements')}</th><th scope="col">${t('budget.form.requested')}</th>
          <th scope="col">${t('budget.form.decided')}</th>
          ${approver ? html`<th scope="col">${t('budget.form.decide')}</th>` : nothing}</tr></thead>
        <tbody>${list.map((c) => html`<tr id=${'change-' + c.id}>
          <td>${t('budget.changes.kinds.' + (c.kind ?? 'TRANSFER'))}</td>
          <td>${c.fromLineId ? html`<div>${t('budget.changes.from')}: ${c.fromLineId}${c.fromUnit ? ` / ${unitName(c.fromUnit)}` : ''}</div>` : nothing}
            ${c.toLineId ? html`<div>${t('budget.changes.to')}: ${c.toLineId}${c.toUnit ? ` / ${unitName(c.toUnit)}` : ''}</div>` : nothing}
            ${c.fundingSource ? html`<div class="sub">${t('budget.source.' + c.fundingSource)}</div>` : nothing}</td>
          <td class="num nowrap">${money(c.amount)}</td>
          <td id=${'change-status-' + c.id}>${status(c.status)}</td>
          <td id=${'change-movements-' + c.id}>${(c.movements ?? []).length === 0 ? html`<span class="sub">—</span>`
            : html`<ul class="movements">${(c.movements ?? []).map((m) => html`<li>${m.lineId}${m.unit ? ` / ${unitName(m.unit)}` : ''}:
              <span class="nowrap">${money(m.before)}</span> → <span class="nowrap">${money(m.after)}</span>
              <span class="nowrap">(${dong(m.delta) > 0n ? '+' : ''}${money(m.delta)})</span></li>`)}</ul>`}</td>
          <td>${c.requestedBy}<div class="sub">${c.requestedAt ? formatDateTime(c.requestedAt) : ''}</div>
            ${c.note ? html`<div class="note">${c.note}</div>` : nothing}</td>
          <td>${c.decidedBy ?? ''}<div class="sub">${c.decidedAt ? formatDateTime(c.decidedAt) : ''}</div>
            ${c.decisionNote ? html`<div class="note">${c.decisionNote}</div>` : nothing}</td>
          ${approver ? html`<td>${c.status === 'REQUESTED' ? decideControls('change', c.id ?? '', c.requestedBy === context.user.username, root) : nothing}</td>` : nothing}
        </tr>`)}</tbody></table></div>`)}
    </section>`;
}

async function requestChange(root: HTMLElement): Promise<void> {
  const s = st();
  const kind = s.changeKind;
  const prefix = kind === 'TRANSFER' ? 'transfer' : kind === 'REVISION' ? 'revision' : 'carry_forward';
  const errors: FieldError[] = [];
  const amount = { dong: amountOf(root, 'change-amount', `${prefix}.amount.dong`, errors) };
  const fromLine = value(root, 'change-from-line');
  const fundingSource = value(root, 'change-source');
  const note = value(root, 'change-note');
  let path: string;
  let body: unknown;
  if (kind === 'TRANSFER') {
    path = '/api/v1/budget/transfers';
    body = { fromLineId: fromLine, fromUnit: value(root, 'change-from-unit'), toLineId: value(root, 'change-to-line'),
      toUnit: value(root, 'change-to-unit'), amount, fundingSource, note };
  } else if (kind === 'REVISION') {
    path = `/api/v1/budget/lines/${encodeURIComponent(fromLine)}/revisions`;
    body = { direction: value(root, 'change-direction'), amount, fundingSource, note };
  } else {
    path = `/api/v1/budget/lines/${encodeURIComponent(fromLine)}/carry-forwards`;
    body = { unit: value(root, 'change-from-unit'), amount, fundingSource, note };
  }
  await submit<BudgetChange>('change-form', root, errors, (key) => post<BudgetChange>(path, body, key), (c) => {
    load(['changes']);
    return t('budget.changes.requested', { kind: t('budget.changes.kinds.' + (c.kind ?? kind)), amount: money(c.amount) });
  });
}

// ---------------------------------------------------------------------------------------------------------------

function tabOf(path: string[]): Tab {
  return (TABS as readonly string[]).includes(path[0] ?? '') ? (path[0] as Tab) : 'execution';
}

function draw(target: HTMLElement, path: string[], context: PageContext): void {
  const s = st();
  const tab = tabOf(path);
  const view = tab === 'allocations' ? allocationsView(target, context) : tab === 'spending' ? spendingView(target, context)
    : tab === 'changes' ? changesView(target, context) : executionView(context);
  render(html`<div class="tips budget">
    <p class="tips-intro">${t('budget.intro')}</p>
    <nav class="tips-tabs" aria-label=${t('budget.tabsLabel')}>
      ${TABS.map((id) => html`<a id=${'budget-tab-' + id} href=${'#/budget/' + id} aria-current=${id === tab ? 'page' : nothing}>${t('budget.tabs.' + id)}</a>`)}
    </nav>
    <div class="tips-filters">
      <div class="field"><label for="budget-year">${t('budget.year')}</label>
        <select id="budget-year" @change=${(e: Event) => { changeYear(Number((e.target as HTMLSelectElement).value)); }}>
          ${PLAN_YEARS.map((y) => html`<option value=${y} ?selected=${y === s.year}>${y}</option>`)}
        </select></div>
    </div>
    <div id="budget-view" aria-busy=${busy(tab) ? 'true' : nothing}>${view}</div>
  </div>`, target);
  for (const [id, f] of Object.entries(s.forms)) {
    const el = target.querySelector<HTMLElement>('#' + id);
    if (el && f.errors.length > 0) {
      showFieldErrors(el, f.errors);
    } else if (el && !f.busy) {
      clearFieldErrors(el);
    }
  }
  drawCharts(target);
}

function busy(tab: Tab): boolean {
  const s = st();
  const needs: Record<Tab, Item[]> = {
    execution: ['execution', 'plan'], allocations: ['allocations', 'lines'], spending: ['commitments', 'overrides', 'lines'],
    changes: ['changes', 'lines'],
  };
  return needs[tab].some((item) => s.pending.has(item));
}

export const page: Page = {
  render(target, path, context) {
    if (shownIn !== target || !state) {
      shownIn = target;
      const today = todayInVietnam();
      state = {
        year: defaultYear(today), today, lines: { state: 'loading' }, units: null, execution: { state: 'loading' },
        filter: { line: '', unit: '' }, executionUnits: [],
        plan: { state: 'loading' }, allocations: { state: 'loading' }, commitments: { state: 'loading' },
        changes: { state: 'loading' }, overrides: { state: 'loading' }, overrideOffer: null, forms: {}, decisions: new Map(),
        pending: new Set(), spendingKind: 'spending', changeKind: 'TRANSFER',
      };
      loadAll();
    } else if (current && tabOf(current.path) !== tabOf(path)) {
      // Back on a tab: its figures as they are now.
      const tab = tabOf(path);
      load(tab === 'execution' ? ['execution', 'plan'] : tab === 'allocations' ? ['allocations'] : tab === 'spending'
        ? ['commitments', 'overrides'] : ['changes']);
    }
    current = { target, path, context };
    draw(target, path, context);
  },
};
