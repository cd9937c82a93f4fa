/**
 * Upload limits on the real server, with small limits from the
 * configuration: each refusal is a clear 4xx naming the file, and nothing
 * of a refused request is processed. Types are judged from the bytes, not
 * the name or the Content-Type the client sends.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURES } from '../helpers/paths.ts';
import { call, filesForm, startServer, TOKENS, waitForJob, type TestServer } from './helpers.ts';

const TEXT = fs.readFileSync(path.join(FIXTURES, 'rules/clean-session.txt'));
const PNG = fs.readFileSync(path.join(FIXTURES, 'scans/commune-2025-01-14.p1.png')).subarray(0, 4000);
const ZIP = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00]), Buffer.alloc(600, 0)]);

describe('upload limits', () => {
  let s: TestServer;
  const post = (files: Array<{ name: string; bytes: Uint8Array; type?: string }>) => call(s, '/api/documents', { token: TOKENS.clerk, body: filesForm(files) });

  beforeAll(async () => {
    s = await startServer({ env: { REGISTRE_MAX_BYTES: '20000', REGISTRE_UPLOAD_MAX_FILES: '2', REGISTRE_UPLOAD_KINDS: 'text,pdf', REGISTRE_UPLOAD_RATE_PER_MIN: '1000' } });
  });
  afterAll(() => s?.close());

  it('a file over the size limit: 413, naming the file and the limit', async () => {
    const big = Buffer.alloc(30_000, 'a');
    const r = await post([{ name: 'gros.txt', bytes: big, type: 'text/plain' }]);
    expect(r.status).toBe(413);
    expect(r.json.error).toMatchObject({ code: 'file_too_large', details: { file: 'gros.txt', max_bytes: 20000 } });
    expect(r.json.error.message).toContain('gros.txt');
  });

  it('binary bytes named .txt and sent as text/plain: 415 (sniffed, not trusted)', async () => {
    const r = await post([{ name: 'deliberation.txt', bytes: ZIP, type: 'text/plain' }]);
    expect(r.status).toBe(415);
    expect(r.json.error.code).toBe('unsupported_type');
    expect(r.json.error.message).toContain('deliberation.txt');
  });

  it('a kind the configuration does not accept (PNG here): 415 saying which kinds are', async () => {
    const r = await post([{ name: 'scan.pdf', bytes: PNG, type: 'application/pdf' }]);
    expect(r.status).toBe(415);
    expect(r.json.error).toMatchObject({ code: 'unsupported_type', details: { kind: 'png', accepted: ['text', 'pdf'] } });
  });

  it('text named .pdf and sent as application/pdf is read as the text it is', async () => {
    const r = await post([{ name: 'extrait.pdf', bytes: TEXT, type: 'application/pdf' }]);
    expect(r.status).toBe(202);
    const j = await waitForJob(s, r.json.documents[0].job_id, TOKENS.clerk);
    expect(j).toMatchObject({ state: 'completed', document_status: 'parsed' });
    const d = await call(s, `/api/documents/${r.json.documents[0].document_id}`, { token: TOKENS.clerk });
    expect(d.json.document.extraction.kind).toBe('text');
  });

  it('an empty file: 400; no file at all: 400; too many files: 413; not multipart: 415', async () => {
    expect((await post([{ name: 'vide.txt', bytes: Buffer.alloc(0) }])).json.error.code).toBe('empty_file');
    const none = await call(s, '/api/documents', { token: TOKENS.clerk, body: new FormData() });
    expect([none.status, none.json?.error.code]).toEqual([400, 'no_file']);
    const many = await post([1, 2, 3].map((i) => ({ name: `f${i}.txt`, bytes: Buffer.from(`${TEXT.toString()}\n${i}`) })));
    expect([many.status, many.json.error.code]).toEqual([413, 'too_many_files']);
    const json = await call(s, '/api/documents', { token: TOKENS.clerk, json: { files: [] } });
    expect(json.status).toBe(415);
  });

  it('a refused request stores nothing (all or nothing)', async () => {
    const r = await post([
      { name: 'bon.txt', bytes: Buffer.from(`${TEXT.toString()}\nautre`) },
      { name: 'mauvais.txt', bytes: ZIP },
    ]);
    expect(r.status).toBe(415);
    const list = await call(s, '/api/documents', { token: TOKENS.clerk });
    expect(list.json.documents.map((d: { file: string }) => d.file)).toEqual(['extrait.pdf']);
  });

  it('the client’s file name never reaches the file system and is cleaned for display', async () => {
    const r = await post([{ name: '../../etc/pass\u0007wd.txt', bytes: Buffer.from(`${TEXT.toString()}\nnom`) }]);
    expect(r.status).toBe(202);
    expect(r.json.documents[0].file).toBe('passwd.txt');
    await waitForJob(s, r.json.documents[0].job_id, TOKENS.clerk);
    expect(fs.existsSync(path.join(s.dir, 'originals'))).toBe(true);
    const res = await fetch(`${s.url}/api/documents/${r.json.documents[0].document_id}/file`, { headers: { authorization: `Bearer ${TOKENS.clerk}` } });
    expect(res.headers.get('content-disposition')).toBe(`attachment; filename="passwd.txt"; filename*=UTF-8''passwd.txt`);
    expect(res.headers.get('content-security-policy')).toContain('sandbox');
  });
});
