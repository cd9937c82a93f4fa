/**
 * A surname cut at a line end by a justified text's hyphenation ("M. CHAM-" / "PION Robert") reads "CHAM-PION" in the
 * lists and the opening; it is made whole ("CHAMPION") when the same document writes it whole elsewhere ("R. CHAMPION"
 * under the signature). A compound surname cut at its own hyphen ("FAURE-" / "MARTIN") is never written without it, so
 * it keeps its hyphen; halves of three letters or fewer are joined by the name parser already.
 */
import type { Attendance, NameRef } from '../domain/index.ts';
import type { SourceText } from './source.ts';

const CUT_CAPS = /(?<![\p{L}'’])(\p{Lu}{2,})-(\p{Lu}{2,})(?![\p{L}'’])/gu;

const keep = (ref: NameRef): NameRef => ref;

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The fix of one name; the identity when the text cuts no word in capitals at a line end (most texts: nothing to do). */
export function wholeCutName(src: SourceText): (ref: NameRef) => NameRef {
  if (!/\p{Lu}-[ \t]*\n/u.test(src.norm)) return keep;
  const cache = new Map<string, boolean>();
  const cutWhole = (a: string, b: string): boolean => {
    const key = `${a}-${b}`;
    let v = cache.get(key);
    if (v === undefined) {
      // cut at a line end here, and written whole as a word somewhere else
      v = new RegExp(`(?<![\\p{L}'’-])${escape(a)}-[ \\t]*\\n[ \\t]*${escape(b)}(?![\\p{L}'’])`, 'u').test(src.norm) && new RegExp(`(?<![\\p{L}'’-])${escape(a + b)}(?![\\p{L}'’-])`, 'u').test(src.norm);
      cache.set(key, v);
    }
    return v;
  };
  return (ref) => {
    if (!ref.name.includes('-')) return ref;
    const name = ref.name.replace(CUT_CAPS, (m, a: string, b: string) => (cutWhole(a, b) ? a + b : m));
    return name === ref.name ? ref : { ...ref, name };
  };
}

export function wholeCutNames(att: Attendance, fix: (ref: NameRef) => NameRef): Attendance {
  if (fix === keep) return att;
  return {
    ...att,
    present: att.present ? att.present.map(fix) : null,
    absent: att.absent.map(fix),
    excused: att.excused.map(fix),
    staff: att.staff.map(fix),
    unattributed: att.unattributed.map(fix),
    proxies: att.proxies.map((p) => ({ ...p, giver: fix(p.giver), holder: p.holder ? fix(p.holder) : null })),
    substitutions: att.substitutions.map((s) => ({ ...s, titular: fix(s.titular), substitute: fix(s.substitute) })),
  };
}
