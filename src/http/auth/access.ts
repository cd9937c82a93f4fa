/**
 * Who may do what. Roles come from REGISTRE_API_TOKENS (`role:token`):
 *
 *   permission   clerk  archivist  admin  public (REGISTRE_PUBLIC_READ=true, or no token configured)
 *   read           ✓        ✓        ✓       ✓   documents, originals, jobs, search, members, report
 *   export                  ✓        ✓       ✓   SCDL export (open data)
 *   upload         ✓                 ✓           POST /api/documents
 *   correct        ✓                 ✓           PATCH /api/documents/:id
 *
 * With no token configured the server is read-only: nobody can upload or
 * correct (a safe default for `registre serve` started without thinking).
 *
 * Tokens are compared in constant time: both sides are hashed to 32 bytes
 * and compared with timingSafeEqual, and every configured token is compared
 * (no early exit), so timing tells neither which token nor how much matched.
 * A token is never stored in a log or an event: the actor is
 * `role:<10 hex of a hash of the token>`, stable across restarts.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import type { Config, Role } from '../../config.ts';

export const PERMISSIONS = ['read', 'export', 'upload', 'correct'] as const;
export type Permission = (typeof PERMISSIONS)[number];

export const ROLE_PERMISSIONS: Readonly<Record<Role, readonly Permission[]>> = {
  clerk: ['read', 'upload', 'correct'],
  archivist: ['read', 'export'],
  admin: PERMISSIONS,
};

const PUBLIC_PERMISSIONS: readonly Permission[] = ['read', 'export'];

export interface Principal {
  /** 'token': a valid token was presented; 'anonymous': none. */
  kind: 'token' | 'anonymous';
  role: Role | null;
  /** For the event log and the rate limiter; never the token itself. */
  actor: string;
}

export interface AccessPolicy {
  /** The principal a token designates, or null when no configured token matches. */
  match(token: string): Principal | null;
  can(p: Principal, perm: Permission): boolean;
  /** True when nobody can upload or correct (no token configured). */
  readonly readOnly: boolean;
  /** Permissions granted without a token. */
  readonly publicPermissions: readonly Permission[];
}

const digest = (s: string) => createHash('sha256').update(s, 'utf8').digest();

export function actorOf(role: Role, token: string): string {
  return `${role}:${createHash('sha256').update(`registre-actor\0${token}`).digest('hex').slice(0, 10)}`;
}

export function accessPolicy(config: Pick<Config, 'apiTokens' | 'publicRead'>): AccessPolicy {
  const entries = config.apiTokens.map((t) => ({ role: t.role, hash: digest(t.token), actor: actorOf(t.role, t.token) }));
  const readOnly = entries.length === 0;
  const publicPermissions = readOnly || config.publicRead ? PUBLIC_PERMISSIONS : [];
  return {
    readOnly,
    publicPermissions,
    match(token) {
      const h = digest(token);
      let found: (typeof entries)[number] | null = null;
      for (const e of entries) if (timingSafeEqual(h, e.hash) && !found) found = e;
      return found ? { kind: 'token', role: found.role, actor: found.actor } : null;
    },
    can(p, perm) {
      if (publicPermissions.includes(perm)) return true;
      return p.role !== null && ROLE_PERMISSIONS[p.role].includes(perm);
    },
  };
}
