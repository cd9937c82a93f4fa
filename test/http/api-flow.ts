/**
 * The API's main story, run against each setup (queue + SQLite, in-process
 * + SQLite, in-process + PostgreSQL): upload, follow the jobs, read the
 * documents and originals, search them, correct a field and see the event
 * log and the findings change, then reprocess and see the correction kept. Each setup says which fixtures it uploads.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { reprocessDocument } from '../../src/store/reprocess.ts';
import { FIXTURES } from '../helpers/paths.ts';
import { call, filesForm, TOKENS, waitForJob, type TestServer } from './helpers.ts';

export interface FlowFile {
  /** Relative to fixtures/. */
  fixture: string;
  /** What the sniffed original is served as. */
  type: RegExp;
  /** A word of its text to search for, and a member's surname it lists. */
  word: string;
  member: string;
}

export const TEXT: FlowFile = { fixture: 'rules/present-count-mismatch.txt', type: /^text\/plain; charset=utf-8$/, word: 'parents', member: 'BENALI' };
export const PDF: FlowFile = { fixture: 'pdf/metropole-2025-06-19.text.pdf', type: /^application\/pdf$/, word: 'métropole', member: '' };
export const SCAN: FlowFile = { fixture: 'scans/commune-2025-01-14.p1.png', type: /^image\/png$/, word: 'énergétique', member: '' };

const clerk = TOKENS.clerk;

export function apiFlow(open: () => Promise<TestServer>, files: readonly FlowFile[]): void {
  let s: TestServer;
  const docs: Array<{ file: string; document_id: string; job_id: string; state: string }> = [];
  const bytes = files.map((f) => fs.readFileSync(path.join(FIXTURES, f.fixture)));

  beforeAll(async () => {
    s = await open();
  });
  afterAll(async () => {
    await s?.close();
  });

  it('health: the database, and Redis when the queue is used, answer', async () => {
    const r = await call(s, '/healthz');
    expect(r.status).toBe(200);
    expect(r.json.checks.database.ok).toBe(true);
    if (s.config.redisUrl) expect(r.json.checks.redis).toEqual({ ok: true, detail: 'ok' });
    else expect(r.json.checks.redis).toBeUndefined();
  });

  it(`uploads ${files.length} file(s) in one request: 202 with a document id and a job id each`, async () => {
    const form = filesForm(files.map((f, i) => ({ name: path.basename(f.fixture), bytes: bytes[i]!, type: 'application/octet-stream' })));
    const r = await call(s, '/api/documents', { token: clerk, body: form });
    expect(r.status, r.text).toBe(202);
    expect(r.json.documents).toHaveLength(files.length);
    for (const d of r.json.documents) {
      expect(d.document_id).toMatch(/^[0-9a-f]{64}$/);
      expect(d.job_id).toMatch(new RegExp(`^(local|extract)-${d.document_id}$`));
      expect(d.job_url).toBe(`/api/jobs/${d.job_id}`);
    }
    docs.push(...r.json.documents);
  });

  it('follows every job until the document is stored', async () => {
    for (const d of docs) {
      const j = await waitForJob(s, d.job_id, clerk, 120_000);
      expect(j.state, JSON.stringify(j)).toBe('completed');
      expect(j.document_status).toBe('parsed');
      expect(j.progress).toBe(100);
    }
  });

  it('same bytes again: the same document and the same job, processed once', async () => {
    const r = await call(s, '/api/documents', { token: clerk, body: filesForm([{ name: 'copie.bin', bytes: bytes[0]! }]) });
    expect(r.status).toBe(202);
    expect(r.json.documents[0].document_id).toBe(docs[0]!.document_id);
    expect(r.json.documents[0].job_id).toBe(docs[0]!.job_id);
    const j = await waitForJob(s, docs[0]!.job_id, clerk);
    expect(j.state).toBe('completed');
    const events = (await call(s, `/api/documents/${docs[0]!.document_id}`, { token: clerk })).json.events;
    expect(events.filter((e: { type: string }) => e.type === 'ingested')).toHaveLength(1);
  });

  it('serves each document: record, findings, pages with line ranges, event log', async () => {
    for (const [i, d] of docs.entries()) {
      const r = await call(s, `/api/documents/${d.document_id}`, { token: TOKENS.archivist });
      expect(r.status).toBe(200);
      expect(r.json.document.id).toBe(d.document_id);
      expect(r.json.document.parsed.deliberations.length).toBeGreaterThan(0);
      expect(r.json.text.toLowerCase()).toContain(files[i]!.word.toLowerCase());
      expect(r.json.pages[0].first_line).toBe(1);
      expect(r.json.pages.at(-1).last_line).toBe(r.json.text.split('\n').length);
      expect(r.json.events.map((e: { type: string }) => e.type)).toEqual(expect.arrayContaining(['ingested', 'extracted', 'parsed', 'checked']));
      expect(r.json.has_original).toBe(true);
    }
    const text = (await call(s, `/api/documents/${docs[0]!.document_id}`, { token: clerk })).json;
    expect(text.document.findings.map((f: { code: string }) => f.code)).toContain('PRESENT_COUNT_MISMATCH');
  });

  it('serves each original byte for byte, typed by its content, as a safe attachment', async () => {
    for (const [i, d] of docs.entries()) {
      const res = await fetch(`${s.url}/api/documents/${d.document_id}/file`, { headers: { authorization: `Bearer ${clerk}` } });
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toMatch(files[i]!.type);
      expect(res.headers.get('content-disposition')).toMatch(/^attachment; filename="[A-Za-z0-9._ -]+"; filename\*=UTF-8''/);
      expect(Buffer.from(await res.arrayBuffer()).equals(bytes[i]!)).toBe(true);
    }
  });

  it('finds them by words, by body, by member and by finding code', async () => {
    for (const [i, f] of files.entries()) {
      const r = await call(s, `/api/search?q=${encodeURIComponent(f.word)}`, { token: clerk });
      expect(r.status).toBe(200);
      expect(r.json.hits.map((h: { id: string }) => h.id)).toContain(docs[i]!.document_id);
      expect(r.json.hits.find((h: { id: string }) => h.id === docs[i]!.document_id).snippet).toMatch(/\*\*/);
    }
    const byMember = await call(s, `/api/search?member=${TEXT.member}&member_status=present`, { token: clerk });
    expect(byMember.json.hits.map((h: { id: string }) => h.id)).toContain(docs[0]!.document_id);
    expect(byMember.json.hits[0].member.status).toBe('present');
    const byCode = await call(s, '/api/search?finding=PRESENT_COUNT_MISMATCH', { token: clerk });
    expect(byCode.json.hits.map((h: { id: string }) => h.id)).toEqual([docs[0]!.document_id]);
    const byBody = await call(s, '/api/search?body=vernoux&limit=5', { token: clerk });
    expect(byBody.json.total).toBe(1);
    const members = await call(s, `/api/members?name=${TEXT.member}`, { token: clerk });
    expect(members.json.members).toHaveLength(1);
    const m = await call(s, `/api/members/${encodeURIComponent(members.json.members[0].id)}`, { token: clerk });
    expect(m.status).toBe(200);
    expect(m.json.sessions[0].status).toBe('present');
  });

  it('corrects a count: logged with who, when and why; the checker re-runs and the finding goes', async () => {
    const id = docs[0]!.document_id;
    const before = (await call(s, `/api/documents/${id}`, { token: clerk })).json;
    const r = await call(s, `/api/documents/${id}`, {
      token: clerk,
      method: 'PATCH',
      json: { corrections: [{ field: 'count', key: 'present', value: 12 }], reason: 'liste des présents vérifiée au registre', author: 'Mme Greffière', expected_updated_at: before.updated_at },
    });
    expect(r.status, r.text).toBe(200);
    expect(r.json.changes).toEqual([{ path: 'session.declared.present', from: 13, to: 12 }]);
    const codes = r.json.document.findings.map((f: { code: string }) => f.code);
    expect(codes).not.toContain('PRESENT_COUNT_MISMATCH');
    expect(r.json.document.parsed.session.declared.present).toMatchObject({ value: 12, text: 'Présents : 13' });
    const corrected = r.json.events.filter((e: { type: string }) => e.type === 'corrected');
    expect(corrected).toHaveLength(1);
    expect(corrected[0].actor).toMatch(/^http:clerk:[0-9a-f]{10}$/);
    expect(corrected[0].actor).not.toContain(clerk);
    expect(Date.parse(corrected[0].at)).toBeGreaterThan(Date.parse(before.updated_at) - 1000);
    expect(corrected[0].detail.note).toContain('Mme Greffière');
    expect(corrected[0].detail.note).toContain('session.declared.present : 13 → 12');
    // Stored: a later read agrees, and the search index sees the new findings.
    const again = await call(s, `/api/documents/${id}`, { token: TOKENS.archivist });
    expect(again.json.document.findings.map((f: { code: string }) => f.code)).not.toContain('PRESENT_COUNT_MISMATCH');
    expect((await call(s, '/api/search?finding=PRESENT_COUNT_MISMATCH', { token: clerk })).json.total).toBe(0);
    // The version the clerk saw is now stale: a second correction on it is refused.
    const stale = await call(s, `/api/documents/${id}`, { token: clerk, method: 'PATCH', json: { corrections: [{ field: 'count', key: 'present', value: 11 }], reason: 'essai', expected_updated_at: before.updated_at } });
    expect(stale.status).toBe(409);
    // The correction is kept as data beside the record: who, when, why, field, before → after.
    expect(again.json.corrections).toMatchObject([
      { path: 'session.declared.present', from: 13, to: 12, author: 'Mme Greffière', reason: 'liste des présents vérifiée au registre', status: 'applied', conflict: null },
    ]);
    expect(again.json.corrections[0].actor).toBe(corrected[0].actor);
  });

  it('the correction survives reprocessing: re-applied, re-checked, still out of the search for the finding', async () => {
    const id = docs[0]!.document_id;
    const out = await reprocessDocument({ store: s.ctx.store, extract: () => Promise.reject(new Error('not needed')), dataDir: s.config.dataDir, actor: 'cli:test' }, id);
    expect(out).toMatchObject({ ok: true, corrections: { applied: 1, conflicts: 0 } });
    const r = await call(s, `/api/documents/${id}`, { token: clerk });
    expect(r.json.document.parsed.session.declared.present).toMatchObject({ value: 12, text: 'Présents : 13' });
    expect(r.json.document.findings.map((f: { code: string }) => f.code)).not.toContain('PRESENT_COUNT_MISMATCH');
    expect(r.json.corrections.map((c: { status: string }) => c.status)).toEqual(['applied']);
    expect(r.json.events.at(-4)).toMatchObject({ type: 'reprocessed', detail: { corrections: { applied: 1, conflicts: 0 } } });
    expect((await call(s, '/api/search?finding=PRESENT_COUNT_MISMATCH', { token: clerk })).json.total).toBe(0);
  });
}
