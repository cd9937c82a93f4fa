/**
 * Errors as HTTP answers. Handlers throw HttpError for an expected refusal
 * (bad input, missing document, wrong role); the error handler turns it,
 * a zod validation error, or a fastify/multipart error into one JSON shape:
 *
 *   { "error": { "status": 413, "code": "file_too_large", "message": "…", "details": … } }
 *
 * Anything else is a 500 whose message is logged, never sent (it may hold
 * paths or SQL). Messages are French: clerks read them in the web page.
 */
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';

export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: unknown,
    /** Extra response headers (Retry-After, WWW-Authenticate). */
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

export const ErrorBody = z.object({
  error: z.object({
    status: z.number().int(),
    code: z.string(),
    message: z.string(),
    details: z.unknown().optional(),
  }),
});
export type ErrorBody = z.infer<typeof ErrorBody>;

export const notFound = (what: string) => new HttpError(404, 'not_found', `${what} introuvable`);

/** zod issues → a list people and programs can read. */
export function zodDetails(e: z.ZodError, where: string): Array<{ in: string; path: string; message: string }> {
  return e.issues.map((i) => ({ in: where, path: i.path.map(String).join('.'), message: i.message }));
}

/** What the client is told, from anything thrown. */
export function toHttpError(e: unknown): HttpError {
  if (e instanceof HttpError) return e;
  const fe = e as Partial<FastifyError> & { code?: string };
  switch (fe.code) {
    case 'FST_REQ_FILE_TOO_LARGE':
      return new HttpError(413, 'file_too_large', 'Fichier trop volumineux.');
    case 'FST_FILES_LIMIT':
    case 'FST_PARTS_LIMIT':
      return new HttpError(413, 'too_many_files', 'Trop de fichiers dans une même requête.');
    case 'FST_INVALID_MULTIPART_CONTENT_TYPE':
      return new HttpError(415, 'not_multipart', 'Envoyez les fichiers en multipart/form-data (champ « files »).');
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return new HttpError(413, 'body_too_large', 'Corps de requête trop volumineux.');
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return new HttpError(415, 'unsupported_media_type', 'Type de contenu non pris en charge.');
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
      return new HttpError(400, 'invalid_json', 'Corps JSON illisible.');
  }
  if (typeof fe.statusCode === 'number' && fe.statusCode >= 400 && fe.statusCode < 500) {
    return new HttpError(fe.statusCode, 'bad_request', fe.message ?? 'Requête invalide.');
  }
  return new HttpError(500, 'internal', 'Erreur interne du serveur.');
}

/** The fastify error handler: JSON for the API, the same JSON elsewhere unless a page renderer is given. */
export function errorHandler(renderPage?: (req: FastifyRequest, e: HttpError) => string | null) {
  return (e: unknown, req: FastifyRequest, reply: FastifyReply) => {
    const he = toHttpError(e);
    if (he.status >= 500) req.log.error({ err: e }, 'request failed');
    for (const [k, v] of Object.entries(he.headers)) reply.header(k, v);
    const page = renderPage?.(req, he) ?? null;
    if (page !== null) return reply.code(he.status).type('text/html; charset=utf-8').send(page);
    const body: ErrorBody = { error: { status: he.status, code: he.code, message: he.message, ...(he.details === undefined ? {} : { details: he.details }) } };
    return reply.code(he.status).type('application/json; charset=utf-8').send(body);
  };
}
