/**
 * Stored documents for the report and export tests, made by the real
 * pipeline: each text of fixtures/report/ (invented councils) goes through
 * extract → analyse (processBytes) and into a temporary SQLite store, as
 * `registre ingest` would. Callers remove the directory (cleanup).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadConfig } from '../../src/config.ts';
import type { ProcessedDocument } from '../../src/domain/index.ts';
import { createExtractor } from '../../src/extract/index.ts';
import { processBytes } from '../../src/pipeline.ts';
import { openSqliteStore } from '../../src/store/open-store.ts';
import { FIXTURES } from '../helpers/paths.ts';

export const REPORT_FIXTURES = path.join(FIXTURES, 'report');

/** name → text of every fixture text (sorted by name). */
export function fixtureTexts(dir = REPORT_FIXTURES): Array<{ name: string; text: string }> {
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((name) => ({ name, text: fs.readFileSync(path.join(dir, name), 'utf8') }));
}

/** Runs the pipeline on texts (in memory). */
export async function processTexts(texts: Array<{ name: string; text: string }>): Promise<ProcessedDocument[]> {
  const extractor = createExtractor({ limits: loadConfig({}).limits });
  try {
    const out: ProcessedDocument[] = [];
    for (const t of texts) out.push(await processBytes(Buffer.from(t.text, 'utf8'), t.name, (b, n) => extractor.extract(b, n)));
    return out;
  } finally {
    await extractor.close();
  }
}

export interface FixtureStore {
  /** REGISTRE_DATA_DIR of the store (registre.db inside). */
  dir: string;
  docs: ProcessedDocument[];
  cleanup(): void;
}

export async function fixtureStore(texts = fixtureTexts(), prefix = 'registre-report-'): Promise<FixtureStore> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  const docs = await processTexts(texts);
  const store = openSqliteStore(path.join(dir, 'registre.db'));
  try {
    for (const d of docs) await store.upsert(d, { actor: 'test' });
  } finally {
    await store.close();
  }
  return { dir, docs, cleanup: () => fs.rmSync(dir, { recursive: true, force: true }) };
}
