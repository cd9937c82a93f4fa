/**
 * Who publishes: COLL_NOM and COLL_SIRET of each body. The documents give the
 * body's name and, on ACTES stamps, its SIREN, never its SIRET (SIREN + the
 * 5-digit NIC of the establishment): the SIRET comes from the command line
 * (`--siret`, `--coll-nom`, for one body) or a CSV file (`--collectivites`,
 * columns organe,coll_nom,siret: `organe` is part of the body's name, any
 * case or accents). Without a SIRET a row cannot be valid SCDL: it is
 * reported, not written.
 */
import { parseCsvObjects } from './rfc4180.ts';
import { bodyMatches } from '../report/select-documents.ts';

export interface Collectivite {
  organe: string;
  coll_nom: string | null;
  siret: string | null;
}

export interface CollectiviteOptions {
  siret?: string | undefined;
  collNom?: string | undefined;
  table?: Collectivite[];
}

export function parseCollectivites(text: string): Collectivite[] {
  return parseCsvObjects(text).map((r, i) => {
    if (!r.organe) throw new Error(`collectivités, ligne ${i + 2} : colonne "organe" vide`);
    return { organe: r.organe, coll_nom: r.coll_nom || null, siret: (r.siret ?? '').replace(/\s+/g, '') || null };
  });
}

/**
 * COLL_NOM from the body's name: "Conseil municipal de Valbrune" → "Commune
 * de Valbrune"; "Conseil communautaire de la Communauté de communes X" →
 * "Communauté de communes X"; "Commune de X" stays.
 */
export function collNomFromBody(body: string): string {
  const b = body.trim().replace(/^du\s+/i, '');
  const municipal = /^conseil\s+(?:municipal|communal)\s+(?:de\s+la\s+commune\s+)?(de\s+|d['’]\s*)(.+)$/i.exec(b);
  if (municipal) return `Commune ${municipal[1]!.trim() === 'de' ? 'de ' : 'd’'}${municipal[2]!.trim()}`;
  const other = /^(?:conseil|comit[ée]|bureau)(?:\s+(?:communautaire|m[ée]tropolitain|d[ée]partemental|r[ée]gional|syndical|de\s+communaut[ée]))?\s+(?:de\s+la\s+|du\s+|de\s+l['’]|des\s+|de\s+|d['’])(.+)$/i.exec(b);
  if (other) return other[1]!.charAt(0).toUpperCase() + other[1]!.slice(1);
  return b;
}

export function collectiviteOf(body: string | null, options: CollectiviteOptions): { coll_nom: string; siret: string | null } {
  const row = body ? options.table?.find((c) => bodyMatches(body, c.organe)) : undefined;
  const fallback = body ? collNomFromBody(body) : '';
  return {
    coll_nom: options.collNom ?? row?.coll_nom ?? fallback,
    siret: options.siret ?? row?.siret ?? null,
  };
}
