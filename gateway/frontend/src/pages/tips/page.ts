// Tin báo, tố giác: the list (#/tips), intake (#/tips/new), a tip's page (#/tips/<id>), the due-and-overdue view
// (#/tips/overdue) and the statistics (#/tips/statistics). The pages only offer what the user's roles may do;
// tip-service checks the token again. Reference data (modus operandi, units, Penal Code) is read from the services.
import { html, nothing, render, type TemplateResult } from 'lit';
import { get, type Result } from '../../shared/api';
import { formatDate, formatDateTime, formatMoney, todayInVietnam } from '../../shared/format';
import { addMessages, t } from '../../shared/i18n';
import type { Page } from '../../shared/page';
import type { ListOverdueTipsResponse, ListTipsResponse, Tip } from '../../generated/tip';
import { detailView, loadDetail, newDetail, type DetailState } from './detail';
import { intakeView, newIntake, type IntakeState } from './intake';
import { deadlineOf, excerpt, may, overdueDeadline } from './logic';
import { loadStatistics, newStatistics, statisticsPage, type StatisticsState } from './statistics';
import { deadlineView, failure, loadArticles, loadReferenceData, modusName, referenceReady, shell, statusBadge,
  unitList, user } from './view';
import vi from './vi.json';
import en from './en.json';

addMessages('tips', vi, en);

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const PAGE_SIZES = [20, 50, 100];
const OVERDUE_PAGE_SIZE = 50;

/** A paged list with a unit filter; request numbers drop a late answer to an older request. */
interface ListState<T> {
  unit: string;
  pageSize: string;
  applied: { unit: string; pageSize: number };
  tokens: string[];
  page: number;
  loading: boolean;
  result: Result<T> | null;
  request: number;
}

let host: HTMLElement | null = null;
let path: string[] = [];
let list: ListState<ListTipsResponse> | null = null;
let overdue: ListState<ListOverdueTipsResponse> | null = null;
let intake: IntakeState | null = null;
let detail: DetailState | null = null;
let statistics: StatisticsState | null = null;
/** A message for the next page: the tip's page after it was received. */
let flash: string | null = null;

shell.redraw = () => {
  if (host) {
    draw(host);
  }
};

function newList<T>(pageSize: number): ListState<T> {
  return { unit: '', pageSize: String(pageSize), applied: { unit: '', pageSize }, tokens: [''], page: 0, loading: true,
    result: null, request: 0 };
}

async function loadList<T extends { nextPageToken?: string }>(state: ListState<T>, apiPath: string): Promise<void> {
  const mine = ++state.request;
  state.loading = true;
  shell.redraw();
  const result = await get<T>(apiPath, { receivingUnit: state.applied.unit, pageSize: state.applied.pageSize,
    pageToken: state.tokens[state.page] });
  if (mine !== state.request) {
    return;
  }
  state.loading = false;
  state.result = result;
  if (result.ok) {
    state.tokens[state.page + 1] = result.body?.nextPageToken ?? '';
  }
  shell.redraw();
}

/** The filter above a list: form id, its unit field id-unit and its button id-apply. */
function unitFilter<T>(state: ListState<T>, ids: { form: string; unit: string; apply: string }, reload: () => void,
  extra: TemplateResult | typeof nothing = nothing): TemplateResult {
  const apply = (event: Event): void => {
    event.preventDefault();
    state.applied = { unit: state.unit.trim(), pageSize: Number(state.pageSize) };
    state.tokens = [''];
    state.page = 0;
    reload();
  };
  return html`<form class="tips-filters" id=${ids.form} @submit=${apply}>
    <div class="field"><label for=${ids.unit}>${t('tips.list.unit')}</label>
      <input id=${ids.unit} list="tip-units" .value=${state.unit} placeholder=${t('tips.list.unitPlaceholder')}
        autocomplete="off" spellcheck="false"
        @input=${(e: Event) => { state.unit = (e.target as HTMLInputElement).value; }}
        @change=${(e: Event) => { state.unit = (e.target as HTMLInputElement).value; }}></div>
    ${extra}
    <div class="field action"><button type="submit" class="button secondary" id=${ids.apply}>${t('tips.list.apply')}</button></div>
    ${unitList()}
  </form>`;
}

function pager<T>(state: ListState<T>, id: string, reload: () => void): TemplateResult | typeof nothing {
  const next = state.tokens[state.page + 1];
  if (state.page === 0 && !next) {
    return nothing;
  }
  const move = (delta: number) => (): void => {
    state.page += delta;
    reload();
  };
  return html`<div class="pager">
    <button type="button" class="button secondary" id=${id + '-previous'} ?disabled=${state.page === 0 || state.loading}
      @click=${move(-1)}>${t('tips.list.previous')}</button>
    <span class="muted">${t('tips.list.page', { n: state.page + 1 })}</span>
    <button type="button" class="button secondary" id=${id + '-next'} ?disabled=${!next || state.loading}
      @click=${move(1)}>${t('tips.list.next')}</button>
  </div>`;
}

// ---- the list

function tipsTable(tips: Tip[]): TemplateResult {
  const today = todayInVietnam();
  return html`<div class="table-wrap"><table class="tips-table" id="tips-table">
    <caption class="visually-hidden">${t('tips.list.caption')}</caption>
    <thead><tr><th scope="col">${t('tips.list.receivedAt')}</th><th scope="col">${t('tips.list.modus')}</th>
      <th scope="col" class="num">${t('tips.list.loss')}</th><th scope="col">${t('tips.list.status')}</th>
      <th scope="col">${t('tips.list.due')}</th></tr></thead>
    <tbody>${tips.map((tip) => html`<tr id=${'tips-row-' + tip.id} data-id=${tip.id ?? ''}>
      <td class="nowrap"><a href=${'#/tips/' + tip.id} class="tip-link" id=${'tip-link-' + tip.id}>${tip.receivedAt
        ? formatDateTime(tip.receivedAt) : tip.id}</a>
        <div class="sub">${tip.channel ? t('tips.channel.' + tip.channel) : ''}</div>
        <div class="sub code">${tip.receivingUnit}</div></td>
      <td><div class="strong">${modusName(tip.modusOperandi)}</div>
        ${tip.narrative ? html`<div class="sub excerpt">${excerpt(tip.narrative)}</div>` : nothing}</td>
      <td class="num nowrap">${formatMoney(tip.loss?.dong || '0')}</td>
      <td>${statusBadge(tip.status)}</td>
      <td class="nowrap">${tip.decisionDue ? formatDate(tip.decisionDue) : ''}
        <div class="sub">${deadlineView(deadlineOf(tip, today))}</div></td>
    </tr>`)}</tbody></table></div>`;
}

function listPage(state: ListState<ListTipsResponse>): TemplateResult {
  const reload = (): void => {
    void loadList(state, '/api/v1/tips');
  };
  const result = state.result;
  const tips = result?.ok ? result.body?.tips ?? [] : [];
  const size = html`<div class="field"><label for="tips-filter-size">${t('tips.list.pageSize')}</label>
    <select id="tips-filter-size" @change=${(e: Event) => { state.pageSize = (e.target as HTMLSelectElement).value; }}>
      ${PAGE_SIZES.map((n) => html`<option value=${String(n)} .selected=${String(n) === state.pageSize}>${n}</option>`)}
    </select></div>`;
  return html`
    <h3 class="tips-title">${t('tips.list.title')}</h3>
    ${unitFilter(state, { form: 'tips-filters', unit: 'tips-filter-unit', apply: 'tips-filter-apply' }, reload, size)}
    <div id="tips-results" aria-live="polite" aria-busy=${state.loading ? 'true' : nothing}>
      ${!result ? html`<p class="muted">${t('common.loading')}</p>`
        : !result.ok ? failure(result, 'tips-message')
        : tips.length === 0 ? html`<p class="empty">${t('tips.list.empty')}</p>` : tipsTable(tips)}
    </div>
    ${pager(state, 'tips', reload)}`;
}

// ---- due and overdue

function overduePage(state: ListState<ListOverdueTipsResponse>): TemplateResult {
  const reload = (): void => {
    void loadList(state, '/api/v1/tips:overdue');
  };
  const result = state.result;
  const rows = result?.ok ? result.body?.tips ?? [] : [];
  return html`
    <h3 class="tips-title">${t('tips.overdue.title')}</h3>
    <p class="tips-intro">${t('tips.overdue.intro')}</p>
    ${unitFilter(state, { form: 'tips-overdue-filters', unit: 'tips-overdue-unit', apply: 'tips-overdue-apply' }, reload)}
    <div id="tips-overdue" aria-live="polite" aria-busy=${state.loading ? 'true' : nothing}>
      ${!result ? html`<p class="muted">${t('common.loading')}</p>`
        : !result.ok ? failure(result, 'tips-overdue-message')
        : html`<p class="muted">${t('tips.overdue.asOf', { day: result.body?.today ? formatDate(result.body.today) : '' })}</p>
          ${rows.length === 0 ? html`<p class="empty">${t('tips.overdue.empty')}</p>`
            : html`<div class="table-wrap"><table class="tips-table" id="tips-overdue-table">
              <caption class="visually-hidden">${t('tips.overdue.caption')}</caption>
              <thead><tr><th scope="col">${t('tips.overdue.due')}</th><th scope="col">${t('tips.overdue.notification')}</th>
                <th scope="col">${t('tips.list.receivedAt')}</th><th scope="col">${t('tips.list.modus')}</th>
                <th scope="col">${t('tips.list.status')}</th></tr></thead>
              <tbody>${rows.map((o) => html`<tr id=${'tips-overdue-row-' + o.tipId}>
                <td class="nowrap"><strong>${o.decisionDue ? formatDate(o.decisionDue) : ''}</strong>
                  <div>${deadlineView(overdueDeadline(o.daysLeft, o.decisionOverdue))}</div>
                  ${o.extendedUntil ? html`<div class="sub">${t('tips.overdue.extended')}</div>` : nothing}</td>
                <td class="nowrap">${o.notificationOverdue
                  ? html`<span class="deadline overdue">${t('tips.overdue.notificationLate',
                    { day: o.notificationDue ? formatDate(o.notificationDue) : '' })}</span>`
                  : html`<span class="muted">${t('tips.overdue.notificationOk')}</span>`}</td>
                <td class="nowrap"><a href=${'#/tips/' + o.tipId} class="tip-link">${o.receivedAt
                  ? formatDateTime(o.receivedAt) : o.tipId}</a><div class="sub code">${o.receivingUnit}</div></td>
                <td>${modusName(o.modusOperandi)}</td>
                <td>${statusBadge(o.status)}</td></tr>`)}</tbody></table></div>`}`}
    </div>
    ${pager(state, 'tips-overdue', reload)}`;
}

// ---- the section

type Tab = 'list' | 'new' | 'overdue' | 'statistics';

function tabs(current: Tab | null): TemplateResult {
  const me = user();
  const entries: [Tab, string, boolean][] = [['list', '#/tips', true], ['new', '#/tips/new', may.receive(me)],
    ['overdue', '#/tips/overdue', may.seeOverdue(me)], ['statistics', '#/tips/statistics', true]];
  return html`<nav class="tips-tabs" aria-label=${t('tips.tabsLabel')}>
    ${entries.filter(([, , allowed]) => allowed).map(([id, href]) => html`<a id=${'tips-tab-' + id} href=${href}
      aria-current=${id === current ? 'page' : nothing}>${t('tips.tab.' + id)}</a>`)}
  </nav>`;
}

function notAllowed(): TemplateResult {
  return html`<p class="tips-alert" role="alert">${t('common.notAllowed')}</p>`;
}

function draw(target: HTMLElement): void {
  const [first] = path;
  const me = user();
  let current: Tab | null = null;
  let body: TemplateResult;
  if (!referenceReady()) {
    body = html`<p class="muted" aria-busy="true">${t('common.loading')}</p>`;
  } else if (!first && list) {
    current = 'list';
    body = listPage(list);
  } else if (first === 'new') {
    current = 'new';
    body = may.receive(me) && intake ? intakeView(intake, (tip) => {
      intake = null;
      flash = 'tips.form.created';
      location.hash = '#/tips/' + tip.id;
    }) : notAllowed();
  } else if (first === 'overdue') {
    current = 'overdue';
    body = may.seeOverdue(me) && overdue ? overduePage(overdue) : notAllowed();
  } else if (first === 'statistics' && statistics) {
    current = 'statistics';
    body = statisticsPage(statistics);
  } else if (UUID.test(first ?? '') && detail) {
    body = detailView(detail);
  } else {
    body = html`<p class="tips-alert" role="alert">${t('common.notFound')}</p>`;
  }
  render(html`<div class="tips">${tabs(current)}${body}</div>`, target);
}

/** Starts what the route needs when it is entered (not on a mere redraw or language switch). */
function enter(): void {
  const [first] = path;
  const me = user();
  loadReferenceData();
  if (!first) {
    list ??= newList(PAGE_SIZES[0]); // the filter and page stay while the user is in the section
    void loadList(list, '/api/v1/tips');
  } else if (first === 'new') {
    intake ??= may.receive(me) ? newIntake() : null;
  } else if (first === 'overdue') {
    if (may.seeOverdue(me)) {
      overdue ??= newList(OVERDUE_PAGE_SIZE);
      void loadList(overdue, '/api/v1/tips:overdue');
    }
  } else if (first === 'statistics') {
    if (!statistics) {
      statistics = newStatistics();
    }
    void loadStatistics(statistics);
  } else if (UUID.test(first)) {
    if (detail) {
      detail.alive = false;
    }
    detail = newDetail(first.toLowerCase(), flash);
    flash = null;
    if (may.decide(me)) {
      loadArticles();
    }
    void loadDetail(detail);
  }
}

export const page: Page = {
  render(target, route, context) {
    const section = route.join('/');
    const changed = host !== target || section !== path.join('/');
    if (host !== target) {
      // a fresh visit to the section: lists and forms start again
      list = null;
      overdue = null;
      statistics = null;
      intake = null;
    }
    host = target;
    shell.context = context;
    path = route;
    if (changed) {
      enter();
    }
    draw(target);
  },
};
