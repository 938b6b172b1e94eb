// Thống kê tin báo (#/tips/statistics): tips received in a period by modus operandi (table, bar chart and the
// sentence of the plan's footnote), by channel, source kind and outcome.
import { html, nothing, type TemplateResult } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import { get, type Result } from '../../shared/api';
import { formatDate, formatPercent, todayInVietnam } from '../../shared/format';
import { focusFirstInvalid } from '../../shared/forms';
import { pick, t } from '../../shared/i18n';
import type { TipStatistics } from '../../generated/tip';
import { alert, input, localError, newForm, type FormState } from '../cases/form';
import { barWidth, countsOf, defaultRange, statisticsRange, statisticsView, type StatisticsRow } from './logic';
import { modusName, shell, unitList } from './view';

export interface StatisticsState {
  form: FormState;
  applied: { from: string; to: string; unit: string };
  loading: boolean;
  result: Result<TipStatistics> | null;
  /** The period the result counts. */
  counted: { from: string; to: string };
  /** The number of the latest request: an older answer arriving late is dropped. */
  request: number;
}

export function newStatistics(): StatisticsState {
  const range = defaultRange(todayInVietnam());
  return {
    form: newForm({ from: formatDate(range.from), to: formatDate(range.to), unit: '' }),
    applied: { ...range, unit: '' }, loading: true, result: null, counted: range, request: 0,
  };
}

export async function loadStatistics(state: StatisticsState): Promise<void> {
  const mine = ++state.request;
  const range = { from: state.applied.from, to: state.applied.to };
  state.loading = true;
  shell.redraw();
  const result = await get<TipStatistics>('/api/v1/tips/statistics',
    { from: state.applied.from, to: state.applied.to, receivingUnit: state.applied.unit });
  if (mine !== state.request) {
    return;
  }
  state.loading = false;
  state.result = result;
  state.counted = range;
  // a refused period (e.g. to before from) is told next to its field
  state.form.errors = result.ok ? [] : (result.problem?.errors ?? [])
    .map((e) => ({ ...e, field: e.field === 'receivingUnit' ? 'receiving_unit' : e.field }));
  state.form.failure = result.ok ? null : { status: result.status, problem: result.problem };
  shell.redraw();
}

function rowName(r: StatisticsRow): TemplateResult {
  return modusName(r.key, r.labelVi, r.labelEn);
}

function small(title: string, rows: StatisticsRow[], prefix: string): TemplateResult {
  return html`<section class="tip-section"><h4>${title}</h4>
    <table class="tips-table"><tbody>${rows.map((c) => html`<tr>
      <td>${c.labelVi || c.labelEn ? pick(c.labelVi, c.labelEn) : t(prefix + c.key)}</td>
      <td class="num">${c.count}</td></tr>`)}</tbody></table></section>`;
}

function results(s: TipStatistics, range: { from: string; to: string }): TemplateResult {
  const view = statisticsView(s);
  const share = (n: number): string => (view.total ? formatPercent(n / view.total) : t('tips.none'));
  const channel = countsOf(s.byChannel);
  const source = countsOf(s.bySourceKind);
  const outcome = countsOf(s.byOutcome);
  return html`
    <div class="stats-summary" id="stats-summary">
      <p class="strong">${t(view.total === 1 ? 'tips.stats.summaryOne' : 'tips.stats.summary',
        { from: formatDate(range.from), to: formatDate(range.to), n: view.total })}</p>
      ${view.counted.length ? html`<p>${t('tips.stats.footnote')}${view.counted.map((r, i) => html`${rowName(r)}
        ${t('tips.stats.cases', { n: r.count })}${i < view.counted.length - 1 ? '; ' : '.'}`)}</p>`
        : html`<p class="muted">${t('tips.stats.nothing')}</p>`}
      ${s.asOf ? html`<p class="muted">${t('tips.stats.overdue', { n: Number(s.overdue ?? 0) })}</p>` : nothing}
    </div>
    <div class="stats-grid">
      <section class="tip-section" aria-labelledby="stats-table-title">
        <h4 id="stats-table-title">${t('tips.stats.byModus')}</h4>
        <div class="table-wrap"><table class="tips-table stats-table" id="stats-table">
          <thead><tr><th scope="col" class="num">${t('tips.stats.number')}</th><th scope="col">${t('tips.stats.modus')}</th>
            <th scope="col" class="num">${t('tips.stats.count')}</th><th scope="col" class="num">${t('tips.stats.share')}</th></tr></thead>
          <tbody>${view.rows.map((r, i) => html`<tr id=${'stats-row-' + r.key} data-key=${r.key} class=${r.count ? '' : 'zero'}>
            <td class="num">${i + 1}</td><td>${rowName(r)}</td>
            <td class="num count">${r.count}</td><td class="num">${share(r.count)}</td></tr>`)}</tbody>
          <tfoot><tr id="stats-total"><td></td><th scope="row">${t('tips.stats.total')}</th>
            <td class="num count">${view.total}</td><td class="num">${view.total ? formatPercent(1) : t('tips.none')}</td></tr></tfoot>
        </table></div>
      </section>
      <section class="tip-section" aria-labelledby="stats-chart-title">
        <h4 id="stats-chart-title">${t('tips.stats.chart')}</h4>
        <ul class="bars" id="stats-chart">${view.rows.map((r) => html`<li class=${r.count ? '' : 'zero'}>
          <span class="bar-label">${rowName(r)}</span>
          <span class="bar" aria-hidden="true"><span class="bar-fill" style=${styleMap({ width: barWidth(r.count, view.max) })}></span></span>
          <span class="bar-value">${r.count}</span></li>`)}</ul>
      </section>
    </div>
    ${channel.length || source.length || outcome.length ? html`<div class="stats-more">
      ${channel.length ? small(t('tips.stats.byChannel'), channel, 'tips.channel.') : nothing}
      ${source.length ? small(t('tips.stats.bySourceKind'), source, 'tips.sourceKind.') : nothing}
      ${outcome.length ? small(t('tips.stats.byOutcome', { day: s.asOf ? formatDate(s.asOf) : '' }), outcome, 'tips.status.')
        : nothing}
    </div>` : nothing}`;
}

export function statisticsPage(state: StatisticsState): TemplateResult {
  const form = state.form;
  const v = form.values;
  const apply = (event: Event): void => {
    event.preventDefault();
    const range = statisticsRange(v.from, v.to);
    if (Array.isArray(range)) {
      form.local = range.map(([name, key]) => localError(name, key));
      form.errors = [];
      form.failure = null;
      shell.redraw();
      const element = document.getElementById('stats-filters');
      if (element) {
        focusFirstInvalid(element);
      }
      return;
    }
    form.local = [];
    state.applied = { ...range, unit: v.unit.trim() };
    void loadStatistics(state);
  };
  const result = state.result;
  return html`
    <h3 class="tips-title">${t('tips.stats.title')}</h3>
    <p class="tips-intro">${t('tips.stats.intro')}</p>
    ${alert(form, 'stats-message', ['from', 'to', 'receiving_unit'])}
    <form class="tips-filters" id="stats-filters" novalidate @submit=${apply}>
      ${input(form, { id: 'stats-from', name: 'from', field: 'from', label: t('tips.stats.from'), hint: t('tips.dateHint') },
        { inputmode: 'numeric' })}
      ${input(form, { id: 'stats-to', name: 'to', field: 'to', label: t('tips.stats.to'), hint: t('tips.dateHint') },
        { inputmode: 'numeric' })}
      ${input(form, { id: 'stats-unit', name: 'unit', field: 'receiving_unit', label: t('tips.stats.unit') }, { list: 'tip-units' })}
      <div class="field action"><button type="submit" class="button secondary" id="stats-apply">${t('tips.stats.apply')}</button></div>
      ${unitList()}
    </form>
    <div id="stats-results" aria-live="polite" aria-busy=${state.loading ? 'true' : nothing}>
      ${!result ? html`<p class="muted">${t('common.loading')}</p>`
        : result.ok ? results(result.body ?? {}, state.counted) : nothing}
    </div>`;
}
