/**
 * Closed vocabularies, defined once. Every other module imports these enums
 * rather than repeating string literals.
 */
import { z } from 'zod';

/** Kind of deliberating body; drives the legal rules (quorum, convocation delay). */
export const BodyKind = z.enum([
  'conseil_municipal',
  'conseil_communautaire',
  'conseil_metropolitain',
  'conseil_departemental',
  'conseil_regional',
  'comite_syndical',
  'conseil_communal', // Belgium, Luxembourg
  'conseil_quebec', // Québec municipal council
  'bureau',
  'autre',
]);
export type BodyKind = z.infer<typeof BodyKind>;

/** Legal system the document belongs to: French CGCT rules only apply to FR. */
export const Jurisdiction = z.enum(['FR', 'BE', 'LU', 'CH', 'QC']);
export type Jurisdiction = z.infer<typeof Jurisdiction>;

/** Attendance status of one member for a deliberation. */
export const AttendanceStatus = z.enum(['present', 'excused', 'absent', 'represented', 'substituted']);
export type AttendanceStatus = z.infer<typeof AttendanceStatus>;

export const VoteOption = z.enum(['for', 'against', 'abstain', 'not_voting']);
export type VoteOption = z.infer<typeof VoteOption>;

export const Severity = z.enum(['error', 'warning', 'info']);
export type Severity = z.infer<typeof Severity>;

/**
 * Finding codes. The first block is the corpus contract (../shared/corpus/README.md);
 * the rest are the project's own.
 */
export const FindingCode = z.enum([
  'PRESENT_COUNT_MISMATCH',
  'PROXY_COUNT_MISMATCH',
  'VOTERS_MISMATCH',
  'TALLY_MISMATCH',
  'UNANIMITY_CONTRADICTED',
  'ATTENDANCE_INCOMPLETE',
  'COUNT_EXCEEDS_OFFICE',
  'QUORUM_NOT_MET',
  'PROXY_GIVER_PRESENT',
  'PROXY_HOLDER_ABSENT',
  'PROXY_LIMIT_EXCEEDED',
  'DUPLICATE_MEMBER',
  'CONVOCATION_LATE',
  'DATE_CONFLICT',
  'PRESIDENT_NOT_PRESENT',
  'SECRETARY_NOT_PRESENT',
  'AMOUNT_SUM_MISMATCH',
  // project codes
  'ABSENT_COUNT_MISMATCH',
  'EXPRESSED_MISMATCH',
  'OCR_LOW_CONFIDENCE',
  'NOT_A_DELIBERATION',
  'RULE_FAILED',
  'ROSTER_CHANGED',
  'ATTENDANCE_CHANGED',
  'PROXY_RENEWED',
  'OFFICE_COUNT_CHANGED',
  'ACTES_ID_DATE_MISMATCH',
  'ACTES_SIREN_MISMATCH',
  'PREFECTURE_BEFORE_SESSION',
]);
export type FindingCode = z.infer<typeof FindingCode>;

/** How the text of a page was obtained. */
export const ExtractMethod = z.enum(['text', 'pdf-text', 'ocr']);
export type ExtractMethod = z.infer<typeof ExtractMethod>;

/** Input kinds recognised by sniffing the bytes. */
export const InputKind = z.enum(['text', 'pdf', 'png', 'jpeg', 'tiff']);
export type InputKind = z.infer<typeof InputKind>;

export const DocumentStatus = z.enum(['parsed', 'not_deliberation', 'failed']);
export type DocumentStatus = z.infer<typeof DocumentStatus>;
