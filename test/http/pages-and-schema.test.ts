/**
 * What the server says, checked on the wire: document text (a subject
 * holding `<script>`) escaped on every page; security headers; the
 * OpenAPI description generated from the same schemas that validate
 * requests; validation errors as clear 4xx; report formats and the SCDL
 * export.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURES } from '../helpers/paths.ts';
import { call, filesForm, startServer, TOKENS, waitForJob, type TestServer } from './helpers.ts';

const SCRIPT = `<script>alert("registre")</script>`;
const HOSTILE = fs
  .readFileSync(path.join(FIXTURES, 'rules/clean-session.txt'), 'utf8')
  .replace('OBJET : Subvention à l’association des parents d’élèves', `OBJET : Subvention ${SCRIPT} <img src=x onerror=alert(1)> aux parents d’élèves`);

describe('pages, headers and the API description', () => {
  let s: TestServer;
  let id: string;
  const page = (p: string) => call(s, p, { token: TOKENS.clerk });

  beforeAll(async () => {
    s = await startServer();
    const r = await call(s, '/api/documents', { token: TOKENS.clerk, body: filesForm([{ name: `${SCRIPT}.txt`, bytes: Buffer.from(HOSTILE) }]) });
    id = r.json.documents[0].document_id;
    await waitForJob(s, r.json.documents[0].job_id, TOKENS.clerk);
  });
  afterAll(() => s?.close());

  it('the subject was read with its markup (the data is kept as written)', async () => {
    const d = await page(`/api/documents/${id}`);
    expect(d.json.document.parsed.deliberations[0].subject).toContain(SCRIPT);
  });

  it('every page shows a `<script>` subject as text, never as markup', async () => {
    for (const p of [`/documents/${id}`, '/recherche?q=parents', '/', '/rapport', '/recherche?member=DURAND']) {
      const r = await page(p);
      expect(r.status, p).toBe(200);
      expect(r.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(r.text, p).not.toContain('<script>alert');
      expect(r.text, p).not.toContain('<img src=x');
      expect(r.text.match(/<script\b/g) ?? [], p).toHaveLength(p === '/depot' ? 1 : 0);
    }
    expect((await page(`/documents/${id}`)).text).toContain('&lt;script&gt;alert(&quot;registre&quot;)&lt;/script&gt;');
    const report = await page('/api/report?format=html');
    expect(report.text).not.toContain('<script>alert');
    expect(report.headers.get('content-security-policy')).toMatch(/default-src 'none'; style-src 'unsafe-inline'/);
  });

  it('pages carry the security headers: CSP without inline script, no framing, nosniff, no referrer', async () => {
    const r = await page('/depot');
    const csp = r.headers.get('content-security-policy')!;
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain('unsafe-inline');
    expect(r.headers.get('x-content-type-options')).toBe('nosniff');
    expect(r.headers.get('referrer-policy')).toBe('same-origin');
    expect(r.headers.get('x-frame-options')).toBe('DENY');
    expect(r.text).toContain('<script src="/static/upload.js" defer></script>');
    expect(r.text).not.toMatch(/<script>|\son[a-z]+=|style="/);
    const js = await call(s, '/static/upload.js');
    expect(js.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect((await call(s, '/static/../package.json')).status).toBe(404);
  });

  it('serves an OpenAPI 3.1 description of every route, from the validating schemas', async () => {
    const r = await call(s, '/api/openapi.json');
    const doc = r.json;
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths).sort()).toEqual(
      ['/api/documents', '/api/documents/{id}', '/api/documents/{id}/file', '/api/export/scdl.csv', '/api/jobs/{id}', '/api/members', '/api/members/{id}', '/api/report', '/api/search', '/healthz'].sort(),
    );
    const search = doc.paths['/api/search'].get;
    expect(search.parameters.map((p: { name: string }) => p.name)).toEqual(
      ['q', 'body', 'from', 'to', 'member', 'member_status', 'amount_min', 'amount_max', 'finding', 'severity', 'outcome', 'status', 'limit', 'offset'],
    );
    expect(search.parameters.find((p: { name: string }) => p.name === 'finding').schema.enum).toContain('QUORUM_NOT_MET');
    expect(doc.paths['/api/documents'].post.requestBody.content['multipart/form-data']).toBeDefined();
    expect(doc.paths['/api/documents/{id}'].patch.requestBody.content['application/json'].schema.properties.corrections.items.oneOf ?? doc.paths['/api/documents/{id}'].patch.requestBody.content['application/json'].schema.properties.corrections.items.anyOf).toHaveLength(9);
    expect(doc.paths['/api/documents'].post.security).toEqual([{ bearer: [] }]);
    expect(doc.paths['/healthz'].get.security).toEqual([]);
    // Every reference resolves.
    const refs = [...JSON.stringify(doc).matchAll(/"\$ref":"#\/components\/schemas\/([^"]+)"/g)].map((m) => m[1]!);
    expect(refs.length).toBeGreaterThan(5);
    for (const ref of new Set(refs)) expect(doc.components.schemas[ref], ref).toBeDefined();
    expect(JSON.stringify(doc)).not.toContain('#/$defs/');
  });

  it('refuses bad requests with 400 and the issues, unknown ids with 404', async () => {
    const bad = await page('/api/search?from=2024-13-40&limit=0&finding=NOPE');
    expect(bad.status).toBe(400);
    expect(bad.json.error.details.map((d: { path: string }) => d.path).sort()).toEqual(['finding', 'from', 'limit']);
    expect((await page('/api/documents/not-an-id')).status).toBe(400);
    const missing = await page(`/api/documents/${'0'.repeat(64)}`);
    expect([missing.status, missing.json.error.code]).toEqual([404, 'not_found']);
    expect((await page(`/api/jobs/local-${'0'.repeat(64)}`)).status).toBe(404);
    const patch = (json: unknown) => call(s, `/api/documents/${id}`, { token: TOKENS.clerk, method: 'PATCH', json });
    expect((await patch({ corrections: [{ field: 'session.date', value: '14/05/2019' }], reason: 'x' })).status).toBe(400);
    expect((await patch({ corrections: [{ field: 'vote', deliberation: 0, value: { pour: 3 } }], reason: 'essai' })).status).toBe(400);
    const absent = await patch({ corrections: [{ field: 'subject', deliberation: 7, value: 'x' }], reason: 'point inexistant' });
    expect([absent.status, absent.json.error.code]).toEqual([422, 'invalid_correction']);
    expect((await page('/nulle-part')).text).toContain('Page introuvable');
  });

  it('serves the report in every format and the SCDL export', async () => {
    const json = await page('/api/report?format=json');
    expect(JSON.parse(json.text).summary.documents.total).toBe(1);
    const csv = await page('/api/report?format=csv');
    expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect((await page('/api/report?format=md')).text).toMatch(/^#/);
    expect((await page('/api/report?format=pdf')).status).toBe(400);
    const scdl = await call(s, '/api/export/scdl.csv?siret=21010001800011', { token: TOKENS.archivist });
    expect(scdl.status).toBe(200);
    expect(scdl.text.split('\r\n')[0]).toMatch(/^COLL_NOM,COLL_SIRET,DELIB_ID/);
    expect(Number(scdl.headers.get('x-registre-rejected-rows'))).toBeGreaterThanOrEqual(0);
  });
});
