/**
 * The report over labelled corpora: every labelled error (`findings`) of a
 * document is listed among that document's error findings, and no error
 * outside `findings` + `findings_allowed` is (session and cross-session
 * checks included). Run on the shared corpus (../shared/corpus, read in
 * place, never copied; skipped when absent) and on the project's own
 * invented corpus (fixtures/corpus, same label format).
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { ReportData } from '../../src/report/report-data.ts';
import { cli } from '../store/cli-harness.ts';
import { FIXTURES, sharedCorpus } from '../helpers/paths.ts';
import { fixtureStore, type FixtureStore } from './fixture-store.ts';

interface Label {
  findings?: string[];
  findings_allowed?: string[];
}

function labelled(dir: string): Array<{ name: string; text: string; label: Label }> {
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.txt') && fs.existsSync(path.join(dir, f.replace(/\.txt$/, '.json'))))
    .sort()
    .map((name) => ({
      name,
      text: fs.readFileSync(path.join(dir, name), 'utf8'),
      label: JSON.parse(fs.readFileSync(path.join(dir, name.replace(/\.txt$/, '.json')), 'utf8')) as Label,
    }));
}

async function check(dir: string, stores: FixtureStore[]): Promise<{ documents: number; missing: string[]; falseErrors: string[] }> {
  const docs = labelled(dir);
  const fx = await fixtureStore(docs.map(({ name, text }) => ({ name, text })), 'registre-corpus-report-');
  stores.push(fx);
  const r = await cli(fx.dir, 'report', '--format', 'json');
  expect(r.code).toBe(0);
  const report = JSON.parse(r.out) as ReportData;
  const missing: string[] = [];
  const falseErrors: string[] = [];
  for (const d of docs) {
    const shown = report.documents.filter((x) => x.file === d.name);
    expect(shown, d.name).toHaveLength(1);
    const errors = new Set(shown[0]!.findings.filter((f) => f.severity === 'error').map((f) => f.code as string));
    const wanted = d.label.findings ?? [];
    const allowed = new Set([...wanted, ...(d.label.findings_allowed ?? [])]);
    for (const code of wanted) if (!errors.has(code)) missing.push(`${d.name}: ${code}`);
    for (const code of errors) if (!allowed.has(code)) falseErrors.push(`${d.name}: ${code}`);
  }
  return { documents: report.summary.documents.total, missing, falseErrors };
}

describe('report over labelled corpora', () => {
  const stores: FixtureStore[] = [];
  afterAll(() => stores.forEach((s) => s.cleanup()));
  const shared = sharedCorpus();

  it.skipIf(!shared)('shared corpus: lists every labelled error and no false error', async () => {
    const r = await check(shared!, stores);
    expect(r.documents).toBe(labelled(shared!).length);
    expect(r.missing).toEqual([]);
    expect(r.falseErrors).toEqual([]);
  });

  it('project corpus (fixtures/corpus): lists every labelled error and no false error', async () => {
    const dir = path.join(FIXTURES, 'corpus');
    const r = await check(dir, stores);
    expect(r.documents).toBe(labelled(dir).length);
    expect(r.missing).toEqual([]);
    expect(r.falseErrors).toEqual([]);
  });
});
