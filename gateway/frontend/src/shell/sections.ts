import type { PortalUser } from '../shared/page';

/**
 * The sections the user's roles use, as the gateway tells with the user (GET /portal/me, its PortalSections): the
 * portal keeps no copy of the roles per section. Only a convenience: every service checks the roles again.
 */
export function allowedSections(user: PortalUser | null): string[] {
  return user ? [...user.sections] : [];
}

/** The hash route: '#/tips/new' → ['tips', 'new']; '#tips' works too. */
export function parseRoute(hash: string): string[] {
  return hash.replace(/^#\/?/, '').split('/').filter((part) => part !== '').map(decodeURIComponent);
}
