// Vụ án: the cases in the caller's scope (#/cases), opening one (#/cases/new) and a case's page (#/cases/<id>) with
// its stage, investigation time limit, history, the moves the caller's role owns, the case's freeze requests and its
// money trail (drawn as a graph, with each account's figures and leads; the next freeze request one click away).
// case-service decides who sees and does what; the page offers only what the roles may ask for.
import { html, nothing, render, type TemplateResult } from 'lit';
import { failureText, get, getAll, type Problem, type Result } from '../../shared/api';
import { formatDate, formatDateTime, formatMoney, parseDate, todayInVietnam } from '../../shared/format';
import { addMessages, pick, t } from '../../shared/i18n';
import { hasAnyRole, type Page, type PageContext } from '../../shared/page';
import { allowedSections } from '../../shell/sections';
import type { Case, CaseEvent, CaseMove, ListCasesResponse, ListPenalCodeArticlesResponse, FreezeRequest, MoneyTrail, Stage,
  TrailAccount } from '../../generated/cases';
import type { ListUnitsResponse, Unit } from '../../generated/report';
import { freezeForm, freezeTable, newFreezeForm } from '../freeze/view';
import { alert, input, localError, newForm, select, submit, submitButton, textarea, type FormState } from './form';
import { drawTrailGraph, trailSection } from './trailView';
import { nextFreeze } from './trail';
import { article, articlesOf, deadlineState, investigating, leadUnitChoices, type Article,
  splitIds } from './logic';
import { loadRestitution, newRestitution, restitutionSection, type RestitutionState } from './restitution';
import vi from './vi.json';
import en from './en.json';

addMessages('cases', vi, en);

const PAGE_SIZE = 20;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

interface ListState {
  leadUnit: string;
  tipId: string;
  applied: { leadUnit: string; tipId: string };
  tokens: string[];
  page: number;
  loading: boolean;
  result: Result<ListCasesResponse> | null;
}

interface DetailState {
  id: string;
  loading: boolean;
  result: Result<Case> | null;
  freeze: Result<FreezeRequest[]> | null;
  trail: Result<MoneyTrail> | null;
  flash: string | null;
  move: FormState;
  extension: FormState;
  decision: FormState;
  freezeForm: FormState;
  restitution: RestitutionState;
}

let host: HTMLElement | null = null;
let context: PageContext;
let path: string[] = [];
let units: Unit[] | null = null;
let unitsLoading = false;
let list: ListState | null = null;
let opening: FormState | null = null;
let detail: DetailState | null = null;

function redraw(): void {
  if (host) {
    draw(host);
  }
}

/** The Penal Code as case-service decides with it, read once per visit of the section. */
let articles: Result<Article[]> | null = null;
let articlesLoading = false;

function loadArticles(): void {
  if (articles || articlesLoading) {
    return;
  }
  articlesLoading = true;
  void get<ListPenalCodeArticlesResponse>('/api/v1/cases/penal-code').then((result) => {
    articlesLoading = false;
    articles = result.ok ? { ok: true, status: result.status, body: articlesOf(result.body) } : result;
    if (opening && !opening.values.article && articles.ok && articles.body.length > 0) {
      opening.values.article = String(articles.body[0].number);
    }
    redraw();
  });
}

function knownArticles(): Article[] {
  return articles?.ok ? articles.body : [];
}

function loadUnits(): void {
  if (units || unitsLoading) {
    return;
  }
  unitsLoading = true;
  void get<ListUnitsResponse>('/api/v1/units', { asOf: todayInVietnam() }).then((result) => {
    unitsLoading = false;
    units = result.ok ? result.body?.units ?? [] : [];
    redraw();
  });
}

function unitName(code: string | undefined): string {
  const unit = units?.find((u) => u.code === code);
  return unit ? pick(unit.nameVi, unit.nameEn) : code ?? '';
}

function unitCell(code: string | undefined): TemplateResult {
  const name = unitName(code);
  return name && name !== code ? html`${name} <span class="code">${code}</span>` : html`<span class="code">${code}</span>`;
}

const mayOpen = (): boolean => hasAnyRole(context.user, 'investigator', 'police-leader');
const seesFreeze = (): boolean => hasAnyRole(context.user, 'investigator', 'police-leader', 'procurator');

// ---- the list

async function loadList(state: ListState): Promise<void> {
  state.loading = true;
  redraw();
  const result = await get<ListCasesResponse>('/api/v1/cases', {
    leadUnit: state.applied.leadUnit, tipId: state.applied.tipId, pageSize: PAGE_SIZE, pageToken: state.tokens[state.page],
  });
  if (list !== state) {
    return;
  }
  state.loading = false;
  state.result = result;
  if (result.ok) {
    state.tokens[state.page + 1] = result.body?.nextPageToken ?? '';
  }
  redraw();
}

function stageBadge(stage: Stage | undefined, id?: string): TemplateResult {
  const css: Record<Stage, string> = {
    INVESTIGATION: 'status-verifying', SUSPENDED: 'status-suspended', PROSECUTION: 'status-received',
    TRIAL: 'status-prosecuted', JUDGED: 'status-prosecuted', CLOSED: 'status-not-prosecuted', DROPPED: 'status-not-prosecuted',
  };
  return stage ? html`<span class=${'tip-badge ' + css[stage]} id=${id ?? nothing}>${t('cases.stage.' + stage)}</span>` : html``;
}

function offenceText(kase: Case): string {
  return t('cases.offence', { clause: kase.clause ?? 0, article: kase.penalCodeArticle ?? 0 });
}

function failure(result: { status: number; problem: Problem | null }, id: string): TemplateResult {
  return html`<p class="tips-alert" role="alert" id=${id}>${result.status === 404
    ? t('cases.notFound') : failureText(result.status, result.problem, t)}</p>`;
}

function listView(state: ListState): TemplateResult {
  const apply = (event: Event): void => {
    event.preventDefault();
    state.applied = { leadUnit: state.leadUnit.trim(), tipId: state.tipId.trim() };
    state.tokens = [''];
    state.page = 0;
    void loadList(state);
  };
  const page = (delta: number) => (): void => {
    state.page += delta;
    void loadList(state);
  };
  const result = state.result;
  const cases = result?.ok ? result.body?.cases ?? [] : [];
  const choices = units ? leadUnitChoices(units, context.user.unit) : [];
  return html`
    <p class="tips-intro">${t('cases.list.intro')}</p>
    <form class="tips-filters" id="cases-filters" @submit=${apply}>
      <div class="field"><label for="cases-filter-unit">${t('cases.list.leadUnit')}</label>
        <input id="cases-filter-unit" list="cases-units" .value=${state.leadUnit} autocomplete="off"
          @input=${(e: Event) => { state.leadUnit = (e.target as HTMLInputElement).value; }}
          @change=${(e: Event) => { state.leadUnit = (e.target as HTMLInputElement).value; }}></div>
      <div class="field"><label for="cases-filter-tip">${t('cases.list.tipId')}</label>
        <input id="cases-filter-tip" .value=${state.tipId} autocomplete="off"
          @input=${(e: Event) => { state.tipId = (e.target as HTMLInputElement).value; }}
          @change=${(e: Event) => { state.tipId = (e.target as HTMLInputElement).value; }}></div>
      <div class="field action"><button class="button primary" id="cases-filter-apply" type="submit">
        ${t('cases.list.apply')}</button></div>
      <datalist id="cases-units">${choices.map((u) => html`<option value=${u.code ?? ''}>${pick(u.nameVi, u.nameEn)}</option>`)}</datalist>
    </form>
    <div id="cases-results" aria-busy=${state.loading ? 'true' : nothing}>
      ${!result ? html`<p class="muted">${t('common.loading')}</p>`
        : !result.ok ? failure(result, 'cases-list-error')
        : cases.length === 0 ? html`<p class="empty">${t('cases.list.empty')}</p>`
        : html`<div class="table-wrap"><table class="tips-table" id="cases-table">
          <caption class="sub">${t('cases.list.caption')}</caption>
          <thead><tr>
            <th scope="col">${t('cases.col.number')}</th><th scope="col">${t('cases.col.title')}</th>
            <th scope="col">${t('cases.col.offence')}</th><th scope="col">${t('cases.col.stage')}</th>
            <th scope="col">${t('cases.col.leadUnit')}</th><th scope="col">${t('cases.col.due')}</th>
            <th scope="col">${t('cases.col.openedAt')}</th>
          </tr></thead>
          <tbody>${cases.map((c) => html`<tr id=${'cases-row-' + c.id}>
            <td class="nowrap"><a class="tip-link" id=${'case-link-' + c.id} href=${'#/cases/' + c.id}>${c.number}</a></td>
            <td class="excerpt">${c.title}</td>
            <td class="nowrap">${offenceText(c)}</td>
            <td>${stageBadge(c.stage)}</td>
            <td>${unitCell(c.leadUnit)}</td>
            <td class="nowrap">${investigating(c.stage) && c.investigationDue ? formatDate(c.investigationDue) : '—'}</td>
            <td class="nowrap">${c.openedAt ? formatDateTime(c.openedAt) : ''}</td>
          </tr>`)}</tbody></table></div>`}
      <div class="pager">
        <button class="button subtle" type="button" id="cases-previous" ?disabled=${state.page === 0 || state.loading}
          @click=${page(-1)}>${t('cases.list.previous')}</button>
        <span>${t('cases.list.page', { n: state.page + 1 })}</span>
        <button class="button subtle" type="button" id="cases-next"
          ?disabled=${state.loading || !state.tokens[state.page + 1]} @click=${page(1)}>${t('cases.list.next')}</button>
      </div>
    </div>`;
}

// ---- opening a case

const OPEN_FIELDS = ['case.title', 'case.penal_code_article', 'case.clause', 'case.lead_unit', 'case.tip_ids'];

function openView(form: FormState): TemplateResult {
  const v = form.values;
  if (!articles) {
    return html`<p class="muted" id="case-form-loading">${t('common.loading')}</p>`;
  }
  if (!articles.ok) {
    return failure(articles, 'case-form-error');
  }
  const chosen = article(articles.body, Number(v.article));
  const choices = units ? leadUnitChoices(units, context.user.unit) : [];
  const send = async (event: Event): Promise<void> => {
    event.preventDefault();
    const tipIds = splitIds(v.tipIds);
    const bad = tipIds.findIndex((id) => !UUID.test(id));
    if (bad >= 0) {
      form.local = [localError('case.tip_ids', 'cases.open.tipIdsInvalid')];
      form.errors = [];
      form.failure = null;
      redraw();
      return;
    }
    const body = {
      title: v.title.trim(), penalCodeArticle: Number(v.article), clause: Number(v.clause), leadUnit: v.leadUnit.trim(),
      tipIds,
    };
    const result = await submit<Case>(form, '/api/v1/cases', body, redraw);
    if (result.ok && result.body?.id) {
      opening = null;
      detail = null;
      pendingFlash = 'cases.flash.opened';
      location.hash = '#/cases/' + result.body.id;
    }
  };
  const clauses = (chosen?.clauses ?? []).map((clause, i) => ({
    value: String(i + 1),
    label: t('cases.open.clauseN', { n: i + 1, category: t('cases.category.' + clause.category), months: clause.months }),
  }));
  return html`
    <p class="tips-intro">${t('cases.open.intro')}</p>
    <form class="tips-form" id="case-form" novalidate @submit=${send}>
      ${alert(form, 'case-form-message', OPEN_FIELDS)}
      <fieldset><legend>${t('cases.open.offence')}</legend><div class="grid">
        ${select(form, { id: 'case-article', name: 'article', field: 'case.penal_code_article', label: t('cases.open.article'),
          wide: true }, articles.body.map((a) => ({ value: String(a.number), label: t('cases.open.articleN',
            { n: a.number, name: pick(a.vi, a.en) }) })), () => { v.clause = '1'; redraw(); })}
        ${select(form, { id: 'case-clause', name: 'clause', field: 'case.clause', label: t('cases.open.clause'), wide: true },
          clauses)}
      </div></fieldset>
      <fieldset><legend>${t('cases.open.case')}</legend><div class="grid">
        ${textarea(form, { id: 'case-title', name: 'title', field: 'case.title', label: t('cases.open.title'),
          hint: t('cases.open.titleHint'), wide: true }, 2)}
        ${input(form, { id: 'case-lead-unit', name: 'leadUnit', field: 'case.lead_unit', label: t('cases.open.leadUnit'),
          hint: t('cases.open.leadUnitHint', { unit: context.user.unit }) }, { list: 'case-lead-units' })}
        ${textarea(form, { id: 'case-tip-ids', name: 'tipIds', field: 'case.tip_ids', label: t('cases.open.tipIds'),
          hint: t('cases.open.tipIdsHint') }, 2)}
      </div></fieldset>
      <datalist id="case-lead-units">${choices.map((u) => html`<option value=${u.code ?? ''}>${pick(u.nameVi, u.nameEn)}</option>`)}</datalist>
      <div class="actions">${submitButton('case-submit', form, t('cases.open.submit'))}</div>
    </form>`;
}

// ---- a case

let pendingFlash: string | null = null;

async function loadDetail(state: DetailState): Promise<void> {
  state.loading = true;
  redraw();
  const [kase, freeze, trail] = await Promise.all([
    get<Case>('/api/v1/cases/' + encodeURIComponent(state.id)),
    seesFreeze()
      ? getAll<FreezeRequest>('/api/v1/cases/freeze-requests', { caseId: state.id },
        (page) => page.freezeRequests as FreezeRequest[])
      : Promise.resolve(null),
    get<MoneyTrail>('/api/v1/cases/' + encodeURIComponent(state.id) + '/trail'),
    loadRestitution(state.restitution, context.user),
  ]);
  if (detail !== state) {
    return;
  }
  state.loading = false;
  state.result = kase;
  state.freeze = freeze;
  state.trail = trail;
  redraw();
}

function newDetail(id: string): DetailState {
  const today = formatDate(todayInVietnam());
  const step = (): FormState => newForm({ move: '', reason: '', documentNumber: '', documentDate: today, court: '',
    months: '', approve: 'true' });
  return { id, loading: true, result: null, freeze: null, trail: null, flash: null, move: step(), extension: step(), decision: step(),
    freezeForm: newFreezeForm(), restitution: newRestitution(id) };
}

function deadlineText(kase: Case, today: string): TemplateResult {
  if (!investigating(kase.stage) || !kase.investigationDue) {
    return html`<p class="deadline done" id="case-deadline-state">${t('cases.detail.notRunning')}</p>`;
  }
  const state = deadlineState(today, kase.investigationDue);
  const text = state.kind === 'today' ? t('cases.deadline.today')
    : t('cases.deadline.' + state.kind, { n: state.days });
  const css = state.kind === 'overdue' ? 'overdue' : state.kind === 'ok' ? 'ok' : 'soon';
  return html`<p class=${'deadline ' + css} id="case-deadline-state">${text}</p>`;
}

function eventText(e: CaseEvent): string {
  return e.kind === 'MOVED' && e.move ? t('cases.move.' + e.move) : t('cases.event.' + (e.kind ?? 'MOVED'));
}

function historyTable(kase: Case): TemplateResult {
  const events = kase.history ?? [];
  return html`<div class="table-wrap"><table class="tips-table" id="case-history">
    <caption class="sub">${t('cases.history.caption')}</caption>
    <thead><tr><th scope="col">${t('cases.history.at')}</th><th scope="col">${t('cases.history.step')}</th>
      <th scope="col">${t('cases.history.stage')}</th><th scope="col">${t('cases.history.document')}</th>
      <th scope="col">${t('cases.history.by')}</th><th scope="col">${t('cases.history.reason')}</th></tr></thead>
    <tbody>
      <tr><td class="nowrap">${kase.openedAt ? formatDateTime(kase.openedAt) : ''}</td><td>${t('cases.history.opened')}</td>
        <td>${t('cases.stage.INVESTIGATION')}</td><td></td>
        <td>${kase.audit?.createdBy}<p class="sub">${unitName(kase.leadUnit)}</p></td><td>${offenceText(kase)}</td></tr>
      ${events.map((e, i) => html`<tr id=${'case-event-' + i}>
        <td class="nowrap">${e.at ? formatDateTime(e.at) : ''}</td>
        <td>${eventText(e)}${e.months ? html`<p class="sub">${t('cases.history.months', { n: e.months })}</p>` : nothing}
          ${e.courtUnit ? html`<p class="sub">${unitName(e.courtUnit)}</p>` : nothing}
          ${e.bank && e.amount ? html`<p class="sub release-entry">${t('cases.history.release',
            { amount: formatMoney(e.amount.dong ?? 0), bank: unitName(e.bank) })}</p>` : nothing}
          ${e.releasedAt ? html`<p class="sub">${t('cases.history.releasedAt', { at: formatDateTime(e.releasedAt) })}</p>`
            : nothing}</td>
        <td class="nowrap">${e.fromStage && e.toStage && e.fromStage !== e.toStage
          ? `${t('cases.stage.' + e.fromStage)} → ${t('cases.stage.' + e.toStage)}` : e.toStage ? t('cases.stage.' + e.toStage) : ''}</td>
        <td class="nowrap">${e.documentNumber ? html`<span class="strong">${e.documentNumber}</span>` : nothing}
          ${e.documentDate ? html`<p class="sub">${formatDate(e.documentDate)}</p>` : nothing}</td>
        <td>${e.actor}<p class="sub">${unitName(e.actorUnit)}</p></td>
        <td class="note">${e.reason}</td></tr>`)}
    </tbody></table></div>`;
}

/** The fields every step carries: reason, decision number and date. */
function stepFields(form: FormState, prefix: string): TemplateResult {
  return html`
    ${input(form, { id: prefix + '-document-number', name: 'documentNumber', field: 'document_number',
      label: t('cases.step.documentNumber'), hint: t('cases.step.documentNumberHint') })}
    ${input(form, { id: prefix + '-document-date', name: 'documentDate', field: 'document_date',
      label: t('cases.step.documentDate'), hint: t('cases.step.dateHint') })}
    ${textarea(form, { id: prefix + '-reason', name: 'reason', field: 'reason', label: t('cases.step.reason'), wide: true })}`;
}

const STEP_FIELDS = ['reason', 'document_number', 'document_date'];

/** Sends a step of the case; a date that is no real day is refused before sending. */
async function sendStep(state: DetailState, form: FormState, action: string, extra: Record<string, unknown>,
  flash: string): Promise<void> {
  state.flash = null;
  const day = parseDate(form.values.documentDate);
  if (!day) {
    form.local = [localError('document_date', 'cases.step.dateInvalid')];
    form.errors = [];
    form.failure = null;
    redraw();
    return;
  }
  const body = { ...extra, reason: form.values.reason.trim(), documentNumber: form.values.documentNumber.trim(),
    documentDate: day };
  const result = await submit<Case>(form, `/api/v1/cases/${encodeURIComponent(state.id)}:${action}`, body, redraw);
  if (result.ok) {
    const fresh = newDetail(state.id);
    state.move = fresh.move;
    state.extension = fresh.extension;
    state.decision = fresh.decision;
    state.flash = flash;
    void loadDetail(state);
  }
}

function actions(state: DetailState, kase: Case): TemplateResult {
  // the moves this user may make now, as case-service says (role, unit and stage): no copy of the rules here
  const moves: CaseMove[] = [...(kase.availableMoves ?? [])];
  const pending = kase.extensionRequestedMonths ?? 0;
  // how long the next extension may be, as case-service reads the Code (Art. 172(2), 174): no copy here
  const cap = kase.nextExtensionMaxMonths ?? 0;
  const mayRequest = investigating(kase.stage) && hasAnyRole(context.user, 'investigator', 'police-leader')
    && pending === 0 && cap > 0;
  const mayDecide = investigating(kase.stage) && hasAnyRole(context.user, 'procurator') && pending > 0;
  if (moves.length === 0 && !mayRequest && !mayDecide) {
    return html``;
  }
  const move = state.move;
  if (moves.length > 0 && !moves.includes(move.values.move as CaseMove)) {
    move.values.move = moves[0];
  }
  const courts = (units ?? []).filter((u) => u.kind === 'court');
  if (move.values.move === 'INDICT' && !move.values.court && courts.length > 0) {
    move.values.court = courts[0].code ?? '';
  }
  const months = (n: number): { value: string; label: string }[] =>
    Array.from({ length: n }, (_, i) => ({ value: String(i + 1), label: t('cases.history.months', { n: i + 1 }) }));
  if (mayRequest && !state.extension.values.months) {
    state.extension.values.months = String(cap);
  }
  if (mayDecide && !state.decision.values.months) {
    state.decision.values.months = String(Math.min(pending, cap || pending));
  }
  return html`<section class="tip-section" id="case-actions" aria-labelledby="case-actions-title">
    <h4 id="case-actions-title">${t('cases.actions.title')}</h4>
    ${moves.length > 0 ? html`<details class="action" id="move-form-details">
      <summary id="move-form-toggle">${t('cases.actions.move')}</summary>
      <form class="tips-form" id="move-form" novalidate @submit=${(e: Event) => {
        e.preventDefault();
        void sendStep(state, move, 'move', { move: move.values.move,
          courtUnit: move.values.move === 'INDICT' ? move.values.court : '' }, 'cases.flash.moved');
      }}>
        ${alert(move, 'move-form-message', [...STEP_FIELDS, 'move', 'court_unit'])}
        <div class="grid">
          ${select(move, { id: 'move-kind', name: 'move', field: 'move', label: t('cases.actions.moveKind'), wide: true },
            moves.map((m) => ({ value: m, label: `${t('cases.move.' + m)} → ${t('cases.stage.' + (movesTo[m]))}` })),
            redraw)}
          ${move.values.move === 'INDICT' ? select(move, { id: 'move-court', name: 'court', field: 'court_unit',
            label: t('cases.actions.court'), wide: true }, courts.map((c) => ({ value: c.code ?? '', label: pick(c.nameVi, c.nameEn) })))
            : nothing}
          ${stepFields(move, 'move')}
        </div>
        <div class="actions">${submitButton('move-form-submit', move, t('cases.actions.moveSubmit'))}</div>
      </form></details>` : nothing}
    ${mayRequest ? html`<details class="action" id="extension-form-details">
      <summary id="extension-form-toggle">${t('cases.actions.extension', { n: cap })}</summary>
      <form class="tips-form" id="extension-form" novalidate @submit=${(e: Event) => {
        e.preventDefault();
        void sendStep(state, state.extension, 'request-extension', { months: Number(state.extension.values.months) },
          'cases.flash.extensionRequested');
      }}>
        ${alert(state.extension, 'extension-form-message', [...STEP_FIELDS, 'months'])}
        <p class="hint">${t('cases.actions.extensionHint')}</p>
        <div class="grid">
          ${select(state.extension, { id: 'extension-months', name: 'months', field: 'months', label: t('cases.actions.months') },
            months(cap))}
          ${stepFields(state.extension, 'extension')}
        </div>
        <div class="actions">${submitButton('extension-form-submit', state.extension, t('cases.actions.extensionSubmit'))}</div>
      </form></details>` : nothing}
    ${mayDecide ? html`<details class="action" id="decision-form-details">
      <summary id="decision-form-toggle">${t('cases.actions.decide', { n: pending })}</summary>
      <form class="tips-form" id="decision-form" novalidate @submit=${(e: Event) => {
        e.preventDefault();
        const approve = state.decision.values.approve === 'true';
        void sendStep(state, state.decision, 'decide-extension',
          { approve, months: approve ? Number(state.decision.values.months) : 0 }, 'cases.flash.extensionDecided');
      }}>
        ${alert(state.decision, 'decision-form-message', [...STEP_FIELDS, 'months'])}
        <div class="grid">
          ${select(state.decision, { id: 'decision-approve', name: 'approve', field: 'approve', label: t('cases.actions.decision') },
            [{ value: 'true', label: t('cases.actions.approve') }, { value: 'false', label: t('cases.actions.refuse') }], redraw)}
          ${state.decision.values.approve === 'true' ? select(state.decision, { id: 'decision-months', name: 'months',
            field: 'months', label: t('cases.actions.months') }, months(Math.max(cap, 1))) : nothing}
          ${stepFields(state.decision, 'decision')}
        </div>
        <div class="actions">${submitButton('decision-form-submit', state.decision, t('cases.actions.decideSubmit'))}</div>
      </form></details>` : nothing}
  </section>`;
}

const movesTo: Record<CaseMove, Stage> = {
  SUSPEND_INVESTIGATION: 'SUSPENDED', RESUME_INVESTIGATION: 'INVESTIGATION', CONCLUDE_RECOMMEND_PROSECUTION: 'PROSECUTION',
  DROP_INVESTIGATION: 'DROPPED', RETURN_FOR_SUPPLEMENTARY_INVESTIGATION: 'INVESTIGATION', INDICT: 'TRIAL',
  DROP_PROSECUTION: 'DROPPED', PRONOUNCE_JUDGMENT: 'JUDGED', CLOSE: 'CLOSED',
};

function flagsText(kase: Case): string {
  const flags = kase.flags ?? {};
  const on = (['modelCase', 'mobileTrial', 'interProvincial', 'foreignElement'] as const).filter((f) => flags[f]);
  return on.length ? on.map((f) => t('cases.flag.' + f)).join(', ') : t('cases.flag.none');
}

function freezeSection(state: DetailState, kase: Case): TemplateResult {
  if (!state.freeze) {
    return html``;
  }
  const banks = (units ?? []).filter((u) => u.kind === 'bank');
  const link = allowedSections(context.user).includes('freeze');
  const open = !['CLOSED', 'DROPPED'].includes(kase.stage ?? '');
  return html`<section class="tip-section" id="case-freeze" aria-labelledby="case-freeze-title">
    <h4 id="case-freeze-title">${t('cases.freeze.title')}</h4>
    ${state.freeze.ok ? freezeTable('case-freeze-table', state.freeze.body, banks, { link, caseColumn: false })
      : failure(state.freeze, 'case-freeze-error')}
    ${mayOpen() && open ? html`<details class="action" id="freeze-form-details">
      <summary id="freeze-form-toggle">${t('cases.freeze.send')}</summary>
      ${freezeForm(state.freezeForm, kase.id ?? '', banks, redraw, () => {
        state.flash = 'cases.flash.freezeSent';
        void loadDetail(state);
      })}</details>` : nothing}
  </section>`;
}

function detailView(state: DetailState): TemplateResult {
  const result = state.result;
  if (!result) {
    return html`<p class="muted" id="case-loading">${t('common.loading')}</p>`;
  }
  if (!result.ok) {
    return failure(result, 'case-error');
  }
  const kase = result.body;
  const today = todayInVietnam();
  const offence = article(knownArticles(), kase.penalCodeArticle ?? 0);
  const tipsLinked = allowedSections(context.user).includes('tips');
  return html`<div id="case-detail" aria-busy=${state.loading ? 'true' : nothing}>
    ${state.flash ? html`<p class="tips-alert success" id="case-message" role="status">${t(state.flash)}</p>` : nothing}
    <div class="tip-head">
      <div><h3 class="tips-title" id="case-number">${kase.number}</h3><p id="case-title">${kase.title}</p></div>
      ${stageBadge(kase.stage, 'case-stage')}
    </div>
    <div class="tip-cards">
      <div class="tip-card"><p>${t('cases.detail.due')}</p>
        <p class="big" id="case-investigation-due">${investigating(kase.stage) && kase.investigationDue
          ? formatDate(kase.investigationDue) : '—'}</p>${deadlineText(kase, today)}</div>
      <div class="tip-card"><p>${t('cases.detail.limit')}</p>
        <p class="big" id="case-limit-phase">${t('cases.phase.' + (kase.limitPhase || 'ORIGINAL'))}</p>
        <p id="case-extensions">${t('cases.detail.extensions', { n: kase.extensionsGranted ?? 0 })}</p>
        ${kase.extensionRequestedMonths ? html`<p class="deadline soon" id="case-extension-pending">
          ${t('cases.detail.pending', { n: kase.extensionRequestedMonths })}</p>` : nothing}</div>
      <div class="tip-card"><p>${t('cases.detail.offence')}</p>
        <p class="big" id="case-offence">${offenceText(kase)}</p>
        <p>${offence ? pick(offence.vi, offence.en) : ''}</p>
        <p class="sub" id="case-category">${kase.category ? t('cases.category.' + kase.category) : ''}</p></div>
    </div>
    <dl class="facts" id="case-facts">
      <dt>${t('cases.detail.leadUnit')}</dt><dd id="case-lead-unit">${unitCell(kase.leadUnit)}</dd>
      <dt>${t('cases.detail.procuracy')}</dt><dd>${unitCell(kase.procuracyUnit)}</dd>
      ${kase.courtUnit ? html`<dt>${t('cases.detail.court')}</dt><dd id="case-court">${unitCell(kase.courtUnit)}</dd>` : nothing}
      <dt>${t('cases.detail.openedAt')}</dt><dd id="case-opened-at">${kase.openedAt ? formatDateTime(kase.openedAt) : ''}</dd>
      <dt>${t('cases.detail.openedBy')}</dt><dd>${kase.audit?.createdBy}</dd>
      <dt>${t('cases.detail.flags')}</dt><dd id="case-flags">${flagsText(kase)}</dd>
      <dt>${t('cases.detail.tips')}</dt><dd id="case-tips">${(kase.tipIds ?? []).length === 0 ? t('cases.detail.noTips')
        : html`<ul class="plain">${(kase.tipIds ?? []).map((id) => html`<li>${tipsLinked
          ? html`<a class="code" href=${'#/tips/' + id} id=${'case-tip-' + id}>${id}</a>` : html`<span class="code">${id}</span>`}</li>`)}</ul>`}</dd>
    </dl>
    <section class="tip-section" aria-labelledby="case-history-title">
      <h4 id="case-history-title">${t('cases.history.title')}</h4>
      ${historyTable(kase)}
    </section>
    ${actions(state, kase)}
    ${freezeSection(state, kase)}
    ${trailSection(state.trail, allowedSections(context.user).includes('cases'),
      mayOpen() && !['CLOSED', 'DROPPED'].includes(kase.stage ?? '') ? (a) => requestFor(state, a) : null,
      (r) => (r.ok ? html`` : failure(r, 'case-trail-error')))}
    ${restitutionSection(state.restitution, kase, state.freeze?.ok ? state.freeze.body : null, context.user, redraw,
      () => { void loadDetail(state); })}
  </div>`;
}

/** Fills the freeze request form with an account of the trail and opens it, for the investigator to check and send. */
function requestFor(state: DetailState, account: TrailAccount): void {
  const next = nextFreeze(account);
  if (!next) {
    return;
  }
  Object.assign(state.freezeForm.values, {
    bank: next.bank, accountNumber: next.accountNumber, layer: next.layer, amount: next.amount,
    reason: t('cases.trail.reason', { amount: formatMoney(next.amount), account: next.accountNumber }),
  });
  state.freezeForm.errors = [];
  state.freezeForm.local = [];
  state.freezeForm.failure = null;
  redraw();
  const details = host?.querySelector<HTMLDetailsElement>('#freeze-form-details');
  if (details) {
    details.open = true;
    details.scrollIntoView({ block: 'start' });
  }
}

// ---- the section

function tabs(current: 'list' | 'new' | 'detail'): TemplateResult {
  return html`<nav class="tips-tabs" aria-label=${t('cases.tabs')}>
    <a href="#/cases" id="cases-tab-list" aria-current=${current === 'list' ? 'page' : nothing}>${t('cases.tab.list')}</a>
    ${mayOpen() ? html`<a href="#/cases/new" id="cases-tab-new" aria-current=${current === 'new' ? 'page' : nothing}>
      ${t('cases.tab.new')}</a>` : nothing}
  </nav>`;
}

function draw(target: HTMLElement): void {
  const [first] = path;
  let body: TemplateResult;
  let current: 'list' | 'new' | 'detail';
  if (!first && list) {
    current = 'list';
    body = listView(list);
  } else if (first === 'new' && mayOpen() && opening) {
    current = 'new';
    body = openView(opening);
  } else if (UUID.test(first ?? '') && detail) {
    current = 'detail';
    body = detailView(detail);
  } else {
    current = 'list';
    body = html`<p class="tips-alert" role="alert">${t('common.notFound')}</p>`;
  }
  render(html`<div class="tips cases">${tabs(current)}${body}</div>`, target);
  drawTrailGraph(target, current === 'detail' && detail?.trail?.ok ? detail.trail.body : null);
}

/** Starts what the route needs the first time it is shown. */
function enter(): void {
  const [first] = path;
  loadUnits();
  loadArticles();
  if (!first) {
    if (!list) {
      list = { leadUnit: '', tipId: '', applied: { leadUnit: '', tipId: '' }, tokens: [''], page: 0, loading: true, result: null };
      void loadList(list);
    }
  } else if (first === 'new') {
    opening ??= newForm({ title: '', article: String(knownArticles()[0]?.number ?? ''), clause: '1', leadUnit: context.user.unit,
      tipIds: '' });
  } else if (UUID.test(first) && detail?.id !== first) {
    detail = newDetail(first);
    detail.flash = pendingFlash;
    pendingFlash = null;
    void loadDetail(detail);
  }
}

export const page: Page = {
  render(target, route, pageContext) {
    const section = route.join('/');
    const wasSection = path.join('/');
    if (host !== target) {
      list = null; // a fresh visit to the section asks again
      detail = null;
    } else if (section !== wasSection && !route[0]) {
      list = null; // back to the list: new cases may have been opened
    }
    host = target;
    context = pageContext;
    path = route;
    enter();
    draw(target);
  },
};
