/**
 * Accuracy figures (wired by bench/main.ts): what `registre eval DIR` prints,
 * as figures, on the project's invented labelled corpus (fixtures/corpus)
 * and on the shared real corpus (../shared/corpus) when this machine has it.
 * Same path as the command: the in-process pipeline over every X.txt/X.pdf/…
 * beside an X.json, summarised and scored by src/eval.
 *
 * Runnable alone: node bin/run-ts.js bench/accuracy.ts
 */
import fs from 'node:fs';
import path from 'node:path';
import { processFiles } from '../src/cli/process-files.ts';
import { loadConfig } from '../src/config.ts';
import { scoreDocument, type DocScore, type Label } from '../src/eval/compare.ts';
import { aggregate, type EvalReport } from '../src/eval/report.ts';
import { toSummary } from '../src/report/summary.ts';
import type { BenchFigure } from './figure.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
const DOC_EXT = /\.(?:txt|text|pdf|png|jpe?g|tiff?)$/i;

/** The labelled corpora on this machine: always fixtures/corpus, the shared one when present. */
export function corpora(): Array<{ label: string; dir: string }> {
  const shared = [process.env.REGISTRE_CORPUS, path.resolve(ROOT, '../shared/corpus')].find((d): d is string => !!d && fs.existsSync(path.join(d, 'README.md')));
  return [{ label: 'fixtures', dir: path.join(ROOT, 'fixtures/corpus') }, ...(shared ? [{ label: 'shared', dir: shared }] : [])];
}

export async function evaluate(dir: string): Promise<EvalReport> {
  const entries = fs.readdirSync(dir).sort();
  const labelled = entries.filter((f) => DOC_EXT.test(f) && entries.includes(f.replace(DOC_EXT, '.json')));
  const scores: DocScore[] = [];
  for await (const { path: p, doc } of processFiles(labelled.map((f) => path.join(dir, f)), loadConfig({}))) {
    const label = JSON.parse(fs.readFileSync(p.replace(DOC_EXT, '.json'), 'utf8')) as Label;
    scores.push(scoreDocument(doc.file, toSummary(doc.file, doc.parsed, doc.findings), label));
  }
  return aggregate(scores);
}

const pct = (x: number) => Math.round(x * 1000) / 10;

export function reportFigures(label: string, dir: string, r: EvalReport): BenchFigure[] {
  const where = `${r.documents} labelled documents of ${path.relative(ROOT, dir) || dir}`;
  const figures: BenchFigure[] = Object.entries(r.fields).map(([field, v]) => ({
    name: `accuracy.${label}.${field}`,
    value: pct(v.score),
    unit: v.kind === 'exact' ? '% exact' : '% F1 (micro)',
    input: `${v.scored} scored of ${where}`,
  }));
  figures.push({ name: `accuracy.${label}.votes_first_item`, value: pct(r.votes.score), unit: '% exact', input: `${r.votes.scored} scored of ${where}` });
  figures.push({ name: `accuracy.${label}.findings_recall`, value: pct(r.findings.recall), unit: '%', reference: 100, ratio: Math.round(r.findings.recall * 1000) / 1000, input: `${r.findings.required} required findings in ${where}${r.findings.missed.length ? `; missed: ${r.findings.missed.map((m) => `${m.file} ${m.code}`).join(', ')}` : ''}` });
  figures.push({ name: `accuracy.${label}.false_alarms`, value: r.findings.false_alarms, unit: 'error findings', reference: 0, input: `${where}${r.findings.false_alarm_documents.length ? `: ${r.findings.false_alarm_documents.join('; ')}` : ''}` });
  return figures;
}

export async function benchAccuracy(): Promise<BenchFigure[]> {
  const figures: BenchFigure[] = [];
  for (const c of corpora()) figures.push(...reportFigures(c.label, c.dir, await evaluate(c.dir)));
  return figures;
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  for (const f of await benchAccuracy()) console.log(JSON.stringify(f));
}
