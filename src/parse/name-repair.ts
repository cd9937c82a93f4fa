/**
 * Applies OCR-aware name repair (src/ocr/name-repair.ts) to an attendance
 * block: names read as "LOVICH I", "DESFILLE" or "Patric k" take the form
 * the body's roster gives; proxy holders may also take the form the same
 * document lists present. The form read stays in `repaired_from`.
 */
import type { Attendance, NameRef } from '../domain/index.ts';
import { lookAlikeDamaged, ocrLetters } from './ocr-letters.ts';
import { repairName } from '../ocr/name-repair.ts';

function repair(ref: NameRef, reference: readonly string[], exact?: ReadonlySet<string>): NameRef {
  if (reference.length === 0) return ref;
  if (exact?.has(ref.name)) return ref; // written exactly as a known form: nothing to repair
  const r = repairName(ref.name, reference);
  if (!r || r.repaired === ref.name) return ref;
  // (never toward a form the OCR damaged: "Muriel PELLEGRIN" holding a proxy stays so beside "Muriel PELLEGRlN" listed
  // present; the checker matches the two)
  if (ocrLetters(r.repaired) !== r.repaired && ocrLetters(ref.name) === ref.name) return ref;
  // (nor toward a form that differs from the one read only by a look-alike the OCR put in it: "Jean-Paul CROS" holding a
  // proxy stays so beside "Jean-PauI CROS", "Jean-Pierre X" beside "Jean-Plerre X", "Simone Y" beside "Sirnone Y")
  if (lookAlikeDamaged(ref.name, r.repaired)) return ref;
  return { ...ref, repaired_from: ref.name, name: r.repaired };
}

export function repairNames(att: Attendance, roster: readonly string[]): Attendance {
  const present = att.present?.map((p) => p.name) ?? [];
  if (roster.length === 0 && present.length === 0) return att;
  const fix = (r: NameRef) => repair(r, roster);
  const reference = [...roster, ...present];
  const exact = new Set(reference);
  return {
    ...att,
    present: att.present ? att.present.map(fix) : null,
    absent: att.absent.map(fix),
    excused: att.excused.map(fix),
    proxies: att.proxies.map((p) => ({
      ...p,
      giver: fix(p.giver),
      holder: p.holder ? repair(fix(p.holder), reference, exact) : null,
    })),
  };
}
