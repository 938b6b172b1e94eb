import { describe, expect, it, vi } from 'vitest';
import { addMessages, keysOf, type Messages, pick, setLanguage, t } from './i18n';

// Every message file of the portal, found by name: vi.json beside en.json in each folder.
const files = import.meta.glob<Messages>('/src/**/{vi,en}.json', { eager: true, import: 'default' });

// Node 20 has no localStorage: a Map stands in for the browser's.
const stored = new Map<string, string>();
vi.stubGlobal('localStorage', {
  getItem: (k: string) => stored.get(k) ?? null,
  setItem: (k: string, v: string) => void stored.set(k, v),
  get length() { return stored.size; },
});

describe('message files', () => {
  const folders = [...new Set(Object.keys(files).map((path) => path.replace(/\/(vi|en)\.json$/, '')))];

  it('are found', () => {
    expect(folders).toContain('/src/shell');
    expect(folders).toContain('/src/shared');
  });

  it.each(folders)('%s says the same things in Vietnamese and English', (folder) => {
    const vi = files[`${folder}/vi.json`];
    const en = files[`${folder}/en.json`];
    expect(vi, `${folder}/vi.json`).toBeDefined();
    expect(en, `${folder}/en.json`).toBeDefined();
    expect(keysOf(en).sort()).toEqual(keysOf(vi).sort());
    const texts = (m: Messages): string[] => Object.values(m).flatMap((v) => (typeof v === 'string' ? [v] : texts(v)));
    expect([...texts(vi), ...texts(en)].filter((text) => text.trim() === '')).toEqual([]);
  });
});

describe('t', () => {
  addMessages('test', { hello: 'Xin chào {name}', nested: { deep: 'Sâu' } }, { hello: 'Hello {name}', nested: { deep: 'Deep' } });

  it('answers in the current language and fills placeholders', () => {
    setLanguage('vi');
    expect(t('test.hello', { name: 'Hùng' })).toBe('Xin chào Hùng');
    setLanguage('en');
    expect(t('test.hello', { name: 'Hùng' })).toBe('Hello Hùng');
    expect(t('test.nested.deep')).toBe('Deep');
    setLanguage('vi');
  });

  it('shows a missing key as itself, so it is noticed', () => {
    expect(t('test.nope')).toBe('test.nope');
    expect(t('test.nested')).toBe('test.nested');
  });

  it('remembers only the language in the browser', () => {
    setLanguage('en');
    expect(localStorage.getItem('lachan.lang')).toBe('en');
    expect(localStorage.length).toBe(1);
    setLanguage('vi');
  });

  it('picks the server text of the current language, falling back on the other', () => {
    setLanguage('en');
    expect(pick('Sai', 'Wrong')).toBe('Wrong');
    expect(pick('Sai', undefined)).toBe('Sai');
    setLanguage('vi');
    expect(pick('Sai', 'Wrong')).toBe('Sai');
  });
});
