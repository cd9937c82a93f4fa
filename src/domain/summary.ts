import { z } from 'zod';
import { FindingCode } from './codes.ts';
import { IsoDate } from './record.ts';

/**
 * The `--view summary` line: exactly the label fields of the corpus
 * (../shared/corpus/README.md) plus the codes of the error findings.
 */
export const VoteSummary = z.union([
  z.object({ unanimous: z.literal(true) }),
  z.object({
    for: z.number().int().nullable(),
    against: z.number().int().nullable(),
    abstain: z.number().int().nullable(),
    not_voting: z.number().int().nullable(),
  }),
]);
export type VoteSummary = z.infer<typeof VoteSummary>;

export const Summary = z.object({
  file: z.string(),
  session_date: IsoDate.nullable(),
  convocation_date: IsoDate.nullable(),
  president: z.string().nullable(),
  secretary: z.string().nullable(),
  members_in_office: z.number().int().nullable(),
  present: z.number().int().nullable(),
  proxies: z.number().int().nullable(),
  voters: z.number().int().nullable(),
  present_names: z.array(z.string()).nullable(),
  absent_names: z.array(z.string()).nullable(),
  proxies_list: z.array(z.object({ from: z.string(), to: z.string().nullable() })).nullable(),
  subject: z.string().nullable(),
  votes: VoteSummary.nullable(),
  amounts_eur: z.array(z.number()),
  findings: z.array(FindingCode),
});
export type Summary = z.infer<typeof Summary>;
