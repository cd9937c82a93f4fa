/**
 * Access control on the real server: 401 without or with an unknown token,
 * 403 with the wrong role, for each role and each kind of route; public
 * reading; the read-only default without tokens; the browser cookie and its
 * cross-site guard; tokens never in the logs; upload rate limit.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURES } from '../helpers/paths.ts';
import { call, filesForm, startServer, TOKENS, waitForJob, type TestServer } from './helpers.ts';

const TEXT = fs.readFileSync(path.join(FIXTURES, 'rules/clean-session.txt'));
const upload = () => filesForm([{ name: 'clean-session.txt', bytes: TEXT }]);

describe('roles: 401 and 403 on every kind of route', () => {
  let s: TestServer;
  let id: string;
  let job: string;
  beforeAll(async () => {
    s = await startServer();
    const r = await call(s, '/api/documents', { token: TOKENS.admin, body: upload() });
    [id, job] = [r.json.documents[0].document_id, r.json.documents[0].job_id];
    await waitForJob(s, job, TOKENS.admin);
  });
  afterAll(() => s?.close());

  const correction = { corrections: [{ field: 'session.place', value: 'salle du conseil' }], reason: 'test des droits' };
  const routes = () => ({
    read: [`/api/documents/${id}`, `/api/documents/${id}/file`, `/api/jobs/${job}`, '/api/search?q=subvention', '/api/members?name=DURAND', '/api/report?format=json', '/api/documents'],
    export: ['/api/export/scdl.csv'],
  });
  const write = async (token: string | null) => ({
    upload: (await call(s, '/api/documents', { token, body: upload() })).status,
    correct: (await call(s, `/api/documents/${id}`, { token, method: 'PATCH', json: correction })).status,
  });
  const read = async (token: string | null) => {
    const out: Record<string, number[]> = {};
    for (const [perm, urls] of Object.entries(routes())) out[perm] = await Promise.all(urls.map(async (u) => (await call(s, u, { token })).status));
    return out;
  };

  it('without a token: 401 everywhere (reading is not public by default), with WWW-Authenticate', async () => {
    expect(await read(null)).toEqual({ read: [401, 401, 401, 401, 401, 401, 401], export: [401] });
    expect(await write(null)).toEqual({ upload: 401, correct: 401 });
    const r = await call(s, '/api/search');
    expect(r.headers.get('www-authenticate')).toMatch(/^Bearer/);
    expect(r.json.error.code).toBe('unauthorized');
  });

  it('with an unknown or malformed token: 401, even where the public could read', async () => {
    expect(await read('not-a-real-token')).toEqual({ read: [401, 401, 401, 401, 401, 401, 401], export: [401] });
    expect((await call(s, '/api/search', { headers: { authorization: 'Basic abc' } })).status).toBe(401);
    expect((await call(s, '/api/search', { headers: { authorization: `Bearer ${TOKENS.clerk}x` } })).status).toBe(401);
  });

  it('clerk: reads, uploads and corrects; export is 403', async () => {
    expect(await read(TOKENS.clerk)).toEqual({ read: [200, 200, 200, 200, 200, 200, 200], export: [403] });
    expect(await write(TOKENS.clerk)).toEqual({ upload: 202, correct: 200 });
  });

  it('archivist: reads and exports; upload and correction are 403', async () => {
    expect(await read(TOKENS.archivist)).toEqual({ read: [200, 200, 200, 200, 200, 200, 200], export: [200] });
    expect(await write(TOKENS.archivist)).toEqual({ upload: 403, correct: 403 });
    expect((await call(s, '/api/documents', { token: TOKENS.archivist, body: upload() })).json.error.code).toBe('forbidden');
  });

  it('admin: everything', async () => {
    expect(await read(TOKENS.admin)).toEqual({ read: [200, 200, 200, 200, 200, 200, 200], export: [200] });
    expect(await write(TOKENS.admin)).toEqual({ upload: 202, correct: 200 });
  });

  it('health and the OpenAPI description need no token', async () => {
    expect((await call(s, '/healthz')).json).toEqual({ status: 'ok', checks: { database: { ok: true, detail: 'sqlite' } } });
    expect((await call(s, '/api/openapi.json')).status).toBe(200);
  });

  it('never writes a token in its logs (and does log the requests)', () => {
    const logs = s.logs();
    expect(logs).toContain('"url":"/api/search?q=subvention"');
    for (const t of Object.values(TOKENS)) expect(logs).not.toContain(t);
    expect(logs).not.toContain('not-a-real-token');
  });

  it('the page cookie works, but a state change from another site is refused', async () => {
    const cookie = `registre_jeton=${TOKENS.clerk}`;
    expect((await call(s, '/api/search', { headers: { cookie } })).status).toBe(200);
    expect((await call(s, '/api/documents', { headers: { cookie, origin: 'http://evil.example' }, body: upload() })).status).toBe(403);
    expect((await call(s, `/api/documents/${id}`, { headers: { cookie }, method: 'PATCH', json: correction })).status).toBe(403);
    expect((await call(s, '/api/documents', { headers: { cookie, origin: s.url }, body: upload() })).status).toBe(202);
    // A bearer token is not sent by browsers on their own: no origin needed.
    expect((await call(s, '/api/documents', { token: TOKENS.clerk, headers: { origin: 'http://elsewhere.example' }, body: upload() })).status).toBe(202);
  });

  it('sign-in sets an HttpOnly, SameSite=Strict cookie; a wrong token or a foreign return address get nowhere', async () => {
    const form = (jeton: string, suite: string) => new URLSearchParams({ jeton, suite }).toString();
    const headers = { 'content-type': 'application/x-www-form-urlencoded' };
    const bad = await call(s, '/connexion', { method: 'POST', headers, body: form('wrong-token-0000', '/recherche') });
    expect(bad.status).toBe(401);
    expect(bad.headers.get('set-cookie')).toBeNull();
    const ok = await call(s, '/connexion', { method: 'POST', headers, body: form(TOKENS.archivist, '//evil.example/x') });
    expect(ok.status).toBe(303);
    expect(ok.headers.get('location')).toBe('/');
    expect(ok.headers.get('set-cookie')).toMatch(/^registre_jeton=.+; Path=\/; HttpOnly; SameSite=Strict/);
    const foreign = await call(s, '/connexion', { method: 'POST', headers: { ...headers, origin: 'http://evil.example' }, body: form(TOKENS.clerk, '/') });
    expect(foreign.status).toBe(403);
    // Pages: anonymous visitors are sent to the sign-in page.
    const page = await call(s, '/recherche?q=x');
    expect(page.status).toBe(303);
    expect(page.headers.get('location')).toBe('/connexion?suite=%2Frecherche%3Fq%3Dx');
  });
});

describe('public reading and the read-only default', () => {
  it('REGISTRE_PUBLIC_READ=true: anyone reads and exports; writing still needs a token', async () => {
    const s = await startServer({ env: { REGISTRE_PUBLIC_READ: 'true' } });
    try {
      expect((await call(s, '/api/search')).status).toBe(200);
      expect((await call(s, '/api/export/scdl.csv')).status).toBe(200);
      expect((await call(s, '/')).status).toBe(200);
      expect((await call(s, '/api/documents', { body: upload() })).status).toBe(401);
      expect((await call(s, '/api/search', { token: 'unknown-token-x' })).status).toBe(401);
      expect((await call(s, '/depot')).status).toBe(303);
    } finally {
      await s.close();
    }
  });

  it('no token configured: reading is open, uploads and corrections are refused (read-only)', async () => {
    const s = await startServer({ env: { REGISTRE_API_TOKENS: '' } });
    try {
      expect((await call(s, '/api/search')).status).toBe(200);
      const r = await call(s, '/api/documents', { body: upload() });
      expect(r.status).toBe(401);
      expect(r.json.error.code).toBe('read_only');
      expect((await call(s, '/depot')).status).toBe(403);
    } finally {
      await s.close();
    }
  });
});

describe('upload rate limit', () => {
  it('per token: past the limit in a minute, 429 with Retry-After; another token is not affected', async () => {
    const s = await startServer({ env: { REGISTRE_UPLOAD_RATE_PER_MIN: '3' } });
    try {
      const codes = [];
      for (let i = 0; i < 4; i++) codes.push((await call(s, '/api/documents', { token: TOKENS.clerk, body: upload() })).status);
      expect(codes).toEqual([202, 202, 202, 429]);
      const r = await call(s, '/api/documents', { token: TOKENS.clerk, body: upload() });
      expect(Number(r.headers.get('retry-after'))).toBeGreaterThan(0);
      expect(r.json.error.code).toBe('rate_limited');
      expect((await call(s, '/api/documents', { token: TOKENS.admin, body: upload() })).status).toBe(202);
    } finally {
      await s.close();
    }
  });
});
