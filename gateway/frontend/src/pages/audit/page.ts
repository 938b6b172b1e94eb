// Nhật ký truy cập (#/audit), for auditors: the log one service keeps of every read of personal data and every
// change (GET /api/v1/audit/{service}), newest first, filtered by actor or record and read a page at a time; and the
// check of its hash chain (POST /api/v1/audit/{service}/verification), which says the log is intact or at which
// entry it breaks. What the log says is itself sensitive: the entries live in this module's memory only, for as long
// as the section is open, never in the browser's storage.
import { html, nothing, render, type TemplateResult } from 'lit';
import { failureText, get, type Problem } from '../../shared/api';
import { summary } from '../../shared/forms';
import { addMessages, language, pick, t } from '../../shared/i18n';
import type { Page } from '../../shared/page';
import type { AuditEntry, ListAuditEntriesResponse, VerifyAuditChainResponse } from '../../generated/audit';
import { alert, localError, newForm, submit, submitButton, textarea, type FormState } from '../cases/form';
import { actionKey, AUDIT_SERVICES, type AuditService, formatAuditTime, isAuditService, listQuery, mergeEntries,
  parseAnchors, verdict, type Verdict } from './logic';
import vi from './vi.json';
import en from './en.json';

addMessages('audit', vi, en);

interface Verification {
  service: AuditService;
  /** When the answer came, ISO. */
  at: string;
  verdict: Verdict;
  problemVi: string;
  problemEn: string;
}

interface AuditState {
  /** The log shown, and the filters as typed. */
  service: AuditService;
  actor: string;
  record: string;
  /** The filters of the entries shown (those typed apply on "show"). */
  applied: { actor: string; record: string };
  entries: AuditEntry[];
  nextToken: string;
  loaded: boolean;
  loading: boolean;
  failure: { status: number; problem: Problem | null } | null;
  /** The latest list request: an older answer arriving late is dropped. */
  request: object;
  verify: FormState;
  verification: Verification | null;
}

let host: HTMLElement | null = null;
let state: AuditState | null = null;

function redraw(): void {
  if (host) {
    draw(host);
  }
}

function newState(service: AuditService = 'tips'): AuditState {
  return { service, actor: '', record: '', applied: { actor: '', record: '' }, entries: [], nextToken: '', loaded: false,
    loading: false, failure: null, request: {}, verify: newForm({ anchors: '' }), verification: null };
}

const serviceName = (service: AuditService): string => t('audit.service.' + service);

async function load(s: AuditState, more: boolean): Promise<void> {
  const request = {};
  s.request = request;
  s.loading = true;
  redraw();
  const result = await get<ListAuditEntriesResponse>('/api/v1/audit/' + encodeURIComponent(s.service),
    listQuery(s.applied, more ? s.nextToken : ''));
  if (state !== s || s.request !== request) {
    return;
  }
  s.loading = false;
  s.loaded = true;
  if (result.ok) {
    s.entries = mergeEntries(more ? s.entries : [], result.body?.entries ?? []);
    s.nextToken = result.body?.nextPageToken ?? '';
    s.failure = null;
  } else {
    s.failure = { status: result.status, problem: result.problem };
    if (!more) {
      s.entries = [];
      s.nextToken = '';
    }
  }
  redraw();
}

/** Shows another service's log: what was shown and checked of the one before goes. */
function switchService(s: AuditState, service: string): void {
  if (!isAuditService(service) || service === s.service) {
    return;
  }
  s.service = service;
  s.entries = [];
  s.nextToken = '';
  s.loaded = false;
  s.verification = null;
  s.verify = newForm({ anchors: s.verify.values.anchors });
  void load(s, false);
}

async function verify(s: AuditState): Promise<void> {
  const form = s.verify;
  const parsed = parseAnchors(form.values.anchors);
  if ('badLine' in parsed) {
    form.local = [{ ...localError('anchors', 'audit.verify.anchorsInvalid'),
      vi: t('audit.verify.anchorsInvalid', { line: parsed.badLine }, 'vi'),
      en: t('audit.verify.anchorsInvalid', { line: parsed.badLine }, 'en') }];
    form.errors = [];
    form.failure = null;
    redraw();
    return;
  }
  const service = s.service;
  s.verification = null;
  const result = await submit<VerifyAuditChainResponse>(form,
    `/api/v1/audit/${encodeURIComponent(service)}/verification`, { anchors: parsed.anchors }, redraw);
  if (state !== s || s.service !== service) {
    return;
  }
  if (result.ok) {
    const body = result.body ?? {};
    s.verification = { service, at: new Date().toISOString(), verdict: verdict(body), problemVi: body.problemVi ?? '',
      problemEn: body.problemEn ?? '' };
    redraw();
  }
}

// ---- drawing

function filtersView(s: AuditState): TemplateResult {
  const apply = (event: Event): void => {
    event.preventDefault();
    s.applied = { actor: s.actor, record: s.record };
    void load(s, false);
  };
  const clear = (): void => {
    s.actor = '';
    s.record = '';
    s.applied = { actor: '', record: '' };
    void load(s, false);
  };
  const filtered = s.applied.actor.trim() !== '' || s.applied.record.trim() !== '';
  return html`<form class="tips-filters" id="audit-filters" @submit=${apply}>
    <div class="field"><label for="audit-service">${t('audit.service.label')}</label>
      <select id="audit-service" @change=${(e: Event) => switchService(s, (e.target as HTMLSelectElement).value)}>
        ${AUDIT_SERVICES.map((service) => html`<option value=${service} .selected=${s.service === service}>
          ${serviceName(service)}</option>`)}
      </select></div>
    <div class="field"><label for="audit-filter-actor">${t('audit.filter.actor')}</label>
      <input id="audit-filter-actor" .value=${s.actor} autocomplete="off" spellcheck="false"
        aria-describedby="audit-filter-actor-hint" @input=${(e: Event) => { s.actor = (e.target as HTMLInputElement).value; }}>
      <p class="hint" id="audit-filter-actor-hint">${t('audit.filter.actorHint')}</p></div>
    <div class="field"><label for="audit-filter-record">${t('audit.filter.record')}</label>
      <input id="audit-filter-record" .value=${s.record} autocomplete="off" spellcheck="false"
        aria-describedby="audit-filter-record-hint" @input=${(e: Event) => { s.record = (e.target as HTMLInputElement).value; }}>
      <p class="hint" id="audit-filter-record-hint">${t('audit.filter.recordHint')}</p></div>
    <div class="field action"><button class="button primary" id="audit-filter-apply" type="submit">
      ${t('audit.filter.apply')}</button>
      ${filtered ? html`<button class="button subtle" id="audit-filter-clear" type="button" @click=${clear}>
        ${t('audit.filter.clear')}</button>` : nothing}</div>
  </form>`;
}

function verificationView(s: AuditState): TemplateResult {
  const found = s.verification;
  const send = (event: Event): void => {
    event.preventDefault();
    void verify(s);
  };
  let outcome: TemplateResult | typeof nothing = nothing;
  if (found) {
    const v = found.verdict;
    const params = { service: serviceName(found.service), count: v.checked, id: v.brokenId,
      time: formatAuditTime(found.at, language()) };
    const shown = s.entries.some((e) => e.id === v.brokenId);
    outcome = v.intact
      ? html`<div class="tips-alert success audit-verdict" id="audit-verification" role="status" data-intact="true">
          <p class="strong" id="audit-verification-title">✔ ${t('audit.verify.intact', params)}</p>
          <p>${t('audit.verify.intactDetail', params)}</p>
          ${head(v)}</div>`
      : html`<div class="tips-alert audit-verdict" id="audit-verification" role="alert" data-intact="false">
          <p class="strong" id="audit-verification-title">✖ ${t('audit.verify.broken', params)}</p>
          <p id="audit-verification-broken">${t('audit.verify.brokenAt', params)}</p>
          ${found.problemVi || found.problemEn
            ? html`<p id="audit-verification-problem">${pick(found.problemVi, found.problemEn)}</p>` : nothing}
          ${shown ? html`<p>${t('audit.verify.brokenShown')}</p>` : nothing}
          ${head(v)}</div>`;
  }
  return html`<section class="tip-section" id="audit-verify-section" aria-labelledby="audit-verify-title">
    <h4 id="audit-verify-title">${t('audit.verify.title')}</h4>
    <p class="sub" id="audit-verify-explained">${t('audit.verify.explained', { service: serviceName(s.service) })}</p>
    <form class="tips-form" id="audit-verify-form" novalidate @submit=${send}>
      ${alert(s.verify, 'audit-verify-message', ['anchors'])}
      <details id="audit-anchors-details" ?open=${s.verify.values.anchors.trim() !== ''}>
        <summary>${t('audit.verify.anchorsToggle')}</summary>
        <div class="grid">${textarea(s.verify, { id: 'audit-anchors', name: 'anchors', field: 'anchors',
          label: t('audit.verify.anchors'), hint: t('audit.verify.anchorsHint'), wide: true }, 2)}</div>
      </details>
      <div class="actions">${submitButton('audit-verify', s.verify, t('audit.verify.submit'))}</div>
    </form>
    ${outcome}
  </section>`;
}

function head(v: Verdict): TemplateResult | typeof nothing {
  return v.headHash ? html`<p class="sub">${t('audit.verify.head', { id: v.headId })}
    <span class="code hash" id="audit-head-hash">${v.headHash}</span><br>${t('audit.verify.headHint')}</p>` : nothing;
}

function fieldsText(entry: AuditEntry): string {
  return (entry.fields ?? []).length > 0 ? (entry.fields ?? []).join(', ') : t('audit.noFields');
}

function entriesTable(s: AuditState): TemplateResult {
  if (s.entries.length === 0) {
    return html`<p class="empty" id="audit-none">${t('audit.none')}</p>`;
  }
  const broken = s.verification && !s.verification.verdict.intact && s.verification.service === s.service
    ? s.verification.verdict.brokenId : '';
  const lang = language();
  return html`<div class="table-wrap"><table class="tips-table audit-table" id="audit-table">
    <caption class="sub">${t('audit.caption', { service: serviceName(s.service) })}</caption>
    <thead><tr>
      <th scope="col" class="num">${t('audit.col.id')}</th>
      <th scope="col">${t('audit.col.at')}</th>
      <th scope="col">${t('audit.col.actor')}</th>
      <th scope="col">${t('audit.col.unit')}</th>
      <th scope="col">${t('audit.col.action')}</th>
      <th scope="col">${t('audit.col.record')}</th>
      <th scope="col">${t('audit.col.fields')}</th>
    </tr></thead>
    <tbody>${s.entries.map((e) => {
      const key = actionKey(e.action);
      return html`<tr id=${'audit-row-' + e.id} class=${e.id === broken ? 'broken' : nothing}>
        <td class="num">${e.id}${e.id === broken ? html`<p class="sub">${t('audit.verify.brokenRow')}</p>` : nothing}</td>
        <td class="nowrap"><time datetime=${e.at ?? ''}>${formatAuditTime(e.at, lang)}</time></td>
        <td class="code who">${e.actor}</td>
        <td class="who">${e.actorUnit}</td>
        <td>${key ? html`${t(key)}<p class="sub code">${e.action}</p>` : html`<span class="code">${e.action}</span>`}</td>
        <td>${e.recordType}<p class="sub code record-id">${e.recordId}</p></td>
        <td>${fieldsText(e)}${e.requestId ? html`<p class="sub request">${t('audit.requestId', { id: e.requestId })}</p>` : nothing}</td>
      </tr>`;
    })}</tbody>
  </table></div>`;
}

function resultsView(s: AuditState): TemplateResult {
  let body: TemplateResult;
  if (!s.loaded) {
    body = html`<p class="muted">${t('common.loading')}</p>`;
  } else if (s.failure && s.entries.length === 0) {
    body = failure(s.failure);
  } else {
    body = html`${entriesTable(s)}
      ${s.failure ? failure(s.failure) : nothing}
      ${s.entries.length > 0 ? html`<div class="pager">
        <p class="sub" id="audit-count">${t(s.nextToken ? 'audit.shown' : 'audit.allShown', { count: s.entries.length })}</p>
        ${s.nextToken ? html`<button class="button subtle" id="audit-more" type="button" ?disabled=${s.loading}
          @click=${() => void load(s, true)}>${s.loading ? t('common.loading') : t('audit.more')}</button>` : nothing}
      </div>` : nothing}`;
  }
  return html`<div id="audit-results" aria-busy=${s.loading ? 'true' : nothing}>${body}</div>`;
}

function failure(f: { status: number; problem: Problem | null }): TemplateResult {
  const fields = summary(f.problem?.errors ?? [], false);
  return html`<p class="tips-alert" role="alert" id="audit-list-error">${fields || failureText(f.status, f.problem, t)}</p>`;
}

function draw(target: HTMLElement): void {
  const s = state;
  render(s ? html`<div class="tips audit">
    <p class="tips-intro" id="audit-intro">${t('audit.intro')}</p>
    ${filtersView(s)}
    ${verificationView(s)}
    ${resultsView(s)}
  </div>` : html``, target);
}

export const page: Page = {
  render(target) {
    if (host !== target || !state) {
      state = newState(); // a new visit to the section: nothing of the last one is kept
      host = target;
      void load(state, false);
    }
    draw(target);
  },
};
