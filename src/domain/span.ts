import { z } from 'zod';

/**
 * A range of lines of the document's text (1-based, inclusive), counted over
 * the whole document (pages joined with a newline). `page` is the 1-based page
 * of the first line when the document has pages.
 */
export const Span = z.object({
  start: z.number().int().min(1),
  end: z.number().int().min(1),
  page: z.number().int().min(1).optional(),
});
export type Span = z.infer<typeof Span>;

/** A quoted line of the source, used as evidence for findings. */
export const EvidenceLine = z.object({
  line: z.number().int().min(1),
  page: z.number().int().min(1).optional(),
  text: z.string(),
});
export type EvidenceLine = z.infer<typeof EvidenceLine>;

/** Per-field source spans: field name → span. */
export const Spans = z.record(z.string(), Span);
export type Spans = z.infer<typeof Spans>;
