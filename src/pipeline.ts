/**
 * The pipeline, in order, written once. Both the in-process path (CLI
 * `ingest`, `parse`, `check`, the embedded server) and the BullMQ workers
 * call these functions; nothing re-implements the order.
 *
 *   bytes ──► extract ──► analyse (parse ──► check) ──► store (caller)
 */
import { createHash } from 'node:crypto';
import type { Extraction, Finding, ParsedDocument, ProcessedDocument } from './domain/index.ts';
import { displayName, withoutControls } from './display-name.ts';
import { errorMessage, isInputError } from './errors.ts';
import { parseText } from './parse/index.ts';
import { checkDocument } from './check/index.ts';
import { PARSER_VERSION } from './version.ts';

export const STAGES = ['extract', 'analyse', 'store'] as const;
export type Stage = (typeof STAGES)[number];

/** Extracts the text of a file's bytes; throws InputError for a bad file. */
export type ExtractFn = (bytes: Buffer, file: string) => Promise<Extraction>;

export interface AnalyseOptions {
  /** Known members of the body, to repair OCR-garbled names. */
  roster?: string[];
}

export interface Analysis {
  parsed: ParsedDocument;
  findings: Finding[];
  /**
   * The whole document, when the analyser was told which one it is and made it
   * itself (a parse thread: validated and serialised there for the store,
   * store/prepared.ts); `processBytes` returns it as it is.
   */
  document?: ProcessedDocument;
}

/** Which document an extraction is: what `analysedDocument` takes besides the analysis. */
export interface DocumentIdentity {
  id: string;
  file: string;
  size: number;
}

export function contentHash(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/**
 * Joins the pages' text: the parser's line numbers count over this text.
 * Each page loses its trailing spaces: `trimEnd` drops what `/\s+$/u` would
 * (both are the spec's WhiteSpace and LineTerminator), without that
 * pattern's retry at every run of spaces.
 */
export function documentText(extraction: Extraction): string {
  return extraction.pages.map((p) => p.text.trimEnd()).join('\n');
}

/** Pure stage: text → records → findings. Never throws on odd text. */
export function analyse(extraction: Extraction, options: AnalyseOptions = {}): Analysis {
  const text = documentText(extraction);
  const parsed = parseText(text, { pages: extraction.pages, roster: options.roster });
  const findings = checkDocument(parsed, { text, pages: extraction.pages });
  return { parsed, findings };
}

/**
 * The reason shown for a document: the client's name in it as displayName
 * gives it, no control characters (the message may quote the raw name).
 */
function shownError(file: string, error: unknown): string {
  const msg = errorMessage(error);
  return withoutControls(msg.startsWith(`${file}: `) ? `${displayName(file)}${msg.slice(file.length)}` : msg);
}

/** A document that could not be processed: kept, visible, with its reason. */
export function failedDocument(id: string, file: string, size: number, error: unknown, extraction: Extraction | null = null): ProcessedDocument {
  return {
    id,
    file: displayName(file),
    size,
    status: 'failed',
    error: shownError(file, error),
    extraction,
    parsed: null,
    findings: [],
    parser_version: PARSER_VERSION,
    processed_at: new Date().toISOString(),
  };
}

/** Builds the stored outcome from an analysis. */
export function analysedDocument(id: string, file: string, size: number, extraction: Extraction, analysis: Analysis): ProcessedDocument {
  return {
    id,
    file: displayName(file),
    size,
    status: analysis.parsed.is_deliberation ? 'parsed' : 'not_deliberation',
    error: analysis.parsed.is_deliberation ? null : `${displayName(file)}: not a deliberation (no session header, attendance, vote or decision found)`,
    extraction,
    parsed: analysis.parsed,
    findings: analysis.findings,
    parser_version: PARSER_VERSION,
    processed_at: new Date().toISOString(),
  };
}

/**
 * How an extraction is analysed: `analyse` inline, or on a thread of an
 * analyse pool (analyse-pool.ts), which, told the document's identity, may
 * give the whole document with the analysis (Analysis.document).
 */
export type Analyser = (extraction: Extraction, options?: AnalyseOptions, document?: DocumentIdentity) => Analysis | Promise<Analysis>;

/**
 * extract → analyse for one file. A bad input becomes a `failed` document;
 * an infrastructure error is re-thrown (the caller retries).
 */
export async function processBytes(
  bytes: Buffer,
  file: string,
  extract: ExtractFn,
  options: AnalyseOptions = {},
  analyser: Analyser = analyse,
  /** contentHash(bytes), when the caller has it already. */
  id = contentHash(bytes),
): Promise<ProcessedDocument> {
  let extraction: Extraction;
  try {
    extraction = await extract(bytes, file);
  } catch (e) {
    if (isInputError(e)) return failedDocument(id, file, bytes.length, e);
    throw e;
  }
  const analysis = await analyser(extraction, options, { id, file, size: bytes.length });
  return analysis.document ?? analysedDocument(id, file, bytes.length, extraction, analysis);
}
