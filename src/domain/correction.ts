/**
 * A clerk's corrections, as data: what may be corrected (a closed list),
 * one change as reported (path, before → after), and a correction as the
 * store keeps it, apart from the record the parser produced — the parsed
 * record says what the document SAYS, the corrections say what a clerk
 * fixed. Each time a document is (re)processed the corrections are
 * replayed over the new reading (src/corrections/replay.ts); one that no
 * longer fits is kept and marked `conflict`, never dropped or forced.
 */
import { z } from 'zod';
import { COUNT_KEYS } from './counts.ts';
import { IsoDate } from './record.ts';

/** A YYYY-MM-DD that is a real day of the calendar (IsoDate checks only the shape). */
export const CalendarDate = IsoDate.refine((s) => {
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}, 'not a date of the calendar (YYYY-MM-DD)');

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

/**
 * What a clerk may correct in a parsed document: the session's dates, body
 * and place; a declared count (session or item); a name (president,
 * secretary, one entry of an attendance list or of a proxy); an item's
 * number and subject; an item's vote. Anything else is re-read by
 * reprocessing, not edited by hand.
 */
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

/** One field changed, as reported back and written in the event log. */
export const Change = z.object({ path: z.string(), from: z.unknown(), to: z.unknown() });
export type Change = z.infer<typeof Change>;

/**
 * The deliberation a correction was made on, as it read then: on replay the
 * item at that index must still be the same one (same number, or same
 * subject when either number is missing), else the correction is a conflict.
 */
export const ItemAnchor = z.object({ number: z.string().nullable(), subject: z.string().nullable() });
export type ItemAnchor = z.infer<typeof ItemAnchor>;

export const CORRECTION_STATUSES = ['applied', 'conflict'] as const;
export const CorrectionStatus = z.enum(CORRECTION_STATUSES);
export type CorrectionStatus = z.infer<typeof CorrectionStatus>;

/**
 * Why a correction was not applied to the latest reading:
 * - `missing`: its target is gone (no such item or list entry, the item at
 *   that index is another one, the document was not read);
 * - `changed`: the new reading gives another value than the one corrected
 *   (`found`), so the clerk's fix may no longer be right.
 */
export const CorrectionConflict = z.object({
  kind: z.enum(['missing', 'changed']),
  message: z.string(),
  found: z.unknown().optional(),
});
export type CorrectionConflict = z.infer<typeof CorrectionConflict>;

/** A correction as the store keeps it: who, when, why, what (path, before → after), and how it fits the latest reading. */
export const StoredCorrection = z.object({
  /** Increasing within a store: corrections replay in this order. */
  id: z.number().int(),
  document_id: z.string(),
  /** ISO timestamp of the correction. */
  at: z.string(),
  /** Who sent it (`http:<role>:<fingerprint>`, `cli:…`). */
  actor: z.string(),
  /** The person's name, when the clerk gave it. */
  author: z.string().nullable(),
  reason: z.string(),
  /** As sent, one field per correction (a vote correction of several fields is stored as one per field). */
  correction: Correction,
  path: z.string(),
  from: z.unknown(),
  to: z.unknown(),
  anchor: ItemAnchor.nullable(),
  status: CorrectionStatus,
  conflict: CorrectionConflict.nullable(),
  /** When and by which parser version it was last replayed. */
  checked_at: z.string(),
  checked_parser_version: z.string(),
});
export type StoredCorrection = z.infer<typeof StoredCorrection>;
