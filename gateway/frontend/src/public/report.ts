// Gửi tố giác (#/report): a citizen's report, anonymous unless they leave contact details, with the scammers'
// phone numbers, accounts and sites; then the receipt with the tracking code and the secret, shown once.
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { newIdempotencyKey } from '../shared/api';
import { formatDate, formatDateTime, formatMoney, formatNumber } from '../shared/format';
import { has, pick, t } from '../shared/i18n';
import { INDICATOR_TYPE, type IndicatorType, type ListModusOperandiResponse, type ModusOperandi, type SubmitPublicTipRequest,
  type SubmitPublicTipResponse } from '../generated/tip';
import { prefillCode } from './follow';
import { clearFailure, describedBy, fieldError, focus, fromServer, invalid, publicCall, redraw, showFailure, shownText,
  valueOf, type Shown } from './app';
import { emptyReport, fieldErrors, groupDigits, keyFor, LIMITS, lossDigits, mayHaveArrived, readReport,
  reportLabel, reportTarget, type IndicatorRow, type ReportForm } from './logic';

interface ReportState {
  form: ReportForm;
  nextRow: number;
  errors: Shown[];
  /** The indicator rows in the order their values were sent: indicators[i] of a server error is sentRows[i]. */
  sentRows: number[];
  /** The Idempotency-Key of a filing, kept for a retry of the very same filing. */
  key: { body: string; key: string } | null;
  busy: boolean;
  receipt: SubmitPublicTipResponse | null;
  copied: 'copied' | 'copyFailed' | null;
  /** The modus operandi a citizen may name, as tip-service serves them; null until they arrive (or if they cannot). */
  modus: ModusOperandi[] | null;
}

const state: ReportState = {
  form: emptyReport(), nextRow: 1, errors: [], sentRows: [], key: null, busy: false, receipt: null, copied: null,
  modus: null,
};

/**
 * Reads the modus operandi list once, from tip-service's managed list (active codes only): the form offers what
 * officers offer, never a copy. Until it arrives, or if it cannot be read, the field offers only "not known" (it is
 * optional).
 */
export async function loadModus(): Promise<void> {
  const answer = await publicCall<ListModusOperandiResponse>('/api/v1/public/modus-operandi');
  if (answer.ok) {
    state.modus = answer.body?.modusOperandi ?? [];
    redraw();
  }
}

/** Where the focus goes when the page is opened: the receipt's title if there is one, else the form's. */
export function reportHeading(): string {
  return state.receipt ? 'receipt-title' : 'report-title';
}

function typeName(type: string): string {
  return has('public.indicator.' + type) ? t('public.indicator.' + type) : type;
}

function example(type: string): string {
  return has('public.example.' + type) ? t('public.example.' + type) : '';
}

function rowNumbers(): number[] {
  return state.form.rows.map((r) => r.n);
}

function set<K extends keyof ReportForm>(field: K) {
  return (event: Event): void => {
    state.form[field] = valueOf(event) as ReportForm[K];
    redraw();
  };
}

function addRow(): void {
  if (state.form.rows.length >= LIMITS.indicators) {
    return;
  }
  const n = state.nextRow++;
  state.form.rows.push({ n, type: 'PHONE', value: '' });
  redraw();
  focus('indicator-value-' + n);
}

function removeRow(row: IndicatorRow): void {
  state.form.rows = state.form.rows.filter((r) => r !== row);
  state.errors = state.errors.filter((e) => e.target !== 'indicator-value-' + row.n);
  if (state.form.rows.length === 0) {
    state.form.rows.push({ n: state.nextRow++, type: 'PHONE', value: '' });
  }
  redraw();
  focus('indicator-add');
}

async function submit(event: Event): Promise<void> {
  event.preventDefault();
  if (state.busy) {
    return;
  }
  clearFailure();
  const { request, errors, sentRows } = readReport(state.form, Date.now());
  state.sentRows = sentRows;
  state.errors = errors;
  if (errors.length) {
    redraw();
    focus('report-errors');
    return;
  }
  state.key = keyFor(state.key, request, newIdempotencyKey);
  state.busy = true;
  redraw();
  const answer = await publicCall<SubmitPublicTipResponse>('/api/v1/public/tips', request satisfies SubmitPublicTipRequest,
    { 'Idempotency-Key': state.key.key });
  state.busy = false;
  if (answer.ok && answer.body) {
    state.key = null;
    state.receipt = answer.body;
    state.copied = null;
    state.form = emptyReport();
    state.nextRow = 1;
    state.errors = [];
    state.sentRows = [];
    redraw();
    focus('receipt-title');
    window.scrollTo(0, 0);
    return;
  }
  const problem = answer.ok ? null : answer.problem;
  const invalidFields = fieldErrors(answer.status, problem);
  if (invalidFields) {
    state.key = null; // nothing was stored: the corrected filing is a new request
    state.errors = fromServer(invalidFields, (field) => reportTarget(field, state.sentRows, rowNumbers()));
    redraw();
    focus('report-errors');
    return;
  }
  if (!mayHaveArrived(answer.status)) {
    state.key = null;
  } // otherwise the filing may have arrived: a retry with the same key gets its tracking code, not a second tip
  showFailure(answer.status, problem);
}

function copyText(receipt: SubmitPublicTipResponse, withSecret: boolean): string {
  const code = t('public.receipt.copyCode', { code: receipt.trackingCode ?? '' });
  return withSecret ? `${code}\n${t('public.receipt.copySecret', { secret: receipt.secret ?? '' })}` : code;
}

async function copy(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    // no clipboard API outside a secure context: the old way, through a text area out of sight
    const area = document.createElement('textarea');
    area.readOnly = true;
    area.className = 'visually-hidden';
    area.value = text;
    document.body.append(area);
    area.select();
    try {
      return document.execCommand('copy');
    } catch {
      return false;
    } finally {
      area.remove();
    }
  }
}

async function copyReceipt(withSecret: boolean): Promise<void> {
  if (!state.receipt) {
    return;
  }
  state.copied = await copy(copyText(state.receipt, withSecret)) ? 'copied' : 'copyFailed';
  redraw();
}

function summaryItem(error: Shown): TemplateResult {
  if (!error.target) {
    const field = error.server?.field;
    return html`<li>${field ? field + ': ' : ''}${shownText(error)}</li>`;
  }
  const target = error.target;
  const label = reportLabel(target, rowNumbers());
  const name = t('public.report.' + label.key, label.n ? { n: label.n } : {});
  const go = (event: Event): void => {
    event.preventDefault();
    focus(target, true);
  };
  return html`<li><a href=${'#' + target} @click=${go}>${name}: ${shownText(error)}</a></li>`;
}

function indicatorRow(row: IndicatorRow, index: number): TemplateResult {
  const n = index + 1;
  const valueId = 'indicator-value-' + row.n;
  const errors = state.errors;
  return html`<div class="indicator" data-row=${row.n}>
    <div class="field">
      <label class="visually-hidden" for=${'indicator-type-' + row.n}>${t('public.report.indicatorRow', { n })}: ${t('public.report.indicatorType')}</label>
      <select id=${'indicator-type-' + row.n}
        @change=${(e: Event) => { row.type = valueOf(e) as IndicatorType; redraw(); }}>
        ${INDICATOR_TYPE.map((type) => html`<option value=${type} ?selected=${type === row.type}>${typeName(type)}</option>`)}
      </select>
    </div>
    <div class="field">
      <label class="visually-hidden" for=${valueId}>${t('public.report.indicatorRow', { n })}: ${t('public.report.indicatorValue')}</label>
      <input id=${valueId} autocomplete="off" spellcheck="false" placeholder=${example(row.type)} .value=${live(row.value)}
        aria-invalid=${invalid(valueId, errors)} aria-describedby=${describedBy(valueId, errors)}
        @input=${(e: Event) => { row.value = valueOf(e); }} @change=${(e: Event) => { row.value = valueOf(e); }}>
      ${fieldError(valueId, errors)}
    </div>
    <button class="button link" type="button" id=${'indicator-remove-' + row.n}
      aria-label=${t('public.report.indicatorRemoveLabel', { n })} @click=${() => removeRow(row)}>${t('public.report.indicatorRemove')}</button>
  </div>`;
}

function formView(): TemplateResult {
  const f = state.form;
  const errors = state.errors;
  const loss = lossDigits(f.loss);
  const lossWords = 'digits' in loss && loss.digits && loss.digits !== '0'
    ? t('public.report.lossWords', { amount: formatMoney(loss.digits) }) : '';
  const groupLoss = (): void => {
    const read = lossDigits(f.loss);
    if ('digits' in read && read.digits) {
      f.loss = groupDigits(read.digits);
      redraw();
    }
  };
  const identity = (value: ReportForm['identity']) => (): void => {
    f.identity = value;
    redraw();
  };
  const input = (field: 'name' | 'phone' | 'email' | 'loss' | 'transferDate' | 'transferTime') =>
    (e: Event): void => { f[field] = valueOf(e); redraw(); };
  const full = f.rows.length >= LIMITS.indicators;
  return html`
    <form id="report-form" class="card form" novalidate @submit=${submit} ?hidden=${!!state.receipt}>
      <div id="report-errors" class="error-summary" role="alert" tabindex="-1" ?hidden=${errors.length === 0}>
        <p id="report-errors-title">${t('public.report.errorSummary')}</p>
        <ul id="report-errors-list">${errors.map(summaryItem)}</ul>
      </div>

      <fieldset class="group">
        <legend>${t('public.report.whoLegend')}</legend>
        <div class="choices">
          <label class="choice"><input type="radio" name="identity" id="identity-anonymous" value="anonymous"
              .checked=${live(f.identity === 'anonymous')} @change=${identity('anonymous')}>
            <span><strong>${t('public.report.anonymous')}</strong>
            <span class="hint">${t('public.report.anonymousHint')}</span></span></label>
          <label class="choice"><input type="radio" name="identity" id="identity-contact" value="contact"
              .checked=${live(f.identity === 'contact')} @change=${identity('contact')}>
            <span><strong>${t('public.report.withContact')}</strong>
            <span class="hint">${t('public.report.withContactHint')}</span></span></label>
        </div>
        <div id="contact-fields" class="grid three" ?hidden=${f.identity !== 'contact'}>
          <div class="field">
            <label for="reporter-name">${t('public.report.name')}</label>
            <input id="reporter-name" name="reporter.name" autocomplete="name" maxlength=${LIMITS.name} .value=${live(f.name)}
              aria-invalid=${invalid('reporter-name', errors)} aria-describedby=${describedBy('reporter-name', errors)}
              @input=${input('name')} @change=${input('name')}>
            ${fieldError('reporter-name', errors)}
          </div>
          <div class="field">
            <label for="reporter-phone">${t('public.report.phone')}</label>
            <input id="reporter-phone" name="reporter.phone" type="tel" autocomplete="tel" inputmode="tel" .value=${live(f.phone)}
              aria-invalid=${invalid('reporter-phone', errors)} aria-describedby=${describedBy('reporter-phone', errors)}
              @input=${input('phone')} @change=${input('phone')}>
            ${fieldError('reporter-phone', errors)}
          </div>
          <div class="field">
            <label for="reporter-email">${t('public.report.email')}</label>
            <input id="reporter-email" name="reporter.email" type="email" autocomplete="email" .value=${live(f.email)}
              aria-invalid=${invalid('reporter-email', errors)} aria-describedby=${describedBy('reporter-email', errors)}
              @input=${input('email')} @change=${input('email')}>
            ${fieldError('reporter-email', errors)}
          </div>
        </div>
      </fieldset>

      <fieldset class="group">
        <legend>${t('public.report.whatLegend')}</legend>
        <div class="field">
          <label for="modus">${t('public.report.modus')}</label>
          <select id="modus" name="modus_operandi" aria-invalid=${invalid('modus', errors)}
            aria-describedby=${describedBy('modus', errors)} @change=${set('modus')}>
            <option value="" ?selected=${f.modus === ''}>${t('public.report.modusNone')}</option>
            ${(state.modus ?? []).map((m) => html`<option value=${m.code ?? ''} ?selected=${f.modus === m.code}>${pick(m.labelVi, m.labelEn)}</option>`)}
          </select>
          ${fieldError('modus', errors)}
        </div>
        <div class="field">
          <label for="narrative">${t('public.report.narrative')} <span class="required">${t('public.report.required')}</span></label>
          <p class="hint" id="narrative-hint">${t('public.report.narrativeHint')}</p>
          <textarea id="narrative" name="narrative" rows="7" maxlength=${LIMITS.narrative} required .value=${live(f.narrative)}
            aria-invalid=${invalid('narrative', errors)}
            aria-describedby=${describedBy('narrative', errors, 'narrative-hint', 'narrative-count')}
            @input=${set('narrative')} @change=${set('narrative')}></textarea>
          <p class="counter" id="narrative-count" aria-live="polite">${t('public.report.counter',
            { n: formatNumber(f.narrative.length), max: formatNumber(LIMITS.narrative) })}</p>
          ${fieldError('narrative', errors)}
        </div>
        <div class="grid three">
          <div class="field">
            <label for="loss">${t('public.report.loss')}</label>
            <input id="loss" name="loss" inputmode="numeric" autocomplete="off" placeholder="0" .value=${live(f.loss)}
              aria-invalid=${invalid('loss', errors)} aria-describedby=${describedBy('loss', errors, 'loss-words')}
              @input=${input('loss')} @change=${input('loss')} @blur=${groupLoss}>
            <p class="hint" id="loss-words" aria-live="polite">${lossWords}</p>
            ${fieldError('loss', errors)}
          </div>
          <div class="field">
            <label for="transfer-date">${t('public.report.transferDate')}</label>
            <input id="transfer-date" name="last_transfer_date" inputmode="numeric" autocomplete="off" placeholder="dd/mm/yyyy"
              maxlength="10" .value=${live(f.transferDate)} aria-invalid=${invalid('transfer-date', errors)}
              aria-describedby=${describedBy('transfer-date', errors, 'transfer-hint')}
              @input=${input('transferDate')} @change=${input('transferDate')}>
            ${fieldError('transfer-date', errors)}
          </div>
          <div class="field">
            <label for="transfer-time">${t('public.report.transferTime')}</label>
            <input id="transfer-time" name="last_transfer_time" inputmode="numeric" autocomplete="off" placeholder="hh:mm"
              maxlength="5" .value=${live(f.transferTime)} aria-invalid=${invalid('transfer-time', errors)}
              aria-describedby=${describedBy('transfer-time', errors, 'transfer-hint')}
              @input=${input('transferTime')} @change=${input('transferTime')}>
            ${fieldError('transfer-time', errors)}
          </div>
        </div>
        <p class="hint" id="transfer-hint">${t('public.report.transferHint')}</p>
      </fieldset>

      <fieldset class="group" id="indicators" tabindex="-1" aria-describedby=${describedBy('indicators', errors, 'indicators-hint')}>
        <legend>${t('public.report.indicatorsLegend')}</legend>
        <p class="hint" id="indicators-hint">${t('public.report.indicatorsHint')}</p>
        <div id="indicator-rows">${f.rows.map(indicatorRow)}</div>
        ${fieldError('indicators', errors)}
        <p class="hint" id="indicators-full" ?hidden=${!full}>${t('public.report.indicatorsFull', { max: LIMITS.indicators })}</p>
        <button id="indicator-add" class="button secondary" type="button" aria-disabled=${full ? 'true' : nothing}
          aria-describedby=${full ? 'indicators-full' : nothing} @click=${addRow}>${t('public.report.indicatorAdd')}</button>
      </fieldset>

      <div class="submit-row">
        <p class="hint">${t('public.report.privacy')}</p>
        <button id="report-submit" class="button primary" type="submit" ?disabled=${state.busy}>
          ${state.busy ? t('public.sending') : t('public.report.submit')}</button>
      </div>
    </form>`;
}

function receiptView(receipt: SubmitPublicTipResponse): TemplateResult {
  const again = !!receipt.secretAlreadyShown || !receipt.secret;
  const newReport = (): void => {
    state.receipt = null;
    state.copied = null;
    redraw();
    focus('report-title');
  };
  return html`
    <section id="receipt" class="card receipt" aria-labelledby="receipt-title">
      <h2 id="receipt-title" tabindex="-1">${t('public.receipt.title')}</h2>
      <p id="receipt-intro">${t('public.receipt.intro')}</p>
      <div class="credentials">
        <div class="credential">
          <p class="eyebrow">${t('public.receipt.trackingCode')}</p>
          <p id="receipt-code" class="code big">${receipt.trackingCode ?? ''}</p>
        </div>
        <div class="credential" id="receipt-secret-box" ?hidden=${again}>
          <p class="eyebrow">${t('public.receipt.secret')}</p>
          <p id="receipt-secret" class="code big">${receipt.secret ?? ''}</p>
        </div>
      </div>
      <div class="warning" id="receipt-warning" ?hidden=${again}>
        <p><strong>${t('public.receipt.writeDown')}</strong> ${t('public.receipt.secretOnce')}</p>
      </div>
      <p id="receipt-again" class="warning" ?hidden=${!again}>${t('public.receipt.secretAlreadyShown')}</p>
      <p class="copy-row">
        <button id="receipt-copy" class="button secondary" type="button" @click=${() => copyReceipt(!again)}>
          ${again ? t('public.receipt.copyCodeOnly') : t('public.receipt.copy')}</button>
        <span id="receipt-copied" class="copied" role="status">${state.copied ? t('public.receipt.' + state.copied) : ''}</span>
      </p>
      <dl class="facts">
        <dt>${t('public.receipt.receivedAt')}</dt>
        <dd id="receipt-received">${receipt.receivedAt ? formatDateTime(receipt.receivedAt) : ''}</dd>
        <dt>${t('public.receipt.dueDate')}</dt>
        <dd id="receipt-due">${receipt.decisionDue ? formatDate(receipt.decisionDue) : ''}</dd>
        <dt>${t('public.receipt.identity')}</dt>
        <dd id="receipt-anonymous">${receipt.anonymous ? t('public.receipt.isAnonymous') : t('public.receipt.notAnonymous')}</dd>
      </dl>
      <p class="hint">${t('public.receipt.dueHint')}</p>
      <p class="actions">
        <a id="receipt-track" class="button primary" href="#/track" @click=${() => prefillCode(receipt.trackingCode ?? '')}>${t('public.receipt.goTrack')}</a>
        <button id="receipt-new" class="button secondary" type="button" @click=${newReport}>${t('public.receipt.newReport')}</button>
      </p>
    </section>`;
}

export function reportView(): TemplateResult {
  return html`
    <div id="report-start" class="card intro" ?hidden=${!!state.receipt}>
      <h2 id="report-title" tabindex="-1">${t('public.report.title')}</h2>
      <p>${t('public.report.intro')}</p>
      <p class="urgent">${t('public.report.urgent')}</p>
    </div>
    ${formView()}
    ${state.receipt ? receiptView(state.receipt) : nothing}`;
}
