/**
 * Who is where on one item, and the wording that explains a change.
 * Names are matched like inside one document (../names.ts): "ROCHAS" is
 * "Hélène ROCHAS", "ROCHAS Hélène" too; "Alain ROCHAS" is not.
 */
import type { Attendance, NameRef } from '../../domain/index.ts';
import { candidates, nameTokens, sameName } from '../names.ts';
import { foldText, normText } from '../../parse/source.ts';
import type { SessionItem } from './types.ts';

const fold = (s: string) => foldText(normText(s));

export type ItemStatus = 'present' | 'represented' | 'absent';

export interface ItemMember {
  ref: NameRef;
  status: ItemStatus;
}

/** Members named on an item with their status; null when the item lists no one present. */
export function membersOf(att: Attendance): ItemMember[] | null {
  if (!att.present || att.present.length === 0) return null;
  const out: ItemMember[] = att.present.map((ref) => ({ ref, status: 'present' as const }));
  const add = (ref: NameRef, status: ItemStatus) => {
    if (!out.some((m) => sameName(m.ref.name, ref.name))) out.push({ ref, status });
  };
  for (const p of att.proxies) add(p.giver, 'represented');
  for (const r of [...att.absent, ...att.excused]) add(r, 'absent');
  return out;
}

export function findMember(list: readonly ItemMember[], name: string): ItemMember | null {
  const refs = candidates(name, list.map((m) => m.ref));
  return refs.length === 1 ? list.find((m) => m.ref === refs[0])! : null;
}

const MOVEMENT = /\b(?:arrive|arrivee|arrivant|quitte|quittant|part|partie?|sorti|sortie|depart|rejoint|rejoignant|se\s+retire|s'absente|absente?\s+(?:pour|lors|au|a\s+partir)|entre\s+en\s+seance|ne\s+prend\s+pas\s+part|ne\s+participe\s+pas)\b/;

/** The surname-like token used to find a member in free text (longest token). */
function searchToken(name: string): string | null {
  const t = [...nameTokens(name)].sort((a, b) => b.length - a.length)[0];
  return t && t.length >= 3 ? t : null;
}

/**
 * True when an item says the member arrived, left or did not take part:
 * a partial-presence note in its attendance, or a line of its document
 * naming the member with a movement word ("M. PRIOUX quitte la séance").
 */
export function movementMentioned(item: SessionItem, name: string): boolean {
  if (item.attendance.partial.some((p) => sameName(p.name, name))) return true;
  const token = searchToken(name);
  if (!token) return false;
  const word = new RegExp(`\\b${token}\\b`);
  return fold(item.doc.text)
    .split('\n')
    .some((line) => word.test(line) && MOVEMENT.test(line));
}

/** The document's text mentions a change of the council's membership. */
export function membershipChangeMentioned(text: string): boolean {
  return /\b(?:install(?:e|ee|ation)|demission|deces|decede|remplace|remplacement|nouvel(?:le)?s?\s+(?:conseill|membre|delegu|elu)|renouvellement|fusion|composition\s+du\s+conseil|vacance|siege\s+vacant)/.test(fold(text));
}
