import { z } from 'zod';
import { NameRef, Proxy, Substitution } from './person.ts';
import { Span } from './span.ts';

export const SectionKind = z.enum(['present', 'absent', 'excused', 'proxies', 'staff', 'unattributed']);
export type SectionKind = z.infer<typeof SectionKind>;

/** One attendance section as found in the text ("Etaient présents :", "Pouvoirs :"…). */
export const AttendanceSection = z.object({
  kind: SectionKind,
  heading: z.string(),
  span: Span,
  /** false when the section runs to the end of the text (excerpt cut) or is otherwise cut. */
  complete: z.boolean(),
});
export type AttendanceSection = z.infer<typeof AttendanceSection>;

/**
 * Who was there, as LISTED by the document (never inferred from counts).
 * A list that is null was not given at all; an empty list was given empty
 * ("Procuration : –") or is implied empty by a full list of the others.
 */
export const Attendance = z.object({
  present: z.array(NameRef).nullable(),
  excused: z.array(NameRef),
  absent: z.array(NameRef),
  proxies: z.array(Proxy),
  substitutions: z.array(Substitution),
  /** Non-members named in the attendance block (secrétaire communal, DGS, invités). */
  staff: z.array(NameRef),
  /** Names whose column was lost in extraction (flattened two-column block). */
  unattributed: z.array(NameRef),
  /** Members whose presence changes during the session ("arrivée au point 2"). */
  partial: z.array(z.object({ name: z.string(), note: z.string() })),
  sections: z.array(AttendanceSection),
  /** True when the text says the members are all present without naming them. */
  all_present_unnamed: z.boolean(),
});
export type Attendance = z.infer<typeof Attendance>;

export function emptyAttendance(): Attendance {
  return {
    present: null,
    excused: [],
    absent: [],
    proxies: [],
    substitutions: [],
    staff: [],
    unattributed: [],
    partial: [],
    sections: [],
    all_present_unnamed: false,
  };
}
