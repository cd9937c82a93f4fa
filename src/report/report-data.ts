/**
 * The consistency report as data: what every format renders. Built by a
 * pure function from stored documents and the session findings; the
 * renderers (render-*.ts, html/) only turn it into text.
 *
 * Contract: documents are ordered by body, session date, file; each
 * document's findings by deliberation (session-wide first), then severity,
 * then rulebook order; session and cross-session findings carry their level.
 */
import type { ActesStamp, DocumentStatus, Finding, ProcessedDocument } from '../domain/index.ts';
import type { SessionFinding } from '../check/session/index.ts';
import { ACTES_CODES, SEVERITIES } from './labels.ts';
import { summarise, type ReportSummary } from './report-summary.ts';

export interface ReportFilter {
  body?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
}

export type FindingLevel = 'document' | 'session' | 'body';

export type ReportFinding = Finding & { level: FindingLevel };

export interface ReportStamp extends Omit<ActesStamp, 'span'> {
  deliberation: number;
  line: number;
}

export interface ReportDocument {
  id: string;
  file: string;
  status: DocumentStatus;
  error: string | null;
  body: string | null;
  session_date: string | null;
  parser_version: string;
  deliberations: Array<{ index: number; number: string | null; subject: string | null }>;
  findings: ReportFinding[];
  stamps: ReportStamp[];
}

export interface ReportData {
  title: string;
  generated_at: string;
  filter: ReportFilter;
  summary: ReportSummary;
  documents: ReportDocument[];
  /** The ACTES section: every stamp read, and the ACTES findings. */
  actes: {
    stamps: Array<ReportStamp & { document_id: string; file: string }>;
    findings: Array<{ document_id: string; file: string; finding: ReportFinding }>;
  };
}

export interface BuildOptions {
  filter?: ReportFilter;
  /** ISO timestamp printed on the report (passed in: rendering stays pure). */
  generatedAt: string;
  title?: string;
}

const rank = (f: ReportFinding) => SEVERITIES.indexOf(f.severity);

function reportDocument(doc: ProcessedDocument, extra: readonly SessionFinding[]): ReportDocument {
  const p = doc.parsed;
  const own: ReportFinding[] = doc.findings.map((f) => ({ ...f, level: 'document' }));
  const more: ReportFinding[] = extra.map((s) => ({ ...s.finding, level: s.level }));
  const findings = [...own, ...more]
    .map((f, i) => ({ f, i }))
    .sort((a, b) => (a.f.deliberation ?? -1) - (b.f.deliberation ?? -1) || rank(a.f) - rank(b.f) || a.i - b.i)
    .map((x) => x.f);
  return {
    id: doc.id,
    file: doc.file,
    status: doc.status,
    error: doc.error,
    body: p?.session.body.name ?? null,
    session_date: p?.session.date ?? null,
    parser_version: doc.parser_version,
    deliberations: (p?.deliberations ?? []).map((d) => ({ index: d.index, number: d.number, subject: d.subject })),
    findings,
    stamps: (p?.deliberations ?? []).flatMap((d) => {
      if (!d.actes) return [];
      const { span, ...stamp } = d.actes;
      return [{ ...stamp, deliberation: d.index, line: span.start }];
    }),
  };
}

export function buildReport(docs: readonly ProcessedDocument[], sessionFindings: readonly SessionFinding[], options: BuildOptions): ReportData {
  const byDoc = new Map<string, SessionFinding[]>();
  for (const s of sessionFindings) byDoc.set(s.document_id, [...(byDoc.get(s.document_id) ?? []), s]);
  const documents = docs
    .map((d) => reportDocument(d, byDoc.get(d.id) ?? []))
    .sort((a, b) => (a.body ?? '\uffff').localeCompare(b.body ?? '\uffff', 'fr') || (a.session_date ?? '9999').localeCompare(b.session_date ?? '9999') || a.file.localeCompare(b.file, 'fr'));
  return {
    title: options.title ?? 'Rapport de cohérence des délibérations',
    generated_at: options.generatedAt,
    filter: options.filter ?? {},
    summary: summarise(docs, documents),
    documents,
    actes: {
      stamps: documents.flatMap((d) => d.stamps.map((s) => ({ ...s, document_id: d.id, file: d.file }))),
      findings: documents.flatMap((d) => d.findings.filter((f) => ACTES_CODES.has(f.code)).map((finding) => ({ document_id: d.id, file: d.file, finding }))),
    },
  };
}
