// Texts live in message files (one vi.json and one en.json per page folder), never in code.
// t('shell.home') looks a key up in the current language; {name} placeholders are filled from params.
// The language is the only thing the portal keeps in the browser's storage: it is no personal data.

export type Language = 'vi' | 'en';
export interface Messages {
  [key: string]: string | Messages;
}
export type Params = Record<string, string | number>;

const STORAGE_KEY = 'lachan.lang';
const catalogs: Record<Language, Messages> = { vi: {}, en: {} };
const listeners = new Set<(language: Language) => void>();
let current: Language = storedLanguage();

function storedLanguage(): Language {
  try {
    return localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'vi';
  } catch {
    return 'vi';
  }
}

/** Adds one module's texts under its namespace, e.g. addMessages('tips', vi, en) → t('tips.loading'). */
export function addMessages(namespace: string, vi: Messages, en: Messages): void {
  catalogs.vi[namespace] = vi;
  catalogs.en[namespace] = en;
}

export function language(): Language {
  return current;
}

/** The BCP 47 tag for Intl and for Accept-Language. */
export function locale(lang: Language = current): string {
  return lang === 'en' ? 'en-GB' : 'vi-VN';
}

export function setLanguage(lang: Language): void {
  current = lang;
  try {
    localStorage.setItem(STORAGE_KEY, lang);
  } catch {
    // private browsing: the choice lasts for this page only
  }
  listeners.forEach((listener) => listener(lang));
}

/** Calls listener after every language change; answers a function that stops it. */
export function onLanguageChange(listener: (language: Language) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function lookup(catalog: Messages, key: string): string | Messages | undefined {
  let node: string | Messages | undefined = catalog;
  for (const part of key.split('.')) {
    if (node === undefined || typeof node === 'string') {
      return undefined;
    }
    node = node[part];
  }
  return node;
}

/** The text for key in the current language (or lang); a missing key shows as itself, so it is seen and fixed. */
export function t(key: string, params: Params = {}, lang: Language = current): string {
  const found = lookup(catalogs[lang], key);
  if (typeof found !== 'string') {
    return key;
  }
  return found.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/** Whether key has a text (e.g. a role's name): for codes the messages may not know yet. */
export function has(key: string, lang: Language = current): boolean {
  return typeof lookup(catalogs[lang], key) === 'string';
}

/** A text the server gave in both languages (problem details, reference data): the one for the current language. */
export function pick(vi: string | null | undefined, en: string | null | undefined): string {
  return (current === 'en' ? en || vi : vi || en) ?? '';
}

/** Every key path of a catalogue, for the test that both languages say the same things. */
export function keysOf(messages: Messages, prefix = ''): string[] {
  return Object.entries(messages).flatMap(([key, value]) =>
    typeof value === 'string' ? [prefix + key] : keysOf(value, prefix + key + '.'));
}
