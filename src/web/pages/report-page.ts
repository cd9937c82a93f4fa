/**
 * The consistency report page: a filter form, download links (the report
 * module's formats and the SCDL export) and the report itself, made of the
 * report module's own HTML sections and charts (inline SVG; their text is
 * escaped by that module) with its stylesheet served from /static.
 */
import { filterText } from '../../report/labels.ts';
import type { ReportData, ReportFilter } from '../../report/report-data.ts';
import { actesSection, documentArticle, summarySection } from '../../report/html/sections.ts';
import { html, qs, trusted } from '../html.ts';
import { page, type PageCtx } from '../layout.ts';

export function reportPage(ctx: PageCtx, filter: ReportFilter, r: ReportData): string {
  const q = { body: filter.body, from: filter.from, to: filter.to };
  const words = filterText(filter);
  const form = html`<form method="get" action="/rapport" class="inline" aria-label="Filtrer le rapport">
    <div class="row"><label for="r-body">Organe</label><input id="r-body" name="body" value="${filter.body ?? ''}"></div>
    <div class="row"><label for="r-from">Du</label><input id="r-from" name="from" type="date" value="${filter.from ?? ''}"></div>
    <div class="row"><label for="r-to">Au</label><input id="r-to" name="to" type="date" value="${filter.to ?? ''}"></div>
    <button type="submit">Filtrer</button></form>`;
  const downloads = html`<p class="actions">Télécharger : <a href="/api/report${qs({ ...q, format: 'html' })}">HTML autonome (imprimable)</a> · <a href="/api/report${qs({ ...q, format: 'csv' })}">CSV</a> · <a href="/api/report${qs({ ...q, format: 'json' })}">JSON</a>${ctx.can('export') ? html` · <a href="/api/export/scdl.csv${qs(q)}">Export SCDL (CSV)</a>` : ''}</p>`;
  const body = html`<h1>Rapport de cohérence</h1>
  <p class="meta">${words ?? 'Tous les documents enregistrés'} — généré le ${r.generated_at.slice(0, 16).replace('T', ' à ')} (UTC)</p>
  ${form}${downloads}
  <div class="report">${trusted(summarySection(r))}${trusted(actesSection(r))}
  <section id="documents" aria-labelledby="h-documents"><h2 id="h-documents">Documents (${r.documents.length})</h2>${trusted(r.documents.map(documentArticle).join(''))}</section></div>`;
  return page({ title: 'Rapport de cohérence', ctx, body, section: 'rapport', styles: ['/static/report.css'] });
}
