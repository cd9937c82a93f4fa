/**
 * OCR-aware repair of names: a name read as "LOVICH I", "DESFILLE" or
 * "Patric k" is replaced by the form the body's roster (or the same
 * document) gives, when exactly one known form is close enough
 * (Jaro-Winkler ≥ 0.93 on letters only). The form read stays in
 * `repaired_from`; two different known people are never merged.
 */
import { JaroWinklerDistance } from 'natural/lib/natural/distance/index.js';
import type { Attendance, NameRef } from '../domain/index.ts';
import { foldText } from './source.ts';

export const REPAIR_THRESHOLD = 0.93;

function key(name: string): string {
  return foldText(name).replace(/[^a-z]/g, '');
}

/** The single known form close to `name`, or null (none, exact already, or ambiguous). */
export function closestForm(name: string, known: string[]): string | null {
  const k = key(name);
  if (k.length < 4) return null;
  let best: { form: string; score: number } | null = null;
  let second = 0;
  const seen = new Set<string>();
  for (const form of known) {
    const fk = key(form);
    if (seen.has(fk)) continue;
    seen.add(fk);
    if (fk === k) return null; // already a known form
    const score = JaroWinklerDistance(k, fk);
    if (!best || score > best.score) {
      second = best?.score ?? second;
      best = { form, score };
    } else if (score > second) second = score;
  }
  if (!best || best.score < REPAIR_THRESHOLD) return null;
  if (second >= REPAIR_THRESHOLD && best.score - second < 0.02) return null;
  return best.form;
}

function repair(ref: NameRef, known: string[]): NameRef {
  // "Patric k": a letter cut off by OCR
  const joined = ref.name.replace(/([a-zà-ÿ]{2,}) ([a-zà-ÿ])\b/g, '$1$2');
  const form = closestForm(joined, known) ?? (joined !== ref.name && known.some((k) => key(k) === key(joined)) ? joined : null);
  if (!form || form === ref.name) return ref;
  return { ...ref, repaired_from: ref.name, name: form };
}

/**
 * Repairs the attendance names against the roster; proxy holders are also
 * checked against the names listed present in the same document.
 */
export function repairNames(att: Attendance, roster: string[]): Attendance {
  const present = att.present?.map((p) => p.name) ?? [];
  const known = [...roster];
  if (known.length === 0 && present.length === 0) return att;
  const fix = (r: NameRef) => (known.length ? repair(r, known) : r);
  const repaired: Attendance = {
    ...att,
    present: att.present ? att.present.map(fix) : null,
    absent: att.absent.map(fix),
    excused: att.excused.map(fix),
    proxies: att.proxies.map((p) => ({
      ...p,
      giver: fix(p.giver),
      holder: p.holder ? repair(fix(p.holder), [...known, ...present]) : null,
    })),
  };
  return repaired;
}
