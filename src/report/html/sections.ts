/**
 * The report's HTML sections: summary (key figures table, charts, tables by
 * code, body, month, attendance), ACTES, documents. Every value from the
 * documents goes through `esc`. Tables have captions and header cells with
 * scope; ids are stable so tests and links can reach them.
 */
import { CODE_LABELS, frenchDate, frenchMonth, LEVEL_LABELS, percent, SEVERITY_LABELS, STATUS_LABELS } from '../labels.ts';
import type { ReportData, ReportDocument, ReportFinding } from '../report-data.ts';
import { attendanceChart, bodyStyles, findingsByCodeChart, legendMarker } from './charts.ts';
import { esc } from './escape.ts';

type Cell = { v: string | number; num?: boolean; head?: boolean; key?: string };

function table(id: string, caption: string, headers: Array<{ label: string; num?: boolean }>, rows: Cell[][]): string {
  const head = headers.map((h) => `<th scope="col"${h.num ? ' class="num"' : ''}>${esc(h.label)}</th>`).join('');
  const body = rows.length
    ? rows
        .map(
          (r) =>
            '<tr>' +
            r
              .map((c) => {
                const attrs = `${c.num ? ' class="num"' : ''}${c.key ? ` data-key="${esc(c.key)}"` : ''}`;
                return c.head ? `<th scope="row"${attrs}>${esc(c.v)}</th>` : `<td${attrs}>${esc(c.v)}</td>`;
              })
              .join('') +
            '</tr>',
        )
        .join('')
    : `<tr><td colspan="${headers.length}">aucune donnée</td></tr>`;
  return `<table id="${id}"><caption>${esc(caption)}</caption><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table>`;
}

const num = (v: number, key?: string): Cell => ({ v, num: true, ...(key ? { key } : {}) });

export function summarySection(r: ReportData): string {
  const s = r.summary;
  const figures = table('summary-table', 'Chiffres clés', [{ label: 'Indicateur' }, { label: 'Valeur', num: true }], [
    [{ v: 'Documents', head: true }, num(s.documents.total, 'documents')],
    [{ v: 'Documents lus', head: true }, num(s.documents.parsed, 'parsed')],
    [{ v: 'Pas une délibération', head: true }, num(s.documents.not_deliberation, 'not_deliberation')],
    [{ v: 'Échecs de lecture', head: true }, num(s.documents.failed, 'failed')],
    [{ v: 'Séances', head: true }, num(s.sessions, 'sessions')],
    [{ v: 'Délibérations', head: true }, num(s.deliberations, 'deliberations')],
    [{ v: 'Constats', head: true }, num(s.findings.total, 'findings')],
    [{ v: 'Erreurs', head: true }, num(s.findings.error, 'error')],
    [{ v: 'Alertes', head: true }, num(s.findings.warning, 'warning')],
    [{ v: 'Informations', head: true }, num(s.findings.info, 'info')],
  ]);
  const byCode = table(
    'by-code-table',
    'Constats par code et par gravité',
    [{ label: 'Code' }, { label: 'Libellé' }, { label: 'Erreurs', num: true }, { label: 'Alertes', num: true }, { label: 'Informations', num: true }, { label: 'Total', num: true }],
    s.by_code.map((c) => [{ v: c.code, head: true }, { v: CODE_LABELS[c.code] }, num(c.error), num(c.warning), num(c.info), num(c.total)]),
  );
  const byBody = table(
    'by-body-table',
    'Par organe',
    [{ label: 'Organe' }, { label: 'Documents', num: true }, { label: 'Séances', num: true }, { label: 'Délibérations', num: true }, { label: 'Erreurs', num: true }, { label: 'Alertes', num: true }, { label: 'Informations', num: true }],
    s.by_body.map((b) => [{ v: b.body, head: true }, num(b.documents), num(b.sessions), num(b.deliberations), num(b.error), num(b.warning), num(b.info)]),
  );
  const byMonth = table(
    'by-month-table',
    'Par mois de séance',
    [{ label: 'Mois' }, { label: 'Documents', num: true }, { label: 'Délibérations', num: true }, { label: 'Erreurs', num: true }, { label: 'Alertes', num: true }, { label: 'Informations', num: true }],
    s.by_month.map((m) => [{ v: frenchMonth(m.month), head: true }, num(m.documents), num(m.deliberations), num(m.error), num(m.warning), num(m.info)]),
  );
  const attendance = table(
    'attendance-table',
    'Taux de présence par séance (présents au premier point / membres en exercice)',
    [{ label: 'Séance' }, { label: 'Organe' }, { label: 'Présents', num: true }, { label: 'En exercice', num: true }, { label: 'Taux', num: true }],
    s.attendance.map((a) => [{ v: frenchDate(a.date), head: true }, { v: a.body }, num(a.present), num(a.in_office), { v: percent(a.rate), num: true }]),
  );
  const legend = bodyStyles(s.attendance)
    .map((b) => `<li>${legendMarker(b.shape, b.colour)}${esc(b.body)}</li>`)
    .join('');
  return (
    '<section id="synthese" aria-labelledby="h-synthese"><h2 id="h-synthese">Synthèse</h2>' +
    `<p class="meta">Séances du ${frenchDate(s.period.from)} au ${frenchDate(s.period.to)}.</p>` +
    figures +
    `<figure id="figure-codes"><figcaption>Constats par code</figcaption>${findingsByCodeChart(s.by_code)}</figure>` +
    byCode +
    `<figure id="figure-attendance"><figcaption>Taux de présence au fil des séances</figcaption>${attendanceChart(s.attendance)}${legend ? `<ul class="legend">${legend}</ul>` : ''}</figure>` +
    attendance +
    byBody +
    byMonth +
    '</section>'
  );
}

export function findingItem(f: ReportFinding): string {
  const level = f.level === 'document' ? '' : ` <span class="level">contrôle ${esc(LEVEL_LABELS[f.level])}</span>`;
  const expect =
    f.expected !== null || f.actual !== null
      ? `<dl class="expect"><dt>attendu</dt><dd>${esc(f.expected ?? '—')}</dd><dt>lu</dt><dd>${esc(f.actual ?? '—')}</dd></dl>`
      : '';
  const evidence = f.evidence.length
    ? `<blockquote class="evidence">${f.evidence.map((e) => `<p><span class="where">${e.page ? `p. ${e.page}, ` : ''}l. ${e.line}</span>${esc(e.text)}</p>`).join('')}</blockquote>`
    : '';
  return (
    `<li class="finding ${f.severity}" data-code="${esc(f.code)}" data-level="${f.level}">` +
    `<p><span class="badge ${f.severity}">${SEVERITY_LABELS[f.severity]}</span> <code>${esc(f.code)}</code>${level} — ${esc(f.message)}</p>` +
    expect +
    evidence +
    '</li>'
  );
}

export function actesSection(r: ReportData): string {
  const stamps = table(
    'actes-table',
    'Tampons ACTES lus',
    [{ label: 'Document' }, { label: 'Point', num: true }, { label: 'Identifiant' }, { label: 'SIREN' }, { label: 'Envoi' }, { label: 'Réception' }, { label: 'Matière' }],
    r.actes.stamps.map((s) => [{ v: s.file, head: true }, num(s.deliberation + 1), { v: s.id ?? '—' }, { v: s.siren ?? '—' }, { v: frenchDate(s.sent) }, { v: frenchDate(s.received) }, { v: s.matiere_code ?? '—' }]),
  );
  const findings = r.actes.findings.length
    ? `<ul class="findings">${r.actes.findings.map((a) => findingItem(a.finding).replace('<p>', `<p><strong>${esc(a.file)}</strong> · `)).join('')}</ul>`
    : '<p class="none">Aucun constat ACTES.</p>';
  return `<section id="actes" aria-labelledby="h-actes"><h2 id="h-actes">ACTES — transmission au contrôle de légalité</h2>${stamps}<h3>Constats ACTES</h3>${findings}</section>`;
}

export function documentArticle(d: ReportDocument): string {
  const items = d.deliberations.length
    ? `<ol class="items">${d.deliberations.map((x) => `<li>${x.number ? `<span class="code">n° ${esc(x.number)}</span> — ` : ''}<span class="subject">${esc(x.subject ?? '(objet non lu)')}</span></li>`).join('')}</ol>`
    : '';
  const findings = d.findings.length
    ? `<ul class="findings">${d.findings.map(findingItem).join('')}</ul>`
    : d.status === 'parsed'
      ? '<p class="none">Aucune incohérence relevée.</p>'
      : '';
  return (
    `<article class="document" id="doc-${d.id.slice(0, 16)}" aria-labelledby="h-doc-${d.id.slice(0, 16)}">` +
    `<h3 id="h-doc-${d.id.slice(0, 16)}">${esc(d.file)}</h3>` +
    `<p class="doc-meta">${esc(d.body ?? 'organe non identifié')} — séance du ${frenchDate(d.session_date)} — ${STATUS_LABELS[d.status]} — <code>${d.id.slice(0, 12)}</code></p>` +
    (d.error ? `<p>${esc(d.error)}</p>` : '') +
    items +
    findings +
    '</article>'
  );
}
