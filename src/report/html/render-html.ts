/**
 * The report as one self-contained HTML page: inline CSS and SVG, no script,
 * no external resource (a Content-Security-Policy forbids both, so even a
 * mistake in escaping could not run code or call out). French, printable,
 * headings in order. Pure: data → string.
 */
import { filterText } from '../labels.ts';
import type { ReportData } from '../report-data.ts';
import { esc } from './escape.ts';
import { actesSection, documentArticle, summarySection } from './sections.ts';
import { REPORT_CSS } from './style.ts';

const CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";

export function renderHtml(r: ReportData): string {
  const filter = filterText(r.filter);
  return (
    '<!DOCTYPE html>\n<html lang="fr"><head><meta charset="utf-8">' +
    `<meta http-equiv="Content-Security-Policy" content="${CSP}">` +
    '<meta name="viewport" content="width=device-width, initial-scale=1">' +
    `<title>${esc(r.title)}</title><style>${REPORT_CSS}</style></head><body>` +
    `<header><h1>${esc(r.title)}</h1><p class="meta">Généré le ${esc(r.generated_at)}${filter ? ` · ${esc(filter)}` : ''}</p></header>` +
    '<nav class="toc" aria-label="Sommaire"><ul><li><a href="#synthese">Synthèse</a></li><li><a href="#actes">ACTES</a></li><li><a href="#documents">Documents</a></li></ul></nav>' +
    '<main>' +
    summarySection(r) +
    actesSection(r) +
    `<section id="documents" aria-labelledby="h-documents"><h2 id="h-documents">Documents (${r.documents.length})</h2>${r.documents.map(documentArticle).join('')}</section>` +
    '</main>' +
    '<footer>registre — constats produits par les règles de cohérence (CGCT) sur le texte des extraits ; chaque constat cite les lignes lues.</footer>' +
    '</body></html>\n'
  );
}
