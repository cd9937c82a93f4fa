/**
 * The OpenAPI 3.1 description, generated from the declared routes
 * (route.ts) and their zod schemas — the ones that validate the requests —
 * with zod's JSON Schema output (draft 2020-12, the dialect OpenAPI 3.1
 * uses). Large response schemas shared by several routes are named
 * components ($ref) instead of being repeated.
 */
import { z } from 'zod';
import { Finding, ProcessedDocument } from '../domain/index.ts';
import { createRequire } from 'node:module';
import { DocEventSchema, MemberSummarySchema, SearchHitSchema, SessionStatus } from './api-schemas.ts';
import { ErrorBody } from './http-error.ts';
import { JobStatus } from './jobs/job-runner.ts';
import type { RouteCatalogue } from './route.ts';

type Json = Record<string, unknown>;

const VERSION = (createRequire(import.meta.url)('../../package.json') as { version: string }).version;

/** Response schemas emitted once under components.schemas. */
const NAMED: Array<[string, z.ZodType]> = [
  ['ProcessedDocument', ProcessedDocument],
  ['Finding', Finding],
  ['DocEvent', DocEventSchema],
  ['JobStatus', JobStatus],
  ['SearchHit', SearchHitSchema],
  ['SessionStatus', SessionStatus],
  ['MemberSummary', MemberSummarySchema],
  ['Error', ErrorBody],
];

function jsonSchema(schema: z.ZodType, io: 'input' | 'output', components: Json | null): Json {
  const registry = z.registry<{ id: string }>();
  if (components) for (const [id, s] of NAMED) if (s !== schema) registry.add(s, { id });
  const out = z.toJSONSchema(schema, { target: 'draft-2020-12', io, unrepresentable: 'any', ...(components ? { metadata: registry } : {}) }) as Json;
  delete out.$schema;
  const defs = (out.$defs ?? {}) as Record<string, Json>;
  delete out.$defs;
  const rewrite = (v: Json) => JSON.parse(JSON.stringify(v).replaceAll('"#/$defs/', '"#/components/schemas/')) as Json;
  if (components) for (const [id, def] of Object.entries(defs)) components[id] ??= rewrite(def);
  return rewrite(out);
}

export function openApiDocument(api: RouteCatalogue): Json {
  const components: Json = {};
  for (const [id, s] of NAMED) components[id] = jsonSchema(s, 'output', components);
  const named = new Map(NAMED.map(([id, s]) => [s, id]));
  const responseSchema = (s: z.ZodType) => (named.has(s) ? { $ref: `#/components/schemas/${named.get(s)}` } : jsonSchema(s, 'output', components));

  const paths: Record<string, Json> = {};
  for (const r of api.routes) {
    const path = r.url.replace(/:([A-Za-z_]+)/g, '{$1}');
    const parameters: Json[] = [];
    for (const [where, schema] of [['path', r.params], ['query', r.query]] as const) {
      if (!schema) continue;
      const js = jsonSchema(schema, 'input', null) as { properties?: Record<string, Json>; required?: string[] };
      for (const [name, prop] of Object.entries(js.properties ?? {})) {
        const { description, ...rest } = prop;
        parameters.push({ name, in: where, required: where === 'path' || (js.required ?? []).includes(name), schema: rest, ...(description ? { description } : {}) });
      }
    }
    const requestBody = r.body
      ? { required: true, content: { 'application/json': { schema: jsonSchema(r.body, 'input', null) } } }
      : r.multipart
        ? {
            required: true,
            content: {
              'multipart/form-data': {
                schema: { type: 'object', properties: { [r.multipart.field]: { type: 'array', items: { type: 'string', contentMediaType: 'application/octet-stream' }, description: r.multipart.description } }, required: [r.multipart.field] },
              },
            },
          }
        : undefined;
    const responses = Object.fromEntries(
      Object.entries(r.responses).map(([status, res]) => [
        status,
        { description: res.description, ...(res.schema ? { content: { 'application/json': { schema: responseSchema(res.schema) } } } : res.contentType ? { content: Object.fromEntries(res.contentType.split(', ').map((t) => [t, {}])) } : {}) },
      ]),
    );
    const op: Json = {
      operationId: r.operationId,
      summary: r.summary,
      ...(r.description ? { description: r.description } : {}),
      tags: [r.tag],
      ...(parameters.length ? { parameters } : {}),
      ...(requestBody ? { requestBody } : {}),
      responses,
      security: r.permission ? [{ bearer: [] }, ...(r.permission === 'read' || r.permission === 'export' ? [{}] : [])] : [],
      'x-permission': r.permission ?? 'none',
    };
    (paths[path] ??= {})[r.method.toLowerCase()] = op;
  }
  return {
    openapi: '3.1.0',
    jsonSchemaDialect: 'https://json-schema.org/draft/2020-12/schema',
    info: {
      title: 'registre',
      version: VERSION,
      description:
        'Extraits de délibérations → enregistrements contrôlés et consultables. Jetons `Authorization: Bearer` par rôle (clerk : dépôt, correction, lecture ; archivist : lecture, export ; admin : tout). La lecture (permission read/export) peut être publique (REGISTRE_PUBLIC_READ=true, ou aucun jeton configuré).',
    },
    paths,
    components: { schemas: components, securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } } },
  };
}
