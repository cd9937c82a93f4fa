/**
 * The PATCH /api/documents/:id request: corrections (the closed list of
 * src/domain/correction.ts), why, who, and the version the clerk saw.
 */
import { z } from 'zod';
import { Correction } from '../../domain/index.ts';

export { Change, Correction, NAME_LISTS, VoteFix } from '../../domain/index.ts';

const Text = (max: number) => z.string().trim().min(1).max(max);

export const CorrectionRequest = z
  .object({
    corrections: z.array(Correction).min(1).max(50),
    /** Why: kept with each correction and in the event log. */
    reason: Text(1000),
    /** The person's name, when the clerk gives it (the token says only the role). */
    author: Text(200).optional(),
    /** The `updated_at` the clerk saw: 409 when the document changed since. */
    expected_updated_at: z.string().optional(),
  })
  .strict();
export type CorrectionRequest = z.infer<typeof CorrectionRequest>;
