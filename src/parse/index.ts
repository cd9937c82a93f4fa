/**
 * text → ParsedDocument. Pure and synchronous; never throws on odd text.
 */
import type { PageText, ParsedDocument } from '../domain/index.ts';
import { emptyAttendance, emptyCounts } from '../domain/index.ts';
import { PARSER_VERSION } from '../version.ts';
import { SourceText } from './source.ts';

export interface ParseOptions {
  pages?: PageText[];
  /** Known members of the body (OCR repair). */
  roster?: string[];
}

export function parseText(text: string, options: ParseOptions = {}): ParsedDocument {
  const src = new SourceText(text, options.pages);
  return {
    parser_version: PARSER_VERSION,
    is_deliberation: false,
    session: {
      body: { name: null, kind: null, jurisdiction: null },
      date: null,
      date_mentions: [],
      place: null,
      president: null,
      secretary: null,
      convocation_date: null,
      reconvocation: false,
      declared: emptyCounts(),
      attendance: emptyAttendance(),
      spans: {},
    },
    preamble_amounts: [],
    deliberations: [],
    line_count: src.lineCount,
  };
}
