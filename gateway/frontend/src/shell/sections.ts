import type { PortalUser } from '../shared/page';

/** What each role may use. Only a convenience: every service checks the roles in the token again. */
export const SECTIONS: readonly { id: string; roles: readonly string[]; policeRoles?: readonly string[] }[] = [
  { id: 'tips', roles: ['tip-intake', 'investigator', 'police-leader', 'procurator'] },
  // rewards are paid by the police's accountant: a budget spender of a police unit, not of any unit
  { id: 'rewards', roles: ['tip-intake', 'investigator', 'police-leader', 'auditor'], policeRoles: ['budget-spender'] },
  { id: 'cases', roles: ['investigator', 'police-leader', 'procurator', 'judge'] },
  { id: 'reports', roles: ['report-submitter', 'report-reviewer', 'police-leader', 'reader-consolidated'] },
  { id: 'budget', roles: ['budget-planner', 'budget-spender', 'budget-approver', 'reader-consolidated', 'auditor'] },
  { id: 'freeze', roles: ['bank-liaison', 'investigator'] },
  { id: 'audit', roles: ['auditor'] },
  { id: 'admin', roles: ['admin'] },
];

export function allowedSections(user: PortalUser | null): string[] {
  const roles = new Set(user ? user.roles : []);
  const police = !!user && user.unit.startsWith('cong-an-');
  return SECTIONS.filter((s) => s.roles.some((r) => roles.has(r)) || (police && (s.policeRoles ?? []).some((r) => roles.has(r))))
    .map((s) => s.id);
}

/** The hash route: '#/tips/new' → ['tips', 'new']; '#tips' works too. */
export function parseRoute(hash: string): string[] {
  return hash.replace(/^#\/?/, '').split('/').filter((part) => part !== '').map(decodeURIComponent);
}
