/**
 * Errors met on a page are answered with a page (the API keeps its JSON):
 * the shell, the French message, a way back. A redirect (sign-in needed)
 * gets a tiny page with the link, for clients that do not follow 303.
 */
import type { FastifyRequest } from 'fastify';
import type { AppContext } from '../../http/app-context.ts';
import { credentials } from '../../http/auth/guard.ts';
import type { HttpError } from '../../http/http-error.ts';
import { html } from '../html.ts';
import type { PageCtx } from '../layout.ts';
import { errorPage } from './simple-pages.ts';

export function isApiPath(url: string): boolean {
  return url.startsWith('/api/') || url === '/api' || url.startsWith('/healthz') || url.startsWith('/static/');
}

export function errorPageFor(ctx: AppContext) {
  return (req: FastifyRequest, e: HttpError): string | null => {
    if (isApiPath(req.url)) return null;
    if (e.status === 303) return html`<!DOCTYPE html><html lang="fr"><title>Redirection</title><p><a href="${e.headers.Location ?? '/'}">Continuer</a></p></html>`.value;
    let pc: PageCtx | null = null;
    try {
      const c = credentials(req, ctx.policy);
      pc = { principal: c.principal, can: (p) => ctx.policy.can(c.principal, p), path: req.url, readOnly: ctx.policy.readOnly };
    } catch {
      pc = null;
    }
    return errorPage(pc, e);
  };
}
