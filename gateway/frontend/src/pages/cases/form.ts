// Forms of the case and freeze pages, drawn by Lit from their state so that a redraw (new data, another language)
// keeps what was typed and shows the server's field errors next to their fields in the current language.
import { html, nothing, type TemplateResult } from 'lit';
import { failureText, newIdempotencyKey, post, type FieldError, type Problem, type Result } from '../../shared/api';
import { fieldErrorText, summary } from '../../shared/forms';
import { t } from '../../shared/i18n';
import { keyFor } from './logic';

/** One form: its values, the server's answer to the last submission, and the key of that submission. */
export interface FormState {
  values: Record<string, string>;
  errors: FieldError[];
  failure: { status: number; problem: Problem | null } | null;
  /** Errors the page found itself before sending (e.g. an amount that is no number), by request field. */
  local: FieldError[];
  sending: boolean;
  attempt: { body: string; key: string } | null;
}

export function newForm(values: Record<string, string> = {}): FormState {
  return { values, errors: [], failure: null, local: [], sending: false, attempt: null };
}

/** The errors for a request field and those under it (freeze_request.amount_requested covers ….dong). */
function errorsOf(form: FormState, field: string): FieldError[] {
  return [...form.local, ...form.errors].filter((e) => e.field === field || e.field.startsWith(field + '.'));
}

export interface FieldSpec {
  /** Element id of the control; its error is id-error. */
  id: string;
  /** Name in form.values. */
  name: string;
  /** The request field the server names in its errors. */
  field: string;
  label: string;
  hint?: string;
  wide?: boolean;
}

/** A labelled control with its hint and its error paragraph (role=alert not needed: the form's alert announces). */
export function field(form: FormState, spec: FieldSpec, control: (invalid: boolean, describedBy: string) => TemplateResult):
  TemplateResult {
  const errors = errorsOf(form, spec.field);
  const text = errors.map(fieldErrorText).join(' ');
  const describedBy = [spec.hint ? spec.id + '-hint' : '', spec.id + '-error'].filter(Boolean).join(' ');
  return html`<div class=${spec.wide ? 'field wide' : 'field'}>
    <label for=${spec.id}>${spec.label}</label>
    ${control(errors.length > 0, describedBy)}
    ${spec.hint ? html`<p class="hint" id=${spec.id + '-hint'}>${spec.hint}</p>` : nothing}
    <p class="field-error" id=${spec.id + '-error'} data-field=${spec.field} ?hidden=${!text}>${text}</p>
  </div>`;
}

export function input(form: FormState, spec: FieldSpec,
  extra: { list?: string; inputmode?: string; autocomplete?: string } = {}): TemplateResult {
  return field(form, spec, (invalid, describedBy) => html`<input id=${spec.id} name=${spec.name}
    .value=${form.values[spec.name] ?? ''} aria-describedby=${describedBy} aria-invalid=${invalid ? 'true' : nothing}
    list=${extra.list ?? nothing} inputmode=${extra.inputmode ?? nothing} autocomplete=${extra.autocomplete ?? 'off'}
    @input=${(e: Event) => { form.values[spec.name] = (e.target as HTMLInputElement).value; }}
    @change=${(e: Event) => { form.values[spec.name] = (e.target as HTMLInputElement).value; }}>`);
}

export function textarea(form: FormState, spec: FieldSpec, rows = 3): TemplateResult {
  return field(form, spec, (invalid, describedBy) => html`<textarea id=${spec.id} name=${spec.name} rows=${rows}
    .value=${form.values[spec.name] ?? ''} aria-describedby=${describedBy} aria-invalid=${invalid ? 'true' : nothing}
    @input=${(e: Event) => { form.values[spec.name] = (e.target as HTMLTextAreaElement).value; }}
    @change=${(e: Event) => { form.values[spec.name] = (e.target as HTMLTextAreaElement).value; }}></textarea>`);
}

export function select(form: FormState, spec: FieldSpec, options: readonly { value: string; label: string }[],
  onChange: () => void = () => undefined): TemplateResult {
  const current = form.values[spec.name] ?? '';
  return field(form, spec, (invalid, describedBy) => html`<select id=${spec.id} name=${spec.name}
    aria-describedby=${describedBy} aria-invalid=${invalid ? 'true' : nothing}
    @change=${(e: Event) => { form.values[spec.name] = (e.target as HTMLSelectElement).value; onChange(); }}>
    ${options.map((o) => html`<option value=${o.value} .selected=${o.value === current}>${o.label}</option>`)}
  </select>`);
}

/** The form's alert: the fields to fix, the errors no field of this form shows, or the server's own words. */
export function alert(form: FormState, id: string, placed: readonly string[]): TemplateResult | typeof nothing {
  const all = [...form.local, ...form.errors];
  if (!form.failure && all.length === 0) {
    return nothing;
  }
  const unplaced = all.filter((e) => !placed.some((f) => e.field === f || e.field.startsWith(f + '.')));
  let text = summary(unplaced, all.length > unplaced.length);
  if (!text && form.failure) {
    text = failureText(form.failure.status, form.failure.problem, t);
  }
  return html`<p class="tips-alert" id=${id} role="alert">${text}</p>`;
}

/**
 * Sends the form's request (POST, JSON) under an Idempotency-Key that stays the same while the request does, so a
 * retry after a lost answer is safe; answers the result after recording its errors in the form.
 */
export async function submit<T>(form: FormState, path: string, body: unknown, redraw: () => void): Promise<Result<T>> {
  form.sending = true;
  form.local = [];
  redraw();
  form.attempt = keyFor(form.attempt, body, newIdempotencyKey);
  const result = await post<T>(path, body, form.attempt.key);
  form.sending = false;
  if (result.ok) {
    form.errors = [];
    form.failure = null;
    form.attempt = null;
  } else {
    form.errors = result.problem?.errors ?? [];
    form.failure = { status: result.status, problem: result.problem };
    if (result.status !== 400 && result.status !== 409) {
      form.attempt = null; // not an answer about this request: a new try is a new request
    }
  }
  redraw();
  return result;
}

/** A local error for a field, in both languages from the page's messages. */
export function localError(field: string, key: string): FieldError {
  return { field, vi: t(key, {}, 'vi'), en: t(key, {}, 'en') };
}

/** The submit button, disabled while sending. */
export function submitButton(id: string, form: FormState, label: string): TemplateResult {
  return html`<button class="button primary" id=${id} type="submit" ?disabled=${form.sending}>
    ${form.sending ? t('common.sending') : label}</button>`;
}
