/**
 * `registre ingest` end to end through the real pipeline (extract → parse →
 * check) on the invented extracts of fixtures/store, then search, member,
 * show and reprocess. Tests marked [parser] / [checker] depend on those
 * stages reading names, amounts and tallies.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSqliteStore } from '../../src/store/open-store.ts';
import { readOriginal } from '../../src/store/originals.ts';
import type { MemberAttendance, SearchHit } from '../../src/store/record-store.ts';
import type { IngestOutcome } from '../../src/store/ingest.ts';
import { cli, cliWith, json, tempDir, type CliResult } from './cli-harness.ts';

const FIXTURES = path.resolve('fixtures/store');
const MARCH = 'hautval-metropole-2024-03-28.txt';
const JUNE = 'hautval-metropole-2024-06-27.txt';
const ORBEL = 'saint-orbel-cm-2023-06-12.txt';

describe('registre ingest, then search / member / show / reprocess', () => {
  let root: string;
  let inbox: string;
  let data: string;
  let first: CliResult;
  const base = (h: { file: string }) => path.basename(h.file);

  beforeAll(async () => {
    root = tempDir('registre-cli-ingest-');
    inbox = path.join(root, 'inbox');
    data = path.join(root, 'data');
    fs.cpSync(FIXTURES, path.join(inbox, 'nested'), { recursive: true });
    fs.writeFileSync(path.join(inbox, 'broken.bin'), Buffer.from([0, 1, 2, 3, 255, 254, 0, 0, 7, 8, 0, 9, 1, 0, 0, 3]));
    first = await cli(data, 'ingest', inbox);
  });
  afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

  it('stores every file, lists the bad one with its reason, exits 1', async () => {
    expect(first.code).toBe(1);
    expect(first.out).toMatch(/^4 file\(s\): 4 new, 0 updated, 0 already stored, \d failed/);
    expect(first.out).toMatch(/failed:\n {2}\S*broken\.bin: .+/);
    const store = openSqliteStore(path.join(data, 'registre.db'));
    try {
      const docs = await store.list();
      expect(docs.map((d) => path.basename(d.file)).sort()).toEqual(['broken.bin', MARCH, JUNE, ORBEL].sort());
      expect((await store.list({ status: 'failed' })).map((d) => path.basename(d.file))).toEqual(['broken.bin']);
    } finally {
      await store.close();
    }
  });

  it('keeps originals untouched in a pack, each entry named by its hash, never under the client name', async () => {
    const packs = fs.readdirSync(path.join(data, 'originals'), { recursive: true }).map(String).filter((f) => /\.\w+$/.test(f));
    expect(packs).toHaveLength(1);
    expect(packs[0]).toMatch(/^packs\/\d{8}T\d{6}Z-\d+-[0-9a-f]{8}\.pack$/);
    expect(fs.statSync(path.join(data, 'originals', packs[0]!)).mode & 0o222).toBe(0); // read-only
    const store = openSqliteStore(path.join(data, 'registre.db'));
    try {
      const march = fs.readFileSync(path.join(FIXTURES, MARCH));
      const kept = [];
      for (const d of await store.list()) {
        const stored = await store.get(d.id);
        expect(stored!.original_path).toMatch(/^originals\/packs\/.+\.pack#\d+$/);
        const bytes = await readOriginal(data, stored!.original_path!);
        expect(createHash('sha256').update(bytes).digest('hex')).toBe(d.id);
        kept.push(bytes);
      }
      expect(kept).toHaveLength(4);
      expect(kept.some((b) => b.equals(march))).toBe(true);
    } finally {
      await store.close();
    }
  });

  it('finds the solidarity contract by an unaccented query', async () => {
    const hits = json<SearchHit[]>(await cli(data, 'search', 'solidarites', '--json'));
    expect(hits.length).toBeGreaterThan(0);
    expect(new Set(hits.map(base))).toEqual(new Set([MARCH]));
    expect(hits[0]!.snippet.toLowerCase()).toContain('**solidarités**');
  });

  it('[parser] lists BARÇELOS present in both sessions, whatever the cedilla', async () => {
    const [m, ...others] = json<MemberAttendance[]>(await cli(data, 'member', 'barcelos', '--json'));
    expect(others).toEqual([]);
    expect(m!.sessions.map((s) => [s.session_date, s.status])).toEqual([
      ['2024-03-28', 'present'],
      ['2024-06-27', 'present'],
    ]);
    expect(m!.rate).toBe(1);
  });

  it("[parser] --member GIRAUDET shows his proxy to VALMONT, then him holding TRAMONI's", async () => {
    const hits = json<SearchHit[]>(await cli(data, 'search', '--member', 'GIRAUDET', '--json'));
    const march = hits.find((h) => base(h) === MARCH)!;
    expect(march.member).toMatchObject({ status: 'represented', represented_by: 'Henri VALMONT' });
    const june = hits.find((h) => base(h) === JUNE)!;
    expect(june.member).toMatchObject({ status: 'present', holds_proxies_of: ['Sylvie TRAMONI'] });
    const proxies = json<SearchHit[]>(await cli(data, 'search', '--member', 'giraudet', '--member-status', 'gave_proxy', '--json'));
    expect(new Set(proxies.map(base))).toEqual(new Set([MARCH]));
  });

  it('[parser] --amount-min 300000 finds the two métropole extracts only', async () => {
    const hits = json<SearchHit[]>(await cli(data, 'search', '--amount-min', '300000', '--json'));
    expect(new Set(hits.map(base))).toEqual(new Set([MARCH, JUNE]));
  });

  it('[checker] --finding TALLY_MISMATCH finds only the document with that error', async () => {
    const hits = json<SearchHit[]>(await cli(data, 'search', '--finding', 'TALLY_MISMATCH', '--json'));
    expect(new Set(hits.map(base))).toEqual(new Set([ORBEL]));
  });

  it('ingesting again changes nothing', async () => {
    const again = json<IngestOutcome[]>(await cli(data, 'ingest', inbox, '--json').then((r) => ({ ...r, code: 0 })));
    expect(again.filter((o) => o.status !== 'unreadable' && !o.file.endsWith('broken.bin')).map((o) => o.outcome)).toEqual(['unchanged', 'unchanged', 'unchanged']);
    const hit = json<SearchHit[]>(await cli(data, 'search', 'solidarites', '--json'))[0]!;
    const shown = json<{ events: Array<{ type: string }> }>(await cli(data, 'show', hit.id.slice(0, 12), '--json'));
    expect(shown.events.filter((e) => e.type === 'ingested')).toHaveLength(1);
  });

  it('reprocess --all re-derives every document and logs it', async () => {
    const r = await cli(data, 'reprocess', '--all');
    expect(r.out).toMatch(/^4 document\(s\) reprocessed/);
    expect(r.out).toContain('broken.bin');
    const hit = json<SearchHit[]>(await cli(data, 'search', 'solidarites', '--json'))[0]!;
    const shown = json<{ events: Array<{ type: string; actor: string }> }>(await cli(data, 'show', hit.id, '--json'));
    expect(shown.events.map((e) => e.type)).toContain('reprocessed');
    expect(shown.events.at(-1)!.actor).toMatch(/^cli/);
  });

  it('reprocess by id prefix logs one more event; without arguments only outdated documents', async () => {
    const hit = json<SearchHit[]>(await cli(data, 'search', 'solidarites', '--json'))[0]!;
    const before = json<{ events: unknown[] }>(await cli(data, 'show', hit.id, '--json')).events.length;
    const one = await cli(data, 'reprocess', hit.id.slice(0, 10), '--json');
    expect(JSON.parse(one.out)).toMatchObject([{ id: hit.id, ok: true, reextracted: false }]);
    const after = json<{ events: Array<{ type: string }> }>(await cli(data, 'show', hit.id, '--json')).events;
    expect(after.length).toBeGreaterThan(before);
    expect(after.filter((e) => e.type === 'reprocessed').length).toBe(2);
    expect((await cli(data, 'reprocess')).out).toMatch(/^0 document\(s\) reprocessed/);
    expect((await cli(data, 'reprocess', 'abc', '--all')).code).toBe(2);
  });

  it('exits 2 when the store cannot be opened', async () => {
    const r = await cliWith({ REGISTRE_DATA_DIR: data, DATABASE_URL: 'postgres://127.0.0.1:1/nowhere' }, 'search', 'x');
    expect(r.code).toBe(2);
  });

  it('exits 1 for a missing path (listed) and 2 without arguments', async () => {
    const missing = await cli(data, 'ingest', path.join(root, 'nope.txt'));
    expect(missing.code).toBe(1);
    expect(missing.out).toContain('nope.txt');
    expect((await cli(data, 'ingest')).code).toBe(2);
  });

  it('runs as the real `registre` binary', () => {
    const env: NodeJS.ProcessEnv = { ...process.env, REGISTRE_DATA_DIR: data };
    delete env.DATABASE_URL;
    const r = spawnSync(process.execPath, ['bin/registre.js', 'search', 'solidarites', '--json'], { env, encoding: 'utf8', timeout: 60_000 });
    expect(r.status).toBe(0);
    expect((JSON.parse(r.stdout) as SearchHit[]).map(base)).toContain(MARCH);
  });
});
