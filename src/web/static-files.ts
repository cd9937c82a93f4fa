/**
 * /static/*: the site's stylesheet and script (files beside this module,
 * read once at start-up) and the report module's stylesheet. Served with a
 * content hash as ETag and a short cache; nothing else is reachable (the
 * name must be one of the known files).
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import { REPORT_CSS } from '../report/html/style.ts';
import { notFound } from '../http/http-error.ts';

const DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), 'static');
const TYPES: Record<string, string> = { '.css': 'text/css; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.svg': 'image/svg+xml' };

interface Asset {
  body: Buffer;
  type: string;
  etag: string;
}

function asset(name: string, body: Buffer): Asset {
  return { body, type: TYPES[path.extname(name)] ?? 'application/octet-stream', etag: `"${createHash('sha256').update(body).digest('hex').slice(0, 16)}"` };
}

export function loadAssets(): Map<string, Asset> {
  const assets = new Map<string, Asset>();
  for (const name of fs.readdirSync(DIR)) if (TYPES[path.extname(name)]) assets.set(name, asset(name, fs.readFileSync(path.join(DIR, name))));
  assets.set('report.css', asset('report.css', Buffer.from(REPORT_CSS)));
  return assets;
}

export function registerStatic(app: FastifyInstance): void {
  const assets = loadAssets();
  // Browsers ask for it on every site: answer "nothing" rather than a 404 page.
  app.get('/favicon.ico', async (_req, reply) => reply.code(204).header('Cache-Control', 'public, max-age=86400').send());
  app.get('/static/:name', async (req, reply) => {
    const a = assets.get(String((req.params as { name?: unknown }).name));
    if (!a) throw notFound('Fichier');
    reply.header('ETag', a.etag).header('Cache-Control', 'public, max-age=300');
    if (req.headers['if-none-match'] === a.etag) return reply.code(304).send();
    return reply.type(a.type).send(a.body);
  });
}
