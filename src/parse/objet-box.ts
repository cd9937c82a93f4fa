/**
 * An « OBJET : » field printed in a frame of its own above or below the session's data, its rows between the frame's
 * sides ("║ OBJET : Tarifs d'entrée de la piscine –   ║" / "║         saison estivale 2026          ║", the double
 * rules read as pipes by unboxText): the sides are blanked (offsets kept), so that the field reads as an « Objet : »
 * line wrapped onto an indented one, as the segmenter knows it.
 *
 * Contract: only a frame whose first row opens with « Objet : » (any case) right after its left side, and the rows
 * under it that have their two sides at the same columns (a frame's rows: one pipe each side, nothing outside them);
 * a table of several cells a row (more than two pipes) is left alone. Lines keep their number and length.
 */
const OBJET_ROW = /^([ \t]*)\|([ \t]*objet[ \t]*:[^|\n]*)\|[ \t]*$/gim;
/** At most this many rows under the first (an object wrapped over a few lines). */
const MAX_ROWS = 8;

export function unframeObjetBox(text: string): string {
  if (!/\|[ \t]*objet[ \t]*:/i.test(text)) return text;
  let out = text;
  for (const m of text.matchAll(OBJET_ROW)) {
    const left = m[1]!.length;
    const right = m[0].replace(/[ \t]+$/, '').length - 1;
    let at = m.index!;
    for (let k = 0; k <= MAX_ROWS; k++) {
      const end = out.indexOf('\n', at) < 0 ? out.length : out.indexOf('\n', at);
      const line = out.slice(at, end);
      const row = line.replace(/[ \t]+$/, '');
      // (the frame's side at both columns, no other pipe: a row of the frame)
      if (row.length !== right + 1 || line[left] !== '|' || row[right] !== '|' || /\S/.test(line.slice(0, left)) || line.slice(left + 1, right).includes('|')) break;
      out = `${out.slice(0, at + left)} ${line.slice(left + 1, right)} ${out.slice(at + right + 1)}`;
      at = end + 1;
      if (at > out.length) break;
    }
  }
  return out;
}
