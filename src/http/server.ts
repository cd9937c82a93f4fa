/**
 * The HTTP server: fastify with the JSON API (/api, /healthz), the
 * OpenAPI description (/api/openapi.json) and the French web pages (/).
 * Built from an AppContext; `registre serve` listens, tests listen on port 0.
 *
 * Logs: one line per request (method, URL, status, time) — never a header
 * value: Authorization and Cookie are redacted should a serializer ever
 * include them, and no route takes a token in its URL.
 */
import multipart from '@fastify/multipart';
import Fastify, { type FastifyInstance } from 'fastify';
import { registerWeb } from '../web/routes.ts';
import { errorPageFor } from '../web/pages/error-page.ts';
import type { AppContext } from './app-context.ts';
import { errorHandler, HttpError } from './http-error.ts';
import { openApiDocument } from './openapi.ts';
import { RouteCatalogue } from './route.ts';
import { documentRoutes } from './routes/documents.ts';
import { jobAndHealthRoutes } from './routes/jobs-health.ts';
import { reportRoutes } from './routes/reports.ts';
import { searchRoutes } from './routes/search.ts';
import { securityHeaders } from './security-headers.ts';

export interface ServerOptions {
  /** false: no logs; else pino options (level, a stream for tests). */
  log?: false | { level?: string; stream?: NodeJS.WritableStream };
}

export const REDACTED_PATHS = ['req.headers.authorization', 'req.headers.cookie', 'res.headers["set-cookie"]', 'headers.authorization', 'headers.cookie'];

export async function buildServer(ctx: AppContext, options: ServerOptions = {}): Promise<FastifyInstance> {
  const log = options.log ?? { level: 'info' };
  const app = Fastify({
    logger: log === false ? false : { level: log.level ?? 'info', redact: { paths: REDACTED_PATHS, censor: '[redacted]' }, ...(log.stream ? { stream: log.stream } : {}) },
    trustProxy: ctx.config.trustProxy,
    bodyLimit: 1024 * 1024,
    routerOptions: { ignoreTrailingSlash: true },
  });
  await app.register(multipart, { throwFileSizeLimit: true, limits: { fileSize: ctx.config.limits.maxBytes, files: ctx.config.uploadMaxFiles } });
  // HTML forms of the pages (sign-in, corrections): small bodies only.
  app.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string', bodyLimit: 64 * 1024 }, (_req, body, done) => {
    done(null, Object.fromEntries(new URLSearchParams(body as string)));
  });
  securityHeaders(app);
  app.setErrorHandler(errorHandler(errorPageFor(ctx)));
  app.setNotFoundHandler((req) => {
    throw new HttpError(404, 'not_found', `Rien à l’adresse ${req.url.split('?')[0]}.`);
  });

  const api = new RouteCatalogue(app, ctx.policy);
  documentRoutes(api, ctx);
  searchRoutes(api, ctx);
  reportRoutes(api, ctx);
  jobAndHealthRoutes(api, ctx);
  let description: unknown = null;
  app.get('/api/openapi.json', async (_req, reply) => {
    description ??= openApiDocument(api);
    return reply.type('application/json; charset=utf-8').send(description);
  });
  registerWeb(app, ctx);
  return app;
}
