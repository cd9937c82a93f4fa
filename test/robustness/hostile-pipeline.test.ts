/**
 * The hostile corpus through `processBytes` (the function the CLI, the
 * workers and the HTTP server share), the limits checked before the costly
 * work (timed, and with no page rendered or OCR worker started), client
 * names that no file system accepts (`../`, NUL, 300 characters) through
 * the store on SQLite and PostgreSQL, and SQL metacharacters in stored text
 * and in search queries.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.ts';
import { displayName } from '../../src/display-name.ts';
import { createExtractor, type ExtractorHandle } from '../../src/extract/index.ts';
import { contentHash, processBytes } from '../../src/pipeline.ts';
import { ingestBytes } from '../../src/store/ingest.ts';
import { openPostgresStore, openSqliteStore } from '../../src/store/open-store.ts';
import type { RecordStore } from '../../src/store/record-store.ts';
import { dropTestSchema, TEST_PG_URL, testSchemaName } from '../store/pg-schema.ts';
import { DELIBERATION, hostileInputs, hostileNames, isBad, judge, ROBUST_LIMITS } from './hostile-inputs.ts';
import { record } from './tally.ts';

const defaults = loadConfig({});
const robust = loadConfig({ REGISTRE_MAX_PAGES: String(ROBUST_LIMITS.maxPages), REGISTRE_MAX_TEXT_CHARS: String(ROBUST_LIMITS.maxTextChars) });

describe('processBytes on every hostile input', () => {
  let ex: ExtractorHandle;
  beforeAll(() => {
    ex = createExtractor({ ...robust, ocrWorkers: 1 });
  });
  afterAll(() => ex.close());

  it('each ends as its expected outcome, never a throw; the next one still works', async (ctx) => {
    const inputs = hostileInputs();
    const problems: string[] = [];
    let handled = 0;
    let crashes = 0;
    for (const h of inputs) {
      try {
        const d = await processBytes(h.bytes(), h.name, (b, f) => ex.extract(b, f));
        const why = judge(h, { status: d.status, error: d.error, notes: d.extraction?.notes ?? [], findings: d.findings.filter((f) => f.severity === 'error').map((f) => f.code) }, displayName(h.name));
        if (why) problems.push(`${JSON.stringify(h.name)} (${h.what}): ${why}`);
        else if (isBad(h)) handled++;
        if (d.file !== displayName(h.name)) problems.push(`${JSON.stringify(h.name)}: stored as ${JSON.stringify(d.file)}`);
      } catch (e) {
        crashes++;
        problems.push(`${JSON.stringify(h.name)} threw: ${e instanceof Error ? e.stack : String(e)}`);
      }
    }
    record(ctx, { kind: 'hostile', tried: inputs.length, handled, lost: 0, crashes });
    expect(problems).toEqual([]);
    expect(inputs.length).toBeGreaterThanOrEqual(30);
  }, 150_000);

  it('every count missing: read as a deliberation with its lists, no count invented, no error finding', async () => {
    const h = hostileInputs().find((i) => i.name === 'every-count-missing.txt')!;
    const d = await processBytes(h.bytes(), h.name, (b, f) => ex.extract(b, f));
    expect(d.status).toBe('parsed');
    const s = d.parsed!.session;
    expect(Object.values(s.declared).every((v) => v === null)).toBe(true);
    expect(d.parsed!.deliberations.every((x) => x.vote === null || (x.vote.for === null && x.vote.against === null))).toBe(true);
    expect(s.attendance.present).not.toBeNull();
    expect(d.findings.filter((f) => f.severity === 'error')).toEqual([]);
  });
});

describe('limits are enforced before the expensive work, with the limit in the message (default configuration)', () => {
  let ex: ExtractorHandle;
  beforeAll(() => {
    ex = createExtractor(defaults);
  });
  afterAll(() => ex.close());
  const input = (name: string) => hostileInputs().find((i) => i.name === name)!.bytes();
  const timed = async (bytes: Buffer, file: string) => {
    const started = performance.now();
    const d = await processBytes(bytes, file, (b, f) => ex.extract(b, f));
    return { d, ms: performance.now() - started };
  };

  it('a 10,000-page PDF fails on the page count at once: no page read, rendered or OCRed', async () => {
    const bytes = input('pages-10000.pdf');
    const renderDirs = () => fs.readdirSync(os.tmpdir()).filter((f) => f.startsWith('registre-render-')).length;
    const before = renderDirs();
    const { d, ms } = await timed(bytes, 'pages-10000.pdf');
    expect(d.error).toBe(`pages-10000.pdf: too many pages: 10000 (limit maxPages ${defaults.limits.maxPages})`);
    expect(ms).toBeLessThan(20_000); // ~2 s, most of it pdfjs reading the 2.5 MB cross-reference table
    expect(ex.ocr.stats()).toMatchObject({ created: 0, jobs: 0 });
    expect(renderDirs()).toBe(before); // pdftoppm never set up
  });

  it('a 50,000-point page, a 10-gigapixel PNG, a lying JPEG and TIFF: refused from their headers', async () => {
    for (const [name, w] of [['page-50000pt.pdf', 208334], ['bomb.png', 100000], ['bomb.jpg', 65000], ['bomb.tif', 100000]] as const) {
      const { d, ms } = await timed(input(name), name);
      expect(d.error).toMatch(new RegExp(`^${name.replace('.', '\\.')}: page 1 too large to rasterise safely: ${w} × ${w} px = \\d+ pixels \\(limit maxPixels ${defaults.limits.maxPixels}\\)$`));
      expect(ms, name).toBeLessThan(5_000);
    }
    expect(ex.ocr.stats()).toMatchObject({ created: 0, jobs: 0 });
  });

  it('a 50 MB text fails on the text limit before it is decoded or parsed (parsing it took ~3 min)', async () => {
    const { d, ms } = await timed(input('text-50mb.txt'), 'big.txt');
    expect(d.error).toMatch(new RegExp(`^big\\.txt: text too long: \\d+ characters \\(limit maxTextChars ${defaults.limits.maxTextChars}\\)$`));
    expect(ms).toBeLessThan(3_000);
  });

  it('bytes over maxBytes: refused before sniffing', async () => {
    const small = createExtractor({ limits: { ...defaults.limits, maxBytes: 1000 } });
    try {
      const d = await processBytes(Buffer.alloc(1001, 0x41), 'a.txt', (b, f) => small.extract(b, f));
      expect(d.error).toBe('a.txt: file too large: 1001 bytes (limit maxBytes 1000)');
    } finally {
      await small.close();
    }
  });
  // OCR seconds per page (REGISTRE_OCR_PAGE_TIMEOUT_MS, limit ocrPageTimeoutMs): a page over
  // it is an InputError naming the limit and its worker is replaced — test/ocr/ocr-extract.test.ts.
});

describe('client names no file system takes, through the store (SQLite and PostgreSQL)', () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'registre-robust-names-'));
  const dataDir = path.join(root, 'a', 'b', 'data');
  const schema = testSchemaName();
  let sqlite: RecordStore;
  let pg: RecordStore;
  let ex: ExtractorHandle;
  beforeAll(async () => {
    sqlite = openSqliteStore(path.join(dataDir, 'registre.db'));
    pg = await openPostgresStore({ connectionString: TEST_PG_URL, schema, createSchema: true });
    ex = createExtractor(robust);
  });
  afterAll(async () => {
    await sqlite?.close();
    await pg?.close();
    await ex?.close();
    await dropTestSchema(schema);
    fs.rmSync(root, { recursive: true, force: true });
  });

  it('stored under their hash, shown without control characters, processed like any other', async (ctx) => {
    const cases = [
      ...hostileNames().map((n, i) => ({ ...n, bytes: Buffer.from(DELIBERATION() + '\n'.repeat(i + 1)), status: 'parsed' })),
      ...hostileNames().map((n, i) => ({ ...n, what: `${n.what}, garbage`, bytes: Buffer.from([0, 1, 2, 3, 0xfe, 0, 0x9f, i, 0, 0x10, 0, 0x11]), status: 'failed' })),
      // NUL characters in the text: PostgreSQL refuses them in text and jsonb (the store turns them into U+FFFD)
      { name: 'nul-in-text.txt', what: 'NUL in the text', bytes: Buffer.from(DELIBERATION().replace(/\n\n/g, '\n\u0000\n')), status: 'parsed' },
      { name: "'); DROP TABLE documents; --.txt", what: 'SQL in the name', bytes: Buffer.from(DELIBERATION().replace('OBJET : ', "OBJET : '); DROP TABLE records; -- ? $1 ")), status: 'parsed' },
    ];
    let crashes = 0;
    let lost = 0;
    const problems: string[] = [];
    for (const c of cases) {
      for (const [backend, store] of [['sqlite', sqlite], ['postgres', pg]] as const) {
        try {
          const o = await ingestBytes({ store, extract: (b, f) => ex.extract(b, f), dataDir, actor: 'robustness' }, c.bytes, c.name);
          const stored = await store.get(contentHash(c.bytes));
          if (!stored) {
            lost++;
            continue;
          }
          const d = stored.document;
          if (d.status !== c.status) problems.push(`${backend} ${c.what}: ${d.status} ${d.error}`);
          if (d.file !== displayName(c.name) || /[\u0000-\u001f]/.test(d.file) || [...d.file].length > 255) problems.push(`${backend} ${c.what}: shown as ${JSON.stringify(d.file)}`);
          if (d.error && !d.error.startsWith(`${d.file}: `)) problems.push(`${backend} ${c.what}: error ${JSON.stringify(d.error)}`);
          if (!/^originals\/[0-9a-f]{2}\/[0-9a-f]{62}\.[a-z0-9]{1,8}$/.test(stored.original_path ?? '')) problems.push(`${backend} ${c.what}: original at ${stored.original_path}`);
          if (o.id !== d.id) problems.push(`${backend} ${c.what}: outcome id`);
        } catch (e) {
          crashes++;
          problems.push(`${backend} ${c.what}: threw ${e instanceof Error ? e.message : String(e)}`);
        }
      }
    }
    record(ctx, { kind: 'names', tried: cases.length * 2, handled: cases.filter((c) => c.status === 'failed').length * 2, lost, crashes });
    expect(problems).toEqual([]);
    expect(lost + crashes).toBe(0);
    // Nothing was written outside the data directory (the traversal names point above it).
    expect(fs.readdirSync(root)).toEqual(['a']);
    expect(fs.readdirSync(path.join(root, 'a'))).toEqual(['b']);
    expect(fs.readdirSync(path.join(root, 'a', 'b'))).toEqual(['data']);
    expect(fs.readdirSync(dataDir).sort()).toEqual(['originals', 'registre.db', 'registre.db-shm', 'registre.db-wal'].filter((f) => fs.existsSync(path.join(dataDir, f))).sort());
  }, 120_000);

  it('SQL and full-text metacharacters in queries are data, never SQL (both backends)', async () => {
    const nasty = ["'; DROP TABLE records; --", '" OR 1=1 --', '%_\\', 'NEAR(a b) OR * AND NOT -x', '$1 ?', "l'école & (la mairie) | !", '\u0000', 'drop'];
    for (const store of [sqlite, pg]) {
      for (const text of nasty) {
        await expect(store.search({ text }), text).resolves.toBeDefined();
        await expect(store.search({ body: text, member: text }), text).resolves.toBeDefined();
      }
      expect((await store.findMembers("'; DELETE FROM members; --")).length).toBe(0);
      // The tables are all still there, the documents stored above too.
      expect((await store.list({ limit: 100 })).length).toBeGreaterThanOrEqual(12);
      expect((await store.search({ text: 'drop table' })).hits.length).toBeGreaterThanOrEqual(1);
    }
  });
});
