/**
 * The analyse stage on worker threads (src/analyse-pool.ts): the same
 * Analysis as inline on real extracts, and no document lost when a thread
 * fails (it is analysed inline instead).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startAnalysePool, type AnalysePool } from '../../src/analyse-pool.ts';
import { ProcessedDocument, type Extraction } from '../../src/domain/index.ts';
import { analyse, analysedDocument, contentHash } from '../../src/pipeline.ts';
import { preparedJson } from '../../src/store/prepared.ts';

const CORPUS = path.resolve('fixtures/corpus');
const extraction = (text: string): Extraction => ({
  kind: 'text', extractor: 'text', extractor_version: '1', notes: [],
  pages: [{ number: 1, text, method: 'text', confidence: null, ms: 0, rotation: 0 }],
});
const texts = fs.readdirSync(CORPUS).filter((f) => f.endsWith('.txt')).sort().slice(0, 40).map((f) => fs.readFileSync(path.join(CORPUS, f), 'utf8'));

const pools: AnalysePool[] = [];
afterEach(async () => {
  for (const p of pools.splice(0)) await p.close();
});
async function ready(pool: AnalysePool): Promise<void> {
  // A thread takes documents once its modules are loaded: until then the caller analyses them.
  for (let i = 0; i < 400 && pool.analysed.threaded === 0; i++) await pool.analyse(extraction(texts[0]!)).then(() => new Promise((r) => setTimeout(r, 25)));
}

describe('analyse pool', () => {
  it('gives the Analysis the inline stage gives, on threads', async () => {
    const pool = startAnalysePool(2);
    pools.push(pool);
    await ready(pool);
    const before = pool.analysed.threaded;
    const results = await Promise.all(texts.map((t) => pool.analyse(extraction(t), { roster: ['Jean-Marc GONCALVES'] })));
    // Once ready, the threads take every document.
    expect(pool.analysed.threaded - before).toBe(texts.length);
    for (const [i, t] of texts.entries()) expect(results[i]).toEqual(analyse(extraction(t), { roster: ['Jean-Marc GONCALVES'] }));
  }, 60_000);

  it('told which document it is, gives it whole, prepared for the store (valid, serialised once)', async () => {
    const pool = startAnalysePool(1);
    pools.push(pool);
    await ready(pool);
    const text = texts[1]!;
    const id = contentHash(Buffer.from(text));
    const a = await pool.analyse(extraction(text), {}, { id, file: 'dossier/extrait.txt', size: text.length });
    expect(a.document).toBeDefined();
    const inline = ProcessedDocument.parse(analysedDocument(id, 'dossier/extrait.txt', text.length, extraction(text), analyse(extraction(text))));
    expect({ ...a.document!, processed_at: 'x' }).toEqual({ ...inline, processed_at: 'x' });
    expect(preparedJson(a.document!)).toBe(JSON.stringify(a.document));
    expect({ parsed: a.parsed, findings: a.findings }).toEqual(analyse(extraction(text)));
    // A NUL in the text: the store must see the document itself (it replaces the NUL).
    const nul = `${text}\u0000`;
    const b = await pool.analyse(extraction(nul), {}, { id: contentHash(Buffer.from(nul)), file: 'nul.txt', size: nul.length });
    expect(b.document).toBeUndefined();
    expect(b).toEqual(analyse(extraction(nul)));
  }, 60_000);

  it('analyses inline what a failed thread held, and everything after', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'registre-pool-'));
    try {
      // A thread that loads, says it is ready, then dies on its first document.
      const script = path.join(dir, 'dying-thread.mjs');
      fs.writeFileSync(script, "import { parentPort } from 'node:worker_threads';\nparentPort.on('message', () => process.exit(3));\nparentPort.postMessage({ ready: true });\n");
      const pool = startAnalysePool(1, { script: new URL(`file://${script}`) });
      pools.push(pool);
      for (let i = 0; i < 100 && pool.analysed.inline === 0 && pool.threads === 1; i++) await new Promise((r) => setTimeout(r, 20));
      const out = await Promise.all(texts.slice(0, 3).map((t) => pool.analyse(extraction(t))));
      expect(out).toEqual(texts.slice(0, 3).map((t) => analyse(extraction(t))));
      expect(pool.threads).toBe(0);
      expect(pool.analysed.threaded).toBe(0);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
