/**
 * Attendance rate of each session over time, for the report's chart and
 * table: members physically present at the first item of the session (in
 * agenda order) over members in office. Present: the declared number, else
 * the complete present list; in office: the declared number. A session
 * without both says nothing (no point in the series).
 */
import type { ProcessedDocument } from '../domain/index.ts';
import { groupSessions, sessionDocument } from '../check/session/group.ts';
import type { SessionDocument } from '../check/session/types.ts';

export interface AttendancePoint {
  body: string;
  date: string;
  present: number;
  represented: number | null;
  in_office: number;
  /** present / in_office, 0–1. */
  rate: number;
}

export function attendanceSeries(docs: readonly ProcessedDocument[]): AttendancePoint[] {
  const sessionDocs = docs.map(sessionDocument).filter((d): d is SessionDocument => d !== null);
  const out: AttendancePoint[] = [];
  for (const s of groupSessions(sessionDocs)) {
    for (const it of s.items) {
      const office = it.declared.members_in_office?.value ?? null;
      const whole = it.attendance.sections.filter((x) => x.kind === 'present').every((x) => x.complete);
      const listed = it.attendance.present && it.attendance.present.length > 0 && whole ? it.attendance.present.length : null;
      const present = it.declared.present?.value ?? listed;
      if (!office || present === null) continue;
      const represented = it.declared.proxies?.value ?? (it.attendance.proxies.length || null);
      out.push({ body: s.body, date: s.date, present, represented, in_office: office, rate: Math.min(1, present / office) });
      break;
    }
  }
  return out.sort((a, b) => a.date.localeCompare(b.date) || a.body.localeCompare(b.body, 'fr'));
}
