import { z } from 'zod';
import { DocumentStatus, ExtractMethod, InputKind } from './codes.ts';
import { Finding } from './finding.ts';
import { ParsedDocument } from './record.ts';

/** Text of one page, with how it was obtained. */
export const PageText = z.object({
  number: z.number().int().min(1),
  text: z.string(),
  method: ExtractMethod,
  /** OCR mean confidence 0–100; null for a text layer. */
  confidence: z.number().min(0).max(100).nullable(),
  ms: z.number().min(0),
  /** Rotation applied before OCR, in degrees (0, 90, 180, 270). */
  rotation: z.number().int().default(0),
});
export type PageText = z.infer<typeof PageText>;

export const Extraction = z.object({
  kind: InputKind,
  pages: z.array(PageText),
  extractor: z.string(),
  extractor_version: z.string(),
  /** Notes for people (encoding guessed, pages routed to OCR…). */
  notes: z.array(z.string()),
});
export type Extraction = z.infer<typeof Extraction>;

/** The outcome of processing one file: what the store keeps. */
export const ProcessedDocument = z.object({
  /** sha256 of the original bytes, hex: the document's identity. */
  id: z.string().regex(/^[0-9a-f]{64}$/),
  file: z.string(),
  size: z.number().int().min(0),
  status: DocumentStatus,
  error: z.string().nullable(),
  extraction: Extraction.nullable(),
  parsed: ParsedDocument.nullable(),
  findings: z.array(Finding),
  parser_version: z.string(),
  processed_at: z.string(),
});
export type ProcessedDocument = z.infer<typeof ProcessedDocument>;
