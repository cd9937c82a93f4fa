/**
 * A pre-printed form's blanks filled in by hand, read with the blank's dotted leaders glued to the value:
 * "présents : .....6......", "Séance du ...28 Sept. 1995.......", "le ..vingt huit Septembre..", "par ..9.. voix pour",
 * "Absents : ..M. Delpech (pouvoir à M. X) , M. Y.........". The leaders are no part of the value: glued to it they hide
 * the number after a label, a date's year (1995.... is no year), a name's end and the words a pattern needs.
 *
 * Contract: only in a text with at least two such fill-ins (a run of two dots or more opening on a letter or a digit
 * after a blank, a colon, a parenthesis or a line's start): every run of two dots or more glued to a letter or a digit
 * (on either side), or ending its line after a blank ("M. Gondre ..", a line of leaders alone), becomes as many spaces, so
 * lines and offsets stay valid. A leader between blanks ("Pradilhes ........ 22 élèves", "Présents ......: 12", a table
 * of contents) is left alone: it joins a label to its value, no fill-in.
 * Linear: each run is matched once, its neighbours checked by lookaround of one character.
 */
const FILL_OPENING = /(?:^|(?<=[\s:(]))\.{2,}(?=[\p{L}\d])/gmu;
const GLUED_LEADER = /(?<=[\p{L}\d])\.{2,}|\.{2,}(?=[\p{L}\d])|(?:^|(?<=[ \t]))\.{2,}(?=[ \t]*$)/gmu;

export function unleadFormFills(text: string): string {
  if (!text.includes('..')) return text;
  let openings = 0;
  FILL_OPENING.lastIndex = 0;
  while (FILL_OPENING.exec(text) !== null) if (++openings >= 2) break;
  if (openings < 2) return text;
  return text.replace(GLUED_LEADER, (run) => ' '.repeat(run.length));
}
