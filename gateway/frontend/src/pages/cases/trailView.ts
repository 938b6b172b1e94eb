// The money trail section of a case's page: the graph (cytoscape, laid out breadth-first from the victims' accounts),
// each account's figures with its leads, and for an account the money reached but no request holds, the button that
// fills the freeze request form with it.
import cytoscape from 'cytoscape';
import { html, nothing, type TemplateResult } from 'lit';
import type { Result } from '../../shared/api';
import { formatMoney } from '../../shared/format';
import { t } from '../../shared/i18n';
import type { MoneyTrail, TrailAccount } from '../../generated/cases';
import { accountLabel, nextFreeze, reconciles, trailElements } from './trail';

const COLOURS: Record<string, string> = { victim: '#1d4ed8', held: '#15803d', lead: '#b45309', open: '#b91c1c' };

let drawn: { container: HTMLElement; trail: MoneyTrail; graph: cytoscape.Core } | null = null;

/** Draws (or keeps) the graph of {@code trail} in the page's #case-trail-graph, after Lit rendered the section. */
export function drawTrailGraph(root: ParentNode, trail: MoneyTrail | null): void {
  const container = root.querySelector<HTMLElement>('#case-trail-graph');
  if (!container || !trail) {
    drawn?.graph.destroy();
    drawn = null;
    return;
  }
  if (drawn && drawn.container === container && drawn.trail === trail) {
    return;
  }
  drawn?.graph.destroy();
  const elements = trailElements(trail);
  const roots = (trail.accounts ?? []).filter((a) => (a.layer ?? 0) === 0).map((a) => a.key ?? '');
  const graph = cytoscape({
    container,
    elements: elements.map((e) => ('source' in e.data
      ? { group: 'edges' as const, data: { ...e.data, label: formatMoney(e.data.dong) } }
      : { group: 'nodes' as const, data: { ...e.data } })),
    style: [
      { selector: 'node', style: { label: 'data(label)', 'font-size': 11, 'text-valign': 'bottom', 'text-margin-y': 4,
        width: 22, height: 22, 'background-color': (n: cytoscape.NodeSingular) => COLOURS[n.data('kind') as string] ?? '#555' } },
      { selector: 'edge', style: { label: 'data(label)', 'font-size': 10, 'curve-style': 'bezier',
        'target-arrow-shape': 'triangle', width: 2, 'line-color': '#94a3b8', 'target-arrow-color': '#94a3b8',
        'text-background-color': '#fff', 'text-background-opacity': 1 } },
      { selector: 'edge[kind = "VICTIM_TRANSFER"]', style: { 'line-style': 'dashed' } },
    ],
    layout: { name: 'breadthfirst', directed: true, roots: roots.length > 0 ? roots : undefined, spacingFactor: 1.2 },
    userZoomingEnabled: true,
    boxSelectionEnabled: false,
  });
  container.dataset.nodes = String(graph.nodes().length);
  container.dataset.edges = String(graph.edges().length);
  drawn = { container, trail, graph };
}

function leadsCell(account: TrailAccount, casesLinked: boolean): TemplateResult | typeof nothing {
  const leads = account.leads ?? [];
  if (leads.length === 0) {
    return nothing;
  }
  return html`<ul class="plain">${leads.map((l) => html`<li>${casesLinked
    ? html`<a href=${'#/cases/' + l.caseId} class="trail-lead">${l.caseNumber}</a>` : l.caseNumber}</li>`)}</ul>`;
}

/** The section; {@code requestFor} fills the freeze request form for an account (null: the viewer sends none). */
export function trailSection(trail: Result<MoneyTrail> | null, casesLinked: boolean,
  requestFor: ((account: TrailAccount) => void) | null, failure: (r: Result<MoneyTrail>) => TemplateResult): TemplateResult {
  if (!trail) {
    return html``;
  }
  if (!trail.ok) {
    return html`<section class="tip-section" id="case-trail"><h4>${t('cases.trail.title')}</h4>${failure(trail)}</section>`;
  }
  const body = trail.body;
  const accounts = body.accounts ?? [];
  const money = (dong: string | undefined): string => formatMoney(dong ?? '0');
  return html`<section class="tip-section" id="case-trail" aria-labelledby="case-trail-title">
    <h4 id="case-trail-title">${t('cases.trail.title')}</h4>
    <p class="hint">${t('cases.trail.intro')}</p>
    ${accounts.length === 0 ? html`<p class="muted" id="case-trail-empty">${t('cases.trail.empty')}</p>` : html`
    ${reconciles(body) ? nothing : html`<p class="tips-alert" role="alert" id="case-trail-mismatch">${t('cases.trail.mismatch')}</p>`}
    <div class="tip-cards">
      <div class="tip-card"><p>${t('cases.trail.lost')}</p><p class="big" id="case-trail-lost">${money(body.totalLost?.dong)}</p></div>
      <div class="tip-card"><p>${t('cases.trail.held')}</p><p class="big" id="case-trail-held">${money(body.totalHeld?.dong)}</p></div>
      <div class="tip-card"><p>${t('cases.trail.unexplained')}</p>
        <p class="big" id="case-trail-unexplained">${money(body.totalUnexplained?.dong)}</p></div>
    </div>
    <div id="case-trail-graph" class="trail-graph" role="img" aria-label=${t('cases.trail.graph')}></div>
    <p class="hint">${t('cases.trail.legend')}</p>
    <div class="table-wrap"><table class="tips-table" id="case-trail-table">
      <thead><tr><th>${t('cases.trail.account')}</th><th>${t('cases.trail.layer')}</th>
        <th class="num">${t('cases.trail.in')}</th><th class="num">${t('cases.trail.out')}</th>
        <th class="num">${t('cases.trail.heldNow')}</th><th class="num">${t('cases.trail.unexplained')}</th>
        <th>${t('cases.trail.leads')}</th><th></th></tr></thead>
      <tbody>${accounts.map((a) => {
        const next = requestFor ? nextFreeze(a) : null;
        return html`<tr data-key=${a.key ?? ''}>
          <td><span class="code">${accountLabel(a)}</span>${a.victim ? html`<p class="sub">${t('cases.trail.victim')}</p>` : nothing}
            ${a.bank ? html`<p class="sub">${a.bank}</p>` : nothing}</td>
          <td>${a.layer ?? 0}</td>
          <td class="num nowrap trail-in">${money(a.moneyIn?.dong)}</td>
          <td class="num nowrap trail-out">${money(a.moneyOut?.dong)}</td>
          <td class="num nowrap trail-held">${money(a.held?.dong)}</td>
          <td class="num nowrap trail-unexplained">${money(a.unexplained?.dong)}</td>
          <td class="trail-leads">${leadsCell(a, casesLinked)}</td>
          <td>${next && requestFor ? html`<button class="button trail-request" type="button"
            data-account=${a.accountNumber ?? ''} @click=${() => requestFor(a)}>${t('cases.trail.request')}</button>` : nothing}</td>
        </tr>`;
      })}</tbody>
      <tfoot><tr><th>${t('cases.trail.total')}</th><th></th><td></td><td></td>
        <td class="num nowrap">${money(body.totalHeld?.dong)}</td><td class="num nowrap">${money(body.totalUnexplained?.dong)}</td>
        <td></td><td></td></tr></tfoot>
    </table></div>`}
  </section>`;
}
