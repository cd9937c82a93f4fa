/**
 * The excerpt cut inside the last present member's surname, in a running list: "…, Mme Jeanne ROUSTAN ; Mme Nathalie
 * LECLE" ends the text. The list reader drops a last word of three or four letters (attendance.ts `cutAtExcerptEnd`);
 * a longer one may end a whole name ("…, Luc VARLE"), and only the declared count tells: when the list names fewer
 * members than the count of the present, it was cut, and an entry ending the text mid-line, after another entry on
 * the same line, is where it was cut — a fragment, no member. An entry alone on the last line (a table's row, one name
 * per line) may be whole and is kept.
 */
import type { Attendance, DeclaredCounts } from '../domain/index.ts';
import type { SourceText } from './source.ts';

/** A given name, then a surname in capitals ending the entry ("Mme Nathalie LECLE", "Jean-Baptiste THOUR"). */
const GIVEN_THEN_SURNAME = /\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?[ \t]+\p{Lu}[\p{Lu}'’-]*\p{Lu}$/u;

/** A surname alone in capitals ("VÉZIN", "SAINT-AMANS"), as a list of surnames only writes each member. */
const SURNAME_ALONE = /^\p{Lu}[\p{Lu}'’-]*\p{Lu}$/u;
/**
 * A list of surnames only ("MM. SOLAGES, BRUEL, CAUSSE"), cut in its last one: the entry ending the text is a surname
 * alone, after another one (an old register's signature line, "Ont signé au registre les membres présents : MM. …").
 */
const surnamesOnly = (last: string, before: string) => SURNAME_ALONE.test(last) && SURNAME_ALONE.test(before.trim().replace(/[.,;]+$/, ''));

export function dropPresentCutByExcerpt(src: SourceText, attendance: Attendance, declared: DeclaredCounts): Attendance {
  const list = attendance.present;
  const count = declared.present?.value ?? null;
  if (!list || list.length < 3 || count === null || count <= list.length) return attendance;
  const last = list[list.length - 1]!;
  const before = list[list.length - 2]!;
  const text = src.norm.trimEnd();
  const written = last.written.trimEnd();
  if (!written || !text.endsWith(written)) return attendance;
  const lastLine = src.lineAt(text.length - 1);
  if (last.span.end === lastLine && placeLeftOut(src, list, lastLine)) return { ...attendance, present: list.slice(0, -1) };
  if (!(GIVEN_THEN_SURNAME.test(written) || surnamesOnly(written, before.written))) return attendance;
  if (last.span.end !== lastLine || before.span.end !== lastLine) return attendance;
  return { ...attendance, present: list.slice(0, -1) };
}

/**
 * One member a line, each with their commune in brackets ("TARDY Josiane (Bourdignac)"), the last line without one
 * ending the text ("OLAGNON Bern"): the excerpt cut that line, the entry is a fragment. Only when the three lines above
 * it, one member each, all end with their brackets.
 */
function placeLeftOut(src: SourceText, list: Attendance['present'] & object, lastLine: number): boolean {
  if (list.length < 4 || /[()]/.test(src.lineText(lastLine))) return false;
  const above = list.slice(-4, -1);
  return above.every((n, k) => n.span.start === lastLine - 3 + k && n.span.end === n.span.start && /\)[ \t]*[,;.]?[ \t]*$/.test(src.lineText(n.span.start)));
}

/** A surname in capitals, then a given name of one or two letters ending the text: "RICHARD Al", "BOYER J" (a cut, not an initial's "J."). */
const SURNAME_THEN_CUT_GIVEN = /\p{Lu}{2}[\p{Lu}'’-]*[ \t]+\p{Lu}\p{Ll}?$/u;

/**
 * The excerpt cut inside the last proxy's holder, in a proxy list written "NOM Prénom": "…; M. QUERE Loïc a M. RICHARD Al"
 * ends the text. A given name of one or two letters with no stop after it, ending the text, is a fragment: the holder is
 * unknown and the pair is not read (its giver is put in no list, as a pair cut at its holder is).
 */
export function dropProxyCutByExcerpt(src: SourceText, attendance: Attendance): Attendance {
  const last = attendance.proxies[attendance.proxies.length - 1];
  const written = last?.holder?.written.trimEnd();
  if (!last || !written || !SURNAME_THEN_CUT_GIVEN.test(written) || !src.norm.trimEnd().endsWith(written)) return attendance;
  return { ...attendance, proxies: attendance.proxies.slice(0, -1) };
}
