/**
 * The report as Markdown (CommonMark + GFM tables). Every piece of document
 * text is escaped: HTML-significant characters become entities (a subject
 * holding `<script>` shows as text in any Markdown viewer) and the inline
 * Markdown punctuation (\ ` * _ [ ] | ~) is backslash-escaped, so no subject
 * can inject links, table cells, code or emphasis. Document text never
 * starts a line, so block syntax (#, -, >) cannot be injected. Pure.
 */
import { CODE_LABELS, count, filterText, frenchDate, frenchMonth, LEVEL_LABELS, percent, SEVERITY_LABELS, STATUS_LABELS } from './labels.ts';
import type { ReportData, ReportDocument, ReportFinding } from './report-data.ts';

/** Text → Markdown inline text that renders as exactly that text. */
export function mdEscape(s: string | number | null | undefined): string {
  if (s === null || s === undefined) return '—';
  return String(s)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/([\\`*_[\]|~])/g, '\\$1')
    .replace(/\r?\n/g, ' ');
}

function table(headers: string[], rows: Array<Array<string | number>>, numeric: boolean[] = []): string {
  if (rows.length === 0) return '_(aucune donnée)_';
  const sep = headers.map((_, i) => (numeric[i] ? '---:' : '---'));
  return [`| ${headers.join(' | ')} |`, `| ${sep.join(' | ')} |`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');
}

const N = [false, true, true, true, true, true, true];

export function mdSummary(r: ReportData): string {
  const s = r.summary;
  return [
    '## Synthèse',
    '',
    table(
      ['Indicateur', 'Valeur'],
      [
        ['Période', `${frenchDate(s.period.from)} → ${frenchDate(s.period.to)}`],
        ['Documents', `${s.documents.total} (${count(s.documents.parsed, 'lu')}, ${s.documents.not_deliberation} pas une délibération, ${s.documents.failed} en échec)`],
        ['Séances', s.sessions],
        ['Délibérations', s.deliberations],
        ['Constats', `${s.findings.total} (${count(s.findings.error, 'erreur')}, ${count(s.findings.warning, 'alerte')}, ${count(s.findings.info, 'information')})`],
      ],
    ),
    '',
    '### Constats par code',
    '',
    table(['Code', 'Libellé', 'Erreurs', 'Alertes', 'Infos', 'Total'], s.by_code.map((c) => [`\`${c.code}\``, mdEscape(CODE_LABELS[c.code]), c.error, c.warning, c.info, c.total]), [false, false, true, true, true, true]),
    '',
    '### Par organe',
    '',
    table(['Organe', 'Documents', 'Séances', 'Délibérations', 'Erreurs', 'Alertes', 'Infos'], s.by_body.map((b) => [mdEscape(b.body), b.documents, b.sessions, b.deliberations, b.error, b.warning, b.info]), N),
    '',
    '### Par mois',
    '',
    table(['Mois', 'Documents', 'Délibérations', 'Erreurs', 'Alertes', 'Infos'], s.by_month.map((m) => [frenchMonth(m.month), m.documents, m.deliberations, m.error, m.warning, m.info]), N),
    '',
    '### Taux de présence par séance',
    '',
    'Membres présents au premier point de la séance, rapportés aux membres en exercice.',
    '',
    table(['Séance', 'Organe', 'Présents', 'En exercice', 'Taux'], s.attendance.map((a) => [frenchDate(a.date), mdEscape(a.body), a.present, a.in_office, percent(a.rate)]), [false, false, true, true, true]),
  ].join('\n');
}

export function mdFinding(f: ReportFinding): string {
  const where = f.level === 'document' ? '' : ` (${LEVEL_LABELS[f.level]})`;
  const lines = [`- **${SEVERITY_LABELS[f.severity]}${where}** \`${f.code}\` — ${mdEscape(f.message)}`];
  if (f.expected !== null || f.actual !== null) lines.push(`  - attendu : ${mdEscape(f.expected)} · lu : ${mdEscape(f.actual)}`);
  for (const e of f.evidence) lines.push(`  > ${e.page ? `p. ${e.page}, ` : ''}l. ${e.line} : ${mdEscape(e.text)}`);
  return lines.join('\n');
}

export function mdActes(r: ReportData): string {
  const out = ['## ACTES (transmission au contrôle de légalité)', ''];
  out.push(
    table(
      ['Document', 'Point', 'Identifiant', 'SIREN', 'Envoi', 'Réception', 'Matière'],
      r.actes.stamps.map((s) => [mdEscape(s.file), s.deliberation + 1, mdEscape(s.id), mdEscape(s.siren), frenchDate(s.sent), frenchDate(s.received), mdEscape(s.matiere_code)]),
    ),
    '',
  );
  if (r.actes.findings.length === 0) out.push('Aucun constat ACTES.');
  for (const a of r.actes.findings) out.push(`**${mdEscape(a.file)}**`, '', mdFinding(a.finding), '');
  return out.join('\n');
}

export function mdDocument(d: ReportDocument): string {
  const out = [`### ${mdEscape(d.file)}`, '', `${mdEscape(d.body ?? 'organe non identifié')} — séance du ${frenchDate(d.session_date)} — ${STATUS_LABELS[d.status]} — id \`${d.id.slice(0, 12)}\``, ''];
  if (d.error) out.push(mdEscape(d.error), '');
  for (const del of d.deliberations) out.push(`- point ${del.index + 1}${del.number ? ` (n° ${mdEscape(del.number)})` : ''} : ${mdEscape(del.subject ?? '(objet non lu)')}`);
  out.push('');
  if (d.findings.length === 0 && d.status === 'parsed') out.push('Aucune incohérence relevée.');
  for (const f of d.findings) out.push(mdFinding(f));
  return out.join('\n');
}

export function renderMarkdown(r: ReportData): string {
  const filter = filterText(r.filter);
  return [`# ${mdEscape(r.title)}`, '', `Généré le ${mdEscape(r.generated_at)}${filter ? ` · ${mdEscape(filter)}` : ''}.`, '', mdSummary(r), '', mdActes(r), '', '## Documents', '', ...r.documents.map((d) => mdDocument(d) + '\n')].join('\n');
}
