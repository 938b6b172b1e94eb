// Theo dõi tin báo (#/track): a tip followed with its tracking code and secret, its status, decision and rewards,
// and the thread with the police. The secret lives in this module's memory only, while the tip is open, and
// travels in the X-Tip-Secret header: never in a URL, a body that proxies log, or the browser's storage (ADR 0003).
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { newIdempotencyKey } from '../shared/api';
import { formatDate, formatDateTime, formatMoney } from '../shared/format';
import { has, pick, t } from '../shared/i18n';
import type { PublicTipOutcome, PublicTipView, TipsterMessage } from '../generated/tip';
import { clearFailure, describedBy, fieldError, focus, fromServer, invalid, publicCall, redraw, showFailure, valueOf,
  type Shown } from './app';
import { decidedOutcome, fieldErrors, keyFor, LIMITS, mayHaveArrived, readFollow, requiredText } from './logic';

interface FollowState {
  code: string;
  secret: string;
  showSecret: boolean;
  errors: Shown[];
  /** The one answer for an unknown code and a wrong secret, as tip-service gives. */
  notFound: boolean;
  busy: 'track' | 'message' | null;
  /** The tip open, with the secret that opened it. */
  open: { code: string; secret: string; view: PublicTipView } | null;
  text: string;
  textErrors: Shown[];
  sent: boolean;
  key: { body: string; key: string } | null;
}

const state: FollowState = {
  code: '', secret: '', showSecret: false, errors: [], notFound: false, busy: null, open: null, text: '',
  textErrors: [], sent: false, key: null,
};

/** Where the focus goes when the page is opened. */
export function followHeading(): string {
  return state.open ? 'tip-title' : 'track-title';
}

/** Puts a tracking code in the form (from the receipt). */
export function prefillCode(code: string): void {
  state.code = code;
}

function statusName(status: string | undefined): string {
  return status && has('public.tipStatus.' + status) ? t('public.tipStatus.' + status) : status ?? '';
}

async function follow(event: Event): Promise<void> {
  event.preventDefault();
  if (state.busy) {
    return;
  }
  clearFailure();
  const read = readFollow(state.code, state.secret);
  state.errors = read.errors;
  state.notFound = false;
  redraw();
  if (!('code' in read)) {
    focus(read.errors[0].target, true);
    return;
  }
  state.busy = 'track';
  redraw();
  // the code goes in the body and the secret in a header, never in the URL that proxies log
  const answer = await publicCall<PublicTipView>('/api/v1/public/tips:follow', { trackingCode: read.code },
    { 'X-Tip-Secret': read.secret });
  state.busy = null;
  if (answer.ok && answer.body) {
    state.open = { code: read.code, secret: read.secret, view: answer.body };
    state.key = null;
    state.textErrors = [];
    state.sent = false;
    state.secret = '';
    redraw();
    focus('tip-title');
  } else if (answer.status === 404 || answer.status === 400) {
    state.notFound = true;
    redraw();
    document.getElementById('track-error')?.scrollIntoView({ block: 'nearest' });
  } else {
    showFailure(answer.status, answer.ok ? null : answer.problem);
  }
}

function close(): void {
  state.open = null; // the secret goes with it
  state.key = null;
  state.text = '';
  state.textErrors = [];
  state.sent = false;
  redraw();
  focus('track-code');
}

async function sendMessage(event: Event): Promise<void> {
  event.preventDefault();
  const open = state.open;
  if (state.busy || !open) {
    return;
  }
  clearFailure();
  state.sent = false;
  const text = state.text.trim();
  const mistake = requiredText(state.text, LIMITS.message, 'message-text', 'messageRequired', 'messageTooLong');
  state.textErrors = mistake ? [mistake] : [];
  if (mistake) {
    redraw();
    focus('message-text');
    return;
  }
  state.key = keyFor(state.key, { code: open.code, text }, newIdempotencyKey);
  state.busy = 'message';
  redraw();
  const answer = await publicCall<PublicTipView>('/api/v1/public/tips:add-message', { trackingCode: open.code, text },
    { 'X-Tip-Secret': open.secret, 'Idempotency-Key': state.key.key });
  state.busy = null;
  const problem = answer.ok ? null : answer.problem;
  const invalidFields = fieldErrors(answer.status, problem);
  if (answer.ok && answer.body) {
    open.view = answer.body;
    state.key = null;
    state.sent = true;
    state.text = '';
    redraw();
  } else if (invalidFields) {
    state.key = null;
    state.textErrors = fromServer(invalidFields, () => 'message-text');
    redraw();
    focus('message-text');
  } else if (answer.status === 404) {
    // locked meanwhile: back to the form, with the same neutral answer
    close();
    state.notFound = true;
    redraw();
  } else {
    if (!mayHaveArrived(answer.status)) {
      state.key = null;
    }
    showFailure(answer.status, problem);
  }
}

function formView(): TemplateResult {
  const errors = state.errors;
  const setCode = (e: Event): void => { state.code = valueOf(e); };
  const setSecret = (e: Event): void => { state.secret = valueOf(e); };
  return html`
    <form id="track-form" class="card form" novalidate @submit=${follow} ?hidden=${!!state.open}>
      <h2 id="track-title" tabindex="-1">${t('public.track.title')}</h2>
      <p>${t('public.track.intro')}</p>
      <div class="grid two">
        <div class="field">
          <label for="track-code">${t('public.track.trackingCode')}</label>
          <input id="track-code" name="tracking_code" class="code" autocomplete="off" autocapitalize="characters"
            spellcheck="false" placeholder="LC-XXXX-XXXX" maxlength="20" .value=${live(state.code)}
            aria-invalid=${invalid('track-code', errors)} aria-describedby=${describedBy('track-code', errors)}
            @input=${setCode} @change=${setCode}>
          ${fieldError('track-code', errors)}
        </div>
        <div class="field">
          <label for="track-secret">${t('public.track.secret')}</label>
          <input id="track-secret" name="secret" class="code" type=${state.showSecret ? 'text' : 'password'} autocomplete="off"
            autocapitalize="characters" spellcheck="false" placeholder="XXXX-XXXX-…" maxlength=${LIMITS.secret}
            .value=${live(state.secret)} aria-invalid=${invalid('track-secret', errors)}
            aria-describedby=${describedBy('track-secret', errors)} @input=${setSecret} @change=${setSecret}>
          ${fieldError('track-secret', errors)}
          <label class="inline-check"><input type="checkbox" id="track-show" .checked=${live(state.showSecret)}
            @change=${(e: Event) => { state.showSecret = (e.target as HTMLInputElement).checked; redraw(); }}>
            <span>${t('public.track.showSecret')}</span></label>
        </div>
      </div>
      <p id="track-error" class="message neutral" role="alert" ?hidden=${!state.notFound}>${state.notFound ? t('public.track.notFound') : ''}</p>
      <p class="actions"><button id="track-submit" class="button primary" type="submit" ?disabled=${state.busy === 'track'}>
        ${state.busy === 'track' ? t('public.track.looking') : t('public.track.submit')}</button></p>
    </form>`;
}

function outcomeView(outcome: PublicTipOutcome | undefined): TemplateResult {
  const decided = decidedOutcome(outcome);
  const label = decided ? statusName(decided.status) : '';
  const ground = decided ? pick(decided.groundLabelVi, decided.groundLabelEn) : '';
  return html`<div id="tip-outcome" class="outcome" ?hidden=${!decided}>
    <h3>${t('public.track.outcome')}</h3>
    <p id="tip-outcome-text">${decided?.decidedOn ? t('public.track.decidedOn', { label, date: formatDate(decided.decidedOn) }) : label}</p>
    <p id="tip-outcome-ground" ?hidden=${!ground}>${ground ? t('public.track.ground', { label: ground }) : ''}</p>
    <p id="tip-outcome-reasons" class="quote" ?hidden=${!decided?.reasons}>${decided?.reasons
      ? t('public.track.reasons', { reasons: decided.reasons }) : ''}</p>
  </div>`;
}

function note(m: TipsterMessage): TemplateResult {
  const officer = m.author === 'OFFICER';
  return html`<li class=${'note ' + (officer ? 'from-police' : 'from-you')}>
    <p class="note-head"><strong>${officer ? t('public.track.police') : t('public.track.you')}</strong> · <time
      datetime=${m.at ?? ''}>${m.at ? formatDateTime(m.at) : ''}</time></p>
    <p class="note-text">${m.text ?? ''}</p>
  </li>`;
}

function tipView(open: NonNullable<FollowState['open']>): TemplateResult {
  const view = open.view;
  const rewards = view.rewards ?? [];
  const messages = view.messages ?? [];
  const textErrors = state.textErrors;
  const setText = (e: Event): void => { state.text = valueOf(e); };
  return html`
    <div id="tip-view" class="stack">
      <section class="card" aria-labelledby="tip-title">
        <div class="heading-row">
          <h2 id="tip-title" tabindex="-1"><span>${t('public.track.tipTitle')}</span> <span id="tip-code" class="code">${view.trackingCode || open.code}</span></h2>
          <button id="track-close" class="button secondary" type="button" @click=${close}>${t('public.track.close')}</button>
        </div>
        <dl class="facts">
          <dt>${t('public.track.status')}</dt>
          <dd><span id="tip-status" class=${'badge status-' + (view.status ?? '').toLowerCase()}>${statusName(view.status)}</span></dd>
          <dt>${t('public.track.receivedAt')}</dt>
          <dd id="tip-received">${view.receivedAt ? formatDateTime(view.receivedAt) : ''}</dd>
          <dt>${t('public.track.dueDate')}</dt>
          <dd id="tip-due">${view.decisionDue ? formatDate(view.decisionDue) : ''}</dd>
        </dl>
        ${outcomeView(view.outcome)}
        <div id="tip-rewards" ?hidden=${rewards.length === 0}>
          <h3>${t('public.track.rewards')}</h3>
          <ul id="tip-rewards-list">${rewards.map((r) => html`<li>${t('public.track.reward', {
            amount: formatMoney(r.amount?.dong ?? '0'),
            state: r.paid ? t('public.track.rewardPaid') : t('public.track.rewardApproved') })}</li>`)}</ul>
        </div>
      </section>

      <section class="card" aria-labelledby="thread-title">
        <h3 id="thread-title">${t('public.track.threadTitle')}</h3>
        <ol id="thread" class="thread" aria-live="polite">${messages.map(note)}</ol>
        <p id="thread-empty" class="hint" ?hidden=${messages.length > 0}>${t('public.track.threadEmpty')}</p>
        <form id="message-form" novalidate @submit=${sendMessage}>
          <div class="field">
            <label for="message-text">${t('public.track.addInfo')}</label>
            <p class="hint" id="message-hint">${t('public.track.addInfoHint')}</p>
            <textarea id="message-text" rows="4" maxlength=${LIMITS.message} .value=${live(state.text)}
              aria-invalid=${invalid('message-text', textErrors)}
              aria-describedby=${describedBy('message-text', textErrors, 'message-hint')}
              @input=${setText} @change=${setText}></textarea>
            ${fieldError('message-text', textErrors)}
          </div>
          <p class="actions">
            <button id="message-send" class="button primary" type="submit" ?disabled=${state.busy === 'message'}>
              ${state.busy === 'message' ? t('public.sending') : t('public.track.send')}</button>
            <span id="message-sent" class="copied" role="status">${state.sent ? t('public.track.sent') : ''}</span>
          </p>
        </form>
      </section>
    </div>`;
}

export function followView(): TemplateResult {
  return html`${formView()}${state.open ? tipView(state.open) : nothing}`;
}
