// Kiểm tra lừa đảo (#/check): has the police verified that scammers use this phone number, account or site? Only
// what the police verified is answered; for a value answered REPORTED, whoever thinks it is wrongly published asks
// for a review.
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { withQuery } from '../shared/api';
import { has, t } from '../shared/i18n';
import { INDICATOR_TYPE, type CheckIndicatorResponse, type IndicatorType, type RequestIndicatorReviewRequest,
  type RequestIndicatorReviewResponse } from '../generated/tip';
import { clearFailure, describedBy, fieldError, focus, fromServer, invalid, publicCall, redraw, showFailure, valueOf,
  type Shown } from './app';
import { checkStatus, fieldErrors, LIMITS, requiredText } from './logic';

interface CheckState {
  type: IndicatorType;
  value: string;
  errors: Shown[];
  busy: 'check' | 'review' | null;
  /** The answer shown, with the type it was asked for. */
  result: { type: IndicatorType; answer: CheckIndicatorResponse } | null;
  reason: string;
  contact: string;
  reviewErrors: Shown[];
  /** The review's id once sent. */
  reviewSent: string | null;
  /** One key per answer shown: asking twice for the same review is one request. */
  reviewKey: string;
}

const state: CheckState = {
  type: 'PHONE', value: '', errors: [], busy: null, result: null, reason: '', contact: '', reviewErrors: [],
  reviewSent: null, reviewKey: '',
};

function typeName(type: string): string {
  return has('public.indicator.' + type) ? t('public.indicator.' + type) : type;
}

async function check(event: Event): Promise<void> {
  event.preventDefault();
  if (state.busy) {
    return;
  }
  clearFailure();
  const type = state.type;
  const value = state.value.trim();
  state.errors = value ? [] : [{ target: 'check-value', key: 'valueRequired' }];
  state.result = null;
  redraw();
  if (!value) {
    focus('check-value');
    return;
  }
  state.busy = 'check';
  redraw();
  const answer = await publicCall<CheckIndicatorResponse>(withQuery('/api/v1/public/scam-check', { type, value }));
  state.busy = null;
  const problem = answer.ok ? null : answer.problem;
  const invalidFields = fieldErrors(answer.status, problem);
  if (answer.ok && answer.body) {
    state.result = { type, answer: answer.body };
    state.reviewSent = null;
    state.reviewErrors = [];
    state.reason = '';
    state.contact = '';
    state.reviewKey = crypto.randomUUID();
    redraw();
  } else if (invalidFields) {
    state.errors = fromServer(invalidFields, () => 'check-value');
    redraw();
    focus('check-value');
  } else {
    showFailure(answer.status, problem);
  }
}

async function review(event: Event): Promise<void> {
  event.preventDefault();
  const result = state.result;
  if (state.busy || !result) {
    return;
  }
  clearFailure();
  const reason = state.reason.trim();
  const contact = state.contact.trim();
  const mistakes = [
    requiredText(state.reason, LIMITS.reviewReason, 'review-reason', 'reasonRequired', 'reasonTooLong'),
    contact.length > LIMITS.reviewContact
      ? { target: 'review-contact', key: 'contactTooLong', params: { max: LIMITS.reviewContact } } : null,
  ].filter((m) => m !== null);
  state.reviewErrors = mistakes;
  if (mistakes.length) {
    redraw();
    focus(mistakes[0].target);
    return;
  }
  state.busy = 'review';
  redraw();
  const body: RequestIndicatorReviewRequest = { type: result.type, value: result.answer.normalized, reason, contact };
  const answer = await publicCall<RequestIndicatorReviewResponse>('/api/v1/public/scam-check/reviews', body,
    { 'Idempotency-Key': state.reviewKey });
  state.busy = null;
  const problem = answer.ok ? null : answer.problem;
  const invalidFields = fieldErrors(answer.status, problem);
  if (answer.ok && answer.body) {
    state.reviewSent = answer.body.reviewId ?? '';
    redraw();
    focus('review-sent');
  } else if (invalidFields) {
    state.reviewErrors = fromServer(invalidFields, (field) => (field === 'contact' ? 'review-contact' : 'review-reason'));
    redraw();
    focus(state.reviewErrors[0]?.target ?? 'review-reason');
  } else {
    showFailure(answer.status, problem);
  }
}

function reviewView(): TemplateResult {
  const errors = state.reviewErrors;
  const setReason = (e: Event): void => { state.reason = valueOf(e); };
  const setContact = (e: Event): void => { state.contact = valueOf(e); };
  return html`
    <form id="review-form" class="form" novalidate @submit=${review}>
      <h3>${t('public.check.reviewTitle')}</h3>
      <p class="field">
        <label for="review-reason">${t('public.check.reviewReason')}</label>
        <textarea id="review-reason" rows="3" maxlength=${LIMITS.reviewReason} .value=${live(state.reason)}
          aria-invalid=${invalid('review-reason', errors)} aria-describedby=${describedBy('review-reason', errors)}
          @input=${setReason} @change=${setReason}></textarea>
        ${fieldError('review-reason', errors)}
      </p>
      <p class="field">
        <label for="review-contact">${t('public.check.reviewContact')}</label>
        <input id="review-contact" maxlength=${LIMITS.reviewContact} autocomplete="off" .value=${live(state.contact)}
          aria-invalid=${invalid('review-contact', errors)} aria-describedby=${describedBy('review-contact', errors)}
          @input=${setContact} @change=${setContact}>
        ${fieldError('review-contact', errors)}
      </p>
      <p class="actions"><button id="review-submit" class="button" type="submit" ?disabled=${state.busy === 'review'}>
        ${state.busy === 'review' ? t('public.sending') : t('public.check.reviewSubmit')}</button></p>
    </form>`;
}

/** Always there (hidden without an answer), so that screen readers announce the answer as it arrives. */
function resultView(result: CheckState['result']): TemplateResult {
  const status = checkStatus(result?.answer.status);
  return html`
    <section id="check-result" class=${'card result scam-' + status.toLowerCase()} aria-live="polite" ?hidden=${!result}>
      ${result ? html`
      <p class="eyebrow"><span>${t('public.check.checked')}</span> <span id="check-normalized" class="code">${result.answer.normalized ?? ''}</span></p>
      <h2 id="check-status">${t('public.scam.' + status)}</h2>
      <p id="check-detail">${t('public.scamDetail.' + status)}</p>
      <p id="check-advice" class="hint">${t('public.scamAdvice.' + status)}</p>
      ${status === 'REPORTED' && state.reviewSent === null ? reviewView() : nothing}
      <p id="review-sent" role="status" tabindex="-1" ?hidden=${state.reviewSent === null}>${state.reviewSent === null
        ? '' : t('public.check.reviewSent', { id: state.reviewSent })}</p>
      <p><a id="check-report" href="#/report">${t('public.check.reportLink')}</a></p>` : nothing}
    </section>`;
}

export function checkView(): TemplateResult {
  const errors = state.errors;
  const setValue = (e: Event): void => { state.value = valueOf(e); };
  return html`
    <form id="check-form" class="card form" novalidate @submit=${check}>
      <h2 id="check-title" tabindex="-1">${t('public.check.title')}</h2>
      <p>${t('public.check.intro')}</p>
      <div class="grid check">
        <div class="field">
          <label for="check-type">${t('public.check.type')}</label>
          <select id="check-type" @change=${(e: Event) => { state.type = valueOf(e) as IndicatorType; redraw(); }}>
            ${INDICATOR_TYPE.map((type) => html`<option value=${type} ?selected=${type === state.type}>${typeName(type)}</option>`)}
          </select>
        </div>
        <div class="field">
          <label for="check-value">${t('public.check.value')}</label>
          <input id="check-value" autocomplete="off" spellcheck="false" .value=${live(state.value)}
            placeholder=${has('public.example.' + state.type) ? t('public.example.' + state.type) : ''}
            aria-invalid=${invalid('check-value', errors)} aria-describedby=${describedBy('check-value', errors)}
            @input=${setValue} @change=${setValue}>
          ${fieldError('check-value', errors)}
        </div>
      </div>
      <p class="actions"><button id="check-submit" class="button primary" type="submit" ?disabled=${state.busy === 'check'}>
        ${state.busy === 'check' ? t('public.check.checking') : t('public.check.submit')}</button></p>
    </form>
    ${resultView(state.result)}`;
}
