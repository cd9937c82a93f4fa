import { z } from 'zod';
import { Span } from './span.ts';

/** A number as the document states it, with the words it was read from. */
export const DeclaredNumber = z.object({
  value: z.number().int().min(0),
  text: z.string(),
  span: Span,
  /**
   * The votes (voix) those members carry when the document states them beside the
   * count, in a body with weighted votes ("Votants : 16 (51 voix)"); absent otherwise.
   */
  weight: z.number().int().min(0).optional(),
});
export type DeclaredNumber = z.infer<typeof DeclaredNumber>;

/** Counts the document DECLARES for the session; never computed. */
export const DeclaredCounts = z.object({
  members_afferent: DeclaredNumber.nullable(),
  members_in_office: DeclaredNumber.nullable(),
  present: DeclaredNumber.nullable(),
  proxies: DeclaredNumber.nullable(),
  absent: DeclaredNumber.nullable(),
  excused: DeclaredNumber.nullable(),
  voters: DeclaredNumber.nullable(),
  expressed: DeclaredNumber.nullable(),
  quorum: DeclaredNumber.nullable(),
});
export type DeclaredCounts = z.infer<typeof DeclaredCounts>;

export const COUNT_KEYS = [
  'members_afferent',
  'members_in_office',
  'present',
  'proxies',
  'absent',
  'excused',
  'voters',
  'expressed',
  'quorum',
] as const;
export type CountKey = (typeof COUNT_KEYS)[number];

export function emptyCounts(): DeclaredCounts {
  return {
    members_afferent: null,
    members_in_office: null,
    present: null,
    proxies: null,
    absent: null,
    excused: null,
    voters: null,
    expressed: null,
    quorum: null,
  };
}
