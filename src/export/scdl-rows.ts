/**
 * Stored documents → SCDL « Délibérations » rows, one per deliberation of a
 * parsed document, each checked (scdl-validate.ts) before it is kept.
 *
 * - DELIB_ID: the deliberation number when it holds a year ("2024-011"),
 *   else the date and the number ("2024-03-28_12"), else the act part of the
 *   ACTES identifier, else the date, document and position.
 * - DELIB_MATIERE_CODE/NOM: matiere.ts (stated, else classifier).
 * - PREF_ID: "PREF" + the department of the ACTES identifier; PREF_DATE: the
 *   stamp's "Reçu en préfecture le" (the registration), never the sending.
 * - VOTE_EFFECTIF: members in office; VOTE_POUR/CONTRE/ABSTENTION: the
 *   tally as written (a missing "contre"/"abstention" beside a stated
 *   "pour" is 0); unanimity: POUR = voters when the voters are known;
 *   VOTE_REEL = POUR + CONTRE + ABSTENTION.
 * - The ACTES SIREN, when stamped, must be the SIREN of COLL_SIRET.
 */
import { mergeCounts } from '../check/session/group.ts';
import type { DeclaredCounts, Deliberation, ProcessedDocument } from '../domain/index.ts';
import { collectiviteOf, type CollectiviteOptions } from './collectivites.ts';
import { resolveMatiere, type ResolvedMatiere } from './matiere.ts';
import { SCDL_COLUMNS, type ScdlRow } from './scdl-columns.ts';
import { duplicateIds, validateScdlRow } from './scdl-validate.ts';

export interface ScdlSource {
  document_id: string;
  file: string;
  deliberation: number;
  subject: string | null;
  matiere: ResolvedMatiere | null;
}

export interface ScdlExport {
  /** Rows that pass every rule, in document order. */
  rows: ScdlRow[];
  sources: ScdlSource[];
  /** Rows that would fail, with why: reported, not written. */
  rejected: Array<ScdlSource & { delib_id: string; reasons: string[] }>;
}

const str = (v: number | string | null | undefined) => (v === null || v === undefined ? '' : String(v));

export function votes(d: Deliberation, declared: DeclaredCounts): { pour: number; contre: number; abstention: number } | null {
  const v = d.vote;
  if (!v) return null;
  if (v.for !== null) return { pour: v.for, contre: v.against ?? 0, abstention: v.abstain ?? 0 };
  if (!v.unanimous) return null;
  const present = declared.present?.value;
  const proxies = declared.proxies?.value;
  const voters = v.voters ?? declared.voters?.value ?? (present !== undefined && proxies !== undefined ? present + proxies : null);
  if (voters === null) return null;
  const contre = v.against ?? 0;
  const abstention = v.abstain ?? 0;
  return voters - contre - abstention >= 0 ? { pour: voters - contre - abstention, contre, abstention } : null;
}

function delibId(doc: ProcessedDocument, d: Deliberation, date: string): string {
  if (d.number) return /(?:19|20)\d\d/.test(d.number) ? d.number : `${date}_${d.number}`;
  const act = d.actes?.id?.split('-')[3];
  if (act) return act;
  return `${date}_${doc.id.slice(0, 8)}_${d.index + 1}`;
}

export function scdlRows(docs: readonly ProcessedDocument[], options: CollectiviteOptions): ScdlExport {
  const built: Array<{ row: ScdlRow; source: ScdlSource; reasons: string[] }> = [];
  for (const doc of docs) {
    const p = doc.parsed;
    if (doc.status !== 'parsed' || !p) continue;
    const coll = collectiviteOf(p.session.body.name, options);
    const date = p.session.date ?? '';
    for (const d of p.deliberations) {
      const declared = mergeCounts(p.session.declared, d.declared);
      const matiere = resolveMatiere(d);
      const tally = votes(d, declared);
      const stamp = d.actes;
      const row = Object.fromEntries(SCDL_COLUMNS.map((c) => [c, ''])) as ScdlRow;
      Object.assign(row, {
        COLL_NOM: coll.coll_nom,
        COLL_SIRET: coll.siret ?? '',
        DELIB_ID: delibId(doc, d, date),
        DELIB_DATE: date,
        DELIB_MATIERE_CODE: matiere?.code ?? '',
        DELIB_MATIERE_NOM: matiere?.name ?? '',
        DELIB_OBJET: (d.subject ?? '').replace(/\s+/g, ' ').trim(),
        PREF_ID: stamp?.id ? `PREF${stamp.id.slice(0, 3)}` : '',
        PREF_DATE: stamp?.received ?? '',
        VOTE_EFFECTIF: str(declared.members_in_office?.value),
        VOTE_REEL: tally ? str(tally.pour + tally.contre + tally.abstention) : '',
        VOTE_POUR: str(tally?.pour),
        VOTE_CONTRE: str(tally?.contre),
        VOTE_ABSTENTION: str(tally?.abstention),
      } satisfies Partial<ScdlRow>);
      const reasons = validateScdlRow(row);
      if (!coll.siret) reasons.push('COLL_SIRET inconnu : donner --siret ou --collectivites');
      if (stamp?.siren && coll.siret && coll.siret.slice(0, 9) !== stamp.siren) {
        reasons.push(`SIREN ${stamp.siren} du tampon ACTES différent de celui de COLL_SIRET ${coll.siret}`);
      }
      if (!matiere) reasons.push('matière ni déclarée ni déductible de l’objet');
      built.push({ row, source: { document_id: doc.id, file: doc.file, deliberation: d.index, subject: d.subject, matiere }, reasons });
    }
  }
  const dups = duplicateIds(built.map((b) => b.row));
  for (const [i, j] of dups) built[i]!.reasons.push(`DELIB_ID ${built[i]!.row.DELIB_ID} déjà utilisé (${built[j]!.source.file})`);
  const out: ScdlExport = { rows: [], sources: [], rejected: [] };
  for (const b of built) {
    if (b.reasons.length === 0) {
      out.rows.push(b.row);
      out.sources.push(b.source);
    } else out.rejected.push({ ...b.source, delib_id: b.row.DELIB_ID, reasons: [...new Set(b.reasons)] });
  }
  return out;
}
