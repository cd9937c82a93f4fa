/**
 * The hostile corpus (hostile-inputs.ts) mixed into a folder of good
 * extracts, through the real binary: `registre ingest DIR` (into SQLite) and
 * `registre parse DIR`. Every file ends with an outcome — bad ones as failed
 * documents whose reason names the file and the cause, odd-but-valid ones as
 * read deliberations — the batch goes on, no good document is lost, and the
 * process neither crashes nor exits 2. Ingesting again changes nothing.
 *
 * The real binary runs in a child process on purpose: a native crash (Skia
 * used to segfault on corrupt PNG/JPEG) shows as a signal, not as a dead
 * test runner.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { displayName } from '../../src/display-name.ts';
import type { ProcessedDocument } from '../../src/domain/index.ts';
import { openSqliteStore } from '../../src/store/open-store.ts';
import type { IngestOutcome } from '../../src/store/ingest.ts';
import { FIXTURES } from '../helpers/paths.ts';
import { registre } from '../queue/helpers.ts';
import { hostileInputs, isBad, judge, ROBUST_LIMITS, writeHostileCorpus, type HostileInput } from './hostile-inputs.ts';
import { record } from './tally.ts';

const GOOD = [
  'store/hautval-metropole-2024-03-28.txt',
  'store/saint-orbel-cm-2023-06-12.txt',
  'corpus/102-saint-orens-le-mesnil-cm-2019-05-14.txt',
  'corpus/119-departement-haute-vezere-cd-2023-03-14.txt',
  'corpus/125-beaumont-la-riviere-cm-2018-04-12-one-line.txt',
  'pdf/commune-2025-01-14.text.pdf',
  'pdf/metropole-2025-06-19.text.pdf',
];

const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');

describe('a folder of hostile files mixed with good ones, through the real CLI', () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'registre-robust-batch-'));
  const inbox = path.join(root, 'inbox');
  const dataDir = path.join(root, 'data');
  const env = {
    REGISTRE_DATA_DIR: dataDir,
    REGISTRE_MAX_PAGES: String(ROBUST_LIMITS.maxPages),
    REGISTRE_MAX_TEXT_CHARS: String(ROBUST_LIMITS.maxTextChars),
    REGISTRE_OCR_WORKERS: '1',
    REGISTRE_CONCURRENCY: '2',
  };
  let hostile: Array<HostileInput & { path: string; id: string }>;
  let good: Array<{ path: string; id: string }>;

  beforeAll(() => {
    hostile = writeHostileCorpus(inbox).map((h) => ({ ...h, id: sha(fs.readFileSync(h.path)) }));
    good = GOOD.map((rel) => {
      const p = path.join(inbox, `good-${path.basename(rel)}`);
      fs.copyFileSync(path.join(FIXTURES, rel), p);
      return { path: p, id: sha(fs.readFileSync(p)) };
    });
    // A named pipe among the files (mkfifo, when there is one): never a document, and
    // reading it would block the batch forever.
    fs.mkdirSync(path.join(inbox, 'sub'));
    spawnSync('mkfifo', [path.join(inbox, 'sub', 'pipe')], { stdio: 'ignore' });
  });
  afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

  const files = () => [...hostile.map((h) => h.path), ...good.map((g) => g.path)];

  it('ingest: every file gets its outcome and its reason, the good ones are stored, exit 1, twice', async (ctx) => {
    const run = registre(['ingest', '--json', inbox], env);
    const exit = await run.exited;
    let outcomes: IngestOutcome[] = [];
    try {
      outcomes = JSON.parse(run.out()) as IngestOutcome[];
    } catch {
      // counted below as lost documents
    }
    const byFile = new Map(outcomes.map((o) => [o.file, o]));
    const store = openSqliteStore(path.join(dataDir, 'registre.db'));
    const problems: string[] = [];
    let handled = 0;
    let lost = 0;
    try {
      for (const h of hostile) {
        const o = byFile.get(h.path);
        const stored = (await store.get(h.id))?.document;
        if (!o || !stored) {
          lost++;
          problems.push(`${h.name}: ${!o ? 'no outcome' : 'not in the store'}`);
          continue;
        }
        const why = judge(h, seen(stored), displayName(h.path));
        if (why) problems.push(`${JSON.stringify(h.name)} (${h.what}): ${why}`);
        else if (isBad(h)) handled++;
        if (o.status !== stored.status) problems.push(`${h.name}: outcome ${o.status} but stored ${stored.status}`);
      }
      for (const g of good) {
        const o = byFile.get(g.path);
        if (!o || !(await store.get(g.id))) lost++;
        else if (o.status !== 'parsed' || o.outcome !== 'created') problems.push(`${g.path}: ${o.status} ${o.outcome} ${o.error ?? ''}`);
      }
      const crashes = exit.signal || exit.code === 2 ? 1 : 0;
      record(ctx, { kind: 'hostile', tried: hostile.length, handled, lost, crashes });
      expect(exit, run.err()).toMatchObject({ code: 1, signal: null });
      expect(problems).toEqual([]);
      expect(lost).toBe(0);
      expect(outcomes).toHaveLength(files().length); // the FIFO was not read

      // One document per distinct content, each logged as ingested exactly once.
      const ids = new Set(files().map((f) => sha(fs.readFileSync(f))));
      const listed = await store.list({ limit: 1000 });
      expect(listed.map((d) => d.id).sort()).toEqual([...ids].sort());
      for (const id of ids) expect((await store.events(id)).filter((e) => e.type === 'ingested'), id).toHaveLength(1);
    } finally {
      await store.close();
    }
    // Originals sit in the batch's pack (or, too big for it, in a file named by their hash),
    // never under a client's name; nothing partial (*.tmp) is left behind.
    const originals = fs.readdirSync(path.join(dataDir, 'originals'), { recursive: true }).map(String).filter((f) => f.includes('.'));
    for (const f of originals) expect(f).toMatch(/^(?:[0-9a-f]{2}\/[0-9a-f]{62}\.[a-z0-9]{1,8}|packs\/\d{8}T\d{6}Z-\d+-[0-9a-f]{8}\.pack)$/);
    // The summary printed to a terminal never carries a raw control character.
    const text = registre(['ingest', inbox], env);
    const again = await text.exited;
    expect(again, text.err()).toMatchObject({ code: 1, signal: null });
    expect(text.out()).toMatch(new RegExp(`^${files().length} file\\(s\\): 0 new, 0 updated, ${files().length} already stored, \\d+ failed`));
    expect(text.out()).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f]/);
    expect(text.out()).toContain('ctrl\ufffd]0;pwned\ufffd\ufffdline.bin: not a supported document');
  }, 170_000);

  it('parse: the same folder, one record per file, failures on stderr, exit 1', async (ctx) => {
    const run = registre(['parse', '--json', inbox], env);
    const exit = await run.exited;
    let docs: ProcessedDocument[] = [];
    try {
      docs = JSON.parse(run.out()) as ProcessedDocument[];
    } catch {
      // counted as lost
    }
    const byId = new Map(docs.map((d) => [d.id, d]));
    const problems: string[] = [];
    let handled = 0;
    let lost = 0;
    for (const h of hostile) {
      const d = byId.get(h.id);
      if (!d) {
        lost++;
        continue;
      }
      const why = judge(h, seen(d), displayName(h.name));
      if (why) problems.push(`${JSON.stringify(h.name)}: ${why}`);
      else if (isBad(h)) handled++;
      if (d.status === 'failed') expect(run.err()).toContain(`registre parse: ${d.error}`);
    }
    for (const g of good) if (byId.get(g.id)?.status !== 'parsed') lost++;
    record(ctx, { kind: 'hostile', tried: hostile.length, handled, lost, crashes: exit.signal || exit.code === 2 ? 1 : 0 });
    expect(exit, run.err()).toMatchObject({ code: 1, signal: null });
    expect(problems).toEqual([]);
    expect(lost).toBe(0);
    expect(docs).toHaveLength(files().length);
  }, 170_000);
});

function seen(d: ProcessedDocument) {
  return {
    status: d.status,
    error: d.error,
    notes: d.extraction?.notes ?? [],
    findings: d.findings.filter((f) => f.severity === 'error').map((f) => f.code),
  };
}

