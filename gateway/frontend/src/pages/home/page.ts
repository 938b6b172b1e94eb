// Tổng quan: what a police leader, a department head or the People's Committee needs at a glance, each within
// their rights (the services scope every figure to the caller's unit and roles). Every figure links to its list.
// A figure whose API does not exist yet says so; none is ever made up.
import { html, nothing, render, type TemplateResult } from 'lit';
import { get, getAll, type Result } from '../../shared/api';
import { formatDate, formatMoney, formatNumber, formatPercent, todayInVietnam } from '../../shared/format';
import { addMessages, locale, pick, t } from '../../shared/i18n';
import { hasAnyRole, type Page, type PageContext } from '../../shared/page';
import { allowedSections } from '../../shell/sections';
import type { ListBudgetLinesResponse } from '../../generated/budget';
import type { CaseStatistics, FreezeRequest } from '../../generated/cases';
import type { ListReportingPeriodsResponse, Report } from '../../generated/report';
import type { TipStatistics } from '../../generated/tip';
import { durationText } from '../freeze/view';
import { barChart } from './charts';
import { bankRows, budgetExecution, holds, moneyReturned, reportFigures, yearToDate, type BudgetExecution, type Holds,
  type ReportFigures } from './figures';
import vi from './vi.json';
import en from './en.json';

addMessages('home', vi, en);

type Loadable<T> =
  | { state: 'loading' }
  | { state: 'ok'; value: T }
  | { state: 'forbidden' }
  | { state: 'missing' }
  | { state: 'failed'; status: number; detailVi?: string; detailEn?: string };

interface Overview {
  today: string;
  tips?: Loadable<TipStatistics>;
  holds?: Loadable<Holds>;
  /** case-service's figures of the leader's unit: money returned and each bank's quick response. */
  banks?: Loadable<CaseStatistics>;
  reports?: Loadable<ReportFigures>;
  budget?: Loadable<BudgetExecution>;
}

let overview: Overview | null = null;
let shownIn: HTMLElement | null = null;
let redraw: () => void = () => undefined;

function loadable<T, U>(result: Result<T>, map: (body: T) => U): Loadable<U> {
  if (result.ok) {
    // An empty answer is an empty list or count (proto3 JSON leaves default values out).
    return { state: 'ok', value: map(result.body ?? ({} as T)) };
  }
  if (result.status === 403) {
    return { state: 'forbidden' };
  }
  if (result.status === 404 || result.status === 501) {
    return { state: 'missing' };
  }
  return { state: 'failed', status: result.status, detailVi: result.problem?.detailVi, detailEn: result.problem?.detailEn };
}

async function both<A, B>(a: Promise<Result<A>>, b: Promise<Result<B>>): Promise<Result<[A, B]>> {
  const [first, second] = await Promise.all([a, b]);
  if (!first.ok) {
    return first;
  }
  if (!second.ok) {
    return second;
  }
  return { ok: true, status: 200, body: [first.body, second.body] };
}

/** Which blocks the user's roles may see: the sections they use, and consolidated figures for those who read them. */
function blocksFor(context: PageContext): { tips: boolean; holds: boolean; banks: boolean; reports: boolean;
  budget: boolean; } {
  const sections = allowedSections(context.user);
  return {
    tips: sections.includes('tips') || hasAnyRole(context.user, 'reader-consolidated', 'auditor'),
    holds: sections.includes('freeze') || hasAnyRole(context.user, 'police-leader'),
    // the statistics of a police leader's own unit and those below it (case-service scopes them)
    banks: hasAnyRole(context.user, 'police-leader'),
    reports: sections.includes('reports'),
    budget: sections.includes('budget'),
  };
}

function load(context: PageContext): void {
  const today = todayInVietnam();
  const year = Number(today.slice(0, 4));
  const blocks = blocksFor(context);
  const state: Overview = { today };
  overview = state;
  const settle = <K extends keyof Overview>(key: K, value: Overview[K]): void => {
    if (overview === state) {
      state[key] = value;
      redraw();
    }
  };
  if (blocks.tips) {
    state.tips = { state: 'loading' };
    void get<TipStatistics>('/api/v1/tips/statistics', yearToDate(today))
      .then((result) => settle('tips', loadable(result, (body) => body)));
  }
  if (blocks.holds) {
    state.holds = { state: 'loading' };
    void getAll<FreezeRequest>('/api/v1/cases/freeze-requests', {}, (page) => page.freezeRequests as FreezeRequest[])
      .then((result) => settle('holds', loadable(result, holds)));
  }
  if (blocks.banks) {
    state.banks = { state: 'loading' };
    void get<CaseStatistics>('/api/v1/cases/statistics', { unit: context.user.unit, ...yearToDate(today) })
      .then((result) => settle('banks', loadable(result, (body) => body)));
  }
  if (blocks.reports) {
    state.reports = { state: 'loading' };
    const seesAll = hasAnyRole(context.user, 'report-reviewer', 'reader-consolidated', 'police-leader');
    void both(get<ListReportingPeriodsResponse>('/api/v1/reporting-periods', { year }),
      getAll<Report>('/api/v1/reports', { year }, (page) => page.reports as Report[]))
      .then((result) => settle('reports', loadable(result, ([periods, reports]) =>
        reportFigures(periods.periods ?? [], reports, today, seesAll ? null : context.user.unit))));
  }
  if (blocks.budget) {
    state.budget = { state: 'loading' };
    void get<ListBudgetLinesResponse>('/api/v1/budget/lines', { year })
      .then((result) => settle('budget', loadable(result, (body) => budgetExecution(body.lines ?? []))));
  }
}

function figure(id: string, href: string, value: string, label: string, note?: string): TemplateResult {
  return html`<li><a class="figure" id=${id} href=${href}>
    <span class=${value.endsWith(' đ') ? 'figure-value money' : 'figure-value'}>${value}</span>
    <span class="figure-label">${label}</span>
    ${note ? html`<span class="figure-note">${note}</span>` : nothing}</a></li>`;
}

/** A figure no API gives yet: said plainly, never a number. */
function notAvailable(id: string, label: string): TemplateResult {
  return html`<li><div class="figure unavailable" id=${id}>
    <span class="figure-value">${t('home.notAvailable')}</span>
    <span class="figure-label">${label}</span>
    <span class="figure-note">${t('home.notAvailableWhy')}</span></div></li>`;
}

function block<T>(id: string, title: string, data: Loadable<T> | undefined, body: (value: T) => TemplateResult,
  subtitle?: string): TemplateResult | typeof nothing {
  if (!data) {
    return nothing;
  }
  let content: TemplateResult;
  switch (data.state) {
    case 'loading':
      content = html`<p class="muted">${t('home.loading')}</p>`;
      break;
    case 'forbidden':
      content = html`<p class="muted">${t('home.forbidden')}</p>`;
      break;
    case 'missing':
      content = html`<p class="muted">${t('home.notAvailable')} — ${t('home.notAvailableWhy')}</p>`;
      break;
    case 'failed':
      content = html`<p class="overview-alert" role="alert">${data.detailVi || data.detailEn
        ? pick(data.detailVi, data.detailEn)
        : t(data.status === 0 ? 'common.networkError' : data.status === 401 ? 'common.sessionExpired' : 'common.failed')}</p>`;
      break;
    default:
      content = body(data.value);
  }
  return html`<section class="overview-block" id=${id} aria-labelledby=${id + '-title'}
    aria-busy=${data.state === 'loading' ? 'true' : 'false'}>
    <h3 id=${id + '-title'}>${title}</h3>
    ${subtitle ? html`<p class="muted">${subtitle}</p>` : nothing}
    ${content}</section>`;
}

const OUTCOMES = ['PROSECUTED', 'NOT_PROSECUTED', 'SUSPENDED', 'UNDECIDED'];

function tipsBlock(stats: TipStatistics): TemplateResult {
  const counts = OUTCOMES.map((o) => Number(stats.byOutcome?.find((c) => c.key === o)?.count ?? 0));
  const labels = OUTCOMES.map((o) => t('home.tips.outcome.' + o));
  const description = `${t('home.tips.chart')}: ${labels.map((l, i) => `${l} ${formatNumber(counts[i])}`).join(', ')}`;
  return html`<ul class="figures">
      ${figure('overview-tips-received', '#/tips', formatNumber(Number(stats.total ?? 0)), t('home.tips.received'))}
      ${figure('overview-tips-overdue', '#/tips/overdue', formatNumber(Number(stats.overdue ?? 0)), t('home.tips.overdue'))}
    </ul>
    <div class="chart"><canvas id="overview-tips-chart" role="img" aria-label=${description}
      data-labels=${JSON.stringify(labels)} data-values=${JSON.stringify(counts)}></canvas></div>`;
}

function holdsBlock(h: Holds, stats: CaseStatistics | undefined): TemplateResult {
  return html`<ul class="figures">
    ${figure('overview-holds-pending', '#/freeze', formatNumber(h.requested), t('home.holds.pending'))}
    ${figure('overview-holds-held', '#/freeze', formatNumber(h.held), t('home.holds.held'))}
    ${figure('overview-holds-amount', '#/freeze', formatMoney(h.amountHeld), t('home.holds.amountHeld'))}
    ${stats
      ? figure('overview-holds-returned', '#/cases', formatMoney(moneyReturned(stats)), t('home.holds.returned'))
      : notAvailable('overview-holds-returned', t('home.holds.returned'))}
  </ul>`;
}

/** The leadership's view of the banks: per bank, how many requests, how fast and how much was held and returned. */
function banksBlock(stats: CaseStatistics): TemplateResult {
  const rows = bankRows(stats);
  if (rows.length === 0) {
    return html`<p class="muted" id="overview-banks-none">${t('home.banks.none')}</p>`;
  }
  return html`<div class="table-wrap"><table class="tips-table" id="overview-banks-table"
    aria-labelledby="overview-banks-title">
    <thead><tr>
      <th scope="col">${t('home.banks.col.bank')}</th>
      <th scope="col" class="num">${t('home.banks.col.sent')}</th>
      <th scope="col" class="num">${t('home.banks.col.held')}</th>
      <th scope="col">${t('home.banks.col.median')}</th>
      <th scope="col">${t('home.banks.col.p90')}</th>
      <th scope="col" class="num">${t('home.banks.col.heldShare')}</th>
      <th scope="col" class="num">${t('home.banks.col.returned')}</th>
    </tr></thead>
    <tbody>${rows.map((r) => html`<tr data-bank=${r.bank}>
      <th scope="row"><a href="#/freeze">${r.bank}</a></th>
      <td class="num">${formatNumber(r.sent)}</td>
      <td class="num">${formatNumber(r.held)}</td>
      <td class="nowrap">${durationText(r.medianTimeToHold) || '—'}</td>
      <td class="nowrap">${durationText(r.p90TimeToHold) || '—'}</td>
      <td class="num">${formatPercent(r.heldShare)}</td>
      <td class="num money">${formatMoney(r.returned)} (${formatPercent(r.returnedShare)})</td>
    </tr>`)}</tbody></table></div>`;
}

function reportsBlock(r: ReportFigures): TemplateResult {
  return html`<ul class="figures">
    ${figure('overview-reports-due', '#/reports', formatNumber(r.due), t('home.reports.due'),
      r.nextDue ? t('home.reports.nextDue', { day: formatDate(r.nextDue) }) : undefined)}
    ${figure('overview-reports-late', '#/reports', formatNumber(r.late), t('home.reports.late'))}
    ${figure('overview-reports-submitted', '#/reports', formatNumber(r.submitted), t('home.reports.submitted'))}
    ${figure('overview-reports-accepted', '#/reports', formatNumber(r.accepted), t('home.reports.accepted'))}
  </ul>`;
}

function budgetBlock(b: BudgetExecution): TemplateResult {
  const labels = b.lines.map((l) => pick(l.labelVi, l.labelEn));
  const description = `${t('home.budget.chart')}: ${b.lines.map((l, i) =>
    `${labels[i]} ${formatMoney(l.spent)} / ${formatMoney(l.planned)}`).join('; ')}`;
  return html`<ul class="figures">
      ${figure('overview-budget-planned', '#/budget', formatMoney(b.planned), t('home.budget.planned'))}
      ${figure('overview-budget-spent', '#/budget', formatMoney(b.spent), t('home.budget.spent'))}
      ${figure('overview-budget-execution', '#/budget', formatPercent(b.share), t('home.budget.execution'))}
    </ul>
    ${b.lines.length ? html`<div class="chart"><canvas id="overview-budget-chart" role="img" aria-label=${description}
      data-labels=${JSON.stringify(labels)} data-planned=${JSON.stringify(b.lines.map((l) => Number(l.planned)))}
      data-spent=${JSON.stringify(b.lines.map((l) => Number(l.spent)))}></canvas></div>` : nothing}`;
}

function drawCharts(target: HTMLElement): void {
  const tips = target.querySelector<HTMLCanvasElement>('#overview-tips-chart');
  if (tips) {
    barChart(tips, JSON.parse(tips.dataset.labels ?? '[]'),
      [{ label: t('home.tips.received'), values: JSON.parse(tips.dataset.values ?? '[]'), color: '#1f5fa8' }], locale());
  }
  const budget = target.querySelector<HTMLCanvasElement>('#overview-budget-chart');
  if (budget) {
    barChart(budget, JSON.parse(budget.dataset.labels ?? '[]'), [
      { label: t('home.budget.planned'), values: JSON.parse(budget.dataset.planned ?? '[]'), color: '#9db7d6' },
      { label: t('home.budget.spent'), values: JSON.parse(budget.dataset.spent ?? '[]'), color: '#1f5fa8' },
    ], locale());
  }
}

function draw(target: HTMLElement, context: PageContext): void {
  const o = overview;
  if (!o) {
    return;
  }
  const year = o.today.slice(0, 4);
  const period = yearToDate(o.today);
  const anything = o.tips || o.holds || o.banks || o.reports || o.budget;
  const stats = o.banks?.state === 'ok' ? o.banks.value : undefined;
  render(html`
    <p class="lead">${anything
      ? t('home.intro', { today: formatDate(o.today) })
      : allowedSections(context.user).length > 0 ? t('shell.homeText') : t('shell.noSections')}</p>
    <div class="overview">
      ${block('overview-tips', t('home.tips.title'), o.tips, tipsBlock,
        t('home.tips.period', { from: formatDate(period.from), to: formatDate(period.to) }))}
      ${block('overview-holds', t('home.holds.title'), o.holds, (h) => holdsBlock(h, stats))}
      ${block('overview-banks', t('home.banks.title'), o.banks, banksBlock,
        t('home.banks.period', { from: formatDate(period.from), to: formatDate(period.to) }))}
      ${block('overview-reports', t('home.reports.title', { year }), o.reports, reportsBlock)}
      ${block('overview-budget', t('home.budget.title', { year }), o.budget, budgetBlock)}
    </div>`, target);
  drawCharts(target);
}

export const page: Page = {
  render(target, _path, context) {
    if (shownIn !== target) {
      shownIn = target;
      load(context);
    }
    redraw = () => {
      if (shownIn === target) {
        draw(target, context);
      }
    };
    draw(target, context);
  },
};
