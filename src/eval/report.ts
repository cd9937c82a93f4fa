/** Aggregates per-document scores into the eval table. */
import { EXACT_FIELDS, NAME_FIELDS, SET_FIELDS, type DocScore } from './compare.ts';

export interface EvalReport {
  documents: number;
  fields: Record<string, { scored: number; score: number; kind: 'exact' | 'f1' }>;
  votes: { scored: number; score: number };
  subject: { scored: number; score: number };
  findings: { required: number; found: number; recall: number; false_alarms: number; false_alarm_documents: string[]; missed: Array<{ file: string; code: string }> };
}

export function aggregate(scores: DocScore[]): EvalReport {
  const fields: EvalReport['fields'] = {};
  for (const f of [...EXACT_FIELDS, ...NAME_FIELDS]) {
    const vals = scores.map((s) => s.exact[f]).filter((v): v is boolean => v !== null && v !== undefined);
    fields[f] = { scored: vals.length, score: vals.length ? vals.filter(Boolean).length / vals.length : 1, kind: 'exact' };
  }
  for (const f of SET_FIELDS) {
    const vals = scores.map((s) => s.sets[f]).filter((v) => v !== null && v !== undefined);
    // micro F1 over all documents
    const tp = vals.reduce((a, v) => a + v!.tp, 0);
    const fp = vals.reduce((a, v) => a + v!.fp, 0);
    const fn = vals.reduce((a, v) => a + v!.fn, 0);
    fields[f] = { scored: vals.length, score: tp + fp + fn === 0 ? 1 : (2 * tp) / (2 * tp + fp + fn), kind: 'f1' };
  }
  const votes = scores.map((s) => s.votes).filter((v): v is boolean => v !== null);
  const subjects = scores.map((s) => s.subject).filter((v): v is number => v !== null);
  const required = scores.reduce((a, s) => a + s.required.length, 0);
  const missed = scores.flatMap((s) => s.missed.map((code) => ({ file: s.file, code })));
  const fa = scores.filter((s) => s.falseAlarms.length > 0);
  return {
    documents: scores.length,
    fields,
    votes: { scored: votes.length, score: votes.length ? votes.filter(Boolean).length / votes.length : 1 },
    subject: { scored: subjects.length, score: subjects.length ? subjects.reduce((a, b) => a + b, 0) / subjects.length : 1 },
    findings: {
      required,
      found: required - missed.length,
      recall: required ? (required - missed.length) / required : 1,
      false_alarms: fa.reduce((a, s) => a + s.falseAlarms.length, 0),
      false_alarm_documents: fa.map((s) => `${s.file}: ${s.falseAlarms.join(', ')}`),
      missed,
    },
  };
}

export function formatReport(r: EvalReport): string {
  const pct = (x: number) => `${(x * 100).toFixed(1)} %`;
  const lines = [`${r.documents} labelled documents`, '', '| field | measure | documents | score |', '|---|---|---|---|'];
  for (const [f, v] of Object.entries(r.fields)) lines.push(`| ${f} | ${v.kind === 'exact' ? 'exact' : 'F1 (micro)'} | ${v.scored} | ${pct(v.score)} |`);
  lines.push(`| votes (first deliberation) | exact | ${r.votes.scored} | ${pct(r.votes.score)} |`);
  lines.push(`| subject | token F1 (info) | ${r.subject.scored} | ${pct(r.subject.score)} |`);
  lines.push(`| findings | recall | ${r.findings.required} required | ${pct(r.findings.recall)} |`);
  lines.push(`| findings | false alarms (errors) | ${r.documents} | ${r.findings.false_alarms} |`);
  if (r.findings.missed.length) lines.push('', 'missed: ' + r.findings.missed.map((m) => `${m.file} ${m.code}`).join('; '));
  if (r.findings.false_alarm_documents.length) lines.push('', 'false alarms: ' + r.findings.false_alarm_documents.join('; '));
  return lines.join('\n');
}
