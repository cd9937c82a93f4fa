import { z } from 'zod';
import { FindingCode, Severity } from './codes.ts';
import { EvidenceLine } from './span.ts';

/**
 * What a consistency rule records: a French message for people, the lines it
 * read as evidence, and what it expected against what the document says.
 */
export const Finding = z.object({
  code: FindingCode,
  severity: Severity,
  message: z.string(),
  evidence: z.array(EvidenceLine),
  expected: z.union([z.string(), z.number()]).nullable(),
  actual: z.union([z.string(), z.number()]).nullable(),
  /** Index of the deliberation concerned; null for the session as a whole. */
  deliberation: z.number().int().min(0).nullable(),
  rule: z.string(),
});
export type Finding = z.infer<typeof Finding>;
