import fs from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig } from '../../config.ts';
import { scoreDocument, type DocScore, type Label } from '../../eval/compare.ts';
import { aggregate, formatReport } from '../../eval/report.ts';
import { toSummary } from '../../report/summary.ts';
import { UsageError, type Command } from '../command.ts';
import { processFiles } from '../process-files.ts';

const usage = `usage: registre eval DIR [--json] [--details]

Runs the pipeline on every labelled document of DIR (X.txt, X.pdf, X.png,
X.jpg, X.tif beside X.json) and prints per-field accuracy: exact for dates
and numbers, F1 for names, proxy pairs and amounts (names compared without
case, accents, civility, punctuation), votes, finding recall and false alarms.`;

const DOC_EXT = /\.(?:txt|text|pdf|png|jpe?g|tiff?)$/i;

const command: Command = {
  name: 'eval',
  summary: 'accuracy against labelled documents',
  usage,
  async run(args, io) {
    const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { json: { type: 'boolean' }, details: { type: 'boolean' } } });
    const dir = positionals[0];
    if (!dir || positionals.length > 1) throw new UsageError('give one DIR');
    let entries: string[];
    try {
      entries = (await fs.readdir(dir)).sort();
    } catch {
      throw new UsageError(`${dir}: not a readable directory`);
    }
    const labelled = entries.filter((f) => DOC_EXT.test(f) && entries.includes(f.replace(DOC_EXT, '.json')));
    if (labelled.length === 0) throw new UsageError(`${dir}: no labelled document (X.txt + X.json)`);
    const scores: DocScore[] = [];
    for await (const { path: p, doc } of processFiles(labelled.map((f) => path.join(dir, f)), loadConfig())) {
      const label = JSON.parse(await fs.readFile(p.replace(DOC_EXT, '.json'), 'utf8')) as Label;
      const summary = toSummary(doc.file, doc.parsed, doc.findings);
      const score = scoreDocument(doc.file, summary, label);
      scores.push(score);
      if (values.details) {
        const bad = [
          ...Object.entries(score.exact).filter(([, v]) => v === false).map(([k]) => `${k}=${JSON.stringify(summary[k as keyof typeof summary])}`),
          ...Object.entries(score.sets).filter(([, v]) => v && v.f1 < 1).map(([k, v]) => `${k} F1=${v!.f1.toFixed(2)}`),
          ...(score.votes === false ? [`votes=${JSON.stringify(summary.votes)}`] : []),
          ...score.missed.map((c) => `missed ${c}`),
          ...score.falseAlarms.map((c) => `false alarm ${c}`),
        ];
        io.err(`${bad.length ? '✗' : '✓'} ${doc.file}${bad.length ? ': ' + bad.join(' · ') : ''}`);
      }
    }
    const report = aggregate(scores);
    io.out(values.json ? JSON.stringify(report, null, 2) : formatReport(report));
    return 0;
  },
};
export default command;
