/**
 * The renderers as pure functions on report data: evidence quoted with page
 * and line in every format, hostile document text (HTML, Markdown links and
 * table pipes, CSV quotes and newlines) kept inert, empty reports.
 */
import { describe, expect, it } from 'vitest';
import type { ProcessedDocument } from '../../src/domain/index.ts';
import { parseCsvObjects } from '../../src/export/rfc4180.ts';
import { renderHtml } from '../../src/report/html/render-html.ts';
import { renderCsv } from '../../src/report/render-csv.ts';
import { mdEscape, renderMarkdown } from '../../src/report/render-markdown.ts';
import { renderText } from '../../src/report/render-text.ts';
import { buildReport } from '../../src/report/report-data.ts';
import { fixtureTexts, processTexts } from './fixture-store.ts';

const HOSTILE = 'Voirie | [cliquez](http://exemple.invalid) **gras** "guillemets", virgule\net <img src=x onerror=alert(1)> & co';

async function hostileDoc(): Promise<ProcessedDocument> {
  const [doc] = await processTexts(fixtureTexts().filter((t) => t.name === 'val-ormance-cc-2024-03-12.txt'));
  const d = structuredClone(doc!);
  d.parsed!.deliberations[0]!.subject = HOSTILE;
  d.findings = d.findings.map((f) => ({ ...f, message: `${f.message} ${HOSTILE}`, evidence: f.evidence.map((e) => ({ ...e, page: 2, text: `${e.text} ${HOSTILE}` })) }));
  return d;
}

describe('report renderers', () => {
  it('quote evidence with page and line in text, Markdown, CSV and HTML', async () => {
    const r = buildReport([await hostileDoc()], [], { generatedAt: '2024-06-01T00:00:00Z' });
    expect(renderText(r)).toContain('p.2 l.45 │ POUR : 8');
    expect(renderMarkdown(r)).toContain('  > p. 2, l. 45 : POUR : 8');
    expect(parseCsvObjects(renderCsv(r))[0]!.preuves).toContain('p.2 l.45: POUR : 8');
    expect(renderHtml(r)).toContain('<span class="where">p. 2, l. 45</span>POUR : 8');
  });

  it('keep hostile document text inert in every format', async () => {
    const r = buildReport([await hostileDoc()], [], { generatedAt: '2024-06-01T00:00:00Z' });
    const html = renderHtml(r);
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt; &amp; co');
    expect(html).toContain('&quot;guillemets&quot;');
    const md = renderMarkdown(r);
    expect(md).not.toContain('<img');
    expect(md).not.toContain('[cliquez](');
    expect(md).toContain('Voirie \\| \\[cliquez\\](http://exemple.invalid) \\*\\*gras\\*\\*');
    expect(mdEscape('a\nb')).toBe('a b'); // a line break cannot start a Markdown block
    const rows = parseCsvObjects(renderCsv(r));
    expect(rows).toHaveLength(2);
    expect(rows[0]!.objet).toBe(HOSTILE); // CSV keeps the text exactly, quoted
  });

  it('render an empty report (no document) without charts or errors', () => {
    const r = buildReport([], [], { generatedAt: '2024-06-01T00:00:00Z', filter: { body: 'nulle part' } });
    expect(r.summary.documents.total).toBe(0);
    expect(renderText(r)).toContain('Documents : 0');
    expect(renderHtml(r)).toContain('Aucun constat : pas de graphique.');
    expect(renderHtml(r)).not.toContain('id="chart-codes"');
    expect(renderMarkdown(r)).toContain('organe : nulle part');
    expect(renderCsv(r).split('\r\n').filter(Boolean)).toHaveLength(1);
  });
});
