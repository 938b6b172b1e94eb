// @vitest-environment happy-dom
import { html, render } from 'lit';
import { beforeEach, describe, expect, it } from 'vitest';
import { clearFieldErrors, showFieldErrors, summary } from './forms';
import { addMessages, setLanguage } from './i18n';

addMessages('common', { fixFields: 'Sửa các trường.' }, { fixFields: 'Fix the fields.' });

function form(): HTMLFormElement {
  const el = document.createElement('form');
  render(html`
    <label for="narrative">Nội dung</label>
    <textarea id="narrative" aria-describedby="narrative-error"></textarea>
    <p class="field-error" id="narrative-error" data-field="tip.narrative" hidden></p>
    <label for="phone">Điện thoại</label>
    <input id="phone" aria-describedby="phone-error">
    <p class="field-error" id="phone-error" data-field="contact.phone" hidden></p>`, el);
  document.body.replaceChildren(el);
  return el;
}

describe('field errors', () => {
  beforeEach(() => setLanguage('vi'));

  it('land next to their control, which is marked invalid, in the current language', () => {
    const f = form();
    const unplaced = showFieldErrors(f, [
      { field: 'tip.narrative', vi: 'Bắt buộc.', en: 'Required.' },
      { field: 'tip.narrative', vi: 'Quá dài.', en: 'Too long.' },
    ]);

    expect(unplaced).toEqual([]);
    const error = f.querySelector<HTMLElement>('#narrative-error')!;
    expect(error.hidden).toBe(false);
    expect(error.textContent).toBe('Bắt buộc. Quá dài.');
    expect(f.querySelector('#narrative')!.getAttribute('aria-invalid')).toBe('true');
    expect(f.querySelector('#phone')!.hasAttribute('aria-invalid')).toBe(false);
    expect(summary(unplaced, true)).toBe('Sửa các trường.');
  });

  it('without a control of their own are handed back for the alert', () => {
    setLanguage('en');
    const unplaced = showFieldErrors(form(), [{ field: 'tip.unit', vi: 'Sai đơn vị.', en: 'Wrong unit.' }]);
    expect(summary(unplaced, false)).toBe('tip.unit: Wrong unit.');
  });

  it('can be mapped from the server field to the form field, and cleared', () => {
    const f = form();
    showFieldErrors(f, [{ field: 'phone', message: 'Sai số.' }], (name) => (name === 'phone' ? 'contact.phone' : name));
    expect(f.querySelector('#phone-error')!.textContent).toBe('Sai số.');

    clearFieldErrors(f);
    expect(f.querySelector<HTMLElement>('#phone-error')!.hidden).toBe(true);
    expect(f.querySelector('[aria-invalid]')).toBeNull();
  });
});
