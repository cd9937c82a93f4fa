/**
 * A box of the session's counts given as one row of its own by a PDF's text layer (pdf-parse's long lines), landed
 * between two lines of a list it stood beside on the page:
 *
 *   Étaient présents : M. Jean X, Maire, Mme Paule Y, …, Mme Rose Z,
 *   Nombre de membres afférents au Conseil : 19   En exercice : 19   Présents : 15   Votants : 17
 *   M. Louis W, Mme Claire V, …
 *
 * The row is a count box, not a heading: the list reads on across it. These helpers tell such a row and blank it.
 */

/** One count of the row: a label (a letter, then up to 50 letters or blanks) and its figure ("En exercice : 19", "Nombre de membres afférents au Conseil : 29"). */
const COUNT_PIECE = /[A-Za-zÀ-ÿ'’][A-Za-zÀ-ÿ'’ ]{0,50}?[ \t]*:[ \t]*\d{1,4}(?![\d/.,])/g;

/** Whether a line holds two counts or more and nothing else (their separators aside: blanks, commas, semicolons, dashes, slashes, bars). */
export function isCountRow(line: string): boolean {
  if (!line.includes(':')) return false;
  let pieces = 0;
  const rest = line.replace(COUNT_PIECE, () => {
    pieces++;
    return ' ';
  });
  return pieces >= 2 && /^[\s,;–—/|-]*$/.test(rest);
}

/** A list's line: a civility or a name in capitals, at the line's start (what goes on under a row of counts). */
const LIST_LINE_START = /^[ \t]*(?:(?:M\.|MM\.|Mmes?|Mlle|Monsieur|Madame)\s+\p{Lu}|\p{Lu}[\p{L}'’-]*(?:,|[ \t]+\p{Lu}))/u;

/**
 * Whether the count row `line` sits inside a list: the line above ends inside it (after a comma, or a letter: a name cut
 * by the line's end) and the line below goes on with a member (a civility or a name), not with a heading of its own.
 */
export function countRowInList(line: string, above: string, below: string): boolean {
  return isCountRow(line) && listGoesOnAcross(above, below);
}

/**
 * Whether a list goes on across the line between `above` and `below`: the line above ends inside the list (after a comma,
 * or a letter: a name cut by the line's end) and the line below goes on with a member (a civility or a name), not with a
 * heading of its own. (Shared by the count row pdf-parse lands inside a list and the count lines a skewed page's OCR
 * threads through it.)
 */
export function listGoesOnAcross(above: string, below: string): boolean {
  return /(?:,|\p{L})[ \t]*$/u.test(above) && LIST_LINE_START.test(below) && !/^[^:\n]{2,40}:/.test(below);
}

/** Rows of counts inside a list's text (below its first line) are blanked, offsets kept (lines stay in place). */
export function blankCountRows(content: string): string {
  if (!content.includes(':')) return content;
  return content.replace(/(?<=\n)[^\n]*:[^\n]*/g, (line) => (isCountRow(line) ? ' '.repeat(line.length) : line));
}
