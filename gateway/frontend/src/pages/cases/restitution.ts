// Trả lại tiền cho bị hại: on a case's page the victims' claims (who lost how much, through which first transfer),
// the form to add one, the return decisions with each victim's share and their total against what the banks hold,
// and the form for the competent person to decide a return; in the freeze section, the returns a bank is to pay and
// its report that it paid one. case-service decides who sees what (the victim's name and account are withheld from
// roles that may not see them: the page shows what it is given). Texts under the namespace 'restitution'.
import { html, nothing, type TemplateResult } from 'lit';
import { failureText, get, getAll, type Problem, type Result } from '../../shared/api';
import type { Case, FreezeRequest, ListVictimClaimsResponse, ReturnInstruction, ReturnRule, VictimClaim }
  from '../../generated/cases';
import { formatDate, formatDateTime, formatMoney, parseDate, todayInVietnam } from '../../shared/format';
import { addMessages, t } from '../../shared/i18n';
import { parseVietnamTime } from '../freeze/logic';
import { alert, input, localError, newForm, select, submit, submitButton, textarea, type FormState } from './form';
import { parseDong } from './logic';
import { claimTotals, decisions, firstTransfers, heldOnCase, mayAddClaim, mayDecide, mayReadClaims, withinHeld }
  from './restitution-logic';
import vi from './restitution-vi.json';
import en from './restitution-en.json';

addMessages('restitution', vi, en);

type User = { roles?: readonly string[] };

export interface RestitutionState {
  caseId: string;
  claims: Result<VictimClaim[]> | null;
  returns: Result<ReturnInstruction[]> | null;
  claimForm: FormState;
  decisionForm: FormState;
  flash: string | null;
}

export function newRestitution(caseId: string): RestitutionState {
  return { caseId, claims: null, returns: null, flash: null, claimForm: newClaimForm(),
    decisionForm: newForm({ rule: 'TRACED', documentNumber: '', documentDate: formatDate(todayInVietnam()), reason: '' }) };
}

function newClaimForm(): FormState {
  return newForm({ victimName: '', accountNumber: '', bankName: '', amount: '', freezeRequestId: '' });
}

/** Reads the case's claims and return instructions, when the user may read them. */
export async function loadRestitution(state: RestitutionState, user: User): Promise<void> {
  if (!mayReadClaims(user)) {
    return;
  }
  const id = encodeURIComponent(state.caseId);
  const [claims, returns] = await Promise.all([
    get<ListVictimClaimsResponse>(`/api/v1/cases/${id}/victim-claims`),
    getAll<ReturnInstruction>('/api/v1/cases/returns', { caseId: state.caseId },
      (page) => page.returns as ReturnInstruction[]),
  ]);
  state.claims = claims.ok ? { ok: true, status: claims.status, body: claims.body?.victimClaims ?? [] } : claims;
  state.returns = returns;
}

function failure(result: { status: number; problem: Problem | null }, id: string): TemplateResult {
  return html`<p class="tips-alert" role="alert" id=${id}>${failureText(result.status, result.problem, t)}</p>`;
}

const money = (m: { dong?: string } | undefined): string => formatMoney(m?.dong ?? '0');

function claimsTable(claims: readonly VictimClaim[], requests: readonly FreezeRequest[]): TemplateResult {
  if (claims.length === 0) {
    return html`<p class="empty" id="claims-empty">${t('restitution.claims.none')}</p>`;
  }
  const sum = claimTotals(claims);
  const account = (id: string | undefined): string => {
    const r = requests.find((x) => x.id === id);
    return r ? r.accountNumber ?? '' : '';
  };
  return html`<div class="table-wrap"><table class="tips-table" id="claims-table">
    <caption class="sub">${t('restitution.claims.caption')}</caption>
    <thead><tr>
      <th scope="col">${t('restitution.claims.victim')}</th>
      <th scope="col">${t('restitution.claims.account')}</th>
      <th scope="col">${t('restitution.claims.firstTransfer')}</th>
      <th scope="col" class="num">${t('restitution.claims.lost')}</th>
      <th scope="col" class="num">${t('restitution.claims.decided')}</th>
      <th scope="col" class="num">${t('restitution.claims.returned')}</th>
    </tr></thead>
    <tbody>${claims.map((c) => html`<tr id=${'claim-row-' + c.id}>
      <td>${c.victimName || html`<span class="muted">${t('restitution.withheld')}</span>`}</td>
      <td>${c.accountNumber ? html`<span class="code">${c.accountNumber}</span><p class="sub">${c.bankName}</p>`
        : html`<span class="muted">${t('restitution.withheld')}</span>`}</td>
      <td>${c.freezeRequestId ? html`<span class="code">${account(c.freezeRequestId) || c.freezeRequestId}</span>`
        : html`<span class="muted">${t('restitution.claims.untraced')}</span>`}</td>
      <td class="num nowrap">${money(c.amountLost)}</td>
      <td class="num nowrap" data-claim-decided=${c.id ?? ''}>${money(c.amountDecided)}</td>
      <td class="num nowrap">${money(c.amountReturned)}</td>
    </tr>`)}</tbody>
    <tfoot><tr><th scope="row" colspan="3">${t('restitution.total')}</th>
      <td class="num nowrap" id="claims-total-lost">${formatMoney(sum.lost)}</td>
      <td class="num nowrap" id="claims-total-decided">${formatMoney(sum.decided)}</td>
      <td class="num nowrap" id="claims-total-returned">${formatMoney(sum.returned)}</td></tr></tfoot>
  </table></div>`;
}

function decisionsView(instructions: readonly ReturnInstruction[], claims: readonly VictimClaim[],
  requests: readonly FreezeRequest[] | null): TemplateResult {
  const all = decisions(instructions, claims);
  if (all.length === 0) {
    return html`<p class="empty" id="returns-empty">${t('restitution.decision.none')}</p>`;
  }
  const held = requests ? heldOnCase(requests) : null;
  const sum = withinHeld(all, held ?? 0n);
  return html`${held != null ? html`<p id="returns-within-held" class=${sum.covered ? 'deadline ok' : 'deadline overdue'}
      data-covered=${String(sum.covered)}>${t(sum.covered ? 'restitution.decision.within' : 'restitution.decision.over',
      { decided: formatMoney(sum.decided), held: formatMoney(held) })}</p>` : nothing}
    ${all.map((d, n) => html`<div class="table-wrap"><table class="tips-table" id=${'return-decision-' + n}
      data-decision=${d.id}>
      <caption class="sub">${t('restitution.decision.caption', { number: d.documentNumber,
        date: d.documentDate ? formatDate(d.documentDate) : '', at: d.decidedAt ? formatDateTime(d.decidedAt) : '' })}
        — ${t('restitution.rule.' + (d.rule ?? 'TRACED'))}</caption>
      <thead><tr><th scope="col">${t('restitution.claims.victim')}</th>
        <th scope="col" class="num">${t('restitution.decision.share')}</th>
        <th scope="col" class="num">${t('restitution.decision.paid')}</th></tr></thead>
      <tbody>${d.shares.map((s) => html`<tr data-share=${s.claimId}>
        <td>${s.victimName || html`<span class="muted">${t('restitution.withheld')}</span>`}</td>
        <td class="num nowrap">${formatMoney(s.amount)}</td>
        <td class="num nowrap">${formatMoney(s.executed)}</td></tr>`)}</tbody>
      <tfoot><tr><th scope="row">${t('restitution.total')}</th>
        <td class="num nowrap" data-decision-total>${formatMoney(d.total)}</td><td></td></tr></tfoot>
    </table>
    <ul class="plain sub">${d.instructions.map((i) => html`<li data-instruction=${i.id ?? ''}>${t('restitution.instruction',
      { amount: money(i.amount), account: i.sourceAccountNumber ?? '', bank: i.bank ?? '' })}
      — ${t('restitution.status.' + (i.status ?? 'DECIDED'))}</li>`)}</ul></div>`)}`;
}

function claimForm(state: RestitutionState, requests: readonly FreezeRequest[], redraw: () => void,
  reload: () => void): TemplateResult {
  const form = state.claimForm;
  const send = async (event: Event): Promise<void> => {
    event.preventDefault();
    const v = form.values;
    const dong = parseDong(v.amount);
    if (dong == null) {
      form.local = [localError('victim_claim.amount_lost', 'restitution.claimForm.amountInvalid')];
      form.errors = [];
      form.failure = null;
      redraw();
      return;
    }
    const body = { victimName: v.victimName.trim(), accountNumber: v.accountNumber.replace(/\s+/g, ''),
      bankName: v.bankName.trim(), amountLost: { dong }, freezeRequestId: v.freezeRequestId };
    const result = await submit<VictimClaim>(form, `/api/v1/cases/${encodeURIComponent(state.caseId)}/victim-claims`,
      body, redraw);
    if (result.ok) {
      state.claimForm = newClaimForm();
      state.flash = 'restitution.flash.claimAdded';
      reload();
    }
  };
  const traced = [{ value: '', label: t('restitution.claimForm.noTransfer') }].concat(firstTransfers(requests)
    .map((r) => ({ value: r.id ?? '', label: `${r.accountNumber} — ${r.bank}` })));
  return html`<details class="action" id="claim-form-details">
    <summary id="claim-form-toggle">${t('restitution.claimForm.title')}</summary>
    <form class="tips-form" id="claim-form" novalidate @submit=${send}>
      ${alert(form, 'claim-form-message', ['victim_claim.victim_name', 'victim_claim.account_number',
        'victim_claim.bank_name', 'victim_claim.amount_lost', 'victim_claim.freeze_request_id'])}
      <div class="grid">
        ${input(form, { id: 'claim-victim', name: 'victimName', field: 'victim_claim.victim_name',
          label: t('restitution.claimForm.victim') })}
        ${input(form, { id: 'claim-account', name: 'accountNumber', field: 'victim_claim.account_number',
          label: t('restitution.claimForm.account'), hint: t('restitution.claimForm.accountHint') }, { inputmode: 'numeric' })}
        ${input(form, { id: 'claim-bank', name: 'bankName', field: 'victim_claim.bank_name',
          label: t('restitution.claimForm.bank') })}
        ${input(form, { id: 'claim-amount', name: 'amount', field: 'victim_claim.amount_lost',
          label: t('restitution.claimForm.amount'), hint: t('restitution.claimForm.amountHint') }, { inputmode: 'numeric' })}
        ${select(form, { id: 'claim-transfer', name: 'freezeRequestId', field: 'victim_claim.freeze_request_id',
          label: t('restitution.claimForm.transfer'), hint: t('restitution.claimForm.transferHint'), wide: true }, traced)}
      </div>
      <div class="actions">${submitButton('claim-submit', form, t('restitution.claimForm.submit'))}</div>
    </form></details>`;
}

function decisionForm(state: RestitutionState, redraw: () => void, reload: () => void): TemplateResult {
  const form = state.decisionForm;
  const send = async (event: Event): Promise<void> => {
    event.preventDefault();
    const day = parseDate(form.values.documentDate);
    if (!day) {
      form.local = [localError('document_date', 'restitution.decisionForm.dateInvalid')];
      form.errors = [];
      form.failure = null;
      redraw();
      return;
    }
    const body = { rule: form.values.rule as ReturnRule, documentNumber: form.values.documentNumber.trim(),
      documentDate: day, reason: form.values.reason.trim() };
    const result = await submit(form, `/api/v1/cases/${encodeURIComponent(state.caseId)}/returns`, body, redraw);
    if (result.ok) {
      state.decisionForm = newRestitution(state.caseId).decisionForm;
      state.flash = 'restitution.flash.decided';
      reload();
    }
  };
  return html`<details class="action" id="return-form-details">
    <summary id="return-form-toggle">${t('restitution.decisionForm.title')}</summary>
    <form class="tips-form" id="return-form" novalidate @submit=${send}>
      ${alert(form, 'return-form-message', ['rule', 'document_number', 'document_date', 'reason'])}
      <div class="grid">
        ${select(form, { id: 'return-rule', name: 'rule', field: 'rule', label: t('restitution.decisionForm.rule'), wide: true },
          (['TRACED', 'PRO_RATA'] as const).map((r) => ({ value: r, label: t('restitution.rule.' + r) })), redraw)}
        <p class="hint wide" id="return-rule-text">${t('restitution.ruleText.' + (form.values.rule || 'TRACED'))}</p>
        ${input(form, { id: 'return-document-number', name: 'documentNumber', field: 'document_number',
          label: t('restitution.decisionForm.documentNumber') })}
        ${input(form, { id: 'return-document-date', name: 'documentDate', field: 'document_date',
          label: t('restitution.decisionForm.documentDate'), hint: t('restitution.decisionForm.dateHint') })}
        ${textarea(form, { id: 'return-reason', name: 'reason', field: 'reason', label: t('restitution.decisionForm.reason'),
          wide: true })}
      </div>
      <div class="actions">${submitButton('return-submit', form, t('restitution.decisionForm.submit'))}</div>
    </form></details>`;
}

/** The case page's section; nothing for users who may not read claims. */
export function restitutionSection(state: RestitutionState | null, kase: Case, requests: readonly FreezeRequest[] | null,
  user: User, redraw: () => void, reload: () => void): TemplateResult | typeof nothing {
  if (!state || !mayReadClaims(user) || !state.claims) {
    return nothing;
  }
  const open = !['CLOSED', 'DROPPED'].includes(kase.stage ?? '');
  const claims = state.claims.ok ? state.claims.body : [];
  return html`<section class="tip-section" id="case-restitution" aria-labelledby="case-restitution-title">
    <h4 id="case-restitution-title">${t('restitution.title')}</h4>
    ${state.flash ? html`<p class="tips-alert success" id="restitution-message" role="status">${t(state.flash)}</p>`
      : nothing}
    <h5>${t('restitution.claims.title')}</h5>
    ${state.claims.ok ? claimsTable(claims, requests ?? []) : failure(state.claims, 'claims-error')}
    ${mayAddClaim(user) && open ? claimForm(state, requests ?? [], redraw, reload) : nothing}
    <h5>${t('restitution.decision.title')}</h5>
    ${!state.returns ? nothing : state.returns.ok ? decisionsView(state.returns.body, claims, requests)
      : failure(state.returns, 'returns-error')}
    ${mayDecide(user, kase.stage) && claims.length > 0 ? decisionForm(state, redraw, reload) : nothing}
  </section>`;
}

// ---- the bank's inbox: returns to pay

export interface BankReturnsState {
  result: Result<ReturnInstruction[]> | null;
  forms: Map<string, FormState>;
  flash: string | null;
}

export function newBankReturns(): BankReturnsState {
  return { result: null, forms: new Map(), flash: null };
}

/** The returns addressed to the user's bank that it has not reported paid (case-service sends a bank only its own). */
export async function loadBankReturns(state: BankReturnsState): Promise<void> {
  state.result = await getAll<ReturnInstruction>('/api/v1/cases/returns', { status: 'DECIDED' },
    (page) => page.returns as ReturnInstruction[]);
}

function reportForm(state: BankReturnsState, i: ReturnInstruction, redraw: () => void,
  reload: () => void): TemplateResult {
  const id = i.id ?? '';
  let form = state.forms.get(id);
  if (!form) {
    form = newForm({ executedAt: '', bankReference: '' });
    state.forms.set(id, form);
  }
  const f = form;
  const send = async (event: Event): Promise<void> => {
    event.preventDefault();
    const executedAt = parseVietnamTime(f.values.executedAt);
    if (executedAt == null) {
      f.local = [localError('executed_at', 'restitution.report.executedAtInvalid')];
      f.errors = [];
      f.failure = null;
      redraw();
      return;
    }
    const result = await submit(f, `/api/v1/cases/returns/${encodeURIComponent(id)}:report-executed`,
      { executedAt, bankReference: f.values.bankReference.trim() }, redraw);
    if (result.ok) {
      state.forms.delete(id);
      state.flash = 'restitution.flash.reported';
      reload();
    }
  };
  return html`<form class="tips-form" id=${'return-report-' + id} novalidate @submit=${send}>
    ${alert(f, 'return-report-message-' + id, ['executed_at', 'bank_reference'])}
    <div class="grid">
      ${input(f, { id: 'return-executed-at-' + id, name: 'executedAt', field: 'executed_at',
        label: t('restitution.report.executedAt'), hint: t('restitution.report.executedAtHint') })}
      ${input(f, { id: 'return-reference-' + id, name: 'bankReference', field: 'bank_reference',
        label: t('restitution.report.reference') })}
    </div>
    <div class="actions">${submitButton('return-report-submit-' + id, f, t('restitution.report.submit'))}</div>
  </form>`;
}

/** The freeze inbox's section for a bank liaison: each return to pay, where from and to whom, and the report form. */
export function bankReturnsSection(state: BankReturnsState | null, redraw: () => void,
  reload: () => void): TemplateResult | typeof nothing {
  if (!state || !state.result) {
    return nothing;
  }
  const result = state.result;
  return html`<section class="tip-section" id="bank-returns" aria-labelledby="bank-returns-title">
    <h4 id="bank-returns-title">${t('restitution.bank.title')}</h4>
    ${state.flash ? html`<p class="tips-alert success" id="bank-returns-message" role="status">${t(state.flash)}</p>`
      : nothing}
    ${!result.ok ? failure(result, 'bank-returns-error') : result.body.length === 0
      ? html`<p class="empty" id="bank-returns-empty">${t('restitution.bank.none')}</p>`
      : html`<ul class="plain" id="bank-returns-list">${result.body.map((i) => html`<li class="tip-card"
        id=${'bank-return-' + i.id}>
        <p class="big">${money(i.amount)}</p>
        <p>${t('restitution.bank.from', { account: i.sourceAccountNumber ?? '' })}</p>
        <p>${t('restitution.bank.to', { name: i.victimName ?? '', account: i.victimAccountNumber ?? '',
          bank: i.victimBankName ?? '' })}</p>
        <p class="sub">${t('restitution.decision.caption', { number: i.documentNumber ?? '',
          date: i.documentDate ? formatDate(i.documentDate) : '', at: i.decidedAt ? formatDateTime(i.decidedAt) : '' })}
          — ${t('restitution.rule.' + (i.rule ?? 'TRACED'))}</p>
        ${reportForm(state, i, redraw, reload)}</li>`)}</ul>`}
  </section>`;
}
