/**
 * A reception stamp read by OCR as lines of their own between two lines of a list of members, one per line:
 *
 *   DUMAS Colette (La Chaux)
 *     ‘ ACCUSE DE RECEPTION - PREFECTURE DE LA LOIRE ‘ .
 *     ; Recu le 0 4 DEC. 2012  , ;’ ~
 *     ‘ 042-244200417-20121129-2012118-DE ’
 *   BARRALON Jean-Paul (La Chaux)
 *
 * The stamp's lines are blanked (spaces, newlines kept: lines and offsets stay valid), so the list reads on past them
 * instead of ending at the stamp (margin-column.ts `unstampText` takes the stamps beside the text, at the lines' ends).
 *
 * Contract: only a run of one to four lines, each 80 characters or fewer, each holding a stamp's words (« accusé de
 * réception », « préfecture », « reçu / arrivé le », an ACTES identifier), one of them « accusé de réception » or
 * « reçu / arrivé le », with a member's line right above and right below (a civility, « NOM Prénom » or « Prénom NOM »
 * opening the line, a bullet allowed). The same block above or below the text (an act's ACTES stamp) is left as it is.
 */
const STAMP_WORDS = /accus[eé]\s+de\s+r[eé]ception|pr[eé]fecture|\b(?:re[cç]u|arriv[eé]e?)\s+le\b|\b\d{3}-[0-9A-Z]{9}-\d{8}-/i;
const STAMP_KEY = /accus[eé]\s+de\s+r[eé]ception|\b(?:re[cç]u|arriv[eé]e?)\s+le\b/i;
const MEMBER_LINE = /^[ \t]*(?:[-–•*][ \t]+)?(?:(?:M\.|Mme|Mlle|Monsieur|Madame)[ \t]+\p{Lu}|\p{Lu}{2}[\p{Lu}'’-]*[ \t]+\p{Lu}\p{Ll}|\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?[ \t]+\p{Lu}{2})/u;

export function unstampListLines(text: string): string {
  if (!STAMP_KEY.test(text)) return text;
  const lines = text.split('\n');
  let changed = false;
  for (let i = 1; i < lines.length - 1; i++) {
    if (!STAMP_KEY.test(lines[i]!) && !STAMP_WORDS.test(lines[i]!)) continue;
    // the run of stamp lines from here, at most four
    let end = i;
    while (end < lines.length - 1 && end - i < 4 && lines[end]!.length <= 80 && STAMP_WORDS.test(lines[end]!)) end++;
    if (end === i || end - i > 4 || end >= lines.length) continue;
    const run = lines.slice(i, end);
    if (!run.some((l) => STAMP_KEY.test(l)) || !MEMBER_LINE.test(lines[i - 1]!) || !MEMBER_LINE.test(lines[end]!)) {
      i = end - 1;
      continue;
    }
    for (let k = i; k < end; k++) lines[k] = ' '.repeat(lines[k]!.length);
    changed = true;
    i = end - 1;
  }
  return changed ? lines.join('\n') : text;
}
