/**
 * French words of the pages that the report module does not already have
 * (its CODE_LABELS, SEVERITY_LABELS, STATUS_LABELS, frenchDate are reused).
 */
import type { CountKey } from '../domain/index.ts';
import type { MemberStatusFilter, OutcomeFilter, SessionStatus } from '../store/record-store.ts';

export const COUNT_LABELS: Readonly<Record<CountKey, string>> = {
  members_afferent: 'membres afférents',
  members_in_office: 'membres en exercice',
  present: 'présents',
  proxies: 'procurations',
  absent: 'absents',
  excused: 'excusés',
  voters: 'votants',
  expressed: 'suffrages exprimés',
  quorum: 'quorum',
};

/** Session and item span keys (parser's `spans`) → words. Unknown keys are shown as they are. */
export const SPAN_LABELS: Readonly<Record<string, string>> = {
  date: 'date de séance',
  convocation_date: 'date de convocation',
  president: 'président',
  secretary: 'secrétaire',
  attendance: 'présences',
  place: 'lieu',
  body: 'organe',
  subject: 'objet',
  number: 'numéro',
  vote: 'vote',
  decisions: 'décisions',
  rubrique: 'rubrique',
  matiere: 'matière',
  actes: 'tampon ACTES',
};

export const MEMBER_STATUS_LABELS: Readonly<Record<SessionStatus['status'], string>> = {
  present: 'présent',
  excused: 'excusé',
  absent: 'absent',
  represented: 'représenté',
  substituted: 'suppléé',
  unknown: 'inconnu',
};

export const MEMBER_FILTER_LABELS: Readonly<Record<MemberStatusFilter, string>> = {
  any: 'toute participation',
  present: 'présent',
  absent: 'absent (y compris excusé, représenté)',
  excused: 'excusé',
  gave_proxy: 'a donné procuration',
  held_proxy: 'a reçu procuration',
};

export const OUTCOME_LABELS: Readonly<Record<OutcomeFilter, string>> = {
  adopted: 'adoptée',
  rejected: 'rejetée',
  unanimous: 'à l’unanimité',
  none: 'sans vote lu',
};

export const VOTE_LABELS = { for: 'pour', against: 'contre', abstain: 'abstentions', not_voting: 'ne prennent pas part', voters: 'votants', expressed: 'exprimés' } as const;

export const EVENT_LABELS: Readonly<Record<string, string>> = {
  ingested: 'déposé',
  extracted: 'texte extrait',
  parsed: 'lu',
  checked: 'contrôlé',
  corrected: 'corrigé',
  reprocessed: 'retraité',
  failed: 'échec',
  correction_conflict: 'correction en conflit',
};

/** 1234567.5 → "1 234 567,50 €" (spaces that do not break). */
export function euros(n: number): string {
  return `${n.toLocaleString('fr-FR', { minimumFractionDigits: n % 1 ? 2 : 0, maximumFractionDigits: 2 }).replace(/\s/g, '\u00a0')}\u00a0€`;
}

/** ISO timestamp → "14/01/2025 à 10:32 (UTC)". */
export function frenchTime(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/.exec(iso);
  return m ? `${m[3]}/${m[2]}/${m[1]} à ${m[4]}:${m[5]} (UTC)` : iso;
}
