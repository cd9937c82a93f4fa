/**
 * The deliberation record: the single source of truth for what the parser
 * produces, the store keeps and the reports show. Declared numbers and
 * counted lists sit side by side; nothing is "fixed" silently.
 */
import { z } from 'zod';
import { Amount } from './amount.ts';
import { Attendance } from './attendance.ts';
import { BodyKind, Jurisdiction } from './codes.ts';
import { DeclaredCounts } from './counts.ts';
import { NameRef } from './person.ts';
import { Span, Spans } from './span.ts';
import { Vote } from './vote.ts';

export const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

/** A date read in the text, with why the parser thinks it matters. */
export const DateMention = z.object({
  date: IsoDate,
  role: z.enum(['session', 'convocation', 'title', 'other']),
  /** Weekday written next to it ("jeudi"), lower case, else null. */
  weekday: z.string().nullable(),
  text: z.string(),
  span: Span,
});
export type DateMention = z.infer<typeof DateMention>;

export const Body = z.object({
  name: z.string().nullable(),
  kind: BodyKind.nullable(),
  jurisdiction: Jurisdiction.nullable(),
});
export type Body = z.infer<typeof Body>;

export const Session = z.object({
  body: Body,
  date: IsoDate.nullable(),
  /** Every session-date mention: two different dates make a DATE_CONFLICT. */
  date_mentions: z.array(DateMention),
  place: z.string().nullable(),
  president: NameRef.nullable(),
  secretary: NameRef.nullable(),
  convocation_date: IsoDate.nullable(),
  /** The text states a second convocation after a failed quorum (no quorum needed). */
  reconvocation: z.boolean(),
  declared: DeclaredCounts,
  attendance: Attendance,
  spans: Spans,
});
export type Session = z.infer<typeof Session>;

/** A decision clause ("d'autoriser…", "APPROUVE…"). */
export const Decision = z.object({
  verb: z.string(),
  text: z.string(),
  span: Span,
});
export type Decision = z.infer<typeof Decision>;

/** The ACTES transmission stamp printed on extracts sent to the prefecture. */
export const ActesStamp = z.object({
  id: z.string().nullable(),
  siren: z.string().nullable(),
  id_date: IsoDate.nullable(),
  sent: IsoDate.nullable(),
  received: IsoDate.nullable(),
  matiere_code: z.string().nullable(),
  span: Span,
});
export type ActesStamp = z.infer<typeof ActesStamp>;

export const Deliberation = z.object({
  /** Position in the document, from 0. */
  index: z.number().int().min(0),
  number: z.string().nullable(),
  /** The number as the heading writes it, when a word comes before it ("Délibération n° 2024-118", "Point n° II. 5"). */
  number_written: z.string().optional(),
  rubrique: z.string().nullable(),
  subject: z.string().nullable(),
  /** ACTES matière stated in the text ("Matière : 7.5"), else null. */
  matiere: z.string().nullable(),
  text: z.string(),
  decisions: z.array(Decision),
  amounts: z.array(Amount),
  vote: Vote.nullable(),
  /** Attendance stated for this item when it differs from the session's. */
  attendance: Attendance.nullable(),
  declared: DeclaredCounts.nullable(),
  actes: ActesStamp.nullable(),
  span: Span,
  spans: Spans,
});
export type Deliberation = z.infer<typeof Deliberation>;

/** What the parser returns for one document's text. */
export const ParsedDocument = z.object({
  parser_version: z.string(),
  /** false: the text is not a deliberation (no session, attendance or decision found). */
  is_deliberation: z.boolean(),
  session: Session,
  /** Amounts outside any deliberation (decisions of the maire, preamble). */
  preamble_amounts: z.array(Amount),
  deliberations: z.array(Deliberation),
  line_count: z.number().int().min(0),
});
export type ParsedDocument = z.infer<typeof ParsedDocument>;
