// Freeze requests as both sections draw them: the table (on a case's page and in the freeze section) and the form
// an investigator sends one with. Texts under the namespace 'freeze'.
import { html, nothing, type TemplateResult } from 'lit';
import type { FreezeRequest, FreezeStatus } from '../../generated/cases';
import type { Unit } from '../../generated/report';
import { formatDateTime, formatMoney, formatNumber } from '../../shared/format';
import { addMessages, pick, t } from '../../shared/i18n';
import { alert, input, localError, newForm, select, submit, submitButton, textarea, type FormState } from '../cases/form';
import { parseDong } from '../cases/logic';
import { durationParts, durationSeconds, heldShare, shownClock, totals } from './logic';
import vi from './vi.json';
import en from './en.json';

addMessages('freeze', vi, en);

const STATUS_CLASS: Record<FreezeStatus, string> = {
  REQUESTED: 'status-received', ACKNOWLEDGED: 'status-verifying', HELD: 'status-prosecuted', REJECTED: 'status-not-prosecuted',
  RELEASE_ORDERED: 'status-verifying', RELEASED: 'status-not-prosecuted',
};

export function statusBadge(status: FreezeStatus | undefined, id?: string): TemplateResult {
  return status
    ? html`<span class=${'tip-badge ' + STATUS_CLASS[status]} id=${id ?? nothing}>${t('freeze.status.' + status)}</span>`
    : html``;
}

/** "1 giờ 30 phút" from a proto3 JSON Duration; empty when unset. */
export function durationText(duration: string | undefined): string {
  const seconds = durationSeconds(duration);
  if (seconds == null) {
    return '';
  }
  const p = durationParts(seconds);
  const parts = [
    p.days ? t('freeze.duration.days', { n: formatNumber(p.days) }) : '',
    p.hours ? t('freeze.duration.hours', { n: p.hours }) : '',
    p.minutes ? t('freeze.duration.minutes', { n: p.minutes }) : '',
    seconds < 60 ? t('freeze.duration.seconds', { n: p.seconds }) : '',
  ].filter(Boolean);
  return parts.join(' ');
}

/** The clock the bank answers against: "Hạn tiếp nhận 22:15 — quá hạn", etc. */
export function clockText(request: FreezeRequest): TemplateResult | typeof nothing {
  const clock = shownClock(request);
  if (!clock) {
    return nothing;
  }
  const late = clock.state === 'CLOCK_OVERDUE' || clock.state === 'CLOCK_MISSED';
  return html`<span class=${late ? 'strong' : ''} data-clock=${clock.state}>${t('freeze.clock.' + clock.step,
    { due: formatDateTime(clock.due) })}</span><p class="sub">${t('freeze.clock.' + clock.state)}</p>`;
}

export function bankName(code: string | undefined, banks: readonly Unit[] | null): string {
  const unit = banks?.find((u) => u.code === code);
  return unit ? pick(unit.nameVi, unit.nameEn) : code ?? '';
}

/** What the bank held, with its share of what was asked. */
export function heldText(request: FreezeRequest): string {
  const share = heldShare(request);
  const text = share ? `${formatMoney(request.amountHeld?.dong ?? '0')} (${t('freeze.share.' + share)})`
    : request.amountHeld && request.status !== 'REJECTED' ? formatMoney(request.amountHeld.dong ?? '0') : '';
  return request.amountReleased && BigInt(request.amountReleased.dong ?? '0') > 0n
    ? `${text}; ${t('freeze.detail.released')} ${formatMoney(request.amountReleased.dong ?? '0')}` : text;
}

/** The table of requests; links to a request's page when the user has the freeze section. */
export function freezeTable(id: string, requests: readonly FreezeRequest[], banks: readonly Unit[] | null,
  options: { link: boolean; caseColumn: boolean }): TemplateResult {
  if (requests.length === 0) {
    return html`<p class="empty" id=${id + '-empty'}>${t('freeze.none')}</p>`;
  }
  const sum = totals(requests);
  return html`<div class="table-wrap"><table class="tips-table" id=${id}>
    <caption class="sub">${t('freeze.caption')}</caption>
    <thead><tr>
      <th scope="col">${t('freeze.col.requestedAt')}</th>
      ${options.caseColumn ? html`<th scope="col">${t('freeze.col.case')}</th>` : nothing}
      <th scope="col">${t('freeze.col.bank')}</th>
      <th scope="col">${t('freeze.col.account')}</th>
      <th scope="col" class="num">${t('freeze.col.asked')}</th>
      <th scope="col">${t('freeze.col.status')}</th>
      <th scope="col" class="num">${t('freeze.col.held')}</th>
      <th scope="col">${t('freeze.col.timeToHold')}</th>
      <th scope="col">${t('freeze.col.clock')}</th>
    </tr></thead>
    <tbody>${requests.map((r) => html`<tr id=${'freeze-row-' + r.id}>
      <td class="nowrap">${options.link
        ? html`<a class="tip-link" id=${'freeze-link-' + r.id} href=${'#/freeze/' + r.id}>${formatDateTime(r.requestedAt ?? '')}</a>`
        : formatDateTime(r.requestedAt ?? '')}</td>
      ${options.caseColumn ? html`<td><a href=${'#/cases/' + r.caseId} class="code">${t('freeze.openCase')}</a></td>` : nothing}
      <td>${bankName(r.bank, banks)}</td>
      <td><span class="code">${r.accountNumber}</span>${r.accountHolder ? html`<p class="sub">${r.accountHolder}</p>` : nothing}
        <p class="sub">${t('freeze.layerN', { n: r.layer ?? 1 })}</p></td>
      <td class="num nowrap">${formatMoney(r.amountRequested?.dong ?? '0')}</td>
      <td>${statusBadge(r.status)}${r.status === 'REJECTED' ? html`<p class="sub">${r.rejectionReason}</p>` : nothing}</td>
      <td class="num nowrap">${heldText(r)}</td>
      <td class="nowrap">${durationText(r.timeToHold)}</td>
      <td class="nowrap" id=${'freeze-clock-' + r.id}>${clockText(r)}</td>
    </tr>`)}</tbody>
    <tfoot><tr>
      <th scope="row" colspan=${options.caseColumn ? 4 : 3}>${t('freeze.total')}</th>
      <td class="num nowrap">${formatMoney(sum.asked)}</td><td></td>
      <td class="num nowrap">${formatMoney(sum.held)}</td><td></td><td></td>
    </tr></tfoot>
  </table></div>`;
}

export function newFreezeForm(): FormState {
  return newForm({ bank: '', accountNumber: '', accountHolder: '', amount: '', layer: '1', reason: '' });
}

const FREEZE_FIELDS = ['freeze_request.bank', 'freeze_request.account_number', 'freeze_request.account_holder',
  'freeze_request.amount_requested', 'freeze_request.layer', 'freeze_request.reason'];

/** The investigator's form: sends a freeze request for the case; done() gets the request as sent. */
export function freezeForm(form: FormState, caseId: string, banks: readonly Unit[] | null, redraw: () => void,
  done: (request: FreezeRequest) => void): TemplateResult {
  const options = [{ value: '', label: t('freeze.form.chooseBank') }]
    .concat((banks ?? []).map((b) => ({ value: b.code ?? '', label: pick(b.nameVi, b.nameEn) })));
  const send = async (event: Event): Promise<void> => {
    event.preventDefault();
    const v = form.values;
    const dong = parseDong(v.amount);
    if (dong == null) {
      form.local = [localError('freeze_request.amount_requested', 'freeze.form.amountInvalid')];
      form.errors = [];
      form.failure = null;
      redraw();
      return;
    }
    const body = {
      bank: v.bank, accountNumber: v.accountNumber.replace(/\s+/g, ''), accountHolder: v.accountHolder.trim(),
      amountRequested: { dong }, layer: Number(v.layer) || 0, reason: v.reason.trim(),
    };
    const result = await submit<FreezeRequest>(form, `/api/v1/cases/${encodeURIComponent(caseId)}/freeze-requests`,
      body, redraw);
    if (result.ok) {
      Object.assign(form.values, newFreezeForm().values);
      done(result.body);
    }
  };
  return html`<form class="tips-form" id="freeze-form" novalidate @submit=${send}>
    ${alert(form, 'freeze-form-message', FREEZE_FIELDS)}
    <div class="grid">
      ${select(form, { id: 'freeze-bank', name: 'bank', field: 'freeze_request.bank', label: t('freeze.form.bank') }, options)}
      ${input(form, { id: 'freeze-account', name: 'accountNumber', field: 'freeze_request.account_number',
        label: t('freeze.form.account'), hint: t('freeze.form.accountHint') }, { inputmode: 'numeric' })}
      ${input(form, { id: 'freeze-holder', name: 'accountHolder', field: 'freeze_request.account_holder',
        label: t('freeze.form.holder') })}
      ${input(form, { id: 'freeze-amount', name: 'amount', field: 'freeze_request.amount_requested',
        label: t('freeze.form.amount'), hint: t('freeze.form.amountHint') }, { inputmode: 'numeric' })}
      ${select(form, { id: 'freeze-layer', name: 'layer', field: 'freeze_request.layer', label: t('freeze.form.layer'),
        hint: t('freeze.form.layerHint') }, [1, 2, 3, 4, 5].map((n) => ({ value: String(n), label: t('freeze.layerN', { n }) })))}
      ${textarea(form, { id: 'freeze-reason', name: 'reason', field: 'freeze_request.reason', label: t('freeze.form.reason'),
        hint: t('freeze.form.reasonHint'), wide: true })}
    </div>
    <div class="actions">${submitButton('freeze-submit', form, t('freeze.form.submit'))}</div>
  </form>`;
}
