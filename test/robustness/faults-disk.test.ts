/**
 * The disk fills up while documents are stored.
 *
 * Real: when this machine lets the test mount a tmpfs (root with
 * CAP_SYS_ADMIN, as in the CI container), the data directory — originals
 * and the SQLite file — lives on a 3 MB tmpfs (grown to 24 MB to recover). `registre ingest` (the real
 * binary) then meets ENOSPC writing an original, and SQLITE_FULL writing a
 * record; an upload enqueued meets ENOSPC too. Each time: exit 2 with the
 * cause, nothing half-written (no partial original, no document without its
 * records), and once space is freed the same command stores every document
 * exactly once.
 *
 * Injected: wherever mounting is not allowed (the describe says so when it
 * is skipped), and always in addition, the original writer's
 * `fs.promises.writeFile` is made to write half the bytes then fail with
 * ENOSPC, in-process.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { loadConfig } from '../../src/config.ts';
import { createExtractor } from '../../src/extract/index.ts';
import { enqueueBytes } from '../../src/queue/producer.ts';
import { connectProducer } from '../../src/queue/connection.ts';
import { closeQueues, openQueues } from '../../src/queue/queues.ts';
import { ingestBytes, type IngestOutcome } from '../../src/store/ingest.ts';
import { openSqliteStore } from '../../src/store/open-store.ts';
import type { RecordStore } from '../../src/store/record-store.ts';
import { FIXTURES } from '../helpers/paths.ts';
import { cleanPrefix, registre, testConfig, testPrefix } from '../queue/helpers.ts';
import { record } from './tally.ts';

const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');
const corpus = fs
  .readdirSync(path.join(FIXTURES, 'corpus'))
  .filter((f) => /^1\d\d-.*\.txt$/.test(f))
  .sort()
  .slice(0, 8)
  .map((f) => fs.readFileSync(path.join(FIXTURES, 'corpus', f)));

/** Mounts a tmpfs of `size` at `dir`; false when this machine does not allow it. */
function mountTmpfs(dir: string, size: string): boolean {
  if (process.platform !== 'linux') return false;
  const r = spawnSync('mount', ['-t', 'tmpfs', '-o', `size=${size},mode=0755`, 'tmpfs', dir], { stdio: 'ignore', timeout: 10_000 });
  return r.status === 0;
}
const free = (dir: string) => {
  const s = fs.statfsSync(dir);
  return s.bavail * s.bsize;
};

/** Every document in the store is whole: its JSON, its records, one `ingested` event. */
async function everyDocumentWhole(store: RecordStore): Promise<string[]> {
  const problems: string[] = [];
  for (const d of await store.list({ limit: 1000 })) {
    const full = await store.get(d.id);
    if (!full) problems.push(`${d.id}: listed but no JSON`);
    const ingested = (await store.events(d.id)).filter((e) => e.type === 'ingested').length;
    if (ingested !== 1) problems.push(`${d.file}: ${ingested} 'ingested' events`);
    if (full?.document.status === 'parsed') {
      const hits = (await store.search({ status: 'parsed', limit: 1000 })).hits.filter((h) => h.id === d.id);
      if (hits.length === 0) problems.push(`${d.file}: parsed but no record searchable`);
    }
  }
  return problems;
}

const probe = fs.mkdtempSync(path.join(os.tmpdir(), 'registre-robust-mount-probe-'));
const canMount = mountTmpfs(probe, '64k') && spawnSync('umount', [probe]).status === 0;
fs.rmSync(probe, { recursive: true, force: true });

describe.runIf(canMount)('disk full on a real 3 MB tmpfs (the real binary; Redis for the upload)', () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'registre-robust-disk-'));
  const disk = path.join(root, 'disk');
  const dataDir = path.join(disk, 'data');
  const inbox = path.join(root, 'inbox');
  const filler = path.join(disk, 'filler');
  const env = { REGISTRE_DATA_DIR: dataDir, REGISTRE_CONCURRENCY: '1' };
  const prefix = testPrefix();
  let mounted = false;

  beforeAll(() => {
    fs.mkdirSync(disk);
    mounted = mountTmpfs(disk, '3m');
    fs.mkdirSync(inbox);
    corpus.forEach((b, i) => fs.writeFileSync(path.join(inbox, `${String(i).padStart(2, '0')}-extrait.txt`), b));
    // 2.5 MB, more than the whole volume: a deliberation followed by blank lines; it sorts fifth.
    fs.writeFileSync(path.join(inbox, '04b-gros.txt'), Buffer.concat([corpus[0]!, Buffer.from('\n'.repeat(2_500_000))]));
  });
  afterAll(async () => {
    if (mounted) spawnSync('umount', ['-l', disk]);
    fs.rmSync(root, { recursive: true, force: true });
    await cleanPrefix(prefix);
  });

  it('ingest: ENOSPC on an original, then SQLITE_FULL on a record; nothing half-written; after freeing space every document stored once', async (ctx) => {
    expect(mounted).toBe(true);
    // The store exists (migrations run), then ~1.6 MB is left: the five small files and the
    // store's write-ahead log fit, the big one does not.
    await openSqliteStore(path.join(dataDir, 'registre.db')).close();
    fs.writeFileSync(filler, Buffer.alloc(Math.max(0, free(disk) - 1_600_000)));

    const full = registre(['ingest', inbox], env);
    const r1 = await full.exited;
    const enospc = /ENOSPC: no space left on device/.test(full.err());
    let crashes = r1.signal ? 1 : 0;
    expect(r1.signal).toBeNull();
    expect(r1.code, full.err()).toBe(2);
    expect(enospc, full.err()).toBe(true);
    expect(full.err()).toMatch(/registre ingest: stopped: .+\n\d+ file\(s\) not ingested; nothing was half-written\. Run the same command again to continue\./);
    // No partial copy of the big file anywhere.
    const leftovers = fs.readdirSync(path.join(dataDir, 'originals'), { recursive: true }).map(String).filter((f) => f.endsWith('.tmp'));
    expect(leftovers).toEqual([]);
    let store = openSqliteStore(path.join(dataDir, 'registre.db'));
    try {
      expect(await everyDocumentWhole(store)).toEqual([]);
      expect((await store.list({ limit: 1000 })).length).toBeLessThan(corpus.length + 1);
    } finally {
      await store.close();
    }

    // Nearly full (64 KB): the store opens (its 32 KB shared-memory file), an original (one 4 KB
    // page) still fits, the record write does not.
    fs.rmSync(filler);
    const tiny = path.join(root, 'tiny');
    fs.mkdirSync(tiny);
    fs.writeFileSync(path.join(tiny, 'nouveau.txt'), Buffer.concat([corpus[1]!, Buffer.from('\n\n\n')]));
    fs.writeFileSync(filler, Buffer.alloc(Math.max(0, free(disk) - 64 * 1024)));
    const tight = registre(['ingest', tiny], env);
    const r2 = await tight.exited;
    crashes += r2.signal ? 1 : 0;
    expect(r2.signal).toBeNull();
    expect(r2.code, tight.err()).toBe(2);
    expect(tight.err()).toMatch(/registre ingest: stopped: database or disk is full/); // SQLITE_FULL
    store = openSqliteStore(path.join(dataDir, 'registre.db'));
    try {
      expect(await store.get(sha(fs.readFileSync(path.join(tiny, 'nouveau.txt'))))).toBeNull(); // rolled back whole
      expect(await everyDocumentWhole(store)).toEqual([]);
    } finally {
      await store.close();
    }

    // An upload enqueued on the full disk: refused with the cause, no job, no partial file.
    const config = testConfig(prefix, dataDir);
    const redis = await connectProducer(config);
    const queues = openQueues(config, redis);
    const upload = Buffer.concat([corpus[2]!, Buffer.alloc(200_000, 0x0a)]);
    try {
      await expect(enqueueBytes({ queues, dataDir, actor: 'test' }, upload, 'depot.txt')).rejects.toThrow(/ENOSPC|no space/);
      expect(await queues.extract.getJobCounts()).toMatchObject({ waiting: 0, active: 0 });
      expect(fs.readdirSync(path.join(dataDir, 'originals'), { recursive: true }).map(String).filter((f) => f.endsWith('.tmp'))).toEqual([]);

      // Space freed (the filler gone, the volume grown as an administrator would): the same commands again.
      fs.rmSync(filler);
      expect(spawnSync('mount', ['-o', 'remount,size=24m', disk]).status).toBe(0);
      const again = registre(['ingest', '--json', inbox, tiny], env);
      const r3 = await again.exited;
      crashes += r3.signal ? 1 : 0;
      expect(r3, again.err()).toMatchObject({ code: 0, signal: null });
      const outcomes = JSON.parse(again.out()) as IngestOutcome[];
      expect(outcomes.every((o) => o.status === 'parsed')).toBe(true);
      await expect(enqueueBytes({ queues, dataDir, actor: 'test' }, upload, 'depot.txt')).resolves.toMatchObject({ state: 'unknown' });
    } finally {
      await closeQueues(queues);
      redis.disconnect();
    }
    store = openSqliteStore(path.join(dataDir, 'registre.db'));
    let lost = 0;
    try {
      const all = [...fs.readdirSync(inbox).map((f) => path.join(inbox, f)), path.join(tiny, 'nouveau.txt')];
      for (const f of all) if (!(await store.get(sha(fs.readFileSync(f))))) lost++;
      expect(await everyDocumentWhole(store)).toEqual([]);
      expect((await store.list({ limit: 1000 })).length).toBe(all.length);
    } finally {
      await store.close();
    }
    record(ctx, { kind: 'faults', tried: 3, handled: 3, lost, crashes });
    expect(lost).toBe(0);
  }, 170_000);
});

describe('disk full, injected: the original writer fails half-way with ENOSPC (in-process)', () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'registre-robust-enospc-'));
  const dataDir = path.join(root, 'data');
  let store: RecordStore;
  const ex = createExtractor(loadConfig({}));
  beforeAll(() => {
    store = openSqliteStore(path.join(dataDir, 'registre.db'));
  });
  afterEach(() => vi.restoreAllMocks());
  afterAll(async () => {
    await store.close();
    await ex.close();
    fs.rmSync(root, { recursive: true, force: true });
  });

  it('the document is not stored, no partial original is left; once space is back it is stored once', async (ctx) => {
    if (!canMount) console.warn('faults-disk: this machine does not allow mounting a tmpfs; only the injected ENOSPC ran');
    const real = fsp.writeFile;
    vi.spyOn(fsp, 'writeFile').mockImplementation(async (file, data, options) => {
      if (String(file).includes(`${path.sep}originals${path.sep}`)) {
        await real(file, (data as Buffer).subarray(0, Math.floor((data as Buffer).length / 2)), options);
        throw Object.assign(new Error(`ENOSPC: no space left on device, write`), { code: 'ENOSPC' });
      }
      return real(file, data, options);
    });
    const deps = { store, extract: (b: Buffer, f: string) => ex.extract(b, f), dataDir, actor: 'test' };
    const bytes = corpus[3]!;
    await expect(ingestBytes(deps, bytes, 'plein.txt')).rejects.toThrow(/ENOSPC/);
    expect(await store.get(sha(bytes))).toBeNull();
    const files = fs.readdirSync(path.join(dataDir, 'originals'), { recursive: true }).map(String).filter((f) => f.includes('.'));
    expect(files).toEqual([]); // the half-written temporary file was removed

    vi.restoreAllMocks();
    await expect(ingestBytes(deps, bytes, 'plein.txt')).resolves.toMatchObject({ status: 'parsed', outcome: 'created' });
    await expect(ingestBytes(deps, bytes, 'plein.txt')).resolves.toMatchObject({ outcome: 'unchanged' });
    expect((await store.events(sha(bytes))).filter((e) => e.type === 'ingested')).toHaveLength(1);
    record(ctx, { kind: 'faults', tried: 1, handled: 1, lost: 0, crashes: 0 });
  });
});
