/**
 * The summary at the head of every report: documents, deliberations,
 * findings by code and severity, by body, by month, and the attendance rate
 * of each session over time.
 */
import type { FindingCode, ProcessedDocument, Severity } from '../domain/index.ts';
import { attendanceSeries, type AttendancePoint } from './attendance-series.ts';
import type { ReportDocument } from './report-data.ts';

export interface SeverityCounts {
  error: number;
  warning: number;
  info: number;
  total: number;
}

export interface ReportSummary {
  /** First and last session dates of the documents shown. */
  period: { from: string | null; to: string | null };
  documents: { total: number; parsed: number; not_deliberation: number; failed: number };
  sessions: number;
  deliberations: number;
  findings: SeverityCounts;
  by_code: Array<{ code: FindingCode } & SeverityCounts>;
  by_body: Array<{ body: string; documents: number; sessions: number; deliberations: number } & SeverityCounts>;
  /** "2024-03", or "sans date". */
  by_month: Array<{ month: string; documents: number; deliberations: number } & SeverityCounts>;
  attendance: AttendancePoint[];
}

export const NO_BODY = 'organe non identifié';
export const NO_DATE = 'sans date';

function zero(): SeverityCounts {
  return { error: 0, warning: 0, info: 0, total: 0 };
}

function add(c: SeverityCounts, s: Severity): void {
  c[s]++;
  c.total++;
}

/** Rows with the most errors (then warnings, then total) first; ties by key. */
function sortCounts<T extends SeverityCounts>(rows: T[], key: (r: T) => string): T[] {
  return rows.sort((a, b) => b.error - a.error || b.warning - a.warning || b.total - a.total || key(a).localeCompare(key(b), 'fr'));
}

export function summarise(docs: readonly ProcessedDocument[], documents: readonly ReportDocument[]): ReportSummary {
  const findings = zero();
  const byCode = new Map<FindingCode, { code: FindingCode } & SeverityCounts>();
  const byBody = new Map<string, { body: string; documents: number; sessions: number; deliberations: number; dates: Set<string> } & SeverityCounts>();
  const byMonth = new Map<string, { month: string; documents: number; deliberations: number } & SeverityCounts>();
  const sessions = new Set<string>();
  const dates = documents.map((d) => d.session_date).filter((d): d is string => d !== null).sort();
  for (const d of documents) {
    const body = d.body ?? NO_BODY;
    const month = d.session_date?.slice(0, 7) ?? NO_DATE;
    const b = byBody.get(body) ?? { body, documents: 0, sessions: 0, deliberations: 0, dates: new Set<string>(), ...zero() };
    const m = byMonth.get(month) ?? { month, documents: 0, deliberations: 0, ...zero() };
    b.documents++;
    m.documents++;
    b.deliberations += d.deliberations.length;
    m.deliberations += d.deliberations.length;
    b.dates.add(d.session_date ?? `doc:${d.id}`);
    sessions.add(`${body}|${d.session_date ?? d.id}`);
    for (const f of d.findings) {
      add(findings, f.severity);
      add(b, f.severity);
      add(m, f.severity);
      const c = byCode.get(f.code) ?? { code: f.code, ...zero() };
      add(c, f.severity);
      byCode.set(f.code, c);
    }
    byBody.set(body, b);
    byMonth.set(month, m);
  }
  return {
    period: { from: dates[0] ?? null, to: dates[dates.length - 1] ?? null },
    documents: {
      total: documents.length,
      parsed: documents.filter((d) => d.status === 'parsed').length,
      not_deliberation: documents.filter((d) => d.status === 'not_deliberation').length,
      failed: documents.filter((d) => d.status === 'failed').length,
    },
    sessions: sessions.size,
    deliberations: documents.reduce((n, d) => n + d.deliberations.length, 0),
    findings,
    by_code: sortCounts([...byCode.values()], (r) => r.code),
    by_body: sortCounts(
      [...byBody.values()].map(({ dates: ds, ...r }) => ({ ...r, sessions: ds.size })),
      (r) => r.body,
    ),
    by_month: [...byMonth.values()].sort((a, b) => (a.month === NO_DATE ? 1 : b.month === NO_DATE ? -1 : a.month.localeCompare(b.month))),
    attendance: attendanceSeries(docs),
  };
}
