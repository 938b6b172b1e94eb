// Field errors next to their controls, in either language, and announced to screen readers.
// A control is tied to its error element by aria-describedby; the error element names the request field
// the server reports (data-field, e.g. "tip.narrative").
import type { FieldError } from './api';
import { pick, t } from './i18n';

/** The id of the error element of control id. */
export function errorId(controlId: string): string {
  return controlId + '-error';
}

export function clearFieldErrors(form: HTMLElement): void {
  form.querySelectorAll<HTMLElement>('.field-error').forEach((el) => {
    el.hidden = true;
    el.textContent = '';
  });
  form.querySelectorAll('[aria-invalid]').forEach((el) => el.removeAttribute('aria-invalid'));
}

function controlOf(form: HTMLElement, error: HTMLElement): HTMLElement | null {
  return form.querySelector<HTMLElement>(`[aria-describedby~="${CSS.escape(error.id)}"]`);
}

/** Marks one error element (and its control) with text; a second error for the same field is appended. */
export function markFieldError(form: HTMLElement, error: HTMLElement, text: string): void {
  error.textContent = error.hidden || !error.textContent ? text : `${error.textContent} ${text}`;
  error.hidden = false;
  controlOf(form, error)?.setAttribute('aria-invalid', 'true');
}

/** The server's message for a field error in the current language. */
export function fieldErrorText(error: FieldError): string {
  return pick(error.vi ?? error.message, error.en ?? error.message);
}

/**
 * Puts each field error next to its control (rename maps a server field to the form's own name).
 * Answers the errors that have no control in this form, for the form's alert.
 */
export function showFieldErrors(form: HTMLElement, errors: readonly FieldError[],
  rename: (field: string) => string = (f) => f): FieldError[] {
  clearFieldErrors(form);
  const unplaced: FieldError[] = [];
  for (const error of errors) {
    const target = form.querySelector<HTMLElement>(`.field-error[data-field="${CSS.escape(rename(error.field))}"]`);
    if (target) {
      markFieldError(form, target, fieldErrorText(error));
    } else {
      unplaced.push(error);
    }
  }
  return unplaced;
}

/** Moves the focus to the first control marked invalid, so a keyboard user lands on what to fix. */
export function focusFirstInvalid(form: HTMLElement): void {
  form.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
}

/** A summary for the form's alert: "fix the fields below", or the errors without a control of their own. */
export function summary(unplaced: readonly FieldError[], placedAny: boolean): string {
  if (unplaced.length > 0) {
    return unplaced.map((e) => `${e.field}: ${fieldErrorText(e)}`).join(' ');
  }
  return placedAny ? t('common.fixFields') : '';
}
