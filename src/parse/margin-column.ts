/**
 * A page laid out with a narrow left margin column beside the text, as
 * `pdftotext -layout` keeps it: the count box ("Nombre de membres / en
 * exercice : 15 / présents : 11") and the dates sit in the margin, on the
 * same lines as the opening paragraph and the attendance lists:
 *
 *   en exercice : 15             nombre prescrit par la loi, dans le lieu…
 *   présents : 11                sous la présidence de M. Daniel RENAUDOT…
 *   Date de convocation :        JEANNEROT, Mme Carine MOUGEOT, M. Hervé…
 *
 * Read as it is, every list line starts with a piece of the margin. The
 * two columns are swapped within each line: the text column first, then a
 * wide gap, then the margin's piece — the shape of a right-hand column
 * glued to a line's end, which the readers already set apart. Lines keep
 * their number (spans stay valid); only text inside a line moves.
 *
 * Contract: returns the text unchanged unless a margin column is clear: at
 * one column C (20–45), at least MIN_SPLIT lines hold margin text, a gap of
 * three spaces or more, then text starting exactly at C, and at least
 * MIN_INDENTED lines start with C spaces then text (the text column alone).
 * A register's narrow margin (C 16–19: "N° 14            L'an mil neuf cent…" /
 * "Objet :          heures, le Conseil…") needs MIN_SPLIT_NARROW such lines.
 */

const MIN_SPLIT = 4;
/** Split lines a margin narrower than 20 columns needs: short pieces beside prose are more often chance there. */
const MIN_SPLIT_NARROW = 6;
/** The narrowest margin column read. */
const MIN_COLUMN = 16;
const MIN_INDENTED = 2;
/** Lines looked at (the margin column sits on the first page). */
const LOOK_LINES = 80;

/** A line of text ending inside a phrase: an article, a preposition or a conjunction last. */
const RUNS_ON = /(?:^|\s)(?:la|le|les|l'|de|du|des|d'|par|à|au|aux|et|en|sous|sur|pour)\s*$/i;

/**
 * A line as the margin's detection reads it: a typed count box's labels aligned on their colons ("présents    : 9") hold
 * no gap (the spaces before the colon read as one piece, same length); its pieces may open one space in (" votants : 9").
 */
const boxView = (line: string): string => (line.includes(' :') ? line.replace(/(?<=\p{L}) {2,}(?=: ?\S)/gu, (g) => '_'.repeat(g.length)) : line);

/** Text opening with a month's name ("juin à vingt heures trente, …"). */
const MONTH_FIRST = /^[ \t]*(?:janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[uû]t|septembre|octobre|novembre|d[ée]cembre)(?![\p{L}])/iu;

/**
 * A count box's cell: a label and its figure ("Présents : 15"), or the box's title ("Nombre de conseillers :"); the label
 * may run on to its colon with dotted leaders ("presents .. : 13") and the figure hold OCR's letters for digits ("l6", "1O").
 */
const COUNT_CELL = /^(?:[A-Za-zÀ-ÿ'’ ]{2,40}(?:\.{2,}[ ]?)?:\s?(?=[\dlIO]{0,3}\d)[\dlIO]{1,4}|nombre\s+de\s+[A-Za-zÀ-ÿ'’ ]{2,40}:?)$/i;

/** The margin's width, or -1. */
function marginColumn(lines: readonly string[]): number {
  const split = new Map<number, number>();
  const indented = new Map<number, number>();
  /** Split lines whose left piece names a member ("M. Jean X (Saint-Aurin)      M. Alain Y …"): two lists side by side, no margin. */
  const people = new Map<number, number>();
  /** Split lines whose right part has columns of its own ("Beaumont   M. Roger X      X      Mme Y"): a table's rows, no margin. */
  const tableRows = new Map<number, number>();
  /** Split lines whose left piece is a count of the box ("En exercice : 19", "Nombre de conseillers :"): a box beside a list. */
  const counts = new Map<number, number>();
  for (const line of lines.slice(0, LOOK_LINES)) {
    if (line.includes('\t')) continue;
    const ind = /^( {16,45})\S/.exec(line);
    if (ind) {
      const c = ind[1]!.length;
      indented.set(c, (indented.get(c) ?? 0) + 1);
      continue;
    }
    const m = /^ ?(\S.{0,40}?\S) {3,}(?=\S)/.exec(boxView(line));
    if (m && m[0].length >= MIN_COLUMN && m[0].length <= 45 && m[1]!.length <= m[0].length - 3) {
      split.set(m[0].length, (split.get(m[0].length) ?? 0) + 1);
      if (/^(?:[-–•*]\s*)?(?:M\.|MM\.|Mmes?|Mlle|Melle|Mr\.?|Monsieur|Madame)\s/.test(m[1]!)) people.set(m[0].length, (people.get(m[0].length) ?? 0) + 1);
      // (a count of the box beside a list of members, « En exercice : 19      M. Paul X »: a margin, whatever its right part)
      if (COUNT_CELL.test(m[1]!)) {
        counts.set(m[0].length, (counts.get(m[0].length) ?? 0) + 1);
        continue;
      }
      if (/\S {3,}\S/.test(line.slice(m[0].length))) tableRows.set(m[0].length, (tableRows.get(m[0].length) ?? 0) + 1);
      // (or whose right part names a member: "Aubrelle-le-Haut           M. DELMAS André, Président", a commune's delegates)
      else if (/^(?:M\.|MM\.|Mmes?|Mlle|Mr\.?|Monsieur|Madame)\s/.test(line.slice(m[0].length))) tableRows.set(m[0].length, (tableRows.get(m[0].length) ?? 0) + 1);
    }
  }
  let best = -1;
  let bestCount = 0;
  for (const [c, n] of split) {
    // (a box whose every piece is a count holds the margin by itself: the text alone at C once is enough, the opening prose
    // running on under the box at the page's left edge)
    const box = counts.get(c) === n;
    if (c < 20 && n < MIN_SPLIT_NARROW) continue;
    if ((n >= MIN_SPLIT || (n >= MIN_SPLIT - 1 && box)) && (indented.get(c) ?? 0) >= (box ? 1 : MIN_INDENTED) && n > bestCount && (people.get(c) ?? 0) * 2 < n && (tableRows.get(c) ?? 0) * 2 < n) {
      best = c;
      bestCount = n;
    }
  }
  return best;
}

/**
 * Whether `line` holds text at margin column `c` after a gap: two spaces at least, or one after a count of the box that
 * fills the margin to its edge ("en exercice : 11 Joseph, Crozes Albert.": the count's figure, then the text column).
 */
function splitsAt(line: string, c: number): boolean {
  if (line[c] === ' ' || line[c - 1] !== ' ') return false;
  return line[c - 2] === ' ' || COUNT_CELL.test(line.slice(0, c - 1).trim());
}

/** A margin piece ending inside its label: a preposition or an article last ("Membres en", "Date de la"). */
const MARGIN_RUNS_ON = /(?:^|\s)(?:la|le|les|l'|de|du|des|d'|en|au|aux|et|par)$/i;

/**
 * Whether margin piece `next` (on the following line) continues piece `cur`: a word cut at its hyphen ("Date de la
 * convoca-" / "tion : 17 juin 1983"), a label ending inside a phrase and its end ("Membres en" / "exercice : 15"), a
 * label's colon and its value ("convocation :" / "17/1/2020"), or a label without its colon and the rest of it in lower
 * case ("Membres afférents" / "au Conseil : 15"). "OBJET :" / "Camping municipal -" are two pieces (the subject is no
 * value of a label), as are "afférents au Conseil : 15" / "en exercice : 15" (the first holds its value).
 */
function continues(cur: string, next: string): boolean {
  if (/\p{L}-$/u.test(cur)) return /^\p{Ll}/u.test(next);
  if (MARGIN_RUNS_ON.test(cur)) return next.includes(':') || /^\d/.test(next);
  if (cur.endsWith(':')) return /^(?:\d|[lIO]\d)/.test(next);
  return !cur.includes(':') && /^\p{Ll}/u.test(next) && next.includes(':');
}

/**
 * Each line's margin piece (index = line), with the pieces of one wrapped label joined on its last line and the earlier
 * lines' pieces emptied ("Membres en" / "exercice : 15" → "" / "Membres en exercice : 15"). A line wholly inside the
 * margin (shorter than the column, not indented) is a piece too. Lines without a margin piece are undefined.
 */
function marginPieces(lines: readonly string[], c: number): (string | undefined)[] {
  const piece = (line: string): string | undefined => {
    if (/^ {2}/.test(line) || line.trim() === '') return undefined;
    if (line.length <= c) return line.trim();
    if (!splitsAt(line, c)) return undefined;
    return line.slice(0, c).trim() || undefined;
  };
  const out = lines.map(piece);
  for (let i = 0; i + 1 < out.length && i < LOOK_LINES; i++) {
    const cur = out[i];
    const next = out[i + 1];
    if (!cur || !next || !continues(cur, next)) continue;
    out[i + 1] = /\p{L}-$/u.test(cur) ? cur.slice(0, -1) + next : `${cur} ${next}`;
    out[i] = '';
  }
  return out;
}

export function unmarginText(text: string): string {
  // (a pattern finds the run of spaces sooner than `includes` of three spaces does)
  if (!/ {3}/.test(text)) return text;
  // (the page's lines all indented alike, a register's frame blanked before them or a scan's left edge: the margin is read
  // from where the page's text starts, and the indent given back)
  const indent = commonIndent(text);
  if (indent > 0) {
    const lines = text.split('\n');
    const out = unmarginLines(lines.map((l) => l.slice(indent)));
    return out ? out.map((l, i) => lines[i]!.slice(0, indent) + l).join('\n') : text;
  }
  return unmarginLines(text.split('\n'))?.join('\n') ?? text;
}

/** The spaces that open every line of the page's first lines (blank lines aside), 0 when one opens without. */
function commonIndent(text: string): number {
  let min = Infinity;
  for (const line of text.split('\n', LOOK_LINES)) {
    if (line.trim() === '') continue;
    const n = /^ */.exec(line)![0].length;
    if (n < min) min = n;
    if (min === 0) return 0;
  }
  return Number.isFinite(min) ? min : 0;
}

/** The lines with the margin's pieces moved, or null when the page has no margin column (see the contract above). */
function unmarginLines(lines: string[]): string[] | null {
  const c = marginColumn(lines);
  if (c < 0) return null;
  let changed = false;
  const margins = marginPieces(lines, c);
  const out = lines.map((line, i) => {
    // a margin label wrapped over lines ("Membres en" / "exercice : 15", "Date de la" / "convocation :" / "17/1/2020")
    // is read whole on its last line; a line holding only a piece moved on is left empty
    if (line.length <= c && margins[i] !== undefined && margins[i] !== line.trim()) {
      changed = true;
      return margins[i]!;
    }
    // (two spaces are enough at the column itself: "Date de la convocation  DUFFAU, Mmes …", the margin's text filling it)
    if (line.length <= c || !splitsAt(line, c)) return line;
    const margin = margins[i] ?? line.slice(0, c).trimEnd();
    const body = line.slice(c);
    if (margin === '') {
      changed = true;
      return body;
    }
    // the margin's piece after the text column, a wide gap between (a right-hand column to the readers);
    // before it when the line's text runs on to the next line ("… sous la" / "présidence de …"),
    // so that the phrase reads on across the line break
    changed = true;
    // (or a word cut at its hyphen ends it: "… sous la présidence de M. CAZAU-" / "BON Henri, Maire."; not in a list under its
    // heading, "Représentés : M. X par Mme LACAZE-", where the lists join the halves)
    // (but not when the text opens with a month's name: the line above ends on the date's day, "… le dix-neuf" /
    // "novembre, … le Conseil Muni-", and the date reads on across the break before anything)
    const first = (RUNS_ON.test(body) || (/\p{L}-[ \t]*$/u.test(body) && !body.includes(':'))) && !MONTH_FIRST.test(body);
    // (a piece ending in a count, "votants : 9", before a month, the body's beside it or the next line's, "9" / "juin à
    // vingt heures", is closed by a semicolon: no day of a date)
    const next = lines[i + 1] ?? '';
    const after = first ? body : next.slice(next.length > c ? c : 0);
    const cell = /(?:^|[\s:])[\dlIO]{1,3}$/.test(margin) && MONTH_FIRST.test(after) ? `${margin} ;` : margin;
    return first ? `${cell}${' '.repeat(8)}${body}` : `${body}${' '.repeat(8)}${cell}`;
  });
  return changed ? out : null;
}

/**
 * A photograph or a scan that caught the next notice on the board beside the act: a right-hand
 * column of other text, as wide as the page allows, glued to the act's lines by the OCR
 * ("Présents : M. Henri X, Mme Josette        - le samedi 9 mai 2015, de 9 h"). Its pieces are removed from
 * the lines (lines keep their number: spans stay valid).
 *
 * Contract: returns the text unchanged unless such a column is clear: at one column C (35–100), at least
 * 8 lines hold the act's text (25 characters or more), a gap of four spaces or more, then text starting
 * exactly at C; at least 3 lines hold only text starting at C; and the column reads as running prose (two
 * pieces in five or more start with a small letter or a dash), not a second column of names.
 */
export function unrightColumnText(text: string): string {
  if (!/ {4}/.test(text)) return text;
  const lines = text.split('\n');
  const split = new Map<number, number>();
  const alone = new Map<number, number>();
  for (const line of lines.slice(0, 160)) {
    const a = /^( {35,100})\S/.exec(line);
    if (a) {
      alone.set(a[1]!.length, (alone.get(a[1]!.length) ?? 0) + 1);
      continue;
    }
    const m = /^(\S.{23,}?\S) {4,}(?=\S)/.exec(line);
    if (m && m[0].length >= 35 && m[0].length <= 100) split.set(m[0].length, (split.get(m[0].length) ?? 0) + 1);
  }
  // (a photograph's lines wander by a character: the column at C or beside it)
  const near = (map: Map<number, number>, col: number) => (map.get(col - 1) ?? 0) + (map.get(col) ?? 0) + (map.get(col + 1) ?? 0);
  let c = -1;
  for (const col of split.keys()) if (near(split, col) >= 8 && near(alone, col) >= 3 && (c < 0 || near(split, col) > near(split, c))) c = col;
  if (c < 0) return text;
  /** Where the right column starts on a line, or -1. */
  const startOf = (line: string): number => {
    for (const col of [c, c - 1, c + 1]) if (line.length > col && line.slice(col - 4, col) === '    ' && line[col] !== ' ') return col;
    return -1;
  };
  const pieces = lines.map((l) => startOf(l)).map((at, k) => (at < 0 ? null : lines[k]!.slice(at))).filter((p): p is string => p !== null);
  const prose = pieces.filter((p) => /^(?:\p{Ll}|[-–—•])/u.test(p)).length;
  if (prose * 5 < pieces.length * 2) return text;
  return lines.map((l) => (startOf(l) < 0 ? l : l.slice(0, startOf(l)).trimEnd())).join('\n');
}

/** A piece of a second column that names someone: a word in capitals or a civility (a column of names, not a box's text). */
export const namesSomeone = (piece: string): boolean => /\p{Lu}{2}|(?:^|\s)(?:M\.|Mme|MM\.|Monsieur|Madame)\s/u.test(piece);

/**
 * A box of the page beside the attendance, read across it line by line (« Présents : Jeanne X, Luc Y,      INFOS
 * MAIRIE » / « Martine Z, Pierre W, Hélène      Secrétariat ouvert le lundi » / … / « TOURNAYRE, Marc V,      Tél. 04
 * 75 … »): its pieces are removed from the lines (lines keep their number: spans stay valid), so that the lists read
 * on without them.
 *
 * Contract: returns the text unchanged unless such a box is clear: four lines or more next to each other, each a text of
 * ten characters or more, a gap of six spaces or more, then a piece starting at one column C (30 or further, within a
 * column); two of the texts at least hold a list (a comma); most pieces name no one (no word in capitals, no civility)
 * and none is a figure or a mark alone (a count's value or a grid's cross in a table is no box).
 */
const SIDE_LINE = /^(\S.{9,}?\S) {6,}(?=\S)(.*\S)[ \t]*$/;
/** A count or a date of the session in a box beside the lists: "Conseillers en exercice : 33", "Date de convocation : 17/05/2019". */
const SESSION_COUNT_PIECE = /(?:exercice|pr[ée]sents?|procurations?|pouvoirs?|votants|absents?|repr[ée]sent[ée]s|convocation|affichage)\s*:\s*\S/i;
/** A member's state in a table's cell: "présente", "absent excusé", "pouvoir à …", "représenté par …". */
const STATE_CELL = /^(?:pr[ée]sente?s?|absente?s?|excus[ée]e?s?|repr[ée]sent[ée]e?s?|pouvoir|procuration)(?![\p{L}])/iu;

/** A grid's mark alone in its cell, under a state's column ("BIAU Jean-Claude, Maire          X"): a table's cell, no box's text. */
const MARK_PIECE = /^(?:[xX✓✔☑]|oui)$/;

export function unsideBoxText(text: string): string {
  if (!/ {6}/.test(text)) return text;
  const lines = text.split('\n');
  const cut: Array<{ line: number; col: number; piece: string; left: string }> = [];
  let changed = false;
  const flush = () => {
    // (a column of members' states, "Mr X, Maire      présent", is a table's, no box; nor is a box of the session's counts and
    // dates, "… GUILLEMOT Pascal,      Conseillers en exercice : 33", which the counts' readers take where it stands)
    const states = cut.filter((c) => STATE_CELL.test(c.piece) || SESSION_COUNT_PIECE.test(c.piece)).length;
    if (cut.length >= 4 && cut.filter((c) => c.left.includes(',')).length >= 2 && cut.filter((c) => !namesSomeone(c.piece)).length * 2 > cut.length && !cut.some((c) => /^[\d\s.,:()%€-]+$/.test(c.piece) || MARK_PIECE.test(c.piece)) && states * 2 < cut.length) {
      for (const c of cut) lines[c.line] = lines[c.line]!.slice(0, c.col).trimEnd();
      changed = true;
    }
    cut.length = 0;
  };
  for (let i = 0; i < Math.min(lines.length, 160); i++) {
    const m = SIDE_LINE.exec(lines[i]!);
    const col = m ? lines[i]!.indexOf(m[2]!, m[1]!.length) : -1;
    if (m && col >= 30 && (cut.length === 0 || Math.abs(col - cut[0]!.col) <= 1)) {
      cut.push({ line: i, col, piece: m[2]!, left: m[1]! });
      continue;
    }
    flush();
    if (m && col >= 30) cut.push({ line: i, col, piece: m[2]!, left: m[1]! });
  }
  flush();
  return changed ? lines.join('\n') : text;
}

/** Words of a reception stamp (OCR spellings too: "S0US-PREFECTUR", "REÇU", "ARRIVÉ LE", "2 1 JUIN 2011", "l O FEV. 2016"). */
// (and the ACTES stamp of a transmitted act: "Envoyé en préfecture le 16/04/2024", "Publié le", "ID : 033-213304121-…")
const STAMP_WORD = /pr[eé]fectur|s[o0]us-pr|arriv[eé](?:e?[ \t]+le\b|e\b)|re[cç]u\b|courrier|enregistr|publi[eé][ \t]+le\b|^ID[ \t]*:[ \t]*[0-9O]{3}-/i;
/** The lines of the stamp of an act transmitted to the préfecture (ACTES). */
const ACTES_STAMP = /^(?:envoy[eé]|re[cç]u)[ \t]+en[ \t]+pr[eé]fecture|^publi[eé][ \t]+le\b|^ID[ \t]*:[ \t]*[0-9O]{3}-/i;
/** A stamp's date, as OCR reads it ("2 1 JUIN 2011", "l O FEV. 2016"): part of a stamp, never one alone. */
const STAMP_DATE = /(?:^|\s)[\dlIO]{1,2}(?:\s?[\dlIO])?\s+(?:janv|f[eé]v|mars|avr|mai|juin|juil|ao[uû]|sept|oct|nov|d[eé]c)/i;

/** A short piece ending a line after six spaces or more (group 2), the line's text before it (group 1, none when alone). */
// (up to 45 characters when they are the ACTES stamp's: "Envoyé en préfecture le 16/04/2024")
const STAMP_PIECE = /^(.*\S)? {6,}(\S(?:[^\n]{0,43}\S)?)[ \t]*$/;
/** The same piece four or five spaces after the line's text (a stamp's words only: see unstampText). */
const STAMP_PIECE_NEAR = /^(.*\S) {4,5}(\S(?:[^\n]{0,43}\S)?)[ \t]*$/;

/**
 * A reception stamp printed across the right of the page and read by OCR
 * into the ends of the lines beside it ("MM. Jean-Paul GIRAUD,       S0US-PREFECTUR" /
 * "…, Maryse COSTES,          ARRIVÉ LE" / "…, Mme Annie LACAZE.     2 1 JUIN 2011" /
 * "M. Hervé CALMETTES.                   |"): its pieces are blanked (lines and
 * offsets kept), so that the lists read on without them.
 *
 * Contract: returns the text unchanged unless a stamp is clear: on lines
 * next to each other (one line without a piece allowed between), short
 * pieces (25 characters or fewer) after six spaces or more, starting at
 * column 45 or further, each within six columns of the one above; two
 * pieces or more, one of them a stamp's words (`STAMP_WORD`; its date alone is none). A
 * piece alone on its line is blanked only when it is such words or no text
 * (a rule "|"), never a heading ("Délibération n° 2016-006").
 */
export function unstampText(text: string): string {
  if (!/ {3}/.test(text) || !STAMP_WORD.test(text)) return text;
  const lines = text.split('\n');
  const pieces: Array<{ line: number; col: number; alone: boolean; stamp: boolean; sign: boolean } | null> = lines.map((line, i) => {
    // (a stamp's words nearer the text, four or five spaces after it: "…, FLAMENT Gérard, GODIN     SOUS-PREFECTURE")
    const near = STAMP_PIECE_NEAR.exec(line);
    const m = STAMP_PIECE.exec(line) ?? (near && STAMP_WORD.test(near[2]!) ? near : null);
    if (!m) return null;
    const col = line.trimEnd().length - m[2]!.length;
    if (col < 45) return null;
    const stamp = STAMP_WORD.test(m[2]!);
    if (m[2]!.length > 25 && !ACTES_STAMP.test(m[2]!)) return null;
    // (a count box's piece, "votants : 7", "Date de convocation :", is the right column the count readers use: no stamp)
    if (m[2]!.includes(':') && !/^ID[ \t]*:/.test(m[2]!)) return null;
    return { line: i, col, alone: m[1] === undefined, stamp, sign: !/\p{L}{2}/u.test(m[2]!) || STAMP_DATE.test(m[2]!) };
  });
  const blank = new Set<number>();
  let run: Array<NonNullable<(typeof pieces)[number]>> = [];
  const close = () => {
    if (run.length >= 2 && run.some((p) => p.stamp)) {
      for (const p of run) if (!p.alone || p.stamp || p.sign) blank.add(p.line);
      // (a line between two of the stamp's whose piece the text pushed closer, "… M. Cyril   Publié le 15/02/2023":
      // its stamp words at the stamp's column are the stamp's too)
      for (let k = 1; k < run.length; k++) {
        if (run[k]!.line - run[k - 1]!.line !== 2) continue;
        const g = run[k]!.line - 1;
        const m = / {2,}(\S(?:[^\n]{0,43}\S)?)[ \t]*$/.exec(lines[g]!);
        if (!m || !(ACTES_STAMP.test(m[1]!) || STAMP_WORD.test(m[1]!))) continue;
        const col = lines[g]!.trimEnd().length - m[1]!.length;
        if (Math.abs(col - run[k]!.col) <= 6 || Math.abs(col - run[k - 1]!.col) <= 6) {
          pieces[g] = { line: g, col, alone: false, stamp: true, sign: false };
          blank.add(g);
        }
      }
    }
    run = [];
  };
  for (let i = 0; i < lines.length; i++) {
    const p = pieces[i];
    if (!p) {
      if (run.length > 0 && i - run[run.length - 1]!.line > 1) close();
      continue;
    }
    if (run.length > 0 && Math.abs(p.col - run[run.length - 1]!.col) > 6) close();
    run.push(p);
  }
  close();
  // (a stamp's words and its date on two lines in a row, pushed closer to the text by it — three spaces or more, column 45
  // or further, the same column give or take six: "… Mme Monique   Reçu le" / "… M. Pierre-Jean    24 OCT. 1989")
  for (let i = 0; i + 1 < lines.length; i++) {
    if (blank.has(i) || blank.has(i + 1)) continue;
    const a = / {3,}(\S(?:[^\n]{0,23}\S)?)[ \t]*$/.exec(lines[i]!);
    const b = / {3,}(\S(?:[^\n]{0,23}\S)?)[ \t]*$/.exec(lines[i + 1]!);
    if (!a || !b || !STAMP_WORD.test(a[1]!) || !STAMP_DATE.test(' ' + b[1]!)) continue;
    const colA = lines[i]!.trimEnd().length - a[1]!.length;
    const colB = lines[i + 1]!.trimEnd().length - b[1]!.length;
    if (colA < 45 || colB < 45 || Math.abs(colA - colB) > 6) continue;
    pieces[i] = { line: i, col: colA, alone: false, stamp: true, sign: false };
    pieces[i + 1] = { line: i + 1, col: colB, alone: false, stamp: false, sign: true };
    blank.add(i).add(i + 1);
  }
  if (blank.size === 0) return text;
  // (a piece starts at its column: blanked from there to the line's end)
  return lines.map((line, i) => (blank.has(i) ? line.slice(0, pieces[i]!.col) + ' '.repeat(line.length - pieces[i]!.col) : line)).join('\n');
}
