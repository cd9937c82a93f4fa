/**
 * The report as plain text for the terminal: summary tables, the ACTES
 * section, then each document with its findings (message, expected vs
 * read, evidence lines with page and line). Pure: data → string.
 */
import { CODE_LABELS, count, filterText, frenchDate, frenchMonth, LEVEL_LABELS, percent, SEVERITY_LABELS, STATUS_LABELS } from './labels.ts';
import type { ReportData, ReportDocument, ReportFinding } from './report-data.ts';
import { textTable } from './text-table.ts';

function filterLine(r: ReportData): string {
  const f = filterText(r.filter);
  return `généré le ${r.generated_at}${f ? ` · ${f}` : ''}`;
}

export function textSummary(r: ReportData): string {
  const s = r.summary;
  const out = [
    'SYNTHÈSE',
    `  Période : ${frenchDate(s.period.from)} → ${frenchDate(s.period.to)}`,
    `  Documents : ${s.documents.total} (${count(s.documents.parsed, 'lu')}, ${s.documents.not_deliberation} pas une délibération, ${s.documents.failed} en échec)`,
    `  Séances : ${s.sessions} · Délibérations : ${s.deliberations}`,
    `  Constats : ${s.findings.total} (${count(s.findings.error, 'erreur')}, ${count(s.findings.warning, 'alerte')}, ${count(s.findings.info, 'information')})`,
    '',
    '  Constats par code',
    textTable(['code', 'libellé', 'erreurs', 'alertes', 'infos', 'total'], s.by_code.map((c) => [c.code, CODE_LABELS[c.code], c.error, c.warning, c.info, c.total]), '    '),
    '',
    '  Par organe',
    textTable(['organe', 'documents', 'séances', 'délibérations', 'erreurs', 'alertes', 'infos'], s.by_body.map((b) => [b.body, b.documents, b.sessions, b.deliberations, b.error, b.warning, b.info]), '    '),
    '',
    '  Par mois',
    textTable(['mois', 'documents', 'délibérations', 'erreurs', 'alertes', 'infos'], s.by_month.map((m) => [frenchMonth(m.month), m.documents, m.deliberations, m.error, m.warning, m.info]), '    '),
    '',
    '  Taux de présence par séance (présents au premier point / en exercice)',
    textTable(['séance', 'organe', 'présents', 'en exercice', 'taux'], s.attendance.map((a) => [frenchDate(a.date), a.body, a.present, a.in_office, percent(a.rate)]), '    '),
  ];
  return out.join('\n');
}

export function textFinding(f: ReportFinding): string {
  const where = f.level === 'document' ? '' : ` · ${LEVEL_LABELS[f.level]}`;
  const lines = [`  [${SEVERITY_LABELS[f.severity].toUpperCase()}${where}] ${f.code} — ${f.message}`];
  if (f.expected !== null || f.actual !== null) lines.push(`      attendu : ${f.expected ?? '—'} · lu : ${f.actual ?? '—'}`);
  for (const e of f.evidence) lines.push(`      ${e.page ? `p.${e.page} ` : ''}l.${e.line} │ ${e.text}`);
  return lines.join('\n');
}

export function textActes(r: ReportData): string {
  const out = ['ACTES (transmission au contrôle de légalité)'];
  if (r.actes.stamps.length === 0) out.push('  aucun tampon ACTES lu');
  else {
    out.push(
      textTable(
        ['document', 'point', 'identifiant', 'SIREN', 'envoi', 'réception', 'matière'],
        r.actes.stamps.map((s) => [s.file, s.deliberation + 1, s.id ?? '—', s.siren ?? '—', frenchDate(s.sent), frenchDate(s.received), s.matiere_code ?? '—']),
      ),
    );
  }
  out.push('', r.actes.findings.length ? `  ${r.actes.findings.length} constat(s) ACTES :` : '  aucun constat ACTES');
  for (const a of r.actes.findings) out.push(`  ${a.file}`, textFinding(a.finding));
  return out.join('\n');
}

export function textDocument(d: ReportDocument): string {
  const head = `${d.file} — ${d.body ?? 'organe non identifié'} — séance du ${frenchDate(d.session_date)} (id ${d.id.slice(0, 12)}, ${STATUS_LABELS[d.status]})`;
  const lines = [head];
  if (d.error) lines.push(`  ${d.error}`);
  for (const del of d.deliberations) lines.push(`  point ${del.index + 1}${del.number ? ` (n° ${del.number})` : ''} : ${del.subject ?? '(objet non lu)'}`);
  if (d.findings.length === 0 && d.status === 'parsed') lines.push('  aucune incohérence relevée');
  for (const f of d.findings) lines.push(textFinding(f));
  return lines.join('\n');
}

export function renderText(r: ReportData): string {
  return [r.title.toUpperCase(), filterLine(r), '', textSummary(r), '', textActes(r), '', 'DOCUMENTS', '', ...r.documents.map((d) => textDocument(d) + '\n')].join('\n');
}
