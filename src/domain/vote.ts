import { z } from 'zod';
import { NameRef } from './person.ts';
import { Span } from './span.ts';

/**
 * A vote as the document states it. The tally fields are what is WRITTEN
 * (null when not stated); `named` holds voters listed by name.
 */
export const Vote = z.object({
  for: z.number().int().min(0).nullable(),
  against: z.number().int().min(0).nullable(),
  abstain: z.number().int().min(0).nullable(),
  not_voting: z.number().int().min(0).nullable(),
  voters: z.number().int().min(0).nullable(),
  expressed: z.number().int().min(0).nullable(),
  /** "dont N procurations" */
  proxies_included: z.number().int().min(0).nullable(),
  unanimous: z.boolean(),
  /** The unanimity phrase as written ("à l'unanimité des membres présents"). */
  unanimity_wording: z.string().nullable(),
  secret_ballot: z.boolean(),
  named: z.object({
    for: z.array(NameRef),
    against: z.array(NameRef),
    abstain: z.array(NameRef),
    not_voting: z.array(NameRef),
  }),
  result: z.enum(['adopted', 'rejected']).nullable(),
  text: z.string(),
  span: Span,
});
export type Vote = z.infer<typeof Vote>;
