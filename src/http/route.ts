/**
 * Routes declared once, with zod schemas: the same declaration validates
 * the request, checks the permission and feeds the OpenAPI description
 * (openapi.ts), so the documentation cannot drift from what is enforced.
 *
 * Order for every request: permission (401/403) → params, query, body
 * (400 with each issue) → handler. Handlers stay thin: they get parsed
 * values and the principal, delegate, and return what to send.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { AccessPolicy, Permission, Principal } from './auth/access.ts';
import { authorize, credentials } from './auth/guard.ts';
import { HttpError, zodDetails } from './http-error.ts';

export interface ResponseSpec {
  description: string;
  /** JSON body schema; omit for non-JSON bodies (give contentType). */
  schema?: z.ZodType;
  contentType?: string;
}

export interface RouteSpec<P extends z.ZodType, Q extends z.ZodType, B extends z.ZodType> {
  method: 'GET' | 'POST' | 'PATCH';
  /** fastify path syntax: /api/documents/:id */
  url: string;
  operationId: string;
  summary: string;
  description?: string;
  tag: string;
  /** null: open to anyone (health, OpenAPI). */
  permission: Permission | null;
  params?: P;
  query?: Q;
  body?: B;
  /** A multipart body (documented only; the handler reads the parts). */
  multipart?: { field: string; description: string };
  responses: Record<number, ResponseSpec>;
}

export interface Handled<P extends z.ZodType, Q extends z.ZodType, B extends z.ZodType> {
  req: FastifyRequest;
  reply: FastifyReply;
  params: z.output<P>;
  query: z.output<Q>;
  body: z.output<B>;
  principal: Principal;
}

type AnySpec = RouteSpec<z.ZodType, z.ZodType, z.ZodType>;

/** The declared routes, in registration order (what openapi.ts describes). */
export class RouteCatalogue {
  readonly routes: AnySpec[] = [];
  constructor(
    private readonly app: FastifyInstance,
    private readonly policy: AccessPolicy,
  ) {}

  add<P extends z.ZodType = z.ZodUndefined, Q extends z.ZodType = z.ZodUndefined, B extends z.ZodType = z.ZodUndefined>(
    spec: RouteSpec<P, Q, B>,
    handler: (h: Handled<P, Q, B>) => Promise<unknown>,
  ): void {
    this.routes.push(spec as unknown as AnySpec);
    const policy = this.policy;
    this.app.route({
      method: spec.method,
      url: spec.url,
      handler: async (req, reply) => {
        const principal = spec.permission ? authorize(req, policy, spec.permission) : credentials(req, policy).principal;
        const params = parse(spec.params, req.params, 'path');
        const query = parse(spec.query, req.query, 'query');
        const body = parse(spec.body, req.body, 'body');
        const out = await handler({ req, reply, params, query, body, principal } as Handled<P, Q, B>);
        if (reply.sent) return reply;
        return out;
      },
    });
  }
}

function parse<T extends z.ZodType>(schema: T | undefined, value: unknown, where: string): z.output<T> {
  if (!schema) return undefined as z.output<T>;
  const r = schema.safeParse(value ?? {});
  if (!r.success) throw new HttpError(400, 'invalid_request', `Requête invalide (${where}).`, zodDetails(r.error, where));
  return r.data;
}
