// Báo cáo định kỳ: a unit's submitters see the periods their unit owes (window, due day, state) with the reminders,
// start a report pre-filled by the other services, enter figures (PATCH with the etag; a stale etag's 409 is
// explained and nothing typed is lost), submit, read the reviewers' comments and open a correction. The provincial
// police's reviewers and leaders see each period's completeness and timeliness and the queue, and return or accept;
// the reviewers and the People's Committee download the consolidated document (fetch → Blob → a named file).
import { html, nothing, render, type TemplateResult } from 'lit';
import { failureText, get, getAll, newIdempotencyKey, post, request, send, withQuery, type FieldError, type Problem,
  type Result } from '../../shared/api';
import { focusFirstInvalid, showFieldErrors, summary } from '../../shared/forms';
import { formatDate, formatDateTime, formatMoney, formatNumber, formatPercent, todayInVietnam } from '../../shared/format';
import { addMessages, pick, t } from '../../shared/i18n';
import { hasAnyRole, type Page, type PageContext } from '../../shared/page';
import type { PeriodKind, ReportingPeriod } from '../../generated/common';
import { PERIOD_KIND } from '../../generated/common';
import type {
  Completeness, Indicator, ListRemindersResponse, ListReportContactsResponse, ListReportingPeriodsResponse,
  ListUnitsResponse, Reminder, Report, ReportContact, ReportingPeriodInfo, Unit,
} from '../../generated/report';
import {
  changed, controlId, count, defaultYear, documentName, documentType, editable, entries, lastReturn, lastSubmitted,
  latestRevisions, placeErrors, planYears, prefilled, samePeriod, share, shownReason, shownValue, unitPeriods,
  type DocumentFormat, type Edit, type PeriodRow,
} from './logic';
import vi from './vi.json';
import en from './en.json';

addMessages('reports', vi, en);

type Tab = 'mine' | 'completeness' | 'queue' | 'consolidated';
type Loadable<T> = { state: 'loading' } | { state: 'ok'; value: T } | { state: 'failed'; text: string };

interface FormState {
  busy: boolean;
  message: string;
  /** What the alert adds to the message: "fix the fields below", or the errors no field of the form shows. */
  extra?: string;
  success: boolean;
  errors: FieldError[];
  key: string;
}

interface Detail {
  id: string;
  report: Loadable<Report>;
  edits: Map<string, Edit>;
  narrative?: string;
  comment: string;
  reason: string;
  /** The last save was refused on a stale etag: offer to reload, keeping what was typed. */
  stale: boolean;
}

interface State {
  today: string;
  units: Map<string, Unit>;
  periods: Loadable<ReportingPeriodInfo[]>;
  mine: Loadable<Report[]>;
  reminders: Loadable<Reminder[]>;
  /** Where the unit's reminders are e-mailed (empty: nowhere), and what is typed in its form. */
  contact: Loadable<string>;
  contactInput: string | null;
  compYear: number;
  compKind: PeriodKind;
  completeness: Loadable<Completeness> | null;
  compReports: Report[];
  queue: Loadable<Report[]> | null;
  exportYear: number;
  exportKind: PeriodKind;
  exportFormat: DocumentFormat;
  detail: Detail | null;
  forms: Record<string, FormState>;
  /** A success to show on a report's page (the route it belongs to, and the text). */
  flash: { route: string; text: string } | null;
}

let state: State | null = null;
/** After a refusal: the focus goes to the first field to fix, once. */
let focusInvalidNext = false;
let shownIn: HTMLElement | null = null;
let current: { target: HTMLElement; path: string[]; context: PageContext } | null = null;

function st(): State {
  if (!state) {
    throw new Error('reports page not shown');
  }
  return state;
}

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

/** After an answer: a fresh key for the next action (the same key only for a retry of a request that got none). */
function settle(f: FormState, result: Result<unknown>, okMessage: string, rename: (e: FieldError[]) => FieldError[] = (e) => e): void {
  f.busy = false;
  if (result.status !== 0) {
    f.key = newIdempotencyKey();
  }
  if (result.ok) {
    f.success = true;
    f.message = okMessage;
    f.errors = [];
  } else {
    f.success = false;
    f.errors = rename(result.problem?.errors ?? []);
    focusInvalidNext = f.errors.length > 0;
    f.message = result.status === 409 ? `${t('reports.stale')} ${failureText(result.status, result.problem, t)}`
      : failureText(result.status, result.problem, t);
  }
}

// ---- roles -------------------------------------------------------------------------------------------------------

function may(context: PageContext) {
  const u = context.user;
  return {
    submit: hasAnyRole(u, 'report-submitter'),
    review: hasAnyRole(u, 'report-reviewer'),
    seeAll: hasAnyRole(u, 'report-reviewer', 'police-leader', 'reader-consolidated'),
    queue: hasAnyRole(u, 'report-reviewer', 'police-leader'),
    consolidated: hasAnyRole(u, 'report-reviewer', 'reader-consolidated'),
  };
}

function tabsFor(context: PageContext): Tab[] {
  const m = may(context);
  const tabs: Tab[] = [];
  if (m.submit) {
    tabs.push('mine');
  }
  if (m.seeAll) {
    tabs.push('completeness');
  }
  if (m.queue) {
    tabs.push('queue');
  }
  if (m.consolidated) {
    tabs.push('consolidated');
  }
  return tabs;
}

// ---- loading -----------------------------------------------------------------------------------------------------

function loadCommon(context: PageContext): void {
  const s = st();
  void get<ListUnitsResponse>('/api/v1/units').then((r) => {
    if (state === s && r.ok) {
      s.units = new Map((r.body?.units ?? []).map((u) => [u.code ?? '', u]));
      redraw();
    }
  });
  void get<ListReportingPeriodsResponse>('/api/v1/reporting-periods').then((r) => {
    if (state === s) {
      s.periods = loaded(r, (b) => b.periods ?? []);
      redraw();
    }
  });
  if (may(context).submit) {
    loadMine(context);
  }
}

function loadMine(context: PageContext): void {
  const s = st();
  s.mine = { state: 'loading' };
  void getAll<Report>('/api/v1/reports', { unit: context.user.unit }, (p) => p.reports as Report[]).then((r) => {
    if (state === s) {
      s.mine = loaded(r, (b) => b);
      redraw();
    }
  });
  void get<ListRemindersResponse>('/api/v1/reports/reminders').then((r) => {
    if (state === s) {
      s.reminders = loaded(r, (b) => b.reminders ?? []);
      redraw();
    }
  });
  void get<ListReportContactsResponse>('/api/v1/reports/contacts').then((r) => {
    if (state === s) {
      s.contact = loaded(r, (b) => (b.contacts ?? []).find((c) => c.unit === context.user.unit)?.email ?? '');
      redraw();
    }
  });
}

/** Where the unit's reminders are e-mailed: its submitters set or remove the address. */
function contactForm(s: State, context: PageContext): TemplateResult | typeof nothing {
  if (s.contact.state === 'loading') {
    return nothing;
  }
  if (s.contact.state === 'failed') {
    return failed(s.contact.text, 'reports-contact-failed');
  }
  const saved = s.contact.value;
  const f = form('contact');
  return html`<form class="tips-form" id="contact-form" novalidate
      @submit=${(e: Event) => { e.preventDefault(); void saveContact(context); }}>
    <fieldset><legend>${t('reports.contact.legend')}</legend>
      <p class="hint" id="contact-current">${saved ? t('reports.contact.current', { email: saved }) : t('reports.contact.none')}</p>
      <div class="field wide"><label for="contact-email">${t('reports.contact.email')}</label>
        <input id="contact-email" type="email" autocomplete="email" aria-describedby="contact-email-error"
          .value=${s.contactInput ?? saved}
          @input=${(e: Event) => { s.contactInput = (e.target as HTMLInputElement).value; }}>
        ${errorSlot('contact-email', 'email')}</div>
    </fieldset>
    ${alertOf('contact-form-message', f)}
    <div class="actions"><button type="submit" class="button primary" id="contact-submit" ?disabled=${f.busy}>
      ${t('reports.contact.submit')}</button></div>
  </form>`;
}

async function saveContact(context: PageContext): Promise<void> {
  const s = st();
  const f = form('contact');
  f.busy = true;
  f.message = '';
  redraw();
  const email = (s.contactInput ?? (s.contact.state === 'ok' ? s.contact.value : '')).trim();
  const result = await send<ReportContact>('PUT', `/api/v1/reports/contacts/${encodeURIComponent(context.user.unit)}`,
    { email });
  settle(f, result, email ? t('reports.contact.saved') : t('reports.contact.removed'));
  if (state !== s) {
    return;
  }
  if (result.ok) {
    s.contact = { state: 'ok', value: result.body.email ?? '' };
    s.contactInput = null;
  }
  redraw();
}

function loadCompleteness(): void {
  const s = st();
  const [year, kind] = [s.compYear, s.compKind];
  s.completeness = { state: 'loading' };
  void Promise.all([
    get<Completeness>('/api/v1/reports/completeness', { year, kind }),
    getAll<Report>('/api/v1/reports', { year }, (p) => p.reports as Report[]),
  ]).then(([c, r]) => {
    if (state === s && s.compYear === year && s.compKind === kind) {
      s.completeness = loaded(c, (b) => b);
      s.compReports = r.ok ? latestRevisions(r.body.filter((x) => x.period?.kind === kind)) : [];
      redraw();
    }
  });
}

function loadQueue(): void {
  const s = st();
  s.queue = { state: 'loading' };
  void getAll<Report>('/api/v1/reports', { status: 'SUBMITTED' }, (p) => p.reports as Report[]).then((r) => {
    if (state === s) {
      s.queue = loaded(r, (b) => b);
      redraw();
    }
  });
}

function loadDetail(id: string, keepEdits: boolean): void {
  const s = st();
  const previous = s.detail && s.detail.id === id ? s.detail : null;
  const d: Detail = keepEdits && previous ? { ...previous, stale: false }
    : { id, report: { state: 'loading' }, edits: new Map(), comment: '', reason: '', stale: false };
  if (!keepEdits) {
    delete s.forms.report;
    delete s.forms.review;
    delete s.forms.correct;
  }
  s.detail = d;
  void get<Report>(`/api/v1/reports/${encodeURIComponent(id)}`).then((r) => {
    if (state === s && s.detail === d) {
      d.report = loaded(r, (b) => b);
      redraw();
    }
  });
}

// ---- helpers for drawing -----------------------------------------------------------------------------------------

function unitName(code: string | undefined): string {
  const u = st().units.get(code ?? '');
  return u ? pick(u.nameVi, u.nameEn) : code ?? '';
}

function periodName(p: ReportingPeriod | undefined): string {
  return t('reports.period.' + (p?.kind ?? 'YEAR'), { year: p?.year ?? '' });
}

const BADGE: Record<string, string> = {
  NOT_STARTED: 'status-received', DRAFT: 'status-received', SUBMITTED: 'status-verifying',
  RETURNED: 'status-suspended', ACCEPTED: 'status-prosecuted',
};

function badge(id: string, standing: string): TemplateResult {
  return html`<span class=${'tip-badge ' + (BADGE[standing] ?? '')} id=${id}>${t('reports.status.' + standing)}</span>`;
}

function range(r: { from?: string; to?: string } | undefined): string {
  return r?.from && r.to ? t('reports.range', { from: formatDate(r.from), to: formatDate(r.to) }) : '';
}

function alertOf(id: string, f: FormState | undefined): TemplateResult {
  return html`<p id=${id} class=${f?.success ? 'tips-alert success' : 'tips-alert'} role=${f?.success ? 'status' : 'alert'}
    ?hidden=${!f?.message}>${f?.message ?? ''}${f?.extra ? ' ' + f.extra : ''}</p>`;
}

function errorSlot(id: string, field: string = id): TemplateResult {
  return html`<p class="field-error" id=${id + '-error'} data-field=${field} hidden></p>`;
}

function failed(text: string, id: string): TemplateResult {
  return html`<p class="tips-alert" role="alert" id=${id}>${text}</p>`;
}

function loadingText(): TemplateResult {
  return html`<p class="muted">${t('reports.loading')}</p>`;
}

function tabs(list: Tab[], currentTab: Tab | null): TemplateResult {
  return html`<nav class="tips-tabs" aria-label=${t('reports.tabsLabel')}>${list.map((tab) => html`<a id=${'reports-tab-' + tab}
    href=${'#/reports/' + tab} aria-current=${tab === currentTab ? 'page' : nothing}>${t('reports.tab.' + tab)}</a>`)}</nav>`;
}

function yearOptions(selected: number): TemplateResult[] {
  return planYears().map((y) => html`<option value=${String(y)} ?selected=${y === selected}>${y}</option>`);
}

function kindOptions(selected: PeriodKind): TemplateResult[] {
  return PERIOD_KIND.map((k) => html`<option value=${k} ?selected=${k === selected}>${t('reports.kind.' + k)}</option>`);
}

function value(indicator: Indicator, raw: string | undefined): string {
  if (raw === undefined || raw === '') {
    return t('reports.noValue');
  }
  return indicator.measure === 'DONG' ? formatMoney(raw) : formatNumber(Number(raw));
}

// ---- the unit's reports ------------------------------------------------------------------------------------------

function reminderList(s: State): TemplateResult | typeof nothing {
  if (s.reminders.state === 'loading') {
    return nothing;
  }
  if (s.reminders.state === 'failed') {
    return failed(s.reminders.text, 'reports-reminders-failed');
  }
  const list = s.reminders.value;
  return html`<section class="tip-section" id="reports-reminders" aria-labelledby="reports-reminders-title">
    <h4 id="reports-reminders-title">${t('reports.reminders.title')}</h4>
    ${list.length === 0 ? html`<p class="muted">${t('reports.reminders.none')}</p>` : html`<ul>
      ${list.map((r) => html`<li class=${'deadline ' + (r.kind === 'OVERDUE' ? 'overdue' : 'soon')}
        id=${`reminder-${r.period?.year}-${r.period?.kind}`}>
        <strong>${t('reports.reminders.' + (r.kind ?? 'DUE_SOON'))}</strong> ${pick(r.messageVi, r.messageEn)}</li>`)}</ul>`}
  </section>`;
}

function periodRow(row: PeriodRow): TemplateResult {
  const p = row.info.period;
  const key = `${p?.year}-${p?.kind}`;
  const late = row.overdue ? html`<span class="deadline overdue">${t('reports.overdueBy', { days: -row.daysLeft })}</span>`
    : row.standing !== 'SUBMITTED' && row.standing !== 'ACCEPTED' && row.daysLeft >= 0
      ? html`<span class="deadline soon">${t('reports.daysLeft', { days: row.daysLeft })}</span>` : nothing;
  return html`<tr id=${'period-row-' + key}>
    <th scope="row">${periodName(p)}${row.report && (row.report.revision ?? 1) > 1
      ? html`<span class="sub"> · ${t('reports.revision', { n: row.report.revision ?? 1 })}</span>` : nothing}</th>
    <td>${range(row.info.window)}${row.info.estimated?.from
      ? html`<br><span class="sub">${t('reports.estimatedPart', { range: range(row.info.estimated) })}</span>` : nothing}</td>
    <td class="nowrap">${row.info.due ? formatDate(row.info.due) : ''} ${late}</td>
    <td>${badge('period-status-' + key, row.standing)}</td>
    <td>${row.report
      ? html`<a class="button secondary" id=${'period-open-' + key} href=${'#/reports/' + row.report.id}>${t('reports.open')}</a>`
      : html`<button type="button" class="button primary" id=${'period-start-' + key}
          ?disabled=${form('start').busy} @click=${() => void start(p)}>${t('reports.start')}</button>`}</td>
  </tr>`;
}

async function start(period: ReportingPeriod | undefined): Promise<void> {
  const s = st();
  const f = form('start');
  if (!current || !period) {
    return;
  }
  f.busy = true;
  f.message = '';
  redraw();
  const result = await post<Report>('/api/v1/reports', { unit: current.context.user.unit, period }, f.key);
  settle(f, result, '');
  if (state !== s) {
    return;
  }
  if (result.ok && result.body.id) {
    f.message = '';
    location.hash = '#/reports/' + result.body.id;
  } else {
    if (f.errors.length > 0) {
      f.message = `${f.message} ${f.errors.map((e) => pick(e.vi ?? e.message, e.en ?? e.message)).join(' ')}`;
    }
    redraw();
  }
}

function minePage(s: State, context: PageContext): TemplateResult {
  if (s.periods.state === 'failed') {
    return failed(s.periods.text, 'reports-failed');
  }
  if (s.mine.state === 'failed') {
    return failed(s.mine.text, 'reports-failed');
  }
  const busy = s.periods.state === 'loading' || s.mine.state === 'loading';
  const rows = s.periods.state === 'ok' && s.mine.state === 'ok'
    ? unitPeriods(s.periods.value, s.mine.value, context.user.unit, s.today) : [];
  return html`<h3 class="tips-title">${t('reports.mine.title', { unit: unitName(context.user.unit) })}</h3>
    <p class="tips-intro">${t('reports.mine.intro')}</p>
    ${reminderList(s)}
    ${contactForm(s, context)}
    ${alertOf('reports-start-message', s.forms.start)}
    <div class="table-wrap" id="reports-periods" aria-busy=${busy ? 'true' : nothing}>
      ${busy ? loadingText() : html`<table class="tips-table">
        <caption class="sub">${t('reports.mine.caption', { today: formatDate(s.today) })}</caption>
        <thead><tr><th scope="col">${t('reports.col.period')}</th><th scope="col">${t('reports.col.window')}</th>
          <th scope="col">${t('reports.col.due')}</th><th scope="col">${t('reports.col.state')}</th>
          <th scope="col"><span class="sub">${t('reports.col.action')}</span></th></tr></thead>
        <tbody>${rows.length === 0 ? html`<tr><td colspan="5" class="empty">${t('reports.mine.none')}</td></tr>`
          : rows.map(periodRow)}</tbody></table>`}
    </div>`;
}

// ---- one report ---------------------------------------------------------------------------------------------------

function facts(r: Report): TemplateResult {
  return html`<dl class="facts" id="report-facts">
    <dt>${t('reports.fact.unit')}</dt><dd id="report-unit">${unitName(r.unit)}</dd>
    <dt>${t('reports.fact.period')}</dt><dd id="report-period">${periodName(r.period)}</dd>
    <dt>${t('reports.fact.window')}</dt><dd id="report-window">${range(r.window)}</dd>
    <dt>${t('reports.fact.due')}</dt><dd id="report-due">${r.due ? formatDate(r.due) : ''}</dd>
    <dt>${t('reports.fact.actual')}</dt><dd>${range(r.actual)}${r.estimated?.from
      ? html`<br><span id="report-estimated">${t('reports.estimatedPart', { range: range(r.estimated) })}</span>` : nothing}</dd>
    <dt>${t('reports.fact.revision')}</dt><dd id="report-revision">${r.revision ?? 1}${r.correctionReason
      ? html` — ${t('reports.correctionReason')}: <span id="report-correction-reason">${r.correctionReason}</span>` : nothing}</dd>
    <dt>${t('reports.fact.template')}</dt><dd>${r.templateAppliesTo} · ${t('reports.version', { n: r.templateVersion ?? 0 })}</dd>
    <dt>${t('reports.fact.updated')}</dt><dd>${r.audit?.updatedAt ? formatDateTime(r.audit.updatedAt) : ''}
      ${r.audit?.updatedBy ? `(${r.audit.updatedBy})` : ''}</dd>
  </dl>`;
}

function sourceName(source: string | undefined): string {
  return t('reports.source.' + (source && ['unit', 'tip-service', 'case-service', 'budget-service'].includes(source)
    ? source : 'other'), { source: source ?? '' });
}

function readOnlyTable(r: Report): TemplateResult {
  return html`<div class="table-wrap"><table class="tips-table" id="report-values">
    <thead><tr><th scope="col">${t('reports.col.indicator')}</th><th scope="col">${t('reports.col.source')}</th>
      <th scope="col" class="num">${t('reports.col.value')}</th></tr></thead>
    <tbody>${(r.indicators ?? []).map((i) => html`<tr id=${'value-row-' + controlId(i.code ?? '', 'value')}>
      <th scope="row">${pick(i.labelVi, i.labelEn)}</th>
      <td>${sourceName(i.source)}${i.overrideReason ? html`<br><span class="sub">${t('reports.overridden', {
        value: value(i, i.prefilledValue), reason: i.overrideReason })}</span>` : nothing}</td>
      <td class="num">${value(i, i.value)}</td></tr>`)}</tbody>
  </table></div>
  ${r.narrative ? html`<h4>${t('reports.narrative')}</h4><p class="narrative" id="report-narrative-text">${r.narrative}</p>` : nothing}`;
}

function editRow(d: Detail, i: Indicator): TemplateResult {
  const code = i.code ?? '';
  const valueId = controlId(code, 'value');
  const reasonId = controlId(code, 'reason');
  const edit = d.edits.get(code);
  const set = (patch: Edit): void => {
    d.edits.set(code, { ...d.edits.get(code), ...patch });
  };
  return html`<tr id=${'edit-row-' + valueId}>
    <th scope="row"><label for=${valueId}>${pick(i.labelVi, i.labelEn)}</label>
      ${i.required ? html`<br><span class="sub">${t('reports.required')}</span>` : nothing}</th>
    <td>${sourceName(i.source)}${prefilled(i) ? html`<br><span class="sub">${t('reports.prefilledValue', {
      value: value(i, i.prefilledValue) })}</span>` : nothing}</td>
    <td><input id=${valueId} name=${valueId} inputmode="numeric" autocomplete="off" .value=${shownValue(i, edit)}
        aria-describedby=${valueId + '-error'} @input=${(e: Event) => set({ value: (e.target as HTMLInputElement).value })}>
      ${i.measure === 'DONG' ? html`<span class="sub">${t('reports.inDong')}</span>` : nothing}
      ${errorSlot(valueId)}
      ${prefilled(i) ? html`<label class="sub" for=${reasonId}>${t('reports.overrideReason')}</label>
        <input id=${reasonId} name=${reasonId} .value=${shownReason(i, edit)} aria-describedby=${reasonId + '-error'}
          @input=${(e: Event) => set({ reason: (e.target as HTMLInputElement).value })}>
        ${errorSlot(reasonId)}` : nothing}</td>
  </tr>`;
}

function editForm(d: Detail, r: Report): TemplateResult {
  const f = form('report');
  return html`<form class="tips-form" id="report-form" novalidate @submit=${(e: Event) => { e.preventDefault(); void save(); }}>
    <fieldset><legend>${t('reports.form.legend')}</legend>
      <p class="hint">${t('reports.form.hint')}</p>
      <div class="table-wrap"><table class="tips-table">
        <thead><tr><th scope="col">${t('reports.col.indicator')}</th><th scope="col">${t('reports.col.source')}</th>
          <th scope="col">${t('reports.col.value')}</th></tr></thead>
        <tbody>${(r.indicators ?? []).map((i) => editRow(d, i))}</tbody></table></div>
      <div class="field wide"><label for="report-narrative">${t('reports.narrative')}</label>
        <textarea id="report-narrative" rows="6" aria-describedby="report-narrative-error"
          .value=${d.narrative ?? r.narrative ?? ''}
          @input=${(e: Event) => { d.narrative = (e.target as HTMLTextAreaElement).value; }}></textarea>
        ${errorSlot('report-narrative', 'narrative')}</div>
    </fieldset>
    ${alertOf('report-form-message', f)}
    ${d.stale ? html`<p><button type="button" class="button secondary" id="report-reload"
      @click=${() => { loadDetail(d.id, true); redraw(); }}>${t('reports.reload')}</button></p>` : nothing}
    <div class="actions">
      <button type="submit" class="button secondary" id="report-save" ?disabled=${f.busy}>${t('reports.save')}</button>
      <button type="button" class="button secondary" id="report-refresh" ?disabled=${f.busy}
        @click=${() => void save('refresh')}>${t('reports.refresh')}</button>
      <button type="button" class="button primary" id="report-submit" ?disabled=${f.busy}
        @click=${() => void save('submit')}>${t('reports.submit')}</button>
    </div>
  </form>`;
}

/**
 * Saves what was typed (when anything was) and, when asked, submits the report, or reads its pre-filled figures again
 * from their services (figures overridden with a reason stay), on the etag the save answered.
 */
async function save(then?: 'submit' | 'refresh'): Promise<void> {
  const s = st();
  const d = s.detail;
  if (!d || d.report.state !== 'ok') {
    return;
  }
  const f = form('report');
  f.busy = true;
  f.message = '';
  redraw();
  let report = d.report.value;
  if (changed(report, d.edits, d.narrative)) {
    const sent = entries(report.indicators ?? [], d.edits);
    const codes = sent.map((e) => e.code);
    const result = await send<Report>('PATCH', `/api/v1/reports/${encodeURIComponent(d.id)}`,
      { etag: report.etag, indicators: sent, narrative: d.narrative ?? report.narrative ?? '' }, f.key);
    settle(f, result, t('reports.saved'), (errors) => placeErrors(errors, codes));
    if (state !== s || s.detail !== d) {
      return;
    }
    if (!result.ok) {
      d.stale = result.status === 409;
      redraw();
      return;
    }
    report = result.body;
    d.report = { state: 'ok', value: report };
    d.edits = new Map();
    d.narrative = undefined;
  }
  if (then) {
    f.busy = true;
    const done = t(then === 'submit' ? 'reports.submitted' : 'reports.refreshed');
    const result = await post<Report>(`/api/v1/reports/${encodeURIComponent(d.id)}:${then}`, { etag: report.etag }, f.key);
    settle(f, result, done, (errors) => placeErrors(errors, []));
    if (state !== s || s.detail !== d) {
      return;
    }
    d.stale = result.status === 409;
    if (result.ok) {
      d.report = { state: 'ok', value: result.body };
      if (then === 'submit') {
        s.flash = { route: d.id, text: done };
        if (current && may(current.context).submit) {
          loadMine(current.context);
        }
      }
    }
  } else {
    f.busy = false;
    f.success = true;
    f.message = t('reports.saved');
    d.stale = false;
  }
  redraw();
}

function reviewForm(d: Detail): TemplateResult {
  const f = form('review');
  return html`<form class="tips-form" id="review-form" novalidate @submit=${(e: Event) => e.preventDefault()}>
    <fieldset><legend>${t('reports.review.legend')}</legend>
      <div class="field wide"><label for="review-comment">${t('reports.review.comment')}</label>
        <textarea id="review-comment" rows="4" aria-describedby="review-comment-error" .value=${d.comment}
          @input=${(e: Event) => { d.comment = (e.target as HTMLTextAreaElement).value; }}></textarea>
        ${errorSlot('review-comment', 'comment')}
        <p class="hint">${t('reports.review.hint')}</p></div>
    </fieldset>
    ${alertOf('review-form-message', f)}
    <div class="actions">
      <button type="button" class="button secondary" id="review-return" ?disabled=${f.busy}
        @click=${() => void review('return')}>${t('reports.review.return')}</button>
      <button type="button" class="button primary" id="review-accept" ?disabled=${f.busy}
        @click=${() => void review('accept')}>${t('reports.review.accept')}</button>
    </div>
  </form>`;
}

async function review(action: 'return' | 'accept'): Promise<void> {
  const s = st();
  const d = s.detail;
  if (!d || d.report.state !== 'ok') {
    return;
  }
  const f = form('review');
  f.busy = true;
  f.message = '';
  redraw();
  const result = await post<Report>(`/api/v1/reports/${encodeURIComponent(d.id)}:${action}`,
    { etag: d.report.value.etag, comment: d.comment }, f.key);
  settle(f, result, t(action === 'return' ? 'reports.review.returned' : 'reports.review.accepted'));
  if (state !== s || s.detail !== d) {
    return;
  }
  d.stale = result.status === 409;
  if (result.ok) {
    d.report = { state: 'ok', value: result.body };
    d.comment = '';
    s.flash = { route: d.id, text: f.message };
    s.queue = null;
    s.completeness = null;
  }
  redraw();
}

function correctForm(d: Detail): TemplateResult {
  const f = form('correct');
  return html`<form class="tips-form" id="correct-form" novalidate @submit=${(e: Event) => { e.preventDefault(); void correct(); }}>
    <fieldset><legend>${t('reports.correct.legend')}</legend>
      <p class="hint">${t('reports.correct.hint')}</p>
      <div class="field wide"><label for="correct-reason">${t('reports.correct.reason')}</label>
        <textarea id="correct-reason" rows="3" aria-describedby="correct-reason-error" .value=${d.reason}
          @input=${(e: Event) => { d.reason = (e.target as HTMLTextAreaElement).value; }}></textarea>
        ${errorSlot('correct-reason', 'reason')}</div>
    </fieldset>
    ${alertOf('correct-form-message', f)}
    <div class="actions"><button type="submit" class="button primary" id="correct-submit" ?disabled=${f.busy}>
      ${t('reports.correct.submit')}</button></div>
  </form>`;
}

async function correct(): Promise<void> {
  const s = st();
  const d = s.detail;
  if (!d || d.report.state !== 'ok') {
    return;
  }
  const f = form('correct');
  f.busy = true;
  f.message = '';
  redraw();
  const result = await post<Report>(`/api/v1/reports/${encodeURIComponent(d.id)}:correct`,
    { etag: d.report.value.etag, reason: d.reason }, f.key);
  settle(f, result, t('reports.correct.opened'));
  if (state !== s || s.detail !== d) {
    return;
  }
  if (result.ok && result.body.id) {
    s.flash = { route: result.body.id, text: t('reports.correct.opened') };
    location.hash = '#/reports/' + result.body.id;
    return;
  }
  redraw();
}

function history(r: Report): TemplateResult {
  return html`<section class="tip-section" aria-labelledby="report-history-title">
    <h4 id="report-history-title">${t('reports.history.title')}</h4>
    <div class="table-wrap"><table class="tips-table" id="report-history">
      <thead><tr><th scope="col">${t('reports.history.at')}</th><th scope="col">${t('reports.history.action')}</th>
        <th scope="col">${t('reports.history.actor')}</th><th scope="col">${t('reports.history.comment')}</th></tr></thead>
      <tbody>${(r.history ?? []).map((e) => html`<tr>
        <td class="nowrap">${e.at ? formatDateTime(e.at) : ''}</td>
        <td>${t('reports.action.' + (e.action ?? 'UPDATE'))}</td>
        <td>${e.actor}${e.actorUnit ? html`<span class="sub"> · ${unitName(e.actorUnit)}</span>` : nothing}</td>
        <td>${e.comment ?? ''}</td></tr>`)}</tbody></table></div>
  </section>`;
}

function detailPage(s: State, context: PageContext, backTab: Tab | undefined): TemplateResult {
  const d = s.detail;
  const back = html`<p class="back"><a id="report-back" href=${'#/reports/' + (backTab ?? '')}>
    ${t('reports.back')}</a></p>`;
  if (!d || d.report.state === 'loading') {
    return html`${back}<div id="report-detail" aria-busy="true">${loadingText()}</div>`;
  }
  if (d.report.state === 'failed') {
    return html`${back}${failed(d.report.text, 'report-failed')}`;
  }
  const r = d.report.value;
  const m = may(context);
  const writes = m.submit && r.unit === context.user.unit;
  const returned = lastReturn(r.history);
  const flash = s.flash && s.flash.route === d.id ? s.flash.text : '';
  const newest = s.mine.state !== 'ok' || latestRevisions(s.mine.value.filter((x) => samePeriod(x.period, r.period)))
    .every((x) => x.id === r.id);
  return html`${back}
    <div id="report-detail">
      <div class="tip-head"><h3 class="tips-title" id="report-title">${periodName(r.period)} — ${unitName(r.unit)}</h3>
        ${badge('report-status', r.status ?? 'DRAFT')}</div>
      ${flash ? html`<p class="tips-alert success" role="status" id="report-flash">${flash}</p>` : nothing}
      ${returned && r.status === 'RETURNED' ? html`<section class="tips-alert" id="report-return-comment"
          aria-labelledby="report-return-title">
        <h4 id="report-return-title">${t('reports.returnedBy', { who: returned.actor ?? '',
          at: returned.at ? formatDateTime(returned.at) : '' })}</h4>
        <p id="report-return-text">${returned.comment}</p></section>` : nothing}
      ${facts(r)}
      ${writes && editable(r.status) ? editForm(d, r) : readOnlyTable(r)}
      ${m.review && r.status === 'SUBMITTED' ? reviewForm(d) : nothing}
      ${writes && r.status === 'ACCEPTED' && newest ? correctForm(d) : nothing}
      ${history(r)}
    </div>`;
}

// ---- completeness, queue, consolidated --------------------------------------------------------------------------

function completenessPage(s: State): TemplateResult {
  if (!s.completeness) {
    loadCompleteness();
  }
  const c = s.completeness ?? { state: 'loading' as const };
  return html`<h3 class="tips-title">${t('reports.completeness.title')}</h3>
    <p class="tips-intro">${t('reports.completeness.intro')}</p>
    <form class="tips-filters" id="completeness-filters" @submit=${(e: Event) => {
      e.preventDefault();
      const target = e.target as HTMLFormElement;
      s.compYear = Number((target.querySelector('#completeness-year') as HTMLSelectElement).value);
      s.compKind = (target.querySelector('#completeness-kind') as HTMLSelectElement).value as PeriodKind;
      loadCompleteness();
      redraw();
    }}>
      <div class="field"><label for="completeness-year">${t('reports.year')}</label>
        <select id="completeness-year">${yearOptions(s.compYear)}</select></div>
      <div class="field"><label for="completeness-kind">${t('reports.kindLabel')}</label>
        <select id="completeness-kind">${kindOptions(s.compKind)}</select></div>
      <div class="field action"><button type="submit" class="button primary" id="completeness-show">${t('reports.show')}</button></div>
    </form>
    <div id="completeness-results" aria-busy=${c.state === 'loading' ? 'true' : nothing}>
      ${c.state === 'loading' ? loadingText() : c.state === 'failed' ? failed(c.text, 'completeness-failed')
        : completenessBody(s, c.value)}
    </div>`;
}

function completenessBody(s: State, c: Completeness): TemplateResult {
  const expected = count(c.expected);
  const fig = (id: string, n: number, label: string): TemplateResult => html`<li><div class="figure" id=${id}>
    <span class="figure-value">${formatNumber(n)}</span><span class="figure-label">${label}</span></div></li>`;
  return html`<p class="sub" id="completeness-period">${periodName(c.period)} · ${t('reports.fact.due')}: ${c.due ? formatDate(c.due) : ''}
      · ${t('reports.completeness.acceptedShare', { share: formatPercent(share(count(c.accepted), expected)) })}</p>
    <ul class="figures" id="completeness-figures">
      ${fig('completeness-expected', expected, t('reports.completeness.expected'))}
      ${fig('completeness-on-time', count(c.onTime), t('reports.completeness.onTime'))}
      ${fig('completeness-late', count(c.late), t('reports.completeness.late'))}
      ${fig('completeness-missing', count(c.missing), t('reports.completeness.missing'))}
      ${fig('completeness-accepted', count(c.accepted), t('reports.completeness.accepted'))}
    </ul>
    <div class="table-wrap"><table class="tips-table" id="completeness-table">
      <thead><tr><th scope="col">${t('reports.col.unit')}</th><th scope="col">${t('reports.col.submission')}</th>
        <th scope="col">${t('reports.col.firstSubmitted')}</th><th scope="col">${t('reports.col.accepted')}</th>
        <th scope="col">${t('reports.col.report')}</th></tr></thead>
      <tbody>${(c.units ?? []).map((u) => {
        const report = s.compReports.find((r) => r.unit === u.unit);
        return html`<tr id=${'completeness-row-' + u.unit}>
          <th scope="row">${pick(u.nameVi, u.nameEn) || u.unit}</th>
          <td class=${u.state === 'LATE' ? 'deadline overdue' : u.state === 'ON_TIME' ? 'deadline ok' : ''}>
            ${u.state === 'LATE' ? t('reports.submission.LATE', { days: count(u.daysLate) })
              : t('reports.submission.' + (u.state ?? 'MISSING'))}${!u.firstSubmittedAt && u.started
              ? html`<span class="sub"> · ${t('reports.completeness.started')}</span>` : nothing}</td>
          <td class="nowrap">${u.firstSubmittedAt ? formatDateTime(u.firstSubmittedAt) : ''}</td>
          <td>${u.accepted ? t('reports.yes') : t('reports.no')}</td>
          <td>${report ? html`<a id=${'completeness-open-' + u.unit} href=${'#/reports/' + report.id}>
            ${t('reports.status.' + (report.status ?? 'DRAFT'))}</a>` : ''}</td></tr>`;
      })}</tbody></table></div>`;
}

function queuePage(s: State): TemplateResult {
  if (!s.queue) {
    loadQueue();
  }
  const q = s.queue ?? { state: 'loading' as const };
  return html`<h3 class="tips-title">${t('reports.queue.title')}</h3>
    <p class="tips-intro">${t('reports.queue.intro')}</p>
    <div class="table-wrap" id="queue-results" aria-busy=${q.state === 'loading' ? 'true' : nothing}>
      ${q.state === 'loading' ? loadingText() : q.state === 'failed' ? failed(q.text, 'queue-failed') : html`
      <table class="tips-table" id="queue-table">
        <thead><tr><th scope="col">${t('reports.col.unit')}</th><th scope="col">${t('reports.col.period')}</th>
          <th scope="col">${t('reports.col.submitted')}</th><th scope="col">${t('reports.col.due')}</th>
          <th scope="col"><span class="sub">${t('reports.col.action')}</span></th></tr></thead>
        <tbody>${q.value.length === 0 ? html`<tr><td colspan="5" class="empty">${t('reports.queue.none')}</td></tr>`
          : q.value.map((r) => {
            const at = lastSubmitted(r.history);
            return html`<tr id=${'queue-row-' + r.id}>
              <th scope="row">${unitName(r.unit)}</th><td>${periodName(r.period)}</td>
              <td class="nowrap">${at ? formatDateTime(at) : ''}</td><td class="nowrap">${r.due ? formatDate(r.due) : ''}</td>
              <td><a class="button secondary" id=${'queue-open-' + r.id} href=${'#/reports/' + r.id}>${t('reports.open')}</a></td></tr>`;
          })}</tbody></table>`}
    </div>`;
}

function consolidatedPage(s: State): TemplateResult {
  const f = form('export');
  return html`<h3 class="tips-title">${t('reports.consolidated.title')}</h3>
    <p class="tips-intro">${t('reports.consolidated.intro')}</p>
    <form class="tips-filters" id="export-form" novalidate @submit=${(e: Event) => {
      e.preventDefault();
      const target = e.target as HTMLFormElement;
      s.exportYear = Number((target.querySelector('#export-year') as HTMLSelectElement).value);
      s.exportKind = (target.querySelector('#export-kind') as HTMLSelectElement).value as PeriodKind;
      s.exportFormat = (target.querySelector('#export-format') as HTMLSelectElement).value as DocumentFormat;
      void download();
    }}>
      <div class="field"><label for="export-year">${t('reports.year')}</label>
        <select id="export-year" aria-describedby="export-year-error">${yearOptions(s.exportYear)}</select>
        ${errorSlot('export-year', 'year')}</div>
      <div class="field"><label for="export-kind">${t('reports.kindLabel')}</label>
        <select id="export-kind" aria-describedby="export-kind-error">${kindOptions(s.exportKind)}</select>
        ${errorSlot('export-kind', 'kind')}</div>
      <div class="field"><label for="export-format">${t('reports.consolidated.format')}</label>
        <select id="export-format" aria-describedby="export-format-error">
          ${(['PDF', 'DOCX'] as const).map((fmt) => html`<option value=${fmt} ?selected=${fmt === s.exportFormat}>
            ${t('reports.consolidated.' + fmt)}</option>`)}</select>
        ${errorSlot('export-format', 'format')}</div>
      <div class="field action"><button type="submit" class="button primary" id="export-download" ?disabled=${f.busy}>
        ${f.busy ? t('reports.consolidated.preparing') : t('reports.consolidated.download')}</button></div>
    </form>
    ${alertOf('export-message', f)}`;
}

/** The document through the gateway with the portal's session: fetch → Blob → an object URL saved under its name. */
async function download(): Promise<void> {
  const s = st();
  const f = form('export');
  const [year, kind, format] = [s.exportYear, s.exportKind, s.exportFormat];
  f.busy = true;
  f.message = '';
  redraw();
  let answer: Response;
  try {
    answer = await request(withQuery('/api/v1/reports/consolidated:export', { year, kind, format }),
      { headers: { Accept: `${documentType(format)}, application/problem+json` } });
  } catch {
    settle(f, { ok: false, status: 0, problem: null }, '');
    redraw();
    return;
  }
  const isJson = (answer.headers.get('Content-Type') ?? '').includes('json');
  if (!answer.ok || isJson) {
    const problem = isJson ? (await answer.json().catch(() => null)) as Problem | null : null;
    settle(f, { ok: false, status: answer.ok ? 500 : answer.status, problem }, '');
    redraw();
    return;
  }
  const blob = await answer.blob();
  const name = documentName(year, kind, format);
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
  settle(f, { ok: true, status: 200, body: null }, t('reports.consolidated.done', {
    name, size: formatNumber(Math.max(1, Math.round(blob.size / 1024))) }));
  if (state === s) {
    redraw();
  }
}

// ---- the page ----------------------------------------------------------------------------------------------------

const TAB_IDS: readonly string[] = ['mine', 'completeness', 'queue', 'consolidated'];
let lastTab: Tab | undefined;
let drawingAgain = false;

function draw(target: HTMLElement, path: string[], context: PageContext): void {
  const s = st();
  const allowed = tabsFor(context);
  const first = path[0];
  let body: TemplateResult;
  let tab: Tab | null = null;
  if (first && !TAB_IDS.includes(first)) {
    if (!s.detail || s.detail.id !== first) {
      loadDetail(first, false);
    }
    body = detailPage(s, context, lastTab);
  } else {
    tab = (first && allowed.includes(first as Tab) ? first : allowed[0]) as Tab | null;
    lastTab = tab ?? undefined;
    s.detail = null;
    if (!tab) {
      body = html`<p class="tips-alert" role="alert">${t('reports.notAllowed')}</p>`;
    } else if (tab === 'mine') {
      body = minePage(s, context);
    } else if (tab === 'completeness') {
      body = completenessPage(s);
    } else if (tab === 'queue') {
      body = queuePage(s);
    } else {
      body = consolidatedPage(s);
    }
  }
  render(html`<div class="tips reports">${tabs(allowed, tab)}${body}</div>`, target);
  // field errors beside their fields, in the current language, after every drawing; the alert names the rest
  let again = false;
  for (const [id, formId] of [['report', 'report-form'], ['review', 'review-form'], ['correct', 'correct-form'],
    ['export', 'export-form'], ['contact', 'contact-form']] as const) {
    const el = target.querySelector<HTMLElement>('#' + formId);
    const f = s.forms[id];
    if (el && f) {
      const unplaced = showFieldErrors(el, f.errors);
      if (focusInvalidNext && f.errors.length > 0) {
        focusFirstInvalid(el);
      }
      const extra = f.errors.length > 0 && !f.success ? summary(unplaced, unplaced.length < f.errors.length) : '';
      if ((f.extra ?? '') !== extra) {
        f.extra = extra;
        again = true;
      }
    }
  }
  if (again && !drawingAgain) {
    drawingAgain = true;
    try {
      draw(target, path, context);
    } finally {
      drawingAgain = false;
    }
  }
  focusInvalidNext = false;
}

export const page: Page = {
  render(target, path, context) {
    if (shownIn !== target || !state) {
      shownIn = target;
      const today = todayInVietnam();
      const year = defaultYear(today);
      state = {
        today, units: new Map(), periods: { state: 'loading' }, mine: { state: 'loading' }, reminders: { state: 'loading' },
        contact: { state: 'loading' }, contactInput: null,
        compYear: year, compKind: 'HALF_YEAR', completeness: null, compReports: [], queue: null,
        exportYear: year, exportKind: 'HALF_YEAR', exportFormat: 'PDF', detail: null, forms: {}, flash: null,
      };
      loadCommon(context);
    }
    const previous = current?.path.join('/');
    current = { target, path, context };
    if (previous !== undefined && previous !== path.join('/')) {
      // a route change: lists are asked again, so what was just done shows
      const s = st();
      if (!path[0] || path[0] === 'mine') {
        if (may(context).submit) {
          loadMine(context);
        }
      } else if (path[0] === 'completeness') {
        s.completeness = null;
      } else if (path[0] === 'queue') {
        s.queue = null;
      }
      delete s.forms.start;
      if (s.flash && s.flash.route !== path[0]) {
        s.flash = null;
      }
    }
    draw(target, path, context);
  },
};
