/**
 * The API's own schemas (requests and responses), built from the domain
 * schemas (src/domain) and mirroring the store's result types. The
 * type-level checks at the end fail `tsc` if a store type and its schema
 * drift apart, so the OpenAPI description stays true.
 */
import { z } from 'zod';
import { DocumentId, DocumentStatus, FindingCode, ProcessedDocument, Severity, StoredCorrection } from '../domain/index.ts';
import { REPORT_FORMATS } from '../report/formats.ts';
import { EVENT_TYPES, MEMBER_STATUSES, OUTCOMES, type DocEvent, type MemberAttendance, type MemberSummary, type SearchHit, type SearchPage } from '../store/record-store.ts';
import { CalendarDate } from './calendar-date.ts';
import { JobState } from './jobs/job-runner.ts';

export const IdParams = z.object({ id: DocumentId });
export const MemberParams = z.object({ id: z.string().min(1).max(200) });

const dateRange = <T extends { from?: string | undefined; to?: string | undefined }>(q: T) => !q.from || !q.to || q.from <= q.to;
const amount = z.coerce.number().min(0).max(1e13);

export const SearchQuery = z
  .object({
    q: z.string().max(500).optional().describe('words, in the subject and the text (accents and case ignored)'),
    body: z.string().max(300).optional().describe('part of the body’s name'),
    from: CalendarDate.optional().describe('session date ≥, YYYY-MM-DD'),
    to: CalendarDate.optional().describe('session date ≤, YYYY-MM-DD'),
    member: z.string().max(200).optional().describe('a member’s name (surname alone, initials, any order)'),
    member_status: z.enum(MEMBER_STATUSES).optional(),
    amount_min: amount.optional().describe('euros'),
    amount_max: amount.optional().describe('euros'),
    finding: FindingCode.optional(),
    severity: Severity.optional(),
    outcome: z.enum(OUTCOMES).optional(),
    status: DocumentStatus.optional(),
    limit: z.coerce.number().int().min(1).max(100).default(20),
    offset: z.coerce.number().int().min(0).max(100_000).default(0),
  })
  .refine(dateRange, { message: 'from must not be after to', path: ['from'] })
  .refine((q) => q.amount_min === undefined || q.amount_max === undefined || q.amount_min <= q.amount_max, { message: 'amount_min must not exceed amount_max', path: ['amount_min'] });
export type SearchQueryIn = z.infer<typeof SearchQuery>;

export const SessionStatus = z.object({
  member_id: z.string(),
  name: z.string(),
  body: z.string().nullable(),
  session_date: z.string().nullable(),
  documents: z.array(z.string()),
  status: z.enum(['present', 'excused', 'absent', 'represented', 'substituted', 'unknown']),
  represented_by: z.string().nullable(),
  holds_proxies_of: z.array(z.string()),
  written: z.array(z.string()),
});

export const SearchHitSchema = z.object({
  id: z.string(),
  file: z.string(),
  status: DocumentStatus,
  body: z.string().nullable(),
  session_date: z.string().nullable(),
  deliberation: z.number().int().nullable(),
  number: z.string().nullable(),
  subject: z.string().nullable(),
  outcome: z.enum(['adopted', 'rejected']).nullable(),
  unanimous: z.boolean(),
  amounts_eur: z.array(z.number()),
  findings: z.array(FindingCode),
  snippet: z.string().describe('text around the first match, matches between ** **'),
  score: z.number().nullable(),
  member: SessionStatus.optional(),
});

export const SearchPageSchema = z.object({ total: z.number().int(), limit: z.number().int(), offset: z.number().int(), hits: z.array(SearchHitSchema) });

export const MemberSummarySchema = z.object({ id: z.string(), body: z.string().nullable(), name: z.string(), variants: z.array(z.string()), sessions: z.number().int() });
export const MemberAttendanceSchema = z.object({
  member: MemberSummarySchema,
  sessions: z.array(SessionStatus),
  present: z.number().int(),
  rate: z.number().nullable(),
});
export const MembersQuery = z.object({ name: z.string().trim().min(1).max(200), body: z.string().max(300).optional() });
export const MembersResponse = z.object({ members: z.array(MemberSummarySchema) });

export const DocEventSchema = z.object({
  seq: z.number().int(),
  document_id: z.string(),
  type: z.enum(EVENT_TYPES),
  at: z.string(),
  actor: z.string(),
  detail: z.record(z.string(), z.unknown()),
});

export const PageLines = z.object({ number: z.number().int(), method: z.string(), confidence: z.number().nullable(), first_line: z.number().int(), last_line: z.number().int() });

export const DocumentResponse = z.object({
  document: ProcessedDocument,
  /** The text the parser read, pages joined: spans and evidence line numbers count over it. */
  text: z.string(),
  pages: z.array(PageLines),
  created_at: z.string(),
  updated_at: z.string(),
  has_original: z.boolean(),
  /** The clerks' corrections, oldest first: each `applied` to the record above, or kept as a `conflict` with its reason. */
  corrections: z.array(StoredCorrection),
  events: z.array(DocEventSchema),
});

export const UploadResponse = z.object({
  documents: z.array(z.object({ file: z.string(), document_id: DocumentId, job_id: z.string(), state: JobState, job_url: z.string(), document_url: z.string() })),
});

const Filter = { body: z.string().max(300).optional(), from: CalendarDate.optional(), to: CalendarDate.optional() };
export const ReportQuery = z
  .object({ format: z.enum(Object.keys(REPORT_FORMATS) as [keyof typeof REPORT_FORMATS, ...Array<keyof typeof REPORT_FORMATS>]).default('json'), ...Filter })
  .refine(dateRange, { message: 'from must not be after to', path: ['from'] });
export const ScdlQuery = z
  .object({ ...Filter, siret: z.string().regex(/^\d{14}$/).optional(), coll_nom: z.string().max(300).optional() })
  .refine(dateRange, { message: 'from must not be after to', path: ['from'] });

export const Check = z.object({ ok: z.boolean(), detail: z.string() });
export const HealthResponse = z.object({ status: z.enum(['ok', 'unavailable']), checks: z.object({ database: Check, redis: Check.optional() }) });

// Drift guards: each store type must fit its schema, and back.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const same = <T extends true>(_: T) => _;
same<Same<z.infer<typeof SearchHitSchema>, SearchHit>>(true);
same<Same<z.infer<typeof SearchPageSchema>, SearchPage>>(true);
same<Same<z.infer<typeof MemberSummarySchema>, MemberSummary>>(true);
same<Same<z.infer<typeof MemberAttendanceSchema>, MemberAttendance>>(true);
same<Same<z.infer<typeof DocEventSchema>, DocEvent>>(true);
