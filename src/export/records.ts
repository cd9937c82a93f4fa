/**
 * The other two exports of `registre export`:
 * - json: the full records, one object per stored document (its session and
 *   deliberations as parsed, each deliberation with its resolved matière,
 *   and the findings), without the extracted page text;
 * - csv: one row per deliberation with the main fields (RFC 4180).
 */
import type { ProcessedDocument } from '../domain/index.ts';
import { mergeCounts } from '../check/session/group.ts';
import { resolveMatiere } from './matiere.ts';
import { toCsv } from './rfc4180.ts';
import { votes } from './scdl-rows.ts';

export function recordsJson(docs: readonly ProcessedDocument[]): string {
  const out = docs.map((d) => ({
    id: d.id,
    file: d.file,
    status: d.status,
    error: d.error,
    parser_version: d.parser_version,
    processed_at: d.processed_at,
    extraction: d.extraction ? { kind: d.extraction.kind, extractor: d.extraction.extractor, pages: d.extraction.pages.length, notes: d.extraction.notes } : null,
    session: d.parsed?.session ?? null,
    preamble_amounts: d.parsed?.preamble_amounts ?? [],
    deliberations: (d.parsed?.deliberations ?? []).map((x) => ({ ...x, matiere_resolved: resolveMatiere(x) })),
    findings: d.findings,
  }));
  return JSON.stringify(out, null, 2) + '\n';
}

export const RECORDS_CSV_COLUMNS = [
  'document_id', 'fichier', 'organe', 'date_seance', 'point', 'numero', 'objet', 'matiere_code', 'matiere_nom', 'matiere_source',
  'en_exercice', 'presents', 'procurations', 'votants', 'pour', 'contre', 'abstention', 'unanimite', 'resultat', 'montants_eur',
  'actes_id', 'prefecture_envoi', 'prefecture_reception', 'constats',
] as const;

export function recordsCsv(docs: readonly ProcessedDocument[]): string {
  const rows = docs.flatMap((doc) => {
    const p = doc.parsed;
    if (!p) return [];
    return p.deliberations.map((d) => {
      const declared = mergeCounts(p.session.declared, d.declared);
      const m = resolveMatiere(d);
      const t = votes(d, declared);
      const codes = [...new Set(doc.findings.filter((f) => f.deliberation === null || f.deliberation === d.index).map((f) => f.code))];
      return [
        doc.id, doc.file, p.session.body.name, p.session.date, d.index + 1, d.number, d.subject, m?.code, m?.name, m?.source,
        declared.members_in_office?.value, declared.present?.value, declared.proxies?.value, d.vote?.voters ?? declared.voters?.value,
        t?.pour, t?.contre, t?.abstention, d.vote ? (d.vote.unanimous ? 'oui' : 'non') : null, d.vote?.result,
        d.amounts.map((a) => (a.cents / 100).toFixed(2)).join(';'), d.actes?.id, d.actes?.sent, d.actes?.received, codes.join(';'),
      ];
    });
  });
  return toCsv([[...RECORDS_CSV_COLUMNS], ...rows]);
}
