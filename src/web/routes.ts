/**
 * The web pages (French, server-rendered). Thin handlers: access (the same
 * policy as the API) → the store or the report module → a page function.
 * Pages never expose more than the API does to the same visitor.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { IdParams, SearchQuery } from '../http/api-schemas.ts';
import { CalendarDate } from '../http/calendar-date.ts';
import type { AppContext } from '../http/app-context.ts';
import { COOKIE, requestSite } from '../http/auth/guard.ts';
import { rateLimiter } from '../http/auth/rate-limit.ts';
import { correctDocument } from '../http/correction/correct-document.ts';
import { documentView } from '../http/document-view.ts';
import { HttpError, notFound } from '../http/http-error.ts';
import { storeQuery } from '../http/routes/search.ts';
import { loadReport } from '../report/load-report.ts';
import { correctionFromForm } from './correction-form.ts';
import { localPath, pageCtx, Redirect } from './page-guard.ts';
import { documentPage } from './pages/document-page.ts';
import { memberListPage, memberPage } from './pages/member-page.ts';
import { reportPage } from './pages/report-page.ts';
import { searchPage } from './pages/search-page.ts';
import { homePage, loginPage } from './pages/simple-pages.ts';
import { uploadPage } from './pages/upload-page.ts';
import { registerStatic } from './static-files.ts';

const HTML = 'text/html; charset=utf-8';
const strings = (v: unknown): Record<string, string> =>
  Object.fromEntries(Object.entries((v ?? {}) as Record<string, unknown>).filter((e): e is [string, string] => typeof e[1] === 'string'));
const send = (reply: FastifyReply, body: string, code = 200) => reply.code(code).type(HTML).send(body);

const ReportFilter = z.object({ body: z.string().max(300).optional(), from: CalendarDate.optional().or(z.literal('').transform(() => undefined)), to: CalendarDate.optional().or(z.literal('').transform(() => undefined)) });

export function registerWeb(app: FastifyInstance, ctx: AppContext): void {
  const { policy, store } = ctx;
  const logins = rateLimiter(20);
  registerStatic(app);

  app.get('/', async (req, reply) => send(reply, homePage(pageCtx(req, policy, 'read'), await store.list({ limit: 30 }))));

  app.get('/depot', async (req, reply) =>
    send(reply, uploadPage(pageCtx(req, policy, 'upload'), { maxBytes: ctx.config.limits.maxBytes, maxFiles: ctx.config.uploadMaxFiles, kinds: ctx.config.uploadKinds })),
  );

  app.get('/recherche', async (req, reply) => {
    const pc = pageCtx(req, policy, 'read');
    const form = Object.fromEntries(Object.entries(strings(req.query)).filter(([, v]) => v.trim() !== ''));
    const q = SearchQuery.safeParse(form);
    if (!q.success) return send(reply, searchPage(pc, form, null, `Filtre invalide : ${q.error.issues.map((i) => `${i.path.join('.')} — ${i.message}`).join(' ; ')}`), 400);
    return send(reply, searchPage(pc, form, await store.search(storeQuery(q.data)), null));
  });

  const showDocument = async (req: FastifyRequest, reply: FastifyReply, flash: string | null, code = 200) => {
    const pc = pageCtx(req, policy, 'read');
    const p = IdParams.safeParse(req.params);
    const stored = p.success ? await store.get(p.data.id) : null;
    if (!p.success || !stored) throw notFound('Document');
    return send(reply, documentPage(pc, documentView(stored, await store.events(p.data.id)), flash), code);
  };
  app.get('/documents/:id', async (req, reply) => showDocument(req, reply, 'corrige' in strings(req.query) ? 'Correction enregistrée ; les contrôles ont été refaits.' : null));

  app.post('/documents/:id/correction', async (req, reply) => {
    const pc = pageCtx(req, policy, 'correct');
    const p = IdParams.safeParse(req.params);
    if (!p.success) throw notFound('Document');
    try {
      await correctDocument(store, p.data.id, correctionFromForm(strings(req.body)), `http:${pc.principal.actor}`);
    } catch (e) {
      if (e instanceof HttpError && e.status < 500 && e.status !== 404) return showDocument(req, reply, `Correction refusée : ${e.message}`, e.status);
      throw e;
    }
    return reply.redirect(`/documents/${p.data.id}?corrige=1#journal`, 303);
  });

  app.get('/membres', async (req, reply) => {
    const pc = pageCtx(req, policy, 'read');
    const q = strings(req.query);
    const name = (q.nom ?? '').trim().slice(0, 200);
    const body = q.organe?.trim().slice(0, 300) || undefined;
    const members = name ? await store.findMembers(name, body) : [];
    if (members.length === 1) throw new Redirect(`/membres/${encodeURIComponent(members[0]!.id)}`);
    return send(reply, memberListPage(pc, name, body, members));
  });

  app.get('/membres/:id', async (req, reply) => {
    const pc = pageCtx(req, policy, 'read');
    const id = String((req.params as { id?: unknown }).id ?? '').slice(0, 200);
    const a = id ? await store.memberAttendance(id) : null;
    if (!a) throw notFound('Membre');
    return send(reply, memberPage(pc, a));
  });

  app.get('/rapport', async (req, reply) => {
    const pc = pageCtx(req, policy, 'read');
    const f = ReportFilter.safeParse(strings(req.query));
    if (!f.success) throw new HttpError(400, 'invalid_request', 'Dates du rapport invalides (AAAA-MM-JJ).');
    const filter = { body: f.data.body?.trim() || undefined, from: f.data.from, to: f.data.to };
    return send(reply, reportPage(pc, filter, await loadReport(store, filter, new Date().toISOString())));
  });

  app.get('/connexion', async (req, reply) => send(reply, loginPage(null, localPath(strings(req.query).suite), null)));

  app.post('/connexion', async (req, reply) => {
    if (requestSite(req) === 'other') throw new HttpError(403, 'cross_origin', 'Connexion refusée : formulaire d’un autre site.');
    logins.take(`ip:${req.ip}`);
    const form = strings(req.body);
    const next = localPath(form.suite);
    const principal = form.jeton ? policy.match(form.jeton.trim()) : null;
    if (!principal) return send(reply, loginPage(null, next, 'Jeton inconnu.'), 401);
    const secure = req.protocol === 'https' ? '; Secure' : '';
    reply.header('Set-Cookie', `${COOKIE}=${encodeURIComponent(form.jeton!.trim())}; Path=/; HttpOnly; SameSite=Strict; Max-Age=43200${secure}`);
    return reply.redirect(next, 303);
  });

  app.post('/deconnexion', async (req, reply) => {
    if (requestSite(req) === 'other') throw new HttpError(403, 'cross_origin', 'Requête d’un autre site refusée.');
    reply.header('Set-Cookie', `${COOKIE}=; Path=/; HttpOnly; SameSite=Strict; Max-Age=0`);
    return reply.redirect('/', 303);
  });
}
