// What the three citizens' pages share: drawing again, the page's one general message, calls without any cookie,
// and field errors next to their controls, in either language.
import { html, nothing, type TemplateResult } from 'lit';
import { call, publicRequest, type FieldError, type Problem, type Result } from '../shared/api';
import { fieldErrorText } from '../shared/forms';
import { pick, t, type Params } from '../shared/i18n';
import { failureOf, type Failure, type LocalError } from './logic';

let redrawAll: () => void = () => undefined;
let failure: Failure | null = null;

/** main.ts draws every page again with this (after a change of state, of language, of route). */
export function setRedraw(redraw: () => void): void {
  redrawAll = redraw;
}

export function redraw(): void {
  redrawAll();
}

/** The text of the page's general message (#message), or '' when there is none. */
export function messageText(): string {
  if (!failure) {
    return '';
  }
  if ('key' in failure) {
    return t('public.failure.' + failure.key);
  }
  const problem = failure.problem;
  const detail = pick(problem.detailVi, problem.detailEn) || problem.detail || t('public.failure.failed');
  return problem.requestId ? `${detail} ${t('public.failure.requestId', { id: problem.requestId })}` : detail;
}

/** Shows the general message for a failure that is neither a success nor a field error, and scrolls to it. */
export function showFailure(status: number, problem: Problem | null): void {
  failure = failureOf(status, problem);
  redraw();
  document.getElementById('message')?.scrollIntoView({ block: 'nearest' });
}

export function clearFailure(): void {
  failure = null;
}

/**
 * A call to a public route: no cookie goes with it (the citizens' pages use no session, so a citizen's request is
 * never tied to one), hence no CSRF token; the language and Accept: application/json always.
 */
export function publicCall<T>(path: string, body?: unknown, headers: Record<string, string> = {}): Promise<Result<T>> {
  const init: RequestInit = { method: body === undefined ? 'GET' : 'POST', headers: { ...headers } };
  if (body !== undefined) {
    (init.headers as Record<string, string>)['Content-Type'] = 'application/json';
    init.body = JSON.stringify(body);
  }
  return call<T>(path, init, publicRequest);
}

/** An error shown next to a control: one the page found (a message key) or one the server gave (both languages). */
export type Shown = (LocalError & { server?: undefined }) | { target: string | null; server: FieldError; key?: undefined };

export function shownText(error: Shown): string {
  return error.server ? fieldErrorText(error.server) : t('public.local.' + error.key, error.params as Params | undefined);
}

export function fromServer(errors: readonly FieldError[], target: (field: string) => string | null): Shown[] {
  return errors.map((server) => ({ target: target(server.field), server }));
}

function errorsOf(id: string, errors: readonly Shown[]): string {
  return errors.filter((e) => e.target === id).map(shownText).join(' ');
}

/** The error element of control id: hidden while it has no error. */
export function fieldError(id: string, errors: readonly Shown[]): TemplateResult {
  const text = errorsOf(id, errors);
  return html`<p class="field-error" id=${id + '-error'} ?hidden=${!text}>${text}</p>`;
}

/** aria-invalid of control id. */
export function invalid(id: string, errors: readonly Shown[]): 'true' | typeof nothing {
  return errors.some((e) => e.target === id) ? 'true' : nothing;
}

/** aria-describedby of control id: its hints, and its error element while it has an error. */
export function describedBy(id: string, errors: readonly Shown[], ...hints: string[]): string | typeof nothing {
  const ids = errors.some((e) => e.target === id) ? [...hints, id + '-error'] : hints;
  return ids.length ? ids.join(' ') : nothing;
}

/** Moves the focus (and the view) to an element drawn by the last redraw. */
export function focus(id: string, center = false): void {
  const target = document.getElementById(id);
  if (target) {
    target.focus();
    if (center) {
      target.scrollIntoView({ block: 'center' });
    }
  }
}

/** The value of the control an event came from. */
export function valueOf(event: Event): string {
  return (event.target as HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement).value;
}
