// Yêu cầu phong tỏa: the requests the caller may see (#/freeze) — a bank liaison only those addressed to its bank,
// investigators all — and one request (#/freeze/<id>) with its times, the time from request to hold, and the
// addressed bank's answers (acknowledge, hold an amount, reject with a reason); the release orders (lệnh giải tỏa) a
// police leader issues on it and the bank's report that it released the money; the bank's report of onward transfers
// found on the account (each extends the case's money trail). Requests are sent from a case's page.
// A bank's inbox also lists the returns to victims it is to pay, and takes its report that it paid one.
import { html, nothing, render, type TemplateResult } from 'lit';
import { failureText, get, getAll, type Problem, type Result } from '../../shared/api';
import { formatDate, formatDateTime, formatMoney, parseDate, todayInVietnam } from '../../shared/format';
import { pick, t } from '../../shared/i18n';
import { hasAnyRole, type Page, type PageContext } from '../../shared/page';
import { allowedSections } from '../../shell/sections';
import { FREEZE_STATUS, type FreezeRequest, type OnwardTransfer, type ReportOnwardTransfersResponse } from '../../generated/cases';
import type { ListUnitsResponse, Unit } from '../../generated/report';
import { alert, input, localError, newForm, select, submit, submitButton, textarea, type FormState } from '../cases/form';
import { parseDong } from '../cases/logic';
import { onwardBody, onwardRow } from './onward';
import { answersFor, mayBeReleased, parseVietnamTime, pendingRelease, stillHeld } from './logic';
import { bankReturnsSection, loadBankReturns, newBankReturns, type BankReturnsState } from '../cases/restitution';
import { bankName, durationText, freezeTable, heldText, statusBadge } from './view';
import { resetUrgent, urgentDetailView, urgentListSection } from './urgent';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

interface ListState {
  status: string;
  bank: string;
  overdue: boolean;
  loading: boolean;
  result: Result<FreezeRequest[]> | null;
}

interface DetailState {
  id: string;
  loading: boolean;
  result: Result<FreezeRequest> | null;
  flash: string | null;
  acknowledge: FormState;
  hold: FormState;
  reject: FormState;
  release: FormState;
  report: FormState;
  onward: FormState;
  reported: OnwardTransfer[] | null;
}

let host: HTMLElement | null = null;
let context: PageContext;
let path: string[] = [];
let banks: Unit[] | null = null;
let banksLoading = false;
let list: ListState | null = null;
let detail: DetailState | null = null;
/** The returns to victims the bank is to pay (bank liaisons only). */
let bankReturns: BankReturnsState | null = null;

function reloadBankReturns(): void {
  const state = bankReturns;
  if (!state) {
    return;
  }
  void loadBankReturns(state).then(() => {
    if (bankReturns === state) {
      redraw();
    }
  });
}

function redraw(): void {
  if (host) {
    draw(host);
  }
}

const isBank = (): boolean => hasAnyRole(context.user, 'bank-liaison');
const isPolice = (): boolean => hasAnyRole(context.user, 'investigator', 'police-leader', 'procurator');
const isPoliceLeader = (): boolean => hasAnyRole(context.user, 'police-leader');

function loadBanks(): void {
  if (banks || banksLoading) {
    return;
  }
  banksLoading = true;
  void get<ListUnitsResponse>('/api/v1/units', { kind: 'bank' }).then((result) => {
    banksLoading = false;
    banks = result.ok ? result.body?.units ?? [] : [];
    redraw();
  });
}

function failure(result: { status: number; problem: Problem | null }, id: string): TemplateResult {
  return html`<p class="tips-alert" role="alert" id=${id}>${result.status === 404
    ? t('freeze.notFound') : failureText(result.status, result.problem, t)}</p>`;
}

// ---- the list

async function loadList(state: ListState): Promise<void> {
  state.loading = true;
  redraw();
  const result = await getAll<FreezeRequest>('/api/v1/cases/freeze-requests',
    { status: state.status, bank: isBank() ? '' : state.bank, overdue: state.overdue ? 'true' : '' }, (page) => page.freezeRequests as FreezeRequest[]);
  if (list !== state) {
    return;
  }
  state.loading = false;
  state.result = result;
  redraw();
}

function listView(state: ListState): TemplateResult {
  const apply = (event: Event): void => {
    event.preventDefault();
    void loadList(state);
  };
  return html`
    <p class="tips-intro" id="freeze-intro">${isBank()
      ? t('freeze.introBank', { bank: bankName(context.user.unit, banks) }) : t('freeze.introPolice')}</p>
    <form class="tips-filters" id="freeze-filters" @submit=${apply}>
      <div class="field"><label for="freeze-filter-status">${t('freeze.filter.status')}</label>
        <select id="freeze-filter-status" @change=${(e: Event) => { state.status = (e.target as HTMLSelectElement).value; }}>
          <option value="" ?selected=${state.status === ''}>${t('freeze.filter.all')}</option>
          ${FREEZE_STATUS.map((s) => html`<option value=${s} ?selected=${state.status === s}>${t('freeze.status.' + s)}</option>`)}
        </select></div>
      ${isBank() ? nothing : html`<div class="field"><label for="freeze-filter-bank">${t('freeze.filter.bank')}</label>
        <select id="freeze-filter-bank" @change=${(e: Event) => { state.bank = (e.target as HTMLSelectElement).value; }}>
          <option value="" ?selected=${state.bank === ''}>${t('freeze.filter.allBanks')}</option>
          ${(banks ?? []).map((b) => html`<option value=${b.code ?? ''} ?selected=${state.bank === b.code}>
            ${pick(b.nameVi, b.nameEn)}</option>`)}
        </select></div>`}
      <div class="field check"><label for="freeze-filter-overdue"><input type="checkbox" id="freeze-filter-overdue"
        .checked=${state.overdue} @change=${(e: Event) => { state.overdue = (e.target as HTMLInputElement).checked; }}>
        ${t('freeze.filter.overdue')}</label></div>
      <div class="field action"><button class="button primary" id="freeze-filter-apply" type="submit">
        ${t('freeze.filter.apply')}</button></div>
    </form>
    <div id="freeze-results" aria-busy=${state.loading ? 'true' : nothing}>
      ${!state.result ? html`<p class="muted">${t('common.loading')}</p>`
        : !state.result.ok ? failure(state.result, 'freeze-list-error')
        : freezeTable('freeze-table', state.result.body, banks, { link: true, caseColumn: isPolice() })}
    </div>
    ${urgentListSection(redraw, banks)}
    ${isBank() ? bankReturnsSection(bankReturns, redraw, reloadBankReturns) : nothing}`;
}

// ---- one request

async function loadDetail(state: DetailState): Promise<void> {
  state.loading = true;
  redraw();
  const result = await get<FreezeRequest>('/api/v1/cases/freeze-requests/' + encodeURIComponent(state.id));
  if (detail !== state) {
    return;
  }
  state.loading = false;
  state.result = result;
  redraw();
}

function newDetail(id: string): DetailState {
  return { id, loading: true, result: null, flash: null, acknowledge: newForm(), hold: newForm({ amount: '', heldAt: '' }),
    reject: newForm({ reason: '' }), release: newReleaseForm(), report: newForm({ releasedAt: '', amount: '' }),
    onward: newOnwardForm(), reported: null };
}

function newOnwardForm(): FormState {
  return newForm({ rows: '1', ...onwardRow(0) });
}

/** The bank's report of onward transfers: every row in one report, written whole or not at all. */
function onwardForm(state: DetailState): TemplateResult {
  if (!isBank()) {
    return html``;
  }
  const form = state.onward;
  const rows = Number(form.values.rows) || 1;
  const send = async (event: Event): Promise<void> => {
    event.preventDefault();
    state.flash = null;
    const built = onwardBody(form.values, rows);
    if ('local' in built) {
      form.local = built.local.map((l) => localError(l.field, l.key));
      form.errors = [];
      form.failure = null;
      redraw();
      return;
    }
    const result = await submit<ReportOnwardTransfersResponse>(form,
      `/api/v1/cases/freeze-requests/${encodeURIComponent(state.id)}:report-onward-transfers`, built.body, redraw);
    if (result.ok) {
      state.reported = result.body.transfers ?? [];
      state.onward = newOnwardForm();
      state.flash = 'freeze.onward.done';
      redraw();
    }
  };
  const options = [{ value: '', label: t('freeze.form.chooseBank') }]
    .concat((banks ?? []).map((b) => ({ value: b.code ?? '', label: pick(b.nameVi, b.nameEn) })));
  const fields = Array.from({ length: rows }, (_, i) => [`transfers[${i}].amount`, `transfers[${i}].transferred_at`,
    `transfers[${i}].to_account_number`, `transfers[${i}].to_bank`, `transfers[${i}].reference`]).flat();
  return html`<section class="tip-section" id="freeze-onward" aria-labelledby="freeze-onward-title">
    <h4 id="freeze-onward-title">${t('freeze.onward.title')}</h4>
    <p class="hint">${t('freeze.onward.intro')}</p>
    ${state.reported ? html`<div class="table-wrap"><table class="tips-table" id="onward-reported">
      <thead><tr><th>${t('freeze.onward.at')}</th><th class="num">${t('freeze.onward.amount')}</th>
        <th>${t('freeze.onward.account')}</th><th>${t('freeze.onward.bank')}</th><th>${t('freeze.onward.reference')}</th></tr></thead>
      <tbody>${state.reported.map((o) => html`<tr><td class="nowrap">${o.transferredAt ? formatDateTime(o.transferredAt) : ''}</td>
        <td class="num nowrap">${formatMoney(o.amount?.dong ?? '0')}</td><td class="code">${o.toAccountNumber}</td>
        <td>${bankName(o.toBank, banks)}</td><td class="code">${o.reference}</td></tr>`)}</tbody></table></div>` : nothing}
    <details class="action" id="onward-form-details">
      <summary id="onward-form-toggle">${t('freeze.onward.report')}</summary>
      <form class="tips-form" id="onward-form" novalidate @submit=${send}>
        ${alert(form, 'onward-form-message', ['transfers', ...fields])}
        ${Array.from({ length: rows }, (_, i) => html`<fieldset class="onward-row"><legend>${t('freeze.onward.row', { n: i + 1 })}</legend>
          <div class="grid">
          ${input(form, { id: `onward-amount-${i}`, name: `amount-${i}`, field: `transfers[${i}].amount`,
            label: t('freeze.onward.amount'), hint: t('freeze.answer.amountHint') }, { inputmode: 'numeric' })}
          ${input(form, { id: `onward-at-${i}`, name: `at-${i}`, field: `transfers[${i}].transferred_at`,
            label: t('freeze.onward.at'), hint: t('freeze.answer.heldAtHint') })}
          ${input(form, { id: `onward-account-${i}`, name: `account-${i}`, field: `transfers[${i}].to_account_number`,
            label: t('freeze.onward.account'), hint: t('freeze.form.accountHint') }, { inputmode: 'numeric' })}
          ${select(form, { id: `onward-bank-${i}`, name: `bank-${i}`, field: `transfers[${i}].to_bank`,
            label: t('freeze.onward.bank') }, options)}
          ${input(form, { id: `onward-reference-${i}`, name: `reference-${i}`, field: `transfers[${i}].reference`,
            label: t('freeze.onward.reference'), hint: t('freeze.onward.referenceHint') })}
          </div></fieldset>`)}
        <div class="actions">
          <button class="button" type="button" id="onward-add" @click=${() => {
            Object.assign(form.values, onwardRow(rows), { rows: String(rows + 1) });
            redraw();
          }}>${t('freeze.onward.add')}</button>
          ${submitButton('onward-submit', form, t('freeze.onward.submit'))}
        </div>
      </form></details>
  </section>`;
}

function newReleaseForm(): FormState {
  return newForm({ amount: '', documentNumber: '', documentDate: formatDate(todayInVietnam()), reason: '' });
}

async function respond(state: DetailState, form: FormState, body: unknown): Promise<void> {
  state.flash = null;
  const result = await submit<FreezeRequest>(form, `/api/v1/cases/freeze-requests/${encodeURIComponent(state.id)}:respond`,
    body, redraw);
  if (result.ok) {
    state.result = result;
    state.flash = 'freeze.answer.done';
    state.hold = newForm({ amount: '', heldAt: '' });
    state.reject = newForm({ reason: '' });
    list = null;
    redraw();
  }
}

function answerForms(state: DetailState, request: FreezeRequest): TemplateResult {
  const answers = answersFor(request.status);
  if (!isBank() || answers.length === 0) {
    return html``;
  }
  const hold = state.hold;
  const sendHold = (event: Event): void => {
    event.preventDefault();
    const dong = parseDong(hold.values.amount);
    const heldAt = hold.values.heldAt.trim() ? parseVietnamTime(hold.values.heldAt) : '';
    hold.local = [
      ...(dong == null ? [localError('hold.amount_held', 'freeze.answer.amountInvalid')] : []),
      ...(heldAt == null ? [localError('hold.held_at', 'freeze.answer.heldAtInvalid')] : []),
    ];
    if (hold.local.length > 0) {
      hold.errors = [];
      hold.failure = null;
      redraw();
      return;
    }
    void respond(state, hold, { hold: { amountHeld: { dong }, ...(heldAt ? { heldAt } : {}) } });
  };
  const sendReject = (event: Event): void => {
    event.preventDefault();
    void respond(state, state.reject, { reject: { reason: state.reject.values.reason.trim() } });
  };
  return html`<section class="tip-section" id="freeze-answer" aria-labelledby="freeze-answer-title">
    <h4 id="freeze-answer-title">${t('freeze.answer.title')}</h4>
    ${answers.includes('acknowledge') ? html`<form class="tips-form" id="acknowledge-form" @submit=${(e: Event) => {
      e.preventDefault();
      void respond(state, state.acknowledge, { acknowledge: {} });
    }}>${alert(state.acknowledge, 'acknowledge-form-message', [])}
      <div class="actions">${submitButton('freeze-acknowledge', state.acknowledge, t('freeze.answer.acknowledge'))}</div>
    </form>` : nothing}
    <details class="action" id="hold-form-details" open>
      <summary id="hold-form-toggle">${t('freeze.answer.hold')}</summary>
      <form class="tips-form" id="hold-form" novalidate @submit=${sendHold}>
        ${alert(hold, 'hold-form-message', ['hold.amount_held', 'hold.held_at'])}
        <div class="grid">
          ${input(hold, { id: 'hold-amount', name: 'amount', field: 'hold.amount_held', label: t('freeze.answer.amount'),
            hint: t('freeze.answer.amountHint') }, { inputmode: 'numeric' })}
          ${input(hold, { id: 'hold-held-at', name: 'heldAt', field: 'hold.held_at', label: t('freeze.answer.heldAt'),
            hint: t('freeze.answer.heldAtHint') })}
        </div>
        <div class="actions">${submitButton('hold-submit', hold, t('freeze.answer.holdSubmit'))}</div>
      </form></details>
    <details class="action" id="reject-form-details">
      <summary id="reject-form-toggle">${t('freeze.answer.reject')}</summary>
      <form class="tips-form" id="reject-form" novalidate @submit=${sendReject}>
        ${alert(state.reject, 'reject-form-message', ['reject.reason'])}
        <div class="grid">${textarea(state.reject, { id: 'reject-reason', name: 'reason', field: 'reject.reason',
          label: t('freeze.answer.reason'), hint: t('freeze.answer.reasonHint'), wide: true })}</div>
        <div class="actions">${submitButton('reject-submit', state.reject, t('freeze.answer.rejectSubmit'))}</div>
      </form></details>
  </section>`;
}

/** Sends a release order or the bank's report of it; the request as it then stands replaces the one shown. */
async function releaseStep(state: DetailState, form: FormState, verb: string, body: unknown, flash: string): Promise<void> {
  state.flash = null;
  const result = await submit<FreezeRequest>(form, `/api/v1/cases/freeze-requests/${encodeURIComponent(state.id)}:${verb}`,
    body, redraw);
  if (result.ok) {
    state.result = result;
    state.flash = flash;
    state.release = newReleaseForm();
    state.report = newForm({ releasedAt: '', amount: '' });
    list = null;
    redraw();
  }
}

function releaseOrders(r: FreezeRequest): TemplateResult | typeof nothing {
  const orders = r.releaseOrders ?? [];
  if (orders.length === 0) {
    return nothing;
  }
  return html`<div class="table-wrap"><table class="tips-table" id="release-orders">
    <caption>${t('freeze.release.orders')}</caption>
    <thead><tr><th scope="col">${t('freeze.release.col.document')}</th><th scope="col">${t('freeze.release.col.amount')}</th>
      <th scope="col">${t('freeze.release.col.orderedBy')}</th><th scope="col">${t('freeze.release.col.procuracy')}</th>
      <th scope="col">${t('freeze.release.col.status')}</th><th scope="col">${t('freeze.release.col.releasedAt')}</th></tr></thead>
    <tbody>${orders.map((o) => html`<tr id=${'release-order-' + o.id}>
      <td>${o.documentNumber}<p class="sub">${o.documentDate ? formatDate(o.documentDate) : ''}</p></td>
      <td class="num nowrap">${formatMoney(o.amount?.dong ?? '0')}</td>
      <td>${o.orderedBy}<p class="sub">${o.orderedByUnit} · ${o.orderedAt ? formatDateTime(o.orderedAt) : ''}</p></td>
      <td>${o.procuracyUnit}<p class="sub">${o.procuracyInformedAt ? formatDateTime(o.procuracyInformedAt) : ''}</p></td>
      <td>${t(o.status === 'RELEASE_EXECUTED' ? 'freeze.release.EXECUTED' : 'freeze.release.ISSUED')}</td>
      <td class="nowrap">${o.releasedAt ? formatDateTime(o.releasedAt) : '—'}</td>
    </tr>`)}</tbody></table></div>`;
}

function releaseForms(state: DetailState, r: FreezeRequest): TemplateResult | typeof nothing {
  const pending = pendingRelease(r);
  const leader = isPoliceLeader() && mayBeReleased(r.status);
  const bank = isBank() && pending;
  if (!leader && !bank && (r.releaseOrders ?? []).length === 0) {
    return nothing;
  }
  const release = state.release;
  const sendRelease = (event: Event): void => {
    event.preventDefault();
    const text = release.values.amount.trim();
    const dong = text ? parseDong(text) : '';
    const day = parseDate(release.values.documentDate);
    release.local = [
      ...(dong == null ? [localError('amount.dong', 'freeze.release.amountInvalid')] : []),
      ...(!day ? [localError('document_date', 'freeze.release.dateInvalid')] : []),
    ];
    if (release.local.length > 0) {
      release.errors = [];
      release.failure = null;
      redraw();
      return;
    }
    void releaseStep(state, release, 'release', { ...(dong ? { amount: { dong } } : {}),
      documentNumber: release.values.documentNumber.trim(), documentDate: day, reason: release.values.reason.trim() },
    'freeze.release.ordered');
  };
  const report = state.report;
  const sendReport = (event: Event): void => {
    event.preventDefault();
    const releasedAt = parseVietnamTime(report.values.releasedAt);
    const dong = parseDong(report.values.amount || (pending?.amount?.dong ?? ''));
    report.local = [
      ...(releasedAt == null ? [localError('released_at', 'freeze.release.releasedAtInvalid')] : []),
      ...(dong == null ? [localError('amount_released.dong', 'freeze.release.amountInvalid')] : []),
    ];
    if (report.local.length > 0) {
      report.errors = [];
      report.failure = null;
      redraw();
      return;
    }
    void releaseStep(state, report, 'report-released', { releasedAt, amountReleased: { dong } }, 'freeze.release.reported');
  };
  return html`<section class="tip-section" id="freeze-release" aria-labelledby="freeze-release-title">
    <h4 id="freeze-release-title">${t('freeze.release.title')}</h4>
    ${r.releaseClock?.due ? html`<p id="release-clock" data-clock=${r.releaseClock.state ?? nothing}>${t('freeze.release.clock',
      { due: formatDateTime(r.releaseClock.due) })} — ${t('freeze.clock.' + (r.releaseClock.state ?? 'CLOCK_RUNNING'))}</p>`
      : nothing}
    ${releaseOrders(r)}
    ${leader ? html`<details class="action" id="release-form-details">
      <summary id="release-form-toggle">${t('freeze.release.order')}</summary>
      <p class="muted">${t('freeze.release.orderHint')}</p>
      <form class="tips-form" id="release-form" novalidate @submit=${sendRelease}>
        ${alert(release, 'release-form-message', ['amount.dong', 'document_number', 'document_date', 'reason'])}
        <div class="grid">
          ${input(release, { id: 'release-amount', name: 'amount', field: 'amount.dong', label: t('freeze.release.amount'),
            hint: t('freeze.release.amountHint') }, { inputmode: 'numeric' })}
          ${input(release, { id: 'release-document-number', name: 'documentNumber', field: 'document_number',
            label: t('freeze.release.documentNumber') })}
          ${input(release, { id: 'release-document-date', name: 'documentDate', field: 'document_date',
            label: t('freeze.release.documentDate'), hint: t('freeze.release.dateHint') })}
          ${textarea(release, { id: 'release-reason', name: 'reason', field: 'reason', label: t('freeze.release.reason'),
            wide: true })}
        </div>
        <div class="actions">${submitButton('release-submit', release, t('freeze.release.submit'))}</div>
      </form></details>` : nothing}
    ${bank && pending ? html`<details class="action" id="report-released-details" open>
      <summary id="report-released-toggle">${t('freeze.release.report')}</summary>
      <p class="muted">${t('freeze.release.reportHint', { amount: formatMoney(pending.amount?.dong ?? '0') })}</p>
      <form class="tips-form" id="report-released-form" novalidate @submit=${sendReport}>
        ${alert(report, 'report-released-message', ['released_at', 'amount_released.dong'])}
        <div class="grid">
          ${input(report, { id: 'report-released-at', name: 'releasedAt', field: 'released_at',
            label: t('freeze.release.releasedAt'), hint: t('freeze.release.releasedAtHint') })}
          ${input(report, { id: 'report-released-amount', name: 'amount', field: 'amount_released.dong',
            label: t('freeze.release.amountReleased'), hint: formatMoney(pending.amount?.dong ?? '0') }, { inputmode: 'numeric' })}
        </div>
        <div class="actions">${submitButton('report-released-submit', report, t('freeze.release.reportSubmit'))}</div>
      </form></details>` : nothing}
  </section>`;
}

function detailView(state: DetailState): TemplateResult {
  const result = state.result;
  const back = html`<p class="back"><a href="#/freeze" id="freeze-back">${t('freeze.back')}</a></p>`;
  if (!result) {
    return html`${back}<p class="muted">${t('common.loading')}</p>`;
  }
  if (!result.ok) {
    return html`${back}${failure(result, 'freeze-error')}`;
  }
  const r = result.body;
  const seesCase = allowedSections(context.user).includes('cases');
  const row = (id: string, label: string, value: TemplateResult | string): TemplateResult =>
    html`<dt>${label}</dt><dd id=${id}>${value}</dd>`;
  return html`${back}<div id="freeze-detail" aria-busy=${state.loading ? 'true' : nothing}>
    ${state.flash ? html`<p class="tips-alert success" id="freeze-message" role="status">${t(state.flash)}</p>` : nothing}
    <div class="tip-head">
      <div><h3 class="tips-title">${t('freeze.detail.title', { account: r.accountNumber ?? '' })}</h3>
        <p>${bankName(r.bank, banks)}</p></div>
      ${statusBadge(r.status, 'freeze-status')}
    </div>
    <div class="tip-cards">
      <div class="tip-card"><p>${t('freeze.detail.asked')}</p>
        <p class="big" id="freeze-asked">${formatMoney(r.amountRequested?.dong ?? '0')}</p></div>
      <div class="tip-card"><p>${t('freeze.detail.held')}</p>
        <p class="big" id="freeze-held">${r.amountHeld && r.status !== 'REJECTED' ? heldText(r) : '—'}</p>
        ${r.amountReleased ? html`<p id="freeze-still-held">${t('freeze.detail.stillHeld')}: ${formatMoney(stillHeld(r).toString())}</p>`
          : nothing}</div>
      <div class="tip-card"><p>${t('freeze.detail.timeToHold')}</p>
        <p class="big" id="freeze-time-to-hold">${r.timeToHold ? durationText(r.timeToHold) : '—'}</p>
        ${r.status === 'REQUESTED' || r.status === 'ACKNOWLEDGED'
          ? html`<p class="deadline soon">${t('freeze.detail.waiting')}</p>` : nothing}</div>
    </div>
    <dl class="facts" id="freeze-facts">
      ${row('freeze-bank', t('freeze.detail.bank'), html`${bankName(r.bank, banks)} <span class="code">${r.bank}</span>`)}
      ${row('freeze-account', t('freeze.detail.account'), html`<span class="code">${r.accountNumber}</span>`)}
      ${row('freeze-holder', t('freeze.detail.holder'), r.accountHolder || t('freeze.detail.holderWithheld'))}
      ${row('freeze-layer', t('freeze.detail.layer'), t('freeze.layerN', { n: r.layer ?? 1 }))}
      ${row('freeze-reason', t('freeze.detail.reason'), r.reason ?? '')}
      ${seesCase ? row('freeze-case', t('freeze.detail.case'), html`<a href=${'#/cases/' + r.caseId}>${t('freeze.openCase')}</a>`)
        : nothing}
      ${row('freeze-requested-at', t('freeze.detail.requestedAt'), r.requestedAt ? formatDateTime(r.requestedAt) : '')}
      ${r.acknowledgedAt ? row('freeze-acknowledged-at', t('freeze.detail.acknowledgedAt'), formatDateTime(r.acknowledgedAt))
        : nothing}
      ${r.heldAt ? row('freeze-held-at', t('freeze.detail.heldAt'), formatDateTime(r.heldAt)) : nothing}
      ${r.rejectedAt ? row('freeze-rejected-at', t('freeze.detail.rejectedAt'), formatDateTime(r.rejectedAt)) : nothing}
      ${r.rejectionReason ? row('freeze-rejection-reason', t('freeze.detail.rejectionReason'), r.rejectionReason) : nothing}
    </dl>
    ${answerForms(state, r)}
    ${releaseForms(state, r)}
    ${onwardForm(state)}
  </div>`;
}

// ---- the section

function draw(target: HTMLElement): void {
  const [first] = path;
  const body = !first && list ? listView(list)
    : first === 'urgent' && UUID.test(path[1] ?? '') ? urgentDetailView(path[1], redraw, banks, isBank())
    : UUID.test(first ?? '') && detail ? detailView(detail)
    : html`<p class="tips-alert" role="alert">${t('common.notFound')}</p>`;
  render(html`<div class="tips freeze">${body}</div>`, target);
}

function enter(): void {
  const [first] = path;
  loadBanks();
  if (!first) {
    if (!list) {
      list = { status: '', bank: '', overdue: false, loading: true, result: null };
      void loadList(list);
      if (isBank()) {
        bankReturns = newBankReturns();
        reloadBankReturns();
      }
    }
  } else if (UUID.test(first) && detail?.id !== first) {
    detail = newDetail(first);
    void loadDetail(detail);
  }
}

export const page: Page = {
  render(target, route, pageContext) {
    if (host !== target || (route.join('/') !== path.join('/') && !route[0])) {
      list = null;
      resetUrgent();
    }
    if (host !== target) {
      detail = null;
    }
    host = target;
    context = pageContext;
    path = route;
    enter();
    draw(target);
  },
};
