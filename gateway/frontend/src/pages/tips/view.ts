// What the tip pages share: the reference data read from the services (modus operandi, units, Penal Code), the
// signed-in user, the redraw hook, and the small pieces every tip page draws (status badge, deadline, modus label).
import { html, nothing, type TemplateResult } from 'lit';
import { failureText, get, type Problem, type Result } from '../../shared/api';
import { todayInVietnam } from '../../shared/format';
import { pick, t } from '../../shared/i18n';
import type { PageContext } from '../../shared/page';
import type { ListModusOperandiResponse, ModusOperandi, TipStatus } from '../../generated/tip';
import type { ListUnitsResponse, Unit } from '../../generated/report';
import type { ListPenalCodeArticlesResponse } from '../../generated/cases';
import { articlesOf, type Article } from '../cases/logic';
import { deadlineClass, deadlineMessage, petitioningChoices, specified, statusClass, unitChoices, type Deadline } from './logic';

export const shell: { context: PageContext | null; redraw: () => void } = { context: null, redraw: () => undefined };

export function user(): PageContext['user'] {
  if (!shell.context) {
    throw new Error('The tip pages were drawn before the shell gave them the user');
  }
  return shell.context.user;
}

// ---- reference data, each read once per page load (a failure is asked again on the next visit)

/** tip-service's managed list, inactive codes included (older tips name them). null until answered. */
export let modusOperandi: ModusOperandi[] | null = null;
let modusLoading = false;
let modusAnswered = false;
/** Today's units of the registry, for the unit fields' suggestions and names; [] when it could not be read. */
export let units: Unit[] | null = null;
let unitsLoading = false;
/** The Penal Code as case-service decides with it (GET /api/v1/cases/penal-code), for the decision form. */
export let articles: Result<Article[]> | null = null;
let articlesLoading = false;

export function loadReferenceData(): void {
  if (!modusOperandi && !modusLoading) {
    modusLoading = true;
    void get<ListModusOperandiResponse>('/api/v1/tips/modus-operandi').then((result) => {
      modusLoading = false;
      const list = result.ok ? result.body?.modusOperandi ?? [] : [];
      // without the list the pages still show codes; it is asked again on the next route
      modusOperandi = list.length ? [...list].sort((a, b) => (a.position ?? 0) - (b.position ?? 0)) : null;
      modusAnswered = true;
      shell.redraw();
    });
  }
  if (!units && !unitsLoading) {
    unitsLoading = true;
    void get<ListUnitsResponse>('/api/v1/units', { asOf: todayInVietnam() }).then((result) => {
      unitsLoading = false;
      units = result.ok ? result.body?.units ?? [] : [];
      shell.redraw();
    });
  }
}

/** Whether the pages may be drawn: the modus operandi and units have answered (or failed), so labels are final. */
export function referenceReady(): boolean {
  return modusAnswered && units !== null;
}

export function loadArticles(): void {
  if ((articles && articles.ok) || articlesLoading) {
    return;
  }
  articlesLoading = true;
  void get<ListPenalCodeArticlesResponse>('/api/v1/cases/penal-code').then((result) => {
    articlesLoading = false;
    articles = result.ok ? { ok: true, status: result.status, body: articlesOf(result.body) } : result;
    shell.redraw();
  });
}

// ---- pieces

export function modusName(code: string | undefined, labelVi?: string, labelEn?: string): TemplateResult {
  if (labelVi || labelEn) {
    return html`${pick(labelVi, labelEn)}`;
  }
  const entry = modusOperandi?.find((m) => m.code === code);
  return entry ? html`${pick(entry.labelVi, entry.labelEn)}` : html`<span class="code">${code}</span>`;
}

export function statusBadge(status: TipStatus | undefined, id?: string): TemplateResult {
  return html`<span class=${'tip-badge ' + statusClass(status)} id=${id ?? nothing}>${specified(status)
    ? t('tips.status.' + status) : t('tips.none')}</span>`;
}

export function deadlineView(deadline: Deadline, tag: 'span' | 'p' = 'span', id?: string): TemplateResult {
  const message = deadlineMessage(deadline);
  const css = 'deadline ' + deadlineClass(deadline);
  const text = t(message.key, message.params);
  return tag === 'p' ? html`<p class=${css} id=${id ?? nothing}>${text}</p>`
    : html`<span class=${css} id=${id ?? nothing}>${text}</span>`;
}

/** The suggestions of every unit field of a page (one datalist, id tip-units): the user's own unit first. */
export function unitList(): TemplateResult {
  return html`<datalist id="tip-units">${unitChoices(units ?? [], user().unit).map((u) =>
    html`<option value=${u.code ?? ''}>${pick(u.nameVi, u.nameEn) || u.code}</option>`)}</datalist>`;
}

/** The suggestions of the petitioning body's field (id tip-state-bodies): state bodies only, as the registry says. */
export function stateBodyList(): TemplateResult {
  return html`<datalist id="tip-state-bodies">${petitioningChoices(units ?? []).map((u) =>
    html`<option value=${u.code ?? ''}>${pick(u.nameVi, u.nameEn) || u.code}</option>`)}</datalist>`;
}

/** A failure of a request, in the words of the server or ours. */
export function failure(result: { status: number; problem: Problem | null }, id: string): TemplateResult {
  return html`<p class="tips-alert" role="alert" id=${id}>${failureText(result.status, result.problem, t)}</p>`;
}

export function flashView(flash: string | null, id: string): TemplateResult | typeof nothing {
  return flash ? html`<p class="tips-alert success" role="status" id=${id}>${t(flash)}</p>` : nothing;
}
