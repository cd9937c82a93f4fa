/**
 * The report as CSV (RFC 4180, UTF-8): one row per finding, with its
 * document, session, deliberation and evidence, for spreadsheets and
 * scripts. A document without findings has no row (the summary counts it).
 * `--format json` carries everything.
 */
import { toCsv } from '../export/rfc4180.ts';
import { CODE_LABELS } from './labels.ts';
import type { ReportData } from './report-data.ts';

export const REPORT_CSV_COLUMNS = [
  'document_id',
  'fichier',
  'organe',
  'date_seance',
  'point',
  'numero',
  'objet',
  'niveau',
  'gravite',
  'code',
  'libelle',
  'message',
  'attendu',
  'lu',
  'preuves',
  'regle',
] as const;

export function renderCsv(r: ReportData): string {
  const rows = r.documents.flatMap((d) =>
    d.findings.map((f) => {
      const del = f.deliberation === null ? null : d.deliberations.find((x) => x.index === f.deliberation) ?? null;
      return [
        d.id,
        d.file,
        d.body,
        d.session_date,
        del ? del.index + 1 : null,
        del?.number ?? null,
        del?.subject ?? null,
        f.level,
        f.severity,
        f.code,
        CODE_LABELS[f.code],
        f.message,
        f.expected,
        f.actual,
        f.evidence.map((e) => `${e.page ? `p.${e.page} ` : ''}l.${e.line}: ${e.text}`).join('\n'),
        f.rule,
      ];
    }),
  );
  return toCsv([[...REPORT_CSV_COLUMNS], ...rows]);
}
