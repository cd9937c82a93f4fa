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
 * A stamp drawn as a frame, or an e-signature mark with the page's folio, brings lines of drawing with it, read between
 * the words of a wrapped list or of a list in columns:
 *
 *   M. Eric DUVAL, Mme Karine LEGRAND, M. Thierry HEBERT, Mme Laurence
 *      ,--.__  REÇU A LA PREFECTURE DE L'EURE
 *     ( EURE )      2 3 DEC. 2014
 *      `-.__.-'
 *   QUESNEL, M. Ludovic FOUCHER, Mme Aurelie BINET, …
 *
 * Contract: only a run of one to four lines, each 80 characters or fewer, each holding a stamp's words (« accusé de
 * réception », « préfecture », « reçu / arrivé le », « signé électroniquement », an ACTES identifier) or only the
 * stamp's drawing (no lowercase letter, at most two words, and then a figure: a frame, a date, a folio « 1/4 »), one of
 * them « accusé de réception », « reçu / arrivé le », « reçu à la préfecture » or « signé électroniquement », with a
 * member's line right above and a member's line or the rest of a wrapped list right below (a civility, « NOM Prénom »
 * or « Prénom NOM » opening the line, a bullet allowed; or a civility after a comma or a semicolon). The same block
 * above or below the text (an act's ACTES stamp) is left as it is.
 */
const STAMP_WORDS = /accus[eé]\s+de\s+r[eé]ception|pr[eé]fecture|\b(?:re[cç]u|arriv[eé]e?)\s+le\b|sign[eé]\s+[eé]lectroniquement|\b\d{3}-[0-9A-Z]{9}-\d{8}-/i;
const STAMP_KEY = /accus[eé]\s+de\s+r[eé]ception|\b(?:re[cç]u|arriv[eé]e?)\s+le\b|\bre[cç]u\s+[aà]\s+la\s+pr[eé]fecture|sign[eé]\s+[eé]lectroniquement/i;
const MEMBER_LINE = /^[ \t]*(?:[-–•*][ \t]+)?(?:(?:M\.|Mme|Mlle|Monsieur|Madame)[ \t]+\p{Lu}|\p{Lu}{2}[\p{Lu}'’-]*[ \t]+\p{Lu}\p{Ll}|\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?[ \t]+\p{Lu}{2})/u;

/** The rest of a wrapped list: a civility after a comma or a semicolon (« QUESNEL, M. Ludovic FOUCHER, … »). */
const LIST_REST = /[,;][ \t]*(?:M\.|Mme|Mlle|Monsieur|Madame)[ \t]+\p{Lu}/u;

/** A line of a stamp's drawing: no lowercase letter, and no word at all or at most two beside a figure (a date, a folio). */
function isStampDrawing(line: string): boolean {
  if (line.trim() === '' || /\p{Ll}/u.test(line) || MEMBER_LINE.test(line)) return false;
  const words = line.match(/\p{L}{2,}/gu)?.length ?? 0;
  return words === 0 ? /[_\\/|()~`'.,-]/.test(line) : words <= 2 && /\d/.test(line);
}

const isStampLine = (line: string): boolean => line.length <= 80 && (STAMP_WORDS.test(line) || isStampDrawing(line));

export function unstampListLines(text: string): string {
  if (!STAMP_KEY.test(text)) return text;
  const lines = text.split('\n');
  let changed = false;
  for (let i = 1; i < lines.length - 1; i++) {
    if (!isStampLine(lines[i]!)) continue;
    // the run of stamp lines from here, at most four
    let end = i;
    while (end < lines.length - 1 && end - i < 4 && isStampLine(lines[end]!)) end++;
    if (end === i || end - i > 4 || end >= lines.length) continue;
    const run = lines.slice(i, end);
    const below = lines[end]!;
    if (!run.some((l) => STAMP_KEY.test(l)) || !MEMBER_LINE.test(lines[i - 1]!) || !(MEMBER_LINE.test(below) || LIST_REST.test(below))) {
      i = end - 1;
      continue;
    }
    for (let k = i; k < end; k++) lines[k] = ' '.repeat(lines[k]!.length);
    changed = true;
    i = end - 1;
  }
  return changed ? lines.join('\n') : text;
}
