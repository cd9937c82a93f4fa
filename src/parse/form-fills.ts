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
import { ocrFigures } from './ocr-letters.ts';
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

/**
 * A form's count box, each figure written by hand inside a printed frame read as brackets: "Conseillers en exercice [ 7 ]",
 * "Presents [ S ]", "Votants [ 6 ]". The frame becomes a label's colon ("Votants : 6  ", same length) so the count readers
 * take the figure; a hand's figure OCR read as a letter inside the frame is the figure it stands for (S for 5, O for 0,
 * l or I for 1): the frame holds a count and nothing else.
 *
 * Contract: only brackets right after a count's label (en exercice, présents, votants, pouvoirs, procurations, absents,
 * représentés; up to three blanks between), holding one to three figures or such letters and blanks alone.
 */
const FRAMED_COUNT = /(?<=(?:exercice|pr[ée]sents?|votants?|pouvoirs?|procurations?|absents?|repr[ée]sent[ée]s)[ \t]{0,3})\[([ \t]{0,3})([0-9SOlI]{1,3})([ \t]{0,3})\]/giu;

export function unframeFormCounts(text: string): string {
  if (!text.includes('[')) return text;
  return text.replace(FRAMED_COUNT, (_m, a: string, n: string, b: string) => `:${a}${ocrFigures(n, { s5: true })}${b} `);
}

/**
 * A date written in a form's blank with spaced dashes, "Date de la convocation : 17 - 4 - 87": the date as typed
 * ("17-4-87", padded with spaces to the same length). Only right after a date's label and its colon (convocation,
 * affichage, séance), day and month of one or two figures, a year of two or four.
 */
const SPACED_DASH_DATE = /(?<=(?:convocation|affichage|s[ée]ance)[ \t]*:[ \t]*)(\d{1,2})[ \t]+-[ \t]+(\d{1,2})[ \t]+-[ \t]+(\d{2}(?:\d{2})?)(?!\d)/giu;

export function joinSpacedDashDates(text: string): string {
  if (!text.includes(' - ')) return text;
  return text.replace(SPACED_DASH_DATE, (m, d: string, mo: string, y: string) => `${d}-${mo}-${y}`.padEnd(m.length));
}
