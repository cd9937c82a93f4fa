/**
 * What a clerk may correct in a parsed document, as a closed list (zod):
 * the session's dates, body and place; a declared count (session or item);
 * a name (president, secretary, one entry of an attendance list or of a
 * proxy); an item's number and subject; an item's vote. Anything else is
 * re-read by reprocessing, not edited by hand.
 */
import { z } from 'zod';
import { COUNT_KEYS } from '../../domain/index.ts';
import { CalendarDate } from '../calendar-date.ts';

const Text = (max: number) => z.string().trim().min(1).max(max);
/** null: the session; n: the deliberation of index n (from 0). */
const Deliberation = z.number().int().min(0).nullable().default(null);
const Item = z.number().int().min(0);
const Count = z.number().int().min(0).max(100_000).nullable();

export const NAME_LISTS = ['president', 'secretary', 'present', 'absent', 'excused', 'staff', 'proxy_giver', 'proxy_holder'] as const;

export const VoteFix = z
  .object({
    for: Count,
    against: Count,
    abstain: Count,
    not_voting: Count,
    voters: Count,
    expressed: Count,
    unanimous: z.boolean(),
    result: z.enum(['adopted', 'rejected']).nullable(),
  })
  .partial()
  .strict()
  .refine((v) => Object.keys(v).length > 0, 'at least one vote field');

export const Correction = z.discriminatedUnion('field', [
  z.object({ field: z.literal('session.date'), value: CalendarDate.nullable() }).strict(),
  z.object({ field: z.literal('session.convocation_date'), value: CalendarDate.nullable() }).strict(),
  z.object({ field: z.literal('session.body.name'), value: Text(300).nullable() }).strict(),
  z.object({ field: z.literal('session.place'), value: Text(300).nullable() }).strict(),
  z.object({ field: z.literal('count'), deliberation: Deliberation, key: z.enum(COUNT_KEYS), value: Count }).strict(),
  z.object({ field: z.literal('name'), deliberation: Deliberation, list: z.enum(NAME_LISTS), index: Item.default(0), value: Text(200) }).strict(),
  z.object({ field: z.literal('number'), deliberation: Item, value: Text(100).nullable() }).strict(),
  z.object({ field: z.literal('subject'), deliberation: Item, value: Text(2000).nullable() }).strict(),
  z.object({ field: z.literal('vote'), deliberation: Item, value: VoteFix }).strict(),
]);
export type Correction = z.infer<typeof Correction>;

export const CorrectionRequest = z
  .object({
    corrections: z.array(Correction).min(1).max(50),
    /** Why: kept in the event log. */
    reason: Text(1000),
    /** The person's name, when the clerk gives it (the token says only the role). */
    author: Text(200).optional(),
    /** The `updated_at` the clerk saw: 409 when the document changed since. */
    expected_updated_at: z.string().optional(),
  })
  .strict();
export type CorrectionRequest = z.infer<typeof CorrectionRequest>;

/** One field changed, as reported back and written in the event log. */
export const Change = z.object({ path: z.string(), from: z.unknown(), to: z.unknown() });
export type Change = z.infer<typeof Change>;
