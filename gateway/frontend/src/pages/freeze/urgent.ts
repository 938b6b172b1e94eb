// The urgent holds in the freeze section: the list above the freeze requests (#/freeze) — a bank liaison only those
// addressed to its bank, with their validity (until when, LAPSED and when, or the confirming freeze order) and clocks —
// and one hold (#/freeze/urgent/<id>) with the addressed bank's answer forms.
import { html, nothing, type TemplateResult } from 'lit';
import { failureText, get, getAll, type Result } from '../../shared/api';
import { t } from '../../shared/i18n';
import type { UrgentHold } from '../../generated/cases';
import type { Unit } from '../../generated/report';
import { holdAnswers } from '../urgent/logic';
import { answerForms, holdBadge, holdFacts, holdTable, newAnswerForms, type AnswerForms } from '../urgent/view';

interface ListState {
  result: Result<UrgentHold[]> | null;
}

interface DetailState {
  id: string;
  result: Result<UrgentHold> | null;
  forms: AnswerForms;
  flash: boolean;
}

let list: ListState | null = null;
let detail: DetailState | null = null;

/** Forget what was loaded (the section was left or re-entered): the next draw loads again. */
export function resetUrgent(): void {
  list = null;
  detail = null;
}

/** The list section, for the list page of the freeze section. */
export function urgentListSection(redraw: () => void, banks: readonly Unit[] | null): TemplateResult {
  if (!list) {
    const state: ListState = { result: null };
    list = state;
    void getAll<UrgentHold>('/api/v1/cases/urgent-holds', {}, (page) => page.urgentHolds as UrgentHold[]).then((r) => {
      if (list === state) {
        state.result = r;
        redraw();
      }
    });
  }
  const result = list.result;
  return html`<section class="tip-section" id="urgent-holds" aria-labelledby="urgent-holds-title">
    <h3 id="urgent-holds-title">${t('urgent.title')}</h3>
    ${!result ? html`<p class="muted">${t('common.loading')}</p>`
      : !result.ok ? html`<p class="tips-alert" role="alert" id="urgent-list-error">${failureText(result.status,
        result.problem, t)}</p>`
      : holdTable('urgent-table', result.body, banks, true)}
  </section>`;
}

/** One hold's page; the addressed bank answers it there. */
export function urgentDetailView(id: string, redraw: () => void, banks: readonly Unit[] | null, isBank: boolean):
  TemplateResult {
  if (detail?.id !== id) {
    const state: DetailState = { id, result: null, forms: newAnswerForms(), flash: false };
    detail = state;
    void get<UrgentHold>('/api/v1/cases/urgent-holds/' + encodeURIComponent(id)).then((r) => {
      if (detail === state) {
        state.result = r;
        redraw();
      }
    });
  }
  const state = detail;
  const back = html`<p class="back"><a href="#/freeze">${t('urgent.back')}</a></p>`;
  const result = state.result;
  if (!result) {
    return html`${back}<p class="muted">${t('common.loading')}</p>`;
  }
  if (!result.ok) {
    return html`${back}<p class="tips-alert" role="alert" id="urgent-message">${result.status === 404
      ? t('urgent.notFound') : failureText(result.status, result.problem, t)}</p>`;
  }
  const h = result.body;
  return html`${back}
    ${state.flash ? html`<p class="tips-alert ok" id="urgent-message" role="status">${t('urgent.answered')}</p>` : nothing}
    <div id="urgent-detail">
      <div class="tip-head"><h3 class="tips-title">${t('urgent.detail.title', { account: h.account ?? '' })}</h3>
        ${holdBadge(h.status, 'urgent-status')}</div>
      ${holdFacts(h, banks, !isBank)}
      ${isBank && holdAnswers(h.status).length > 0 ? answerForms(state.forms, h, redraw, (answered) => {
        state.result = { ok: true, status: 200, body: answered } as Result<UrgentHold>;
        state.forms = newAnswerForms();
        state.flash = true;
        list = null;
        redraw();
      }) : nothing}
    </div>`;
}
