// What a page module offers the shell. One module per page (src/pages/<section>/page.ts), registered in
// src/pages/index.ts; the shell imports it the first time its section is opened.
import type { Language } from './i18n';

/** The signed-in user as GET /portal/me tells (the gateway's PortalUser). */
export interface PortalUser {
  name: string;
  username: string;
  unit: string;
  roles: string[];
  /** The portal's sections these roles use, in order (the gateway decides them). */
  sections: string[];
}

export interface PageContext {
  user: PortalUser;
  language: Language;
}

export interface Page {
  /**
   * Draws the page into target for the hash route after the section, e.g. #/tips/new → ['new'].
   * Called again on every route change inside the section and on every language change; target is the same
   * element until the user leaves the section.
   */
  render(target: HTMLElement, path: string[], context: PageContext): void;
}

export function hasAnyRole(user: PortalUser, ...roles: string[]): boolean {
  return roles.some((role) => user.roles.includes(role));
}
