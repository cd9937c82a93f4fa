/**
 * Credentials of a request and the permission check, for the API and the
 * pages alike.
 *
 * - `Authorization: Bearer TOKEN` (API clients). A header that is present
 *   but malformed or unknown is a 401, even on a public route: a client
 *   with a wrong token should hear about it rather than silently read as
 *   the public.
 * - The `registre_jeton` cookie (browsers: set by the sign-in page,
 *   HttpOnly, SameSite=Strict). An unknown cookie counts as no credential.
 *   A state-changing request authenticated by the cookie must come from our
 *   own pages (Origin, else Sec-Fetch-Site, must say same origin): with
 *   SameSite=Strict that closes cross-site request forgery twice.
 */
import type { FastifyRequest } from 'fastify';
import { HttpError } from '../http-error.ts';
import type { AccessPolicy, Permission, Principal } from './access.ts';

export const COOKIE = 'registre_jeton';

export interface Credentials {
  principal: Principal;
  via: 'header' | 'cookie' | 'none';
}

const ANONYMOUS: Principal = { kind: 'anonymous', role: null, actor: 'public' };

export function readCookie(header: string | undefined, name: string): string | null {
  if (!header) return null;
  for (const part of header.split(';')) {
    const i = part.indexOf('=');
    if (i > 0 && part.slice(0, i).trim() === name) {
      try {
        return decodeURIComponent(part.slice(i + 1).trim());
      } catch {
        return null;
      }
    }
  }
  return null;
}

export function unauthorized(message = 'Jeton d’accès manquant ou invalide.'): HttpError {
  return new HttpError(401, 'unauthorized', message, undefined, { 'WWW-Authenticate': 'Bearer realm="registre"' });
}

export function credentials(req: FastifyRequest, policy: AccessPolicy): Credentials {
  const header = req.headers.authorization;
  if (header !== undefined) {
    const m = /^Bearer\s+(\S+)\s*$/i.exec(header);
    const principal = m ? policy.match(m[1]!) : null;
    if (!principal) throw unauthorized();
    return { principal, via: 'header' };
  }
  const cookie = readCookie(req.headers.cookie, COOKIE);
  const principal = cookie ? policy.match(cookie) : null;
  return principal ? { principal, via: 'cookie' } : { principal: ANONYMOUS, via: 'none' };
}

const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Our own origin as the browser writes it (scheme://host[:port]). */
export function ownOrigin(req: FastifyRequest): string {
  return `${req.protocol}://${req.host}`;
}

/**
 * Whether a request says it comes from our own pages: Fetch metadata
 * (Sec-Fetch-Site) when the browser sends it, else the Origin header.
 * 'unknown' when neither is there (not a browser: curl, scripts).
 */
export function requestSite(req: FastifyRequest): 'same' | 'other' | 'unknown' {
  const site = req.headers['sec-fetch-site'];
  if (typeof site === 'string') return site === 'same-origin' ? 'same' : 'other';
  const origin = req.headers.origin;
  if (origin === undefined) return 'unknown';
  return origin === ownOrigin(req) ? 'same' : 'other';
}

/** Refuses a cookie-authenticated state change that does not come from our pages. */
export function checkSameOrigin(req: FastifyRequest, via: Credentials['via']): void {
  if (via !== 'cookie' || SAFE.has(req.method)) return;
  if (requestSite(req) !== 'same') throw new HttpError(403, 'cross_origin', 'Requête refusée : elle ne vient pas des pages de ce serveur.');
}

/** The principal when it holds `perm`; else 401 (no or unknown credential) or 403 (wrong role). */
export function authorize(req: FastifyRequest, policy: AccessPolicy, perm: Permission): Principal {
  const c = credentials(req, policy);
  if (!policy.can(c.principal, perm)) {
    if (c.principal.kind === 'anonymous') {
      throw policy.readOnly && (perm === 'upload' || perm === 'correct')
        ? new HttpError(401, 'read_only', 'Serveur en lecture seule : aucun jeton n’est configuré (REGISTRE_API_TOKENS).', undefined, { 'WWW-Authenticate': 'Bearer realm="registre"' })
        : unauthorized();
    }
    throw new HttpError(403, 'forbidden', `Le rôle « ${c.principal.role} » ne permet pas cette action (${perm}).`);
  }
  checkSameOrigin(req, c.via);
  return c.principal;
}
