// Urgent holds as the pages draw them: the table (on a tip's page and in the bank's freeze inbox), the form an
// investigator sends one with from a tip's page, and one hold with the addressed bank's answer forms. Texts under the
// namespace 'urgent'.
import { html, nothing, type TemplateResult } from 'lit';
import type { UrgentHold, UrgentHoldStatus } from '../../generated/cases';
import type { Tip } from '../../generated/tip';
import type { Unit } from '../../generated/report';
import { formatDateTime, formatMoney } from '../../shared/format';
import { addMessages, pick, t } from '../../shared/i18n';
import { alert, input, localError, newForm, select, submit, submitButton, textarea, type FormState } from '../cases/form';
import { parseDong } from '../cases/logic';
import { parseVietnamTime } from '../freeze/logic';
import { holdAccounts, holdAnswers, holdClock, holdRequest, type HoldValues } from './logic';
import vi from './vi.json';
import en from './en.json';

addMessages('urgent', vi, en);

const STATUS_CLASS: Record<UrgentHoldStatus, string> = {
  URGENT_REQUESTED: 'status-received', URGENT_ACKNOWLEDGED: 'status-verifying',
  URGENT_HELD: 'status-prosecuted', URGENT_REJECTED: 'status-not-prosecuted', URGENT_LAPSED: 'status-not-prosecuted',
  URGENT_CONFIRMED: 'status-prosecuted',
};

export function holdBadge(status: UrgentHoldStatus | undefined, id?: string): TemplateResult {
  return status ? html`<span class=${'tip-badge ' + STATUS_CLASS[status]} id=${id ?? nothing}
    data-status=${status}>${t('urgent.status.' + status)}</span>` : html``;
}

/** A moment in Vietnam's time; empty when unset. */
function when(at: string | undefined): string {
  return at ? formatDateTime(at) : '';
}

function bankName(code: string | undefined, banks: readonly Unit[] | null): string {
  const unit = banks?.find((u) => u.code === code);
  return unit ? pick(unit.nameVi, unit.nameEn) : code ?? '';
}

/** Until when the hold stands, when it lapsed, or the freeze order that confirmed it. */
export function validity(h: UrgentHold): TemplateResult {
  if (h.status === 'URGENT_CONFIRMED') {
    return html`<span class="code">${t('urgent.confirmedBy', { id: (h.confirmedByFreezeRequest ?? '').slice(0, 8) })}</span>`;
  }
  if (h.status === 'URGENT_LAPSED') {
    return html`<span class="strong">${t('urgent.lapsedAt', { at: when(h.expiresAt) })}</span>`;
  }
  return html`${h.status === 'URGENT_REJECTED' ? '—' : t('urgent.expiresAt', { at: when(h.expiresAt) })}`;
}

function clock(h: UrgentHold): TemplateResult | typeof nothing {
  const c = holdClock(h);
  if (!c) {
    return nothing;
  }
  const late = c.state === 'CLOCK_OVERDUE' || c.state === 'CLOCK_MISSED';
  return html`<span class=${late ? 'strong' : ''} data-clock=${c.state}>${t('freeze.clock.' + c.step,
    { due: formatDateTime(c.due) })}</span><p class="sub">${t('freeze.clock.' + c.state)}</p>`;
}

/** The table of holds; each links to its page in the freeze section when {@code link}. */
export function holdTable(id: string, holds: readonly UrgentHold[], banks: readonly Unit[] | null, link: boolean):
  TemplateResult {
  if (holds.length === 0) {
    return html`<p class="empty" id=${id + '-empty'}>${t('urgent.none')}</p>`;
  }
  return html`<div class="table-wrap"><table class="tips-table" id=${id}>
    <thead><tr>
      <th scope="col">${t('urgent.col.requestedAt')}</th><th scope="col">${t('urgent.col.bank')}</th>
      <th scope="col">${t('urgent.col.account')}</th><th scope="col" class="num">${t('urgent.col.asked')}</th>
      <th scope="col">${t('urgent.col.status')}</th><th scope="col" class="num">${t('urgent.col.held')}</th>
      <th scope="col">${t('urgent.col.expires')}</th><th scope="col">${t('urgent.col.clock')}</th>
    </tr></thead>
    <tbody>${holds.map((h) => html`<tr id=${'urgent-row-' + h.id}>
      <td class="nowrap">${link ? html`<a class="tip-link" id=${'urgent-link-' + h.id} href=${'#/freeze/urgent/' + h.id}>
        ${when(h.requestedAt)}</a>` : when(h.requestedAt)}</td>
      <td>${bankName(h.bank, banks)}</td>
      <td><span class="code">${h.account}</span></td>
      <td class="num nowrap">${formatMoney(h.amountRequested?.dong ?? '0')}</td>
      <td>${holdBadge(h.status)}${h.status === 'URGENT_REJECTED' ? html`<p class="sub">${h.rejectionReason}</p>` : nothing}</td>
      <td class="num nowrap">${h.amountHeld ? formatMoney(h.amountHeld.dong ?? '0') : ''}</td>
      <td class="nowrap" id=${'urgent-validity-' + h.id}>${validity(h)}</td>
      <td class="nowrap" id=${'urgent-clock-' + h.id}>${clock(h)}</td>
    </tr>`)}</tbody>
  </table></div>`;
}

export function newHoldForm(tip: Tip): FormState {
  const accounts = holdAccounts(tip);
  return newForm({ bank: '', account: accounts.length === 1 ? accounts[0] : '', amount: tip.loss?.dong ?? '',
    transferredAt: tip.lastTransferAt ? formatDateTime(tip.lastTransferAt) : '', reason: '' });
}

const HOLD_FIELDS = ['urgent_hold.bank', 'urgent_hold.account', 'urgent_hold.amount_requested', 'urgent_hold.transferred_at',
  'urgent_hold.reason'];

/** The investigator's form on a tip's page; done() gets the hold as sent. */
export function holdForm(form: FormState, tip: Tip, banks: readonly Unit[] | null, redraw: () => void,
  done: (hold: UrgentHold) => void): TemplateResult {
  const accounts = holdAccounts(tip);
  if (accounts.length === 0) {
    return html`<p class="muted" id="urgent-no-account">${t('urgent.form.noAccount')}</p>`;
  }
  const send = async (event: Event): Promise<void> => {
    event.preventDefault();
    const { body, local } = holdRequest(tip.id ?? '', form.values as unknown as HoldValues);
    form.local = local.map(([field, key]) => localError(field, key));
    if (body === null) {
      form.errors = [];
      form.failure = null;
      redraw();
      return;
    }
    const result = await submit<UrgentHold>(form, '/api/v1/cases/urgent-holds', body, redraw);
    if (result.ok) {
      done(result.body);
    }
  };
  return html`<details class="action" id="urgent-form-details">
    <summary id="urgent-form-toggle">${t('urgent.form.open')}</summary>
    <form class="tips-form compact" id="urgent-form" novalidate @submit=${send}>
      ${alert(form, 'urgent-form-message', HOLD_FIELDS)}
      <div class="grid">
        ${select(form, { id: 'urgent-bank', name: 'bank', field: 'urgent_hold.bank', label: t('urgent.form.bank') },
          [{ value: '', label: t('urgent.form.chooseBank') }, ...(banks ?? []).map((b) => ({ value: b.code ?? '',
            label: pick(b.nameVi, b.nameEn) }))])}
        ${select(form, { id: 'urgent-account', name: 'account', field: 'urgent_hold.account', label: t('urgent.form.account'),
          hint: t('urgent.form.accountHint') }, [{ value: '', label: '—' }, ...accounts.map((a) => ({ value: a, label: a }))])}
        ${input(form, { id: 'urgent-amount', name: 'amount', field: 'urgent_hold.amount_requested',
          label: t('urgent.form.amount'), hint: t('urgent.form.amountHint') }, { inputmode: 'numeric' })}
        ${input(form, { id: 'urgent-transferred-at', name: 'transferredAt', field: 'urgent_hold.transferred_at',
          label: t('urgent.form.transferredAt'), hint: t('urgent.form.transferredAtHint') })}
        ${textarea(form, { id: 'urgent-reason', name: 'reason', field: 'urgent_hold.reason', label: t('urgent.form.reason'),
          wide: true }, 2)}
      </div>
      <div class="actions">${submitButton('urgent-submit', form, t('urgent.form.submit'))}</div>
    </form></details>`;
}

export interface AnswerForms {
  acknowledge: FormState;
  hold: FormState;
  reject: FormState;
}

export function newAnswerForms(): AnswerForms {
  return { acknowledge: newForm(), hold: newForm({ amount: '', heldAt: '' }), reject: newForm({ reason: '' }) };
}

/** The addressed bank's answer forms for a hold; done() gets the hold as answered. */
export function answerForms(forms: AnswerForms, h: UrgentHold, redraw: () => void, done: (hold: UrgentHold) => void):
  TemplateResult | typeof nothing {
  const answers = holdAnswers(h.status);
  if (answers.length === 0) {
    return nothing;
  }
  const path = `/api/v1/cases/urgent-holds/${encodeURIComponent(h.id ?? '')}:respond`;
  const respond = async (form: FormState, body: unknown): Promise<void> => {
    const result = await submit<UrgentHold>(form, path, body, redraw);
    if (result.ok) {
      done(result.body);
    }
  };
  const hold = forms.hold;
  const sendHold = (event: Event): void => {
    event.preventDefault();
    const dong = parseDong(hold.values.amount);
    const heldAt = hold.values.heldAt.trim() ? parseVietnamTime(hold.values.heldAt) : '';
    hold.local = [
      ...(dong == null ? [localError('hold.amount_held', 'urgent.form.amountInvalid')] : []),
      ...(heldAt == null ? [localError('hold.held_at', 'urgent.form.timeInvalid')] : []),
    ];
    if (hold.local.length > 0) {
      hold.errors = [];
      hold.failure = null;
      redraw();
      return;
    }
    void respond(hold, { hold: { amountHeld: { dong }, ...(heldAt ? { heldAt } : {}) } });
  };
  return html`<section class="tip-section" id="urgent-answer" aria-labelledby="urgent-answer-title">
    <h4 id="urgent-answer-title">${t('urgent.answer.title')}</h4>
    ${answers.includes('acknowledge') ? html`<form class="tips-form" id="urgent-acknowledge-form" @submit=${(e: Event) => {
      e.preventDefault();
      void respond(forms.acknowledge, { acknowledge: {} });
    }}>${alert(forms.acknowledge, 'urgent-acknowledge-message', [])}
      <div class="actions">${submitButton('urgent-acknowledge', forms.acknowledge, t('urgent.answer.acknowledge'))}</div>
    </form>` : nothing}
    <details class="action" id="urgent-hold-details" open>
      <summary>${t('urgent.answer.hold')}</summary>
      <form class="tips-form" id="urgent-hold-form" novalidate @submit=${sendHold}>
        ${alert(hold, 'urgent-hold-message', ['hold.amount_held', 'hold.held_at'])}
        <div class="grid">
          ${input(hold, { id: 'urgent-hold-amount', name: 'amount', field: 'hold.amount_held', label: t('urgent.answer.amount'),
            hint: t('urgent.answer.amountHint') }, { inputmode: 'numeric' })}
          ${input(hold, { id: 'urgent-held-at', name: 'heldAt', field: 'hold.held_at', label: t('urgent.answer.heldAt'),
            hint: t('urgent.answer.heldAtHint') })}
        </div>
        <div class="actions">${submitButton('urgent-hold-submit', hold, t('urgent.answer.holdSubmit'))}</div>
      </form></details>
    <details class="action" id="urgent-reject-details">
      <summary id="urgent-reject-toggle">${t('urgent.answer.reject')}</summary>
      <form class="tips-form" id="urgent-reject-form" novalidate @submit=${(e: Event) => {
        e.preventDefault();
        void respond(forms.reject, { reject: { reason: forms.reject.values.reason.trim() } });
      }}>
        ${alert(forms.reject, 'urgent-reject-message', ['reject.reason'])}
        <div class="grid">${textarea(forms.reject, { id: 'urgent-reject-reason', name: 'reason', field: 'reject.reason',
          label: t('urgent.answer.reason'), wide: true })}</div>
        <div class="actions">${submitButton('urgent-reject-submit', forms.reject, t('urgent.answer.rejectSubmit'))}</div>
      </form></details>
  </section>`;
}

/** One hold's facts. */
export function holdFacts(h: UrgentHold, banks: readonly Unit[] | null, tipLink: boolean): TemplateResult {
  const row = (id: string, label: string, value: unknown): TemplateResult => html`<dt>${label}</dt><dd id=${id}>${value}</dd>`;
  return html`<dl class="tip-facts">
    ${row('urgent-bank-name', t('urgent.col.bank'), bankName(h.bank, banks))}
    ${row('urgent-account-shown', t('urgent.col.account'), html`<span class="code">${h.account}</span>`)}
    ${row('urgent-asked', t('urgent.col.asked'), formatMoney(h.amountRequested?.dong ?? '0'))}
    ${row('urgent-transferred', t('urgent.detail.transferredAt'), when(h.transferredAt))}
    ${row('urgent-reason-shown', t('urgent.detail.reason'), h.reason)}
    ${row('urgent-tip', t('urgent.detail.tip'), tipLink
      ? html`<a href=${'#/tips/' + h.tipId} class="code">${h.tipId}</a>` : html`<span class="code">${h.tipId}</span>`)}
    ${row('urgent-requested-by', t('urgent.detail.requestedBy'), h.requestedByUnit)}
    ${row('urgent-requested-at', t('urgent.col.requestedAt'), when(h.requestedAt))}
    ${row('urgent-validity', t('urgent.col.expires'), validity(h))}
    ${row('urgent-clock', t('urgent.col.clock'), clock(h))}
    ${h.acknowledgedAt ? row('urgent-acknowledged-at', t('urgent.detail.acknowledgedAt'), formatDateTime(h.acknowledgedAt)) : nothing}
    ${h.heldAt ? row('urgent-held-at-shown', t('urgent.detail.heldAt'), formatDateTime(h.heldAt)) : nothing}
    ${h.amountHeld ? row('urgent-held', t('urgent.col.held'), formatMoney(h.amountHeld.dong ?? '0')) : nothing}
    ${h.rejectedAt ? row('urgent-rejected-at', t('urgent.detail.rejectedAt'), formatDateTime(h.rejectedAt)) : nothing}
    ${h.rejectionReason ? row('urgent-rejection', t('urgent.detail.rejectionReason'), h.rejectionReason) : nothing}
  </dl>`;
}
