/**
 * The source text, line-numbered, page by page, with each line a field or
 * a finding was read from highlighted. Colour is never the only cue: a
 * marked line also carries visible tags (the field's name, the finding's
 * code) and the side panel links to every line by its number (#L12).
 */
import type { Finding } from '../../domain/index.ts';
import { SEVERITY_LABELS } from '../../report/labels.ts';
import { html, type SafeHtml } from '../html.ts';
import type { LineMarks } from './document-marks.ts';

export interface SourcePage {
  number: number;
  method: string;
  confidence: number | null;
  first_line: number;
  last_line: number;
}

const METHOD_LABELS: Record<string, string> = { text: 'texte', 'pdf-text': 'texte du PDF', ocr: 'lecture OCR' };
const RANK = { error: 0, warning: 1, info: 2 } as const;

function lineItem(n: number, text: string, m: LineMarks | undefined, findings: readonly Finding[]): SafeHtml {
  const fs = (m?.findings ?? []).map((i) => findings[i]!).sort((a, b) => RANK[a.severity] - RANK[b.severity]);
  const classes = ['line', m?.fields.length ? 'mark-field' : '', fs[0] ? `mark-${fs[0].severity}` : ''].filter(Boolean).join(' ');
  const fieldKeys = [...new Set((m?.fields ?? []).map((f) => f.key))].join(' ');
  const codes = [...new Set(fs.map((f) => f.code))];
  const tags = [
    ...(m?.starts ?? []).map((f) => html`<span class="tag field">${f.label}</span>`),
    ...codes.map((c) => {
      const f = fs.find((x) => x.code === c)!;
      return html`<span class="tag ${f.severity}"><span class="visually-hidden">${SEVERITY_LABELS[f.severity]} : </span>${c}</span>`;
    }),
  ];
  return html`<li id="L${n}" class="${classes}"${fieldKeys ? html` data-fields="${fieldKeys}"` : ''}${codes.length ? html` data-findings="${codes.join(' ')}"` : ''}><a class="ln" href="#L${n}" aria-label="ligne ${n}">${n}</a><span class="tx">${text || '\u00a0'}</span>${tags.length ? html`<span class="tags">${tags}</span>` : ''}</li>`;
}

export function sourceView(text: string, pages: readonly SourcePage[], marks: Map<number, LineMarks>, findings: readonly Finding[]): SafeHtml {
  const lines = text.split('\n');
  const ranges = pages.length ? pages : [{ number: 1, method: 'text', confidence: null, first_line: 1, last_line: lines.length }];
  return html`${ranges.map((p) => {
    const items = [];
    for (let n = p.first_line; n <= Math.min(p.last_line, lines.length); n++) items.push(lineItem(n, lines[n - 1]!, marks.get(n), findings));
    const conf = p.confidence !== null ? `, confiance ${Math.round(p.confidence)} %` : '';
    return html`<h3 class="page-head" id="page-${p.number}">Page ${p.number} <span>(${METHOD_LABELS[p.method] ?? p.method}${conf})</span></h3>
<ol class="source" aria-label="Texte de la page ${p.number}, lignes ${p.first_line} à ${p.last_line}">${items}</ol>`;
  })}`;
}
