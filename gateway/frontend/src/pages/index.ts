// THE registration point for the officers' pages: one line per section, the key being the section id of
// src/shell/sections.ts and of the hash route (#/<id>/…). Each page is its own chunk, loaded when first opened.
import type { Page } from '../shared/page';

export const PAGES: Record<string, () => Promise<{ page: Page }>> = {
  home: () => import('./home/page'),
  tips: () => import('./tips/page'),
  budget: () => import('./budget/page'),
  cases: () => import('./cases/page'),
  admin: () => import('./admin/page'),
  freeze: () => import('./freeze/page'),
  reports: () => import('./reports/page'),
  rewards: () => import('./rewards/page'),
  audit: () => import('./audit/page'),
};
