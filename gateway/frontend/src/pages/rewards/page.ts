// Thưởng nóng: rewards for valuable information in a tip (#/rewards), newest first with their totals by state, and
// one reward (#/rewards/<id>) with what the user may do: a police leader other than the proposer approves it, a
// leader rejects it with the reason, the police's accountant pays an approved one from the plan's budget with the
// payment voucher's number (budget-service records the spending; a line without the money is refused beside the
// amount). Investigators and leaders propose a reward for a tip (#/rewards/new or #/rewards/new/<tip id>).
import { html, nothing, render, type TemplateResult } from 'lit';
import { failureText, getAll, type Problem, type Result } from '../../shared/api';
import { formatDateTime, formatMoney } from '../../shared/format';
import { addMessages, t } from '../../shared/i18n';
import type { Page, PageContext } from '../../shared/page';
import { allowedSections } from '../../shell/sections';
import { REWARD_STATUS, type Reward, type RewardStatus } from '../../generated/tip';
import { alert, input, localError, newForm, submit, submitButton, textarea, type FormState } from '../cases/form';
import { parseDong } from '../cases/logic';
import { actionsFor, mayPropose, paymentUnderWay, tipId, totalsByStatus } from './logic';
import vi from './vi.json';
import en from './en.json';

addMessages('rewards', vi, en);

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const STATUS_CLASS: Record<RewardStatus, string> = {
  PROPOSED: 'status-received', APPROVED: 'status-verifying', PAID: 'status-prosecuted', REJECTED: 'status-not-prosecuted',
};

interface ListState {
  status: string;
  tip: string;
  loading: boolean;
  result: Result<Reward[]> | null;
}

interface DetailState {
  id: string;
  /** The reward's tip when known (from the list's row): the page then reads only that tip's rewards. */
  tip: string;
  loading: boolean;
  result: Result<Reward[]> | null;
  flash: string;
  approve: FormState;
  reject: FormState;
  pay: FormState;
}

let host: HTMLElement | null = null;
let context: PageContext;
let path: string[] = [];
let list: ListState | null = null;
let detail: DetailState | null = null;
let proposal: FormState | null = null;

function redraw(): void {
  if (host) {
    draw(host);
  }
}

function failure(result: { status: number; problem: Problem | null }, id: string): TemplateResult {
  return html`<p class="tips-alert" role="alert" id=${id}>${failureText(result.status, result.problem, t)}</p>`;
}

/** A link to the tip for those who may open the tips section (the accountant may not): its id otherwise. */
function tipLink(id: string | undefined, linkId?: string): TemplateResult {
  return allowedSections(context.user).includes('tips')
    ? html`<a href=${'#/tips/' + id} id=${linkId ?? nothing}>${t('rewards.openTip')}</a>`
    : html`<span class="code">${(id ?? '').slice(0, 8)}</span>`;
}

function badge(status: RewardStatus | undefined, id?: string): TemplateResult {
  return status
    ? html`<span class=${'tip-badge ' + STATUS_CLASS[status]} id=${id ?? nothing}>${t('rewards.status.' + status)}</span>`
    : html``;
}

// ---- the list

async function loadList(state: ListState): Promise<void> {
  state.loading = true;
  redraw();
  const result = await getAll<Reward>('/api/v1/tips/rewards', { status: state.status, tipId: tipId(state.tip) ?? '' },
    (page) => page.rewards as Reward[]);
  if (list !== state) {
    return;
  }
  state.loading = false;
  state.result = result;
  redraw();
}

function newList(): ListState {
  return { status: '', tip: '', loading: true, result: null };
}

function rewardsTable(rewards: readonly Reward[]): TemplateResult {
  if (rewards.length === 0) {
    return html`<p class="muted" id="rewards-none">${t('rewards.none')}</p>`;
  }
  const sums = totalsByStatus(rewards);
  return html`<div class="table-wrap"><table class="tips-table" id="rewards-table">
    <caption class="sub">${t('rewards.caption')}</caption>
    <thead><tr>
      <th scope="col">${t('rewards.col.proposedAt')}</th>
      <th scope="col">${t('rewards.col.tip')}</th>
      <th scope="col" class="num">${t('rewards.col.amount')}</th>
      <th scope="col">${t('rewards.col.status')}</th>
      <th scope="col">${t('rewards.col.proposedBy')}</th>
      <th scope="col">${t('rewards.col.paid')}</th>
    </tr></thead>
    <tbody>${rewards.map((r) => html`<tr id=${'reward-row-' + r.id}>
      <td class="nowrap"><a class="tip-link" id=${'reward-link-' + r.id} href=${'#/rewards/' + r.id}
        @click=${() => { detail = newDetail(r.id ?? '', r.tipId ?? ''); void loadDetail(detail); }}>
        ${formatDateTime(r.proposedAt ?? '')}</a></td>
      <td>${tipLink(r.tipId)}</td>
      <td class="num nowrap">${formatMoney(r.amount?.dong ?? '0')}</td>
      <td>${badge(r.status)}${paymentUnderWay(r) ? html`<p class="sub">${t('rewards.underWay')}</p>` : nothing}</td>
      <td>${r.proposedBy}<p class="sub">${r.proposedByUnit}</p></td>
      <td>${r.status === 'PAID' ? html`<span class="code">${r.paymentReference}</span>
        <p class="sub">${r.budgetLineId} · ${r.paidByUnit}</p>` : ''}</td>
    </tr>`)}</tbody>
    <tfoot>${REWARD_STATUS.filter((s) => sums[s] > 0n).map((s) => html`<tr>
      <th scope="row" colspan="2">${t('rewards.totalOf', { status: t('rewards.status.' + s) })}</th>
      <td class="num nowrap" id=${'rewards-total-' + s}>${formatMoney(sums[s])}</td><td colspan="3"></td>
    </tr>`)}</tfoot>
  </table></div>`;
}

function listView(state: ListState): TemplateResult {
  const apply = (event: Event): void => {
    event.preventDefault();
    void loadList(state);
  };
  return html`
    <p class="tips-intro" id="rewards-intro">${t('rewards.intro')}</p>
    ${mayPropose(context.user) ? html`<p><a class="button" id="reward-propose-link" href="#/rewards/new">
      ${t('rewards.propose.open')}</a></p>` : nothing}
    <form class="tips-filters" id="rewards-filters" @submit=${apply}>
      <div class="field"><label for="rewards-filter-status">${t('rewards.filter.status')}</label>
        <select id="rewards-filter-status" @change=${(e: Event) => { state.status = (e.target as HTMLSelectElement).value; }}>
          <option value="" ?selected=${state.status === ''}>${t('rewards.filter.all')}</option>
          ${REWARD_STATUS.map((s) => html`<option value=${s} ?selected=${state.status === s}>${t('rewards.status.' + s)}</option>`)}
        </select></div>
      <div class="field"><label for="rewards-filter-tip">${t('rewards.filter.tip')}</label>
        <input id="rewards-filter-tip" .value=${state.tip} autocomplete="off"
          @input=${(e: Event) => { state.tip = (e.target as HTMLInputElement).value; }}></div>
      <div class="field action"><button class="button primary" id="rewards-filter-apply" type="submit">
        ${t('rewards.filter.apply')}</button></div>
    </form>
    <div id="rewards-results" aria-busy=${state.loading ? 'true' : nothing}>
      ${!state.result ? html`<p class="muted">${t('common.loading')}</p>`
        : !state.result.ok ? failure(state.result, 'rewards-list-error')
        : rewardsTable(state.result.body)}
    </div>`;
}

// ---- one reward

function newDetail(id: string, tip = ''): DetailState {
  return { id, tip, loading: true, result: null, flash: '', approve: newForm({ note: '' }), reject: newForm({ reason: '' }), pay: newForm({ reference: '' }) };
}

/** The reward as the API lists it (it has no read of one reward): its tip's rewards, or all when the tip is unknown. */
async function loadDetail(state: DetailState): Promise<void> {
  state.loading = true;
  redraw();
  const result = await getAll<Reward>('/api/v1/tips/rewards', { tipId: state.tip }, (page) => page.rewards as Reward[]);
  if (detail !== state) {
    return;
  }
  state.loading = false;
  state.result = result;
  redraw();
}

/** Sends one decision on the reward; on success the reward is read again and the list will be. */
async function act(state: DetailState, form: FormState, action: string, body: unknown, done: string): Promise<void> {
  state.flash = '';
  const result = await submit<Reward>(form, `/api/v1/tips/rewards/${encodeURIComponent(state.id)}:${action}`, body, redraw);
  if (result.ok) {
    state.flash = done;
    Object.keys(form.values).forEach((k) => { form.values[k] = ''; });
    list = null;
    await loadDetail(state);
  }
}

function actionForms(state: DetailState, reward: Reward): TemplateResult {
  const actions = actionsFor(reward, context.user);
  if (actions.length === 0) {
    return html``;
  }
  const underWay = paymentUnderWay(reward);
  if (underWay && !state.pay.values.reference) {
    state.pay.values.reference = reward.paymentReference ?? ''; // a retry must repeat the voucher
  }
  return html`<section class="tip-section" id="reward-actions" aria-labelledby="reward-actions-title">
    <h4 id="reward-actions-title">${t('rewards.actions.title')}</h4>
    ${actions.includes('approve') ? html`<details class="action" id="approve-form-details" open>
      <summary id="approve-form-toggle">${t('rewards.actions.approve')}</summary>
      <form class="tips-form" id="approve-form" novalidate @submit=${(e: Event) => {
        e.preventDefault();
        void act(state, state.approve, 'approve', { note: state.approve.values.note.trim() }, t('rewards.actions.approved'));
      }}>${alert(state.approve, 'approve-form-message', ['note'])}
        <div class="grid">${textarea(state.approve, { id: 'approve-note', name: 'note', field: 'note',
          label: t('rewards.actions.note'), hint: t('rewards.actions.noteHint'), wide: true })}</div>
        <div class="actions">${submitButton('approve-submit', state.approve, t('rewards.actions.approveSubmit'))}</div>
      </form></details>` : nothing}
    ${actions.includes('reject') ? html`<details class="action" id="reject-form-details">
      <summary id="reject-form-toggle">${t('rewards.actions.reject')}</summary>
      <form class="tips-form" id="reject-form" novalidate @submit=${(e: Event) => {
        e.preventDefault();
        void act(state, state.reject, 'reject', { reason: state.reject.values.reason.trim() }, t('rewards.actions.rejected'));
      }}>${alert(state.reject, 'reject-form-message', ['reason'])}
        <div class="grid">${textarea(state.reject, { id: 'reject-reason', name: 'reason', field: 'reason',
          label: t('rewards.actions.reason'), wide: true })}</div>
        <div class="actions">${submitButton('reject-submit', state.reject, t('rewards.actions.rejectSubmit'))}</div>
      </form></details>` : nothing}
    ${actions.includes('pay') ? html`<details class="action" id="pay-form-details" open>
      <summary id="pay-form-toggle">${t('rewards.actions.pay')}</summary>
      <p class="sub" id="pay-explained">${t('rewards.actions.payExplained')}</p>
      ${underWay ? html`<p class="tips-alert" id="pay-under-way" role="status">${t('rewards.actions.payUnderWay',
        { reference: reward.paymentReference ?? '' })}</p>` : nothing}
      <form class="tips-form" id="pay-form" novalidate @submit=${(e: Event) => {
        e.preventDefault();
        void act(state, state.pay, 'mark-paid', { paymentReference: state.pay.values.reference.trim() },
          t('rewards.actions.paid'));
      }}>${alert(state.pay, 'pay-form-message', ['payment_reference', 'amount', 'paid_at'])}
        <div class="grid">
          ${input(state.pay, { id: 'pay-reference', name: 'reference', field: 'payment_reference',
            label: t('rewards.actions.reference'), hint: t('rewards.actions.referenceHint') })}
          <div class="field"><span class="label">${t('rewards.col.amount')}</span>
            <p class="big" id="pay-amount">${formatMoney(reward.amount?.dong ?? '0')}</p>
            <p class="field-error" id="pay-amount-error" data-field="amount.dong"
              ?hidden=${!fieldText(state.pay, 'amount')}>${fieldText(state.pay, 'amount')}</p></div>
        </div>
        <div class="actions">${submitButton('pay-submit', state.pay, t('rewards.actions.paySubmit'))}</div>
      </form></details>` : nothing}
  </section>`;
}

/** The server's errors for a field with no control of its own (the reward's amount, which the payment takes). */
function fieldText(form: FormState, field: string): string {
  return [...form.local, ...form.errors].filter((e) => e.field === field || e.field.startsWith(field + '.'))
    .map((e) => (context.language === 'en' ? e.en || e.vi : e.vi || e.en) ?? e.message ?? '').join(' ');
}

function detailView(state: DetailState): TemplateResult {
  const back = html`<p class="back"><a href="#/rewards" id="rewards-back">${t('rewards.back')}</a></p>`;
  const result = state.result;
  if (!result) {
    return html`${back}<p class="muted">${t('common.loading')}</p>`;
  }
  if (!result.ok) {
    return html`${back}${failure(result, 'reward-error')}`;
  }
  const r = result.body.find((x) => x.id === state.id);
  if (!r) {
    return html`${back}<p class="tips-alert" role="alert" id="reward-error">${t('rewards.notFound')}</p>`;
  }
  const row = (id: string, label: string, value: TemplateResult | string): TemplateResult =>
    html`<dt>${label}</dt><dd id=${id}>${value}</dd>`;
  return html`${back}<div id="reward-detail" aria-busy=${state.loading ? 'true' : nothing}>
    ${state.flash ? html`<p class="tips-alert success" id="reward-message" role="status">${state.flash}</p>` : nothing}
    <div class="tip-head">
      <div><h3 class="tips-title">${t('rewards.detail.title')}</h3>
        <p>${tipLink(r.tipId, 'reward-tip')} <span class="code">${r.tipId}</span></p></div>
      ${badge(r.status, 'reward-status')}
    </div>
    <div class="tip-cards"><div class="tip-card"><p>${t('rewards.col.amount')}</p>
      <p class="big" id="reward-amount">${formatMoney(r.amount?.dong ?? '0')}</p></div></div>
    <dl class="facts" id="reward-facts">
      ${row('reward-reason', t('rewards.detail.reason'), r.reason ?? '')}
      ${row('reward-proposed', t('rewards.detail.proposed'),
        `${r.proposedBy} (${r.proposedByUnit}), ${formatDateTime(r.proposedAt ?? '')}`)}
      ${r.decidedBy ? row('reward-decided', t('rewards.detail.decided'),
        `${r.decidedBy}, ${formatDateTime(r.decidedAt ?? '')}${r.decisionNote ? ' — ' + r.decisionNote : ''}`) : nothing}
      ${r.status === 'PAID' ? row('reward-paid', t('rewards.detail.paid'), html`${r.paidBy} (${r.paidByUnit}),
        ${formatDateTime(r.paidAt ?? '')} — ${t('rewards.detail.voucher')} <span class="code">${r.paymentReference}</span>`)
        : nothing}
      ${r.spendingId ? row('reward-spending', t('rewards.detail.spending'),
        html`<span class="code">${r.budgetLineId}</span> · <span class="code">${r.spendingId}</span>`) : nothing}
    </dl>
    ${actionForms(state, r)}
  </div>`;
}

// ---- proposing a reward

function proposalView(form: FormState): TemplateResult {
  const send = async (event: Event): Promise<void> => {
    event.preventDefault();
    const id = tipId(form.values.tip);
    const dong = parseDong(form.values.amount);
    form.local = [
      ...(id == null ? [localError('tip_id', 'rewards.propose.tipInvalid')] : []),
      ...(dong == null ? [localError('amount.dong', 'rewards.propose.amountInvalid')] : []),
    ];
    if (form.local.length > 0) {
      form.errors = [];
      form.failure = null;
      redraw();
      return;
    }
    const result = await submit<Reward>(form, `/api/v1/tips/${encodeURIComponent(id ?? '')}/rewards`,
      { amount: { dong }, reason: form.values.reason.trim() }, redraw);
    if (result.ok) {
      proposal = null;
      list = null;
      detail = newDetail(result.body.id ?? '', result.body.tipId ?? '');
      detail.flash = t('rewards.propose.done');
      void loadDetail(detail);
      location.hash = '#/rewards/' + result.body.id;
    }
  };
  return html`<p class="back"><a href="#/rewards" id="rewards-back">${t('rewards.back')}</a></p>
    <h3 class="tips-title">${t('rewards.propose.title')}</h3>
    <p class="tips-intro">${t('rewards.propose.intro')}</p>
    <form class="tips-form" id="propose-form" novalidate @submit=${send}>
      ${alert(form, 'propose-form-message', ['tip_id', 'amount', 'reason'])}
      <div class="grid">
        ${input(form, { id: 'propose-tip', name: 'tip', field: 'tip_id', label: t('rewards.propose.tip'),
          hint: t('rewards.propose.tipHint') })}
        ${input(form, { id: 'propose-amount', name: 'amount', field: 'amount', label: t('rewards.col.amount'),
          hint: t('rewards.propose.amountHint') }, { inputmode: 'numeric' })}
        ${textarea(form, { id: 'propose-reason', name: 'reason', field: 'reason', label: t('rewards.detail.reason'),
          hint: t('rewards.propose.reasonHint'), wide: true })}
      </div>
      <div class="actions">${submitButton('propose-submit', form, t('rewards.propose.submit'))}</div>
    </form>`;
}

// ---- the section

function draw(target: HTMLElement): void {
  const [first] = path;
  const body = first === 'new' && proposal ? proposalView(proposal)
    : !first && list ? listView(list)
    : UUID.test(first ?? '') && detail ? detailView(detail)
    : html`<p class="tips-alert" role="alert">${t('common.notFound')}</p>`;
  render(html`<div class="tips rewards">${body}</div>`, target);
}

function enter(): void {
  const [first, second] = path;
  if (first === 'new') {
    if (!proposal) {
      proposal = newForm({ tip: second ?? '', amount: '', reason: '' });
    }
    return;
  }
  proposal = null;
  if (!first && !list) {
    list = newList();
    void loadList(list);
  }
  if (UUID.test(first ?? '') && detail?.id !== first) {
    detail = newDetail(first);
    void loadDetail(detail);
  }
}

export const page: Page = {
  render(target, route, pageContext) {
    if (host !== target) {
      list = null;
      detail = null;
      proposal = null;
    }
    host = target;
    context = pageContext;
    path = route;
    enter();
    draw(target);
  },
};
