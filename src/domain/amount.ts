import { z } from 'zod';
import { Span } from './span.ts';

/** A euro amount. `cents` is exact (integer); `text` is the amount as written. */
export const Amount = z.object({
  cents: z.number().int(),
  text: z.string(),
  /** The sentence (or line) it sits in. */
  sentence: z.string(),
  /** Year the sentence attaches to the amount ("665 000 euros en 2024"), else null. */
  year: z.number().int().nullable(),
  /** false for a bare number read in a money context without € or "euros". */
  currency_stated: z.boolean(),
  span: Span,
});
export type Amount = z.infer<typeof Amount>;
