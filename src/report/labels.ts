/**
 * French words of the reports: a short label per finding code (the record
 * typing makes the list complete), severities, statuses, dates. Shared by
 * every format so the text, Markdown and HTML reports say the same thing.
 */
import type { DocumentStatus, FindingCode, Severity } from '../domain/index.ts';

export const CODE_LABELS: Readonly<Record<FindingCode, string>> = {
  PRESENT_COUNT_MISMATCH: 'Nombre de présents ≠ liste des présents',
  PROXY_COUNT_MISMATCH: 'Nombre de procurations ≠ liste',
  VOTERS_MISMATCH: 'Votants ≠ présents + procurations',
  TALLY_MISMATCH: 'Décompte des voix ≠ votants',
  UNANIMITY_CONTRADICTED: 'Unanimité contredite',
  ATTENDANCE_INCOMPLETE: 'Membres en exercice non tous mentionnés',
  COUNT_EXCEEDS_OFFICE: 'Plus que les membres en exercice',
  QUORUM_NOT_MET: 'Quorum non atteint',
  PROXY_GIVER_PRESENT: 'Mandant aussi présent',
  PROXY_HOLDER_ABSENT: 'Mandataire absent',
  PROXY_LIMIT_EXCEEDED: 'Trop de procurations détenues',
  DUPLICATE_MEMBER: 'Membre cité deux fois',
  CONVOCATION_LATE: 'Convocation tardive',
  DATE_CONFLICT: 'Dates de séance contradictoires',
  PRESIDENT_NOT_PRESENT: 'Président absent de la liste',
  SECRETARY_NOT_PRESENT: 'Secrétaire absent de la liste',
  AMOUNT_SUM_MISMATCH: 'Total ≠ somme des montants',
  ABSENT_COUNT_MISMATCH: 'Nombre d’absents ≠ liste',
  EXPRESSED_MISMATCH: 'Suffrages exprimés ≠ pour + contre',
  OCR_LOW_CONFIDENCE: 'Lecture OCR peu sûre',
  NOT_A_DELIBERATION: 'Pas une délibération',
  RULE_FAILED: 'Règle non appliquée',
  ROSTER_CHANGED: 'Composition différente entre points',
  ATTENDANCE_CHANGED: 'Présence changée sans arrivée ni départ',
  PROXY_RENEWED: 'Procuration au-delà de trois séances',
  OFFICE_COUNT_CHANGED: 'Membres en exercice changés sans explication',
  ACTES_ID_DATE_MISMATCH: 'Date de l’identifiant ACTES ≠ séance',
  ACTES_SIREN_MISMATCH: 'SIREN ACTES différent ou invalide',
  PREFECTURE_BEFORE_SESSION: 'Transmission en préfecture avant la séance',
};

/** Codes of the ACTES section of the reports. */
export const ACTES_CODES: ReadonlySet<FindingCode> = new Set(['ACTES_ID_DATE_MISMATCH', 'ACTES_SIREN_MISMATCH', 'PREFECTURE_BEFORE_SESSION']);

export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

export const SEVERITY_LABELS: Readonly<Record<Severity, string>> = { error: 'Erreur', warning: 'Alerte', info: 'Information' };
export const SEVERITY_PLURAL: Readonly<Record<Severity, string>> = { error: 'Erreurs', warning: 'Alertes', info: 'Informations' };

export const STATUS_LABELS: Readonly<Record<DocumentStatus, string>> = {
  parsed: 'lu',
  not_deliberation: 'pas une délibération',
  failed: 'échec de lecture',
};

export const LEVEL_LABELS = { document: 'document', session: 'séance', body: 'entre séances' } as const;

const MONTHS = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];

/** "2024-03-28" → "28/03/2024"; null → "—". */
export function frenchDate(iso: string | null): string {
  if (!iso) return '—';
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? `${m[3]}/${m[2]}/${m[1]}` : iso;
}

/** "2024-03" → "mars 2024"; anything else is returned as is. */
export function frenchMonth(key: string): string {
  const m = /^(\d{4})-(\d{2})$/.exec(key);
  return m ? `${MONTHS[Number(m[2]) - 1]} ${m[1]}` : key;
}

/** 0.8667 → "86,7 %". */
export function percent(x: number | null): string {
  return x === null ? '—' : `${(x * 100).toFixed(1).replace('.', ',')} %`;
}

/** "0 erreur", "1 erreur", "2 erreurs" (French: singular below 2). */
export function count(n: number, word: string, plural = `${word}s`): string {
  return `${n} ${n >= 2 ? plural : word}`;
}

/** The filter of a report in words: "organe : x · séances du 01/03/2024 au 30/06/2024". */
export function filterText(f: { body?: string | undefined; from?: string | undefined; to?: string | undefined }): string | null {
  const parts: string[] = [];
  if (f.body) parts.push(`organe : ${f.body}`);
  if (f.from && f.to) parts.push(`séances du ${frenchDate(f.from)} au ${frenchDate(f.to)}`);
  else if (f.from) parts.push(`séances à partir du ${frenchDate(f.from)}`);
  else if (f.to) parts.push(`séances jusqu’au ${frenchDate(f.to)}`);
  return parts.length ? parts.join(' · ') : null;
}
