// A tip's page (#/tips/<id>): its deadlines, facts, indicators, linked tips, history, the handling forms the user's
// roles may use (extend, decide, resume, record the procuracy's notification) and the thread with a citizen tipster.
import { html, nothing, type TemplateResult } from 'lit';
import { get, type Result } from '../../shared/api';
import { formatDate, formatDateTime, formatMoney, todayInVietnam } from '../../shared/format';
import { focusFirstInvalid } from '../../shared/forms';
import { pick, t } from '../../shared/i18n';
import { NON_PROSECUTION_GROUND, SUSPENSION_GROUND, type ListTipMessagesResponse, type Tip,
  type TipOutcome } from '../../generated/tip';
import { alert, input, localError, newForm, select, submit, submitButton, textarea, type FormState } from '../cases/form';
import { article } from '../cases/logic';
import { decideRequest, deadlineOf, extendRequest, isOpen, may, offerFor, specified, type DecideValues, type ExtendValues,
  type LocalError } from './logic';
import { articles, deadlineView, failure, flashView, modusName, shell, statusBadge, user } from './view';
import { urgentHoldSection } from './hold';

export interface DetailState {
  id: string;
  /** False once the page shows something else: a late answer is then dropped. */
  alive: boolean;
  loading: boolean;
  result: Result<Tip> | null;
  messages: Result<ListTipMessagesResponse> | null;
  flash: string | null;
  extend: FormState;
  decide: FormState;
  /** The decision was checked and waits for the user's confirmation. */
  confirming: boolean;
  resume: FormState;
  notify: FormState;
  reply: FormState;
}

const newExtend = (): FormState => newForm({ until: '', reason: '', approver: '', documentNumber: '', documentDate: '' });
const newDecide = (): FormState => newForm({ kind: '', article: '', clause: '1', leadUnit: '', caseTitle: '', ground: '',
  reasons: '', suspensionGround: '', note: '' });

export function newDetail(id: string, flash: string | null): DetailState {
  return { id, alive: true, loading: true, result: null, messages: null, flash, extend: newExtend(), decide: newDecide(),
    confirming: false, resume: newForm({ note: '' }), notify: newForm({ documentNumber: '' }), reply: newForm({ text: '' }) };
}

/** Reads the tip and (for those who may read it) its thread. */
export async function loadDetail(state: DetailState): Promise<void> {
  state.loading = true;
  shell.redraw();
  const path = '/api/v1/tips/' + encodeURIComponent(state.id);
  const [tip, messages] = await Promise.all([
    get<Tip>(path),
    may.readMessages(user()) ? get<ListTipMessagesResponse>(path + '/messages') : Promise.resolve(null),
  ]);
  if (!state.alive) {
    return;
  }
  state.loading = false;
  state.result = tip;
  state.messages = messages;
  shell.redraw();
}

// ---- the parts of the page

function fact(label: string, value: unknown, id: string): TemplateResult {
  return html`<dt>${label}</dt><dd id=${id}>${value}</dd>`;
}

function dong(tip: Tip): string {
  return formatMoney(tip.loss?.dong || '0');
}

function cards(tip: Tip): TemplateResult {
  const today = todayInVietnam();
  return html`<div class="tip-cards">
    <div class="tip-card">
      <p class="eyebrow">${t('tips.detail.decisionDue')}</p>
      <p class="big" id="tip-decision-due">${tip.decisionDue ? formatDate(tip.decisionDue) : ''}</p>
      ${deadlineView(deadlineOf(tip, today), 'p', 'tip-deadline-state')}
      ${tip.extendedUntil ? html`<p class="sub">${t('tips.detail.extendedUntil', { day: formatDate(tip.extendedUntil) })}</p>`
        : nothing}
    </div>
    <div class="tip-card">
      <p class="eyebrow">${t('tips.detail.notification')}</p>
      ${tip.procuracyNotifiedAt
        ? html`<p class="deadline ok">${t('tips.detail.notifiedAt', { at: formatDateTime(tip.procuracyNotifiedAt) })}</p>`
        : tip.notificationOverdue
          ? html`<p class="deadline overdue">${t('tips.detail.notificationLate')}</p>
            <p class="sub">${t('tips.detail.notificationDue', { day: formatDate(tip.notificationDue ?? '') })}</p>`
          : html`<p class="deadline soon">${t('tips.detail.notificationDue', { day: formatDate(tip.notificationDue ?? '') })}</p>`}
    </div>
    <div class="tip-card">
      <p class="eyebrow">${t('tips.detail.outcome')}</p>
      ${outcomeView(tip)}
    </div>
  </div>`;
}

function outcomeView(tip: Tip): TemplateResult {
  const o: TipOutcome | undefined = tip.outcome;
  const pending = tip.pendingProsecution?.prosecute;
  if (!o && pending) {
    return html`<p class="tips-alert pending" id="tip-outcome" role="status">${t('tips.detail.prosecutionPending',
      { article: pending.penalCodeArticle ?? 0, clause: pending.clause ?? 0, by: tip.pendingProsecution?.decidedBy ?? '' })}</p>`;
  }
  if (!o) {
    return html`<p class="muted" id="tip-outcome">${t('tips.detail.undecided')}</p>`;
  }
  const decided = o.decidedAt ? html`<p class="sub">${o.decidedBy
    ? t('tips.detail.decidedAtBy', { at: formatDateTime(o.decidedAt), by: o.decidedBy })
    : t('tips.detail.decidedAt', { at: formatDateTime(o.decidedAt) })}</p>` : nothing;
  let lines: TemplateResult = html``;
  if (o.prosecute) {
    const params = { article: o.prosecute.penalCodeArticle ?? 0, clause: o.prosecute.clause ?? 0,
      number: o.prosecute.caseNumber ?? '' };
    lines = html`<p class="strong">${t(o.prosecute.caseNumber ? 'tips.detail.prosecutedCase' : 'tips.detail.prosecuted',
      params)}</p>
      ${tip.caseId ? html`<p class="sub">${t('tips.detail.caseId')}: <span class="code">${tip.caseId}</span></p>` : nothing}`;
  } else if (o.notProsecute) {
    lines = html`<p class="strong">${t('tips.detail.notProsecuted')}</p>
      <p class="sub">${pick(o.notProsecute.groundLabelVi, o.notProsecute.groundLabelEn)}</p>
      ${o.notProsecute.reasons ? html`<p class="sub">${o.notProsecute.reasons}</p>` : nothing}`;
  } else if (o.suspend) {
    lines = html`<p class="strong">${t('tips.detail.suspendedOutcome')}</p>
      <p class="sub">${pick(o.suspend.groundLabelVi, o.suspend.groundLabelEn)}</p>`;
  }
  return html`<div id="tip-outcome">${lines}${decided}</div>`;
}

function factsSection(tip: Tip): TemplateResult {
  // the narrative is withheld, with the indicators, from viewers who may not see personal data
  const personal = !!tip.narrative;
  const indicators = tip.indicators ?? [];
  return html`<section class="tip-section" aria-labelledby="tip-facts-title">
      <h4 id="tip-facts-title">${t('tips.detail.facts')}</h4>
      <dl class="facts">
        ${fact(t('tips.detail.receivedAt'), tip.receivedAt ? formatDateTime(tip.receivedAt) : '', 'tip-fact-received-at')}
        ${fact(t('tips.detail.channel'), tip.channel ? t('tips.channel.' + tip.channel) : '', 'tip-fact-channel')}
        ${fact(t('tips.detail.sourceKind'), tip.sourceKind ? t('tips.sourceKind.' + tip.sourceKind) : '', 'tip-fact-source-kind')}
        ${fact(t('tips.detail.receivingUnit'), html`<span class="code">${tip.receivingUnit}</span>`, 'tip-fact-receiving-unit')}
        ${tip.petitioningUnit ? fact(t('tips.detail.petitioningUnit'), html`<span class="code">${tip.petitioningUnit}</span>`,
          'tip-fact-petitioning-unit') : nothing}
        ${fact(t('tips.detail.modus'), modusName(tip.modusOperandi), 'tip-fact-modus')}
        ${fact(t('tips.detail.loss'), dong(tip), 'tip-fact-loss')}
        ${fact(t('tips.detail.lastTransferAt'), tip.lastTransferAt ? formatDateTime(tip.lastTransferAt) : t('tips.none'),
          'tip-fact-last-transfer-at')}
        ${fact(t('tips.detail.createdBy'), tip.audit?.createdBy ?? '', 'tip-fact-created-by')}
      </dl>
      <h5>${t('tips.detail.narrative')}</h5>
      ${personal ? html`<p class="narrative" id="tip-fact-narrative">${tip.narrative}</p>`
        : html`<p class="muted" id="tip-fact-narrative">${t('tips.detail.withheld')}</p>`}
    </section>
    <section class="tip-section" aria-labelledby="tip-indicators-title">
      <h4 id="tip-indicators-title">${t('tips.detail.indicators')}</h4>
      ${!personal ? html`<p class="muted">${t('tips.detail.withheld')}</p>`
        : indicators.length === 0 ? html`<p class="muted">${t('tips.detail.noIndicators')}</p>`
        : html`<div class="table-wrap"><table class="tips-table" id="tip-indicator-table">
          <thead><tr><th scope="col">${t('tips.detail.indicatorType')}</th><th scope="col">${t('tips.detail.indicatorValue')}</th>
            <th scope="col">${t('tips.detail.indicatorNormalized')}</th></tr></thead>
          <tbody>${indicators.map((i) => html`<tr><td>${i.type ? t('tips.indicator.' + i.type) : ''}</td><td>${i.value}</td>
            <td class="code">${i.normalized}</td></tr>`)}</tbody></table></div>`}
    </section>`;
}

function linkedSection(tip: Tip): TemplateResult {
  const linked = tip.linkedTips ?? [];
  return html`<section class="tip-section" aria-labelledby="tip-linked-title">
    <h4 id="tip-linked-title">${t('tips.detail.linked')}</h4>
    <p class="hint">${t('tips.detail.linkedHint')}</p>
    ${linked.length === 0 ? html`<p class="muted" id="tip-linked">${t('tips.detail.noLinked')}</p>`
      : html`<div class="table-wrap"><table class="tips-table" id="tip-linked">
        <thead><tr><th scope="col">${t('tips.list.receivedAt')}</th><th scope="col">${t('tips.list.modus')}</th>
          <th scope="col">${t('tips.list.status')}</th><th scope="col">${t('tips.detail.shared')}</th></tr></thead>
        <tbody>${linked.map((l) => html`<tr>
          <td class="nowrap"><a href=${'#/tips/' + l.tipId}>${l.receivedAt ? formatDateTime(l.receivedAt) : l.tipId}</a>
            <div class="sub code">${l.receivingUnit}</div></td>
          <td>${modusName(l.modusOperandi)}</td>
          <td>${statusBadge(l.status)}</td>
          <td class="code">${(l.sharedIndicators ?? []).join(', ') || t('tips.none')}</td></tr>`)}</tbody></table></div>`}
  </section>`;
}

function historySection(tip: Tip): TemplateResult {
  const history = tip.history ?? [];
  const extensions = tip.extensions ?? [];
  return html`<section class="tip-section" aria-labelledby="tip-history-title">
    <h4 id="tip-history-title">${t('tips.detail.history')}</h4>
    <div class="table-wrap"><table class="tips-table" id="tip-history">
      <thead><tr><th scope="col">${t('tips.detail.historyAt')}</th><th scope="col">${t('tips.detail.historyStep')}</th>
        <th scope="col">${t('tips.detail.historyStatus')}</th><th scope="col">${t('tips.detail.historyBy')}</th>
        <th scope="col">${t('tips.detail.historyNote')}</th></tr></thead>
      <tbody>${history.map((c) => html`<tr>
        <td class="nowrap">${c.at ? formatDateTime(c.at) : ''}</td>
        <td class="nowrap">${specified(c.step) ? t('tips.step.' + c.step) : t('tips.none')}</td>
        <td class="nowrap">${specified(c.fromStatus) ? html`${statusBadge(c.fromStatus)} → ` : nothing}${statusBadge(c.toStatus)}</td>
        <td>${c.actor}${c.actorUnit ? html`<div class="sub code">${c.actorUnit}</div>` : nothing}</td>
        <td class="note">${c.note ?? ''}</td></tr>`)}</tbody></table></div>
    ${extensions.length ? html`<h5>${t('tips.detail.extensions')}</h5>
      <ul class="plain" id="tip-extensions">${extensions.map((e) => html`<li>
        <strong>${t('tips.detail.extensionN', { n: e.number ?? 0 })}</strong> — ${e.until ? formatDate(e.until) : ''}: ${e.reason}
        ${e.procuracyApproval ? html`<div class="sub">${t('tips.detail.approval', { approver: e.procuracyApproval.approver ?? '',
          document: e.procuracyApproval.documentNumber ?? '',
          day: e.procuracyApproval.documentDate ? formatDate(e.procuracyApproval.documentDate) : '' })}</div>` : nothing}
      </li>`)}</ul>` : nothing}
  </section>`;
}

// ---- handling

interface ActionSpec {
  id: string;
  title: string;
  hint?: string;
  fields: TemplateResult;
  submitLabel: string;
  /** Server fields with a control in this form (others go to its alert). */
  placed: readonly string[];
  /** The request, or the errors to fix before sending. */
  request: () => { body: unknown; local: LocalError[] };
  path: string;
  flash: string;
  reset: () => void;
  /** Ask to confirm before sending (a decision cannot be changed). */
  confirm?: boolean;
  open?: boolean;
}

/** One action on the tip: a collapsible form, its alert, its submit button and, for decisions, a confirmation. */
function actionForm(state: DetailState, form: FormState, spec: ActionSpec): TemplateResult {
  const redraw = shell.redraw;
  const focus = (): void => {
    const element = document.getElementById(spec.id);
    if (element) {
      focusFirstInvalid(element);
    }
  };
  const checked = (): unknown => {
    const { body, local } = spec.request();
    form.local = local.map(([name, key]) => localError(name, key));
    if (local.length) {
      form.errors = [];
      form.failure = null;
      redraw();
      focus();
      return null;
    }
    return body;
  };
  const send = async (body: unknown): Promise<void> => {
    state.flash = null;
    const result = await submit(form, spec.path, body, redraw);
    if (result.ok) {
      spec.reset();
      state.flash = spec.flash;
      void loadDetail(state);
    } else {
      focus();
    }
  };
  const onSubmit = (event: Event): void => {
    event.preventDefault();
    const body = checked();
    if (body === null) {
      return;
    }
    if (spec.confirm) {
      state.confirming = true;
      redraw();
      document.getElementById(spec.id + '-confirm-yes')?.focus();
      return;
    }
    void send(body);
  };
  const confirmBox = spec.confirm && state.confirming ? html`<div class="confirm" id=${spec.id + '-confirm'} role="group"
      aria-labelledby=${spec.id + '-confirm-text'}>
      <p id=${spec.id + '-confirm-text'}>${t('tips.action.confirm')}</p>
      <button type="button" class="button primary" id=${spec.id + '-confirm-yes'} ?disabled=${form.sending} @click=${() => {
        const body = checked();
        state.confirming = false;
        if (body !== null) {
          void send(body);
        }
      }}>${t('tips.action.confirmYes')}</button>
      <button type="button" class="button secondary" id=${spec.id + '-confirm-no'} @click=${() => {
        state.confirming = false;
        redraw();
        document.getElementById(spec.id + '-submit')?.focus();
      }}>${t('tips.cancel')}</button>
    </div>` : nothing;
  const details = html`<details class="action" id=${spec.id + '-details'} ?open=${spec.open}>
    <summary id=${spec.id + '-toggle'}>${spec.title}</summary>
    <form class="tips-form compact" id=${spec.id} novalidate @submit=${onSubmit}>
      ${spec.hint ? html`<p class="hint">${spec.hint}</p>` : nothing}
      <div class="grid">${spec.fields}</div>
      ${alert(form, spec.id + '-message', spec.placed)}
      <div class="actions" ?hidden=${spec.confirm && state.confirming}>${submitButton(spec.id + '-submit', form, spec.submitLabel)}</div>
      ${confirmBox}
    </form>
  </details>`;
  return details;
}

function extendForm(state: DetailState, tip: Tip, number: number): TemplateResult {
  const form = state.extend;
  const second = number === 2 ? html`
    ${input(form, { id: 'extend-approver', name: 'approver', field: 'procuracy_approval.approver', label: t('tips.action.approver') })}
    ${input(form, { id: 'extend-document-number', name: 'documentNumber', field: 'procuracy_approval.document_number',
      label: t('tips.action.documentNumber') })}
    ${input(form, { id: 'extend-document-date', name: 'documentDate', field: 'procuracy_approval.document_date',
      label: t('tips.action.documentDate'), hint: t('tips.dateHint') }, { inputmode: 'numeric' })}` : nothing;
  return actionForm(state, form, {
    id: 'extend-form', title: t('tips.action.extend'),
    hint: t(number === 1 ? 'tips.action.extendHint1' : 'tips.action.extendHint2'),
    fields: html`
      ${input(form, { id: 'extend-until', name: 'until', field: 'until', label: t('tips.action.until'),
        hint: t('tips.action.untilHint') }, { inputmode: 'numeric' })}
      ${textarea(form, { id: 'extend-reason', name: 'reason', field: 'reason', label: t('tips.action.reason'), wide: true })}
      ${second}`,
    submitLabel: t('tips.action.extendSubmit'),
    placed: ['until', 'reason', 'procuracy_approval'],
    request: () => extendRequest(form.values as unknown as ExtendValues, number),
    path: `/api/v1/tips/${encodeURIComponent(tip.id ?? '')}:extend`,
    flash: 'tips.detail.updated',
    reset: () => { state.extend = newExtend(); },
  });
}

function decideForm(state: DetailState, tip: Tip): TemplateResult {
  const form = state.decide;
  const v = form.values;
  const redraw = shell.redraw;
  let group: TemplateResult | typeof nothing = nothing;
  if (v.kind === 'prosecute') {
    if (!articles) {
      group = html`<p class="muted wide">${t('common.loading')}</p>`;
    } else if (!articles.ok) {
      group = failure(articles, 'decide-articles-error');
    } else {
      if (!v.article && articles.body.length) {
        v.article = String(articles.body[0].number);
      }
      const chosen = article(articles.body, Number(v.article));
      group = html`
        ${select(form, { id: 'decide-article', name: 'article', field: 'prosecute.penal_code_article',
          label: t('tips.action.article'), wide: true }, articles.body.map((a) => ({ value: String(a.number),
          label: t('tips.action.articleN', { n: a.number, name: pick(a.vi, a.en) }) })), () => { v.clause = '1'; redraw(); })}
        ${select(form, { id: 'decide-clause', name: 'clause', field: 'prosecute.clause', label: t('tips.action.clause') },
          (chosen?.clauses ?? []).map((_, i) => ({ value: String(i + 1), label: t('tips.action.clauseN', { n: i + 1 }) })))}
        ${input(form, { id: 'decide-lead-unit', name: 'leadUnit', field: 'prosecute.lead_unit', label: t('tips.action.leadUnit'),
          hint: t('tips.action.leadUnitHint') }, { list: 'tip-units' })}
        ${input(form, { id: 'decide-case-title', name: 'caseTitle', field: 'prosecute.case_title',
          label: t('tips.action.caseTitle'), wide: true })}`;
    }
  } else if (v.kind === 'notProsecute') {
    group = html`
      ${select(form, { id: 'decide-ground', name: 'ground', field: 'not_prosecute.ground', label: t('tips.action.ground'),
        wide: true }, [{ value: '', label: t('tips.choose') },
        ...NON_PROSECUTION_GROUND.map((g) => ({ value: g, label: t('tips.ground.' + g) }))])}
      ${textarea(form, { id: 'decide-reasons', name: 'reasons', field: 'not_prosecute.reasons', label: t('tips.action.reasons'),
        wide: true })}`;
  } else if (v.kind === 'suspend') {
    group = html`
      ${select(form, { id: 'decide-suspension-ground', name: 'suspensionGround', field: 'suspend.ground',
        label: t('tips.action.suspensionGround'), wide: true }, [{ value: '', label: t('tips.choose') },
        ...SUSPENSION_GROUND.map((g) => ({ value: g, label: t('tips.suspension.' + g) }))])}
      ${textarea(form, { id: 'decide-note', name: 'note', field: 'suspend.note', label: t('tips.action.note'), wide: true }, 2)}`;
  }
  return actionForm(state, form, {
    id: 'decide-form', title: t('tips.action.decide'), hint: t('tips.action.decideHint'),
    fields: html`
      ${select(form, { id: 'decide-kind', name: 'kind', field: 'outcome', label: t('tips.action.kind'), wide: true }, [
        { value: '', label: t('tips.choose') }, { value: 'prosecute', label: t('tips.action.prosecute') },
        { value: 'notProsecute', label: t('tips.action.notProsecute') }, { value: 'suspend', label: t('tips.action.suspend') }],
        () => { state.confirming = false; form.local = []; redraw(); })}
      <div class="grid sub-grid wide">${group}</div>`,
    submitLabel: t('tips.action.decideSubmit'),
    placed: ['outcome', 'prosecute', 'not_prosecute', 'suspend'],
    request: () => decideRequest(v as unknown as DecideValues),
    path: `/api/v1/tips/${encodeURIComponent(tip.id ?? '')}:decide`,
    flash: 'tips.detail.updated',
    reset: () => { state.decide = newDecide(); state.confirming = false; },
    confirm: true,
  });
}

function resumeForm(state: DetailState, tip: Tip): TemplateResult {
  const form = state.resume;
  return actionForm(state, form, {
    id: 'resume-form', title: t('tips.action.resume'), hint: t('tips.action.resumeHint'),
    fields: textarea(form, { id: 'resume-note', name: 'note', field: 'note', label: t('tips.action.resumeNote'), wide: true }, 2),
    submitLabel: t('tips.action.resumeSubmit'),
    placed: ['note'],
    request: () => ({ body: { note: form.values.note.trim() }, local: [] }),
    path: `/api/v1/tips/${encodeURIComponent(tip.id ?? '')}:resume`,
    flash: 'tips.detail.updated',
    reset: () => { state.resume = newForm({ note: '' }); },
  });
}

function notifyForm(state: DetailState, tip: Tip): TemplateResult {
  const form = state.notify;
  return actionForm(state, form, {
    id: 'notify-form', title: t('tips.action.notify'),
    fields: input(form, { id: 'notify-document-number', name: 'documentNumber', field: 'document_number',
      label: t('tips.action.notifyDocument') }),
    submitLabel: t('tips.action.notifySubmit'),
    placed: ['document_number', 'notified_at'],
    request: () => {
      const number = form.values.documentNumber.trim();
      return { body: number ? { documentNumber: number } : {}, local: [] };
    },
    path: `/api/v1/tips/${encodeURIComponent(tip.id ?? '')}:notify-procuracy`,
    flash: 'tips.detail.updated',
    reset: () => { state.notify = newForm({ documentNumber: '' }); },
  });
}

function actionsSection(state: DetailState, tip: Tip): TemplateResult {
  const me = user();
  const offer = offerFor(tip, me);
  const open = isOpen(tip.status);
  return html`<section class="tip-section" id="tip-actions" aria-labelledby="tip-actions-title">
    <h4 id="tip-actions-title">${t('tips.action.title')}</h4>
    ${!open && tip.status !== 'SUSPENDED' ? html`<p class="muted">${t('tips.action.noneAllowed')}</p>`
      : !may.decide(me) ? html`<p class="muted">${t('tips.action.noRights')}</p>` : nothing}
    <div class="action-forms">
      ${offer.extension ? extendForm(state, tip, offer.extension) : nothing}
      ${offer.decide ? decideForm(state, tip) : nothing}
      ${offer.resume ? resumeForm(state, tip) : nothing}
      ${offer.notify ? notifyForm(state, tip) : nothing}
    </div>
    ${may.proposeReward(me) ? html`<p><a class="button" id="tip-propose-reward" href=${'#/rewards/new/' + tip.id}>
      ${t('tips.action.proposeReward')}</a></p>` : nothing}
  </section>`;
}

function messagesSection(state: DetailState, tip: Tip): TemplateResult | typeof nothing {
  const result = state.messages;
  if (!result) {
    return nothing;
  }
  let body: TemplateResult;
  if (!result.ok) {
    body = failure(result, 'tip-messages-message');
  } else if (!result.body?.trackingCode) {
    body = html`<p class="muted">${t('tips.messages.notPublic')}</p>`;
  } else {
    const messages = result.body.messages ?? [];
    const form = state.reply;
    body = html`<p class="hint">${t('tips.messages.tracking', { code: result.body.trackingCode })}</p>
      ${messages.length === 0 ? html`<p class="muted">${t('tips.messages.empty')}</p>`
        : html`<ol class="thread" id="tip-thread">${messages.map((m) => html`<li class=${'bubble '
          + (m.author === 'OFFICER' ? 'officer' : 'tipster')}>
          <p class="meta"><strong>${t(m.author === 'OFFICER' ? 'tips.messages.officer' : 'tips.messages.tipster')}</strong>${m.officer
            ? ' — ' + m.officer : ''} · ${m.at ? formatDateTime(m.at) : ''}</p>
          <p class="text">${m.text}</p></li>`)}</ol>`}
      ${may.reply(user()) ? actionForm(state, form, {
        id: 'reply-form', title: t('tips.messages.reply'), hint: t('tips.messages.replyHint'),
        fields: textarea(form, { id: 'reply-text', name: 'text', field: 'text', label: t('tips.messages.reply'), wide: true }),
        submitLabel: t('tips.messages.send'),
        placed: ['text'],
        request: () => {
          const text = form.values.text.trim();
          return text ? { body: { text }, local: [] } : { body: null, local: [['text', 'tips.required']] };
        },
        path: `/api/v1/tips/${encodeURIComponent(tip.id ?? '')}/messages`,
        flash: 'tips.messages.sent',
        reset: () => { state.reply = newForm({ text: '' }); },
        open: true,
      }) : nothing}`;
  }
  return html`<section class="tip-section" id="tip-messages" aria-labelledby="tip-messages-title">
    <h4 id="tip-messages-title">${t('tips.messages.title')}</h4>${body}</section>`;
}

export function detailView(state: DetailState): TemplateResult {
  const result = state.result;
  const back = html`<p class="back"><a href="#/tips">${t('tips.detail.back')}</a></p>`;
  if (!result) {
    return html`${back}<div id="tip-detail" aria-busy="true"><p class="muted">${t('common.loading')}</p></div>`;
  }
  if (!result.ok) {
    return html`${back}${result.status === 404 ? html`<p class="tips-alert" role="alert" id="tip-message">
      ${t('common.notFound')}</p>` : failure(result, 'tip-message')}`;
  }
  const tip = result.body;
  return html`${back}${flashView(state.flash, 'tip-message')}
    <div id="tip-detail" aria-busy=${state.loading ? 'true' : nothing}>
      <div class="tip-head">
        <div>
          <h3 class="tips-title">${t('tips.detail.heading', { at: tip.receivedAt ? formatDateTime(tip.receivedAt) : '' })}</h3>
          <p class="muted code" id="tip-id">${tip.id}</p>
        </div>
        ${statusBadge(tip.status, 'tip-status')}
      </div>
      ${cards(tip)}
      ${factsSection(tip)}
      ${linkedSection(tip)}
      ${historySection(tip)}
      ${actionsSection(state, tip)}
      ${urgentHoldSection(tip)}
      ${messagesSection(state, tip)}
    </div>`;
}
