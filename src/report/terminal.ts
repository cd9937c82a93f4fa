/**
 * Plain-text views for the terminal: a document's record as a short table,
 * and its findings with their evidence lines.
 */
import type { Finding, ProcessedDocument } from '../domain/index.ts';
import { toSummary } from './summary.ts';

const SEVERITY_MARK: Record<Finding['severity'], string> = { error: 'ERREUR', warning: 'ALERTE', info: 'info' };

export function formatFinding(f: Finding): string {
  const lines = [`  [${SEVERITY_MARK[f.severity]}] ${f.code} — ${f.message}`];
  if (f.expected !== null || f.actual !== null) lines.push(`      attendu : ${f.expected ?? '—'} · lu : ${f.actual ?? '—'}`);
  for (const e of f.evidence) lines.push(`      ${e.page ? `p.${e.page} ` : ''}l.${e.line} │ ${e.text}`);
  return lines.join('\n');
}

export function formatFindings(doc: ProcessedDocument): string {
  const head = `${doc.file}${doc.status === 'failed' ? ' — ÉCHEC' : doc.status === 'not_deliberation' ? ' — pas une délibération' : ''}`;
  if (doc.status === 'failed') return `${head}\n  ${doc.error}`;
  if (doc.findings.length === 0) return `${head}\n  aucune incohérence relevée`;
  return [head, ...doc.findings.map(formatFinding)].join('\n');
}

function cell(v: unknown): string {
  if (v === null || v === undefined) return '—';
  if (Array.isArray(v)) return v.length === 0 ? '(aucun)' : `${v.length} : ${v.map((x) => (typeof x === 'object' ? `${(x as { from: string }).from} → ${(x as { to: string | null }).to ?? '?'}` : String(x))).join(', ')}`;
  if (typeof v === 'object') return JSON.stringify(v);
  return String(v);
}

export function formatRecordTable(doc: ProcessedDocument): string {
  if (doc.status === 'failed') return `${doc.file}\n  ÉCHEC : ${doc.error}`;
  const s = toSummary(doc.file, doc.parsed, doc.findings);
  const p = doc.parsed!;
  const rows: Array<[string, unknown]> = [
    ['organe', p.session.body.name ?? p.session.body.kind],
    ['séance', s.session_date],
    ['convocation', s.convocation_date],
    ['président', s.president],
    ['secrétaire', s.secretary],
    ['en exercice', s.members_in_office],
    ['présents (déclarés)', s.present],
    ['procurations (déclarées)', s.proxies],
    ['votants', s.voters],
    ['présents (listés)', s.present_names],
    ['absents / excusés', s.absent_names],
    ['procurations (listées)', s.proxies_list],
    ['délibérations', p.deliberations.length],
    ['objet', s.subject],
    ['vote', s.votes],
    ['montants (€)', s.amounts_eur],
    ['incohérences', s.findings],
  ];
  const w = Math.max(...rows.map(([k]) => k.length));
  return [doc.file, ...rows.map(([k, v]) => `  ${k.padEnd(w)}  ${cell(v)}`)].join('\n');
}
