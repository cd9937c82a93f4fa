/**
 * Access for pages: the same policy as the API (src/http/auth), but a
 * visitor without the right is sent to the sign-in page (303) instead of
 * getting a JSON 401; a signed-in visitor whose role lacks the right gets
 * the 403 page.
 */
import type { FastifyRequest } from 'fastify';
import type { AccessPolicy, Permission } from '../http/auth/access.ts';
import { checkSameOrigin, credentials } from '../http/auth/guard.ts';
import { HttpError } from '../http/http-error.ts';
import type { PageCtx } from './layout.ts';

export class Redirect extends HttpError {
  constructor(readonly location: string) {
    super(303, 'redirect', `Voir ${location}`, undefined, { Location: location });
  }
}

/** A local path only (no scheme, no //host): where sign-in may send the visitor back. */
export function localPath(p: unknown): string {
  return typeof p === 'string' && /^\/(?![/\\])[^\s]*$/.test(p) ? p : '/';
}

export function pageCtx(req: FastifyRequest, policy: AccessPolicy, perm: Permission | null): PageCtx {
  const c = credentials(req, policy);
  const ctx: PageCtx = { principal: c.principal, can: (p) => policy.can(c.principal, p), path: req.url, readOnly: policy.readOnly };
  if (perm && !ctx.can(perm)) {
    if (c.principal.kind === 'anonymous' && !(policy.readOnly && (perm === 'upload' || perm === 'correct'))) {
      throw new Redirect(`/connexion?suite=${encodeURIComponent(localPath(req.url))}`);
    }
    throw new HttpError(403, 'forbidden', policy.readOnly ? 'Ce serveur est en lecture seule : aucun jeton n’est configuré.' : `Votre rôle ne permet pas cette action.`);
  }
  checkSameOrigin(req, c.via);
  return ctx;
}
