/**
 * A stored document as the API and the document page show it: the record,
 * the text the parser read (line numbers of spans and evidence count over
 * it), each page's line range, the clerks' corrections (applied or in
 * conflict) and the event log.
 */
import type { z } from 'zod';
import { documentText } from '../pipeline.ts';
import type { DocEvent, StoredDocument } from '../store/record-store.ts';
import type { DocumentResponse, PageLines } from './api-schemas.ts';

export function pageLines(doc: StoredDocument['document']): Array<z.infer<typeof PageLines>> {
  const out: Array<z.infer<typeof PageLines>> = [];
  let line = 1;
  for (const p of doc.extraction?.pages ?? []) {
    const n = p.text.trimEnd().split('\n').length;
    out.push({ number: p.number, method: p.method, confidence: p.confidence, first_line: line, last_line: line + n - 1 });
    line += n;
  }
  return out;
}

export function documentView(stored: StoredDocument, events: DocEvent[]): z.infer<typeof DocumentResponse> {
  const doc = stored.document;
  return {
    document: doc,
    text: doc.extraction ? documentText(doc.extraction) : '',
    pages: pageLines(doc),
    created_at: stored.created_at,
    updated_at: stored.updated_at,
    has_original: stored.original_path !== null,
    corrections: stored.corrections,
    events,
  };
}

/** `attachment` with an ASCII fallback and the UTF-8 name (RFC 6266 / 5987); no quote or control character gets through. */
export function contentDisposition(name: string): string {
  const ascii = name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[^A-Za-z0-9._ -]/g, '_')
    .slice(0, 150) || 'document';
  const utf8 = encodeURIComponent(name).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${ascii}"; filename*=UTF-8''${utf8}`;
}
