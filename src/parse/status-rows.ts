/**
 * Attendance given as one row per member with that member's state written
 * after the name (a roll call, an émargement list, a table with a state
 * column):
 *   M. Christophe ANDRAL : présent
 *   Mme Aurélie LAUTIER : excusée – pouvoir à Mme Sophie BALSAN
 *   GRAVELEAU Martine ........................ R (par ANDRIEUX Pascale)
 *   Vaudreuge-la-Ville	AUBOUIN Gérard	présent – Président
 * or a table extracted cell by cell, the state alone on the line after the
 * name (singular: "présent", "excusée – pouvoir à X").
 * The name and the state are separated by a colon, dotted leaders, a TAB
 * (the state cell being the last of the row), a dash or a run of spaces.
 * States: présent(e), absent(e) [excusé(e) | non excusé(e)], excusé(e),
 * représenté(e) par X, pouvoir (donné) à X, and the one-letter codes
 * P, A, E, R (par X) of émargement lists.
 *
 * Contract: `readStatusRows` returns the rows of the longest run of at least
 * MIN_ROWS such lines in [from, to) (a few other lines — a page footer — may
 * sit between rows), or null. Nothing is read from a line that is not a
 * whole row. A giver "excusé(e) – pouvoir à X" is excused AND a proxy
 * giver; "R (par X)" and "représenté par X" are proxies only. A state's
 * trailing words that are a role ("présent – Président") become the role.
 */
import { ATTENDING } from './attendance-headings.ts';
import type { PersonText } from './name-parse.ts';
import { CIVILITY_WORD_MLLE, GIVEN_NAME, isRoleOnly } from './name-tokens.ts';
import { cells, codedState, legendCodes, officeHolder, type LegendState } from './presence-table.ts';
import { matchesAfterLower } from './regex-gates.ts';
import { foldText, type SourceText } from './source.ts';

/** 'replaced': the member's substitute sat in the seat ("suppléé par X" and nothing more): the member is in no list. */
export type RowState = 'present' | 'absent' | 'excused' | 'represented' | 'replaced';

export interface StatusRow {
  person: PersonText;
  state: RowState;
  holder: PersonText | null;
  /** "excusé – suppléé par X": the substitute who sat in the member's place. */
  substitute: PersonText | null;
  line: number;
}

export interface StatusRows {
  rows: StatusRow[];
  /** Start of the first row's line, end of the last row's line. */
  start: number;
  end: number;
  /** The line just before the first row when it announces the list ("Appel nominal", "Liste d'émargement…"), else null. */
  heading: { start: number; end: number } | null;
}

const MIN_ROWS = 4;
/** Lines that are no rows (a page footer and running header) allowed between two rows. */
const MAX_GAP_LINES = 8;

/**
 * A table's row whose cells a PDF's text layer joined with single spaces, the state cell last and capitalised: "ROY Annick
 * Pouvoir à CLÉMENT Thierry", "BOUVARD Valérie Maire Présente" (tried last; a sentence's "donne pouvoir à" is no cell).
 */
const FLAT_STATE = /^(\S.*\S) (?=(?:Pr[ée]sente?|Absente?|Excus[ée]e?|Repr[ée]sent[ée]e?)$|(?:Pouvoir|Procuration) (?:donn[ée]e? )?à \S)(\S.*)$/;
/** Lines holding FLAT_STATE's proxy cell (the other states are hinted by their words). */
const FLAT_POWER_HINT = / (?:Pouvoir|Procuration) (?:donn[ée]e? )?à \S[^\n]*$/gm;

/** The separator before the state, tried in this order on the row (original case). */
const SPLITS: RegExp[] = [
  /^(.*?\S)[ \t]*(?:\.{3,}|…+)[ \t]*(\S.*)$/, // dotted leaders
  /^(.*?\S)[ \t]+:[ \t]+(\S.*)$/, // "M. X : présent"
  /^(.*?\S)[ \t]+[–—-][ \t]+(\S.*)$/, // "M. X – présent"
  /^(.*?\S) {2,}(\S.*)$/, // columns flattened with spaces
  /^(.*\S) {2,}(\S.*)$/, // … three of them, the member's after a commune or a canton: the state is the last
  /^(.*\S) {2,}(\S+(?: \S+)* {2,}\S+(?: \S+)*)$/, // … four, a column of holders last: "Saint-X   PAPINEAU Yolande   E   OUVRARD Gérard"
  /^(.*?\S),[ \t]+(\S.*)$/, // "M. X, présent", "M. Y, représenté par M. Z" (a sheet's entries)
  /^(.*\S),[ \t]+(\S.*)$/, // … the member's role before it: "M. X, maire, présent"
  FLAT_STATE,
];

// (or the way a member present attends a hybrid or remote session: `ATTENDING`, "au siège", "à distance", "par téléphone")
const ATTENDING_WORD = new RegExp(String.raw`^${ATTENDING}$`);
const WORD_STATE = new RegExp(String.raw`^(present|presente|presents|presentes|absent|absente|absents|absentes|excuse|excusee|excuses|excusees|represente|representee|${ATTENDING})\b`);
/** A proxy written as the state itself: "pouvoir à X", "procuration donnée à X". */
// (or its holder in the next column of a table aligned with spaces: "pouvoir    Françoise X")
const POWER_STATE = /^(?:pouvoir|procuration|delegation(?:\s+de\s+vote)?)(?:\s+donnee?)?(?:\s+a\s|\s{2,}(?=\S))/;
/** A row of a table aligned with spaces whose state column holds "pouvoir" and the next column its holder (or the holder in the same
 * cell: "Nadia X                 procuration a Patrick Y"). */
const POWER_COLUMNS = /^(.*\S) {2,}((?:[Pp]ouvoir|[Pp]rocuration)(?: donn[ée]e?)?(?:(?: à)? {2,}| [àa] (?=\S))\S.*)$/;
/** A cell of numbers after the member's (the votes a delegate holds): "Françoise X        5". */
const NUMBER_CELL = /(?: {2,}|\t+)\d{1,3}(?:[.,]\d{1,2})?[ \t]*$/;
const CODE_STATE = /^([PAER])(?=$|[ \t(])/;
const PROXY_TAIL = /^(?:\(?\s*(?:par|pouvoir\s+(?:donne\s+)?a|(?:pouvoir|procuration)(?:\s+donnee?)?(?=\s{2})|procuration\s+(?:donnee\s+)?a|delegation\s+(?:de\s+vote\s+)?a|represente(?:e)?\s+par)\s+)(.+?)\s*\)?\s*$/;
/** "suppléé par X, suppléante", "remplacé par X" */
// (or "représenté par son suppléant, M. X")
const SUBSTITUTE_TAIL = /^(?:(?:suppleee?|supplee?|remplacee?)\s+par\s+|(?:representee?\s+)?par\s+(?:son|sa)\s+suppleante?\s*,?\s*)(.+?)(,\s*suppleante?)?\s*$/;
/** Every row holds one of these words (folded; "represente" holds "present"), or a code (CODE_HINT, as written). */
// (or a state in brackets or after dotted leaders that names no state word: "ROQUES Chantal (suppléée par X)", "Y (pouvoir à Z)",
// "CASSAN Louis ....... pouvoir à MARTY Odette")
// (or the way a member attends after a column's gap: "GUYON Martine        au siège", "X Rosa<TAB><TAB>visioconférence")
// (or the proxy itself in a cell after a TAB: "VIARGUES Mireille<TAB>pouvoir à GUIBERT Anne-Marie")
// (or after a dash, the other rows' states after theirs: "• Josette X — pouvoir à Anne-Laure Y" under "• Jérôme Z — présent")
const STATE_HINT = new RegExp(String.raw`present|absent|excuse|(?:\(|\.{3}[ \t]*|[ \t]{2}(?=suppl)|\t[ \t]*(?=pouvoir|procuration)|[ \t][–—-][ \t]+(?=pouvoir\s+a\s|procuration\s+a\s))(?:suppl|remplac|pouvoir|procuration)|(?:\t|[ \t]{2}|\|[ \t]*)${ATTENDING}\b`, 'g');
// (or the state cell naming the holder after a wide gap: "Crique-Anamaï    X Yvon    Pouvoir à Y Joël", read as a row of three
// columns only)
const POWER_HINT = /\|[ \t]*(?:pouvoir|procuration|delegation)\b| {2,}(?:pouvoir|procuration)(?:(?: donnee?)?(?: a)? {2,}|,? voir\b| ?\(\d| (?:donnee? )?a (?=\S))/g;
/**
 * A one-letter code after a gap, the code ending its line or followed by a
 * blank or '(' — searched over the zone's lines at once: no part of it
 * crosses a line break (`[^\S\n]` for the spaces between), and the end of
 * a line is a '\n' ahead or the end of the text.
 */
const CODE_HINT = /(?:\.{3}|…|\t| {2}| : | [–—-] )[^\S\n]*[PAER](?=$|\n|[ \t(])/g;
const LEGEND = /\bp\s*[:=]\s*present|\bpresent\s*[:=]\s*p\b/;

interface Parsed {
  state: RowState;
  holderText: string | null;
  holderOffset: number;
  /** The holder is a substitute ("suppléé par X"), not a proxy holder. */
  substitute: boolean;
  role: string | null;
  code: boolean;
}

/** The state written in `norm` (its folded twin `fold`, same length), or null when the text is not a state. */
function parseState(norm: string, fold: string, power = false): Parsed | null {
  // "pouvoir, voir (1)", "procuration (2)": represented, the holder named by the footnote the call points to
  if (/^(?:pouvoir|procuration)[ \t]*(?:,[ \t]*)?(?:voir[ \t]+(?:la[ \t]+)?(?:note[ \t]+)?)?\(\d{1,2}\)[ \t]*$/.test(fold)) return { state: 'represented', holderText: null, holderOffset: 0, substitute: false, role: null, code: false };
  let state: RowState;
  let rest: number;
  let code = false;
  const w = WORD_STATE.exec(fold);
  const asPower = !w && power && POWER_STATE.test(fold);
  if (asPower) {
    // "pouvoir à M. X" alone in the state cell: represented, the holder follows
    state = 'represented';
    rest = 0;
  } else if (w) {
    const word = w[1]!;
    state = stateOfWord(word);
    rest = word.length;
    // "absent excusé", "absente non excusée"
    const more = /^[ \t]*(?:[-–,][ \t]*)?(non[ \t]+)?excusee?s?\b/.exec(fold.slice(rest));
    if (state === 'absent' && more) {
      if (!more[1]) state = 'excused';
      rest += more[0].length;
    }
  } else {
    // a legend's code for a proxy pointing to its holder: "Pv > AUDIBERT G." (legend « Pv > X = a donné pouvoir à X »)
    const pv = /^P[vV]\.?[ \t]*(?:>|→|=>)[ \t]*(\p{Lu}.{1,60})$/u.exec(norm);
    if (pv) return { state: 'represented', holderText: pv[1]!.trim(), holderOffset: norm.length - pv[1]!.length, substitute: false, role: null, code: true };
    const c = CODE_STATE.exec(norm);
    if (!c) return null;
    code = true;
    state = ({ P: 'present', A: 'absent', E: 'excused', R: 'represented' } as const)[c[1] as 'P' | 'A' | 'E' | 'R'];
    rest = 1;
  }
  const tailStart = rest + (/^[ \t]*(?:[-–—,;][ \t]*)?/.exec(fold.slice(rest))?.[0].length ?? 0);
  const tail = fold.slice(tailStart);
  if (tail === '') return { state, holderText: null, holderOffset: 0, substitute: false, role: null, code };
  // "R (M. LAPLACE)", "représenté (Mme ABADIE)": the holder in brackets after the state
  if (state === 'represented') {
    const bracket = /^\(\s*((?:m\.|mme|mlle|monsieur|madame)\s*[^()]{2,60}?)\s*\)$/.exec(tail);
    if (bracket) {
      const at = norm.length - tail.length + tail.indexOf(bracket[1]!);
      return { state, holderText: norm.slice(at, at + bracket[1]!.length), holderOffset: at, substitute: false, role: null, code };
    }
  }
  // "représenté par X" read as its words: the holder follows
  const sub = SUBSTITUTE_TAIL.exec(tail);
  if (sub) {
    const at = norm.length - tail.length + sub[0].length - sub[0].slice(sub[0].indexOf(' par ') + 5).length + sub[0].slice(sub[0].indexOf(' par ') + 5).indexOf(sub[1]!);
    return { state, holderText: norm.slice(at, at + sub[1]!.length), holderOffset: at, substitute: true, role: null, code };
  }
  // a substitute's note after the state: "présent (en remplacement de Mme X)", "présente (suppléante de M. Y)"
  if (state === 'present' && /^\((?:en\s+remplacement\s+de|remplacant|remplacante|suppleante?\s+de|pour)\s[^()]*\)$/.test(tail)) return { state, holderText: null, holderOffset: 0, substitute: false, role: null, code };
  // a code, then across a column gap a member's name, under a « Pouvoir à » column: "E     GUILLOTEAU Patrice" (the holder)
  if (code && state !== 'present' && /^[ \t]{2,}/.test(norm.slice(rest)) && /^(?:\p{Lu}[\p{Lu}'’-]+\s+)+\p{Lu}[\p{Ll}'’-]+(?:-\p{Lu}[\p{Ll}'’-]+)?\s*$|^(?:M\.|Mme)\s+\S/u.test(norm.slice(tailStart))) {
    const holderText = norm.slice(tailStart).trim();
    return { state, holderText, holderOffset: tailStart, substitute: false, role: null, code };
  }
  // (a represented member's proxy named as such after the state: "représenté – pouvoir à Mme X")
  const proxy = PROXY_TAIL.exec(state === 'represented' && !code && !asPower && !/^(?:pouvoir|procuration)\s/.test(tail) ? `par ${tail.replace(/^par\s+/, '')}` : tail);
  if (proxy) {
    // (without a note on the proxy itself: "représenté par M. X (pouvoir)")
    const holderText = proxy[1]!.replace(/\s*\((?:pouvoir|procuration|mandat|delegation)[^()]*$/, '');
    const at = norm.length - tail.length + tail.lastIndexOf(holderText);
    return { state, holderText: norm.slice(at, at + holderText.length), holderOffset: at, substitute: false, role: null, code };
  }
  // a role after the state ("présent – Président"), a few words at most
  // (or in brackets: "présent (Président)")
  if (/^\(?[a-z' -]{3,40}\)?$/.test(tail) && tail.split(/\s+/).length <= 4) return { state, holderText: null, holderOffset: 0, substitute: false, role: norm.slice(tailStart).trim().replace(/^\((.*)\)$/, '$1'), code };
  // a note naming no one after the state ("absent à l'ouverture – arrivé au rapport n° 3"): the state holds
  // (after a code, in brackets: "A (arrivé au point 2)")
  if ((!code || /^\([^()]*\)$/.test(tail)) && tail.length <= 80 && !/\p{Lu}{2}/u.test(norm.slice(tailStart)) && !/\b(?:pouvoir|procuration|delegation|represente|mandat)/.test(tail)) return { state, holderText: null, holderOffset: 0, substitute: false, role: null, code };
  return null;
}

interface Candidate {
  nameText: string;
  nameStart: number;
  parsed: Parsed;
}

/** A row's boxes, one per state, one of them checked: "☒ Présent ☐ Excusé ☐ Absent". */
const BOXES = /(?:[☐☒☑✓✔■□▢▣✗✘][ \t]*(?:pr[ée]sente?|excus[ée]e?|absente?|repr[ée]sent[ée]e?)[ \t]*){2,}/giu;
const CHECKED = /[☒☑✓✔■▣✗✘][ \t]*(pr[ée]sente?|excus[ée]e?|absente?|repr[ée]sent[ée]e?)/giu;

/**
 * The boxes of a row ("NOM Prénom ☐ Présent ☒ Excusé ☐ Absent Pouvoir à : X") become the state checked, after spaces:
 * "NOM Prénom            excusé Pouvoir à : X" (same length, offsets kept); a row with no box or several checked is left.
 */
function checkedState(norm: string): string {
  if (!/[☐☒☑□▢▣]/u.test(norm)) return norm;
  return norm.replace(BOXES, (group) => {
    const checked = [...group.matchAll(CHECKED)];
    if (checked.length !== 1) return group;
    const word = checked[0]![1]!.toLowerCase();
    const end = group.length - (group.length - group.trimEnd().length);
    return ' '.repeat(end - word.length) + word + group.slice(end);
  });
}

/** The row written on one line, or null. `base`: the line's offset. */
function rowOf(rawNorm: string, rawFold: string, base: number): Candidate | null {
  // (checkboxes read as the state checked, offsets kept)
  const norm = checkedState(rawNorm);
  const fold = norm === rawNorm ? rawFold : checkedState(rawFold);
  // (a scan's stray mark at the line's end is none of the row: "LASSERRE Karine ...... P    ¦")
  // (or a broken bar, read as a pipe, alone in the row: "LASSERRE Karine ...... P    |")
  const trimmed = norm.replace(/(?:\s+[¦»«~])?\s*$/, '').replace(/^([^|]*\S)[ \t]{3,}\|$/, '$1');
  // cells apart by TABs, or by pipes inside the line ("Aix-la-Marsalouse | M. Jean-Paul X | présent – Président"; a table
  // framed by pipes, "| … |", is read by the pipe-table reader)
  // (a pipe after a wide indent, none closing the row, is a first cell left empty: "                 | M. Jean X   | présent"
  // under "COMMUNE-A   | Mme Anne Y   | présente", the commune written on its first member's row only)
  const framed = /^\s*\|/.test(trimmed) && !(/^[ \t]{4,}\|/.test(trimmed) && !/\|[ \t]*$/.test(trimmed));
  const piped = !trimmed.includes('\t') && trimmed.includes('|') && !framed;
  const cellRun = trimmed.includes('\t') ? /[^\t]+/g : piped ? /[^|]+/g : null;
  if (cellRun) {
    // cells: the state is the last cell, the name the cell before it
    const cells = [...trimmed.matchAll(cellRun)].filter((m) => m[0].trim() !== '');
    if (cells.length >= 2) {
      const last = cells[cells.length - 1]!;
      let name: { 0: string; index?: number } = cells[cells.length - 2]!;
      // (the surname and the given name in two cells of their own, a roll call typed with TABs: "BAYLE⇥Raymond⇥présent",
      // "COSTES⇥Michel⇥pouvoir à M. BAYLE": the member is both cells, read as one name, the TAB as a space)
      const surname = cells.length >= 3 ? cells[cells.length - 3]! : null;
      if (surname && /^[ \t]*\p{Lu}\p{Ll}[\p{Ll}'’]*(?:-\p{Lu}\p{Ll}[\p{Ll}'’]*)?[ \t]*$/u.test(name[0]) && /^[ \t]*\p{Lu}[\p{Lu}'’-]*\p{Lu}(?:[ \t]\p{Lu}[\p{Lu}'’-]*\p{Lu})*[ \t]*$/u.test(surname[0])) {
        name = { 0: trimmed.slice(surname.index!, name.index! + name[0].length).replace(/\t/g, ' '), index: surname.index! };
      }
      const lead = last[0].length - last[0].trimStart().length;
      // (in such a row the state cell may be the proxy itself: "pouvoir à M. X", after a pipe or a TAB)
      const parsed = parseState(last[0].trimStart().trimEnd(), fold.slice(last.index! + lead, last.index! + last[0].trimEnd().length), true);
      const nameLead = name[0].length - name[0].trimStart().length;
      if (parsed) return { nameText: name[0].trim(), nameStart: base + name.index! + nameLead, parsed };
    }
  }
  // (a "pouvoir" column then its holder's, in a table aligned with spaces: that split only)
  const power = !cellRun && /ouvoir|rocuration/.test(trimmed) ? POWER_COLUMNS.exec(trimmed) : null;
  if (power) return splitRow(power, fold, base, true);
  // three cells apart by dotted leaders, the member's office between ("KLEIN Didier ........ Maire ......... présent"): the
  // state is the last cell, the office the member's role
  if (/(?:\.{3,}|…+)[^.…]+?(?:\.{3,}|…+)/.test(trimmed)) {
    const m = /^(.*?\S)[ \t]*(?:\.{3,}|…+)[ \t]*([^.…]*?\S)[ \t]*(?:\.{3,}|…+)[ \t]*(\S.*)$/.exec(trimmed);
    if (m && isRoleOnly(m[2]!)) {
      const stateAt = trimmed.length - m[3]!.length;
      const parsed = parseState(m[3]!, fold.slice(stateAt, trimmed.length), true);
      if (parsed) {
        const lead = m[1]!.length - m[1]!.trimStart().length;
        return { nameText: m[1]!.trimStart(), nameStart: base + lead, parsed: { ...parsed, role: parsed.role ?? m[2]!.trim() } };
      }
    }
    // (or the member's commune first, its weight in brackets, the member between: "Vernoux-le-Haut (2 voix) ........ Alain
    // X ........ présent": a first cell without a word in capitals, a middle one with one)
    if (m && !/\p{Lu}{2}/u.test(m[1]!) && /^\s*\p{Lu}/u.test(m[1]!) && /\p{Lu}{2}/u.test(m[2]!)) {
      const stateAt = trimmed.length - m[3]!.length;
      const parsed = parseState(m[3]!, fold.slice(stateAt, trimmed.length), true);
      if (parsed) {
        const nameAt = trimmed.indexOf(m[2]!, m[1]!.length);
        return { nameText: m[2]!, nameStart: base + nameAt, parsed };
      }
    }
  }
  for (const re of SPLITS) {
    const m = re.exec(trimmed);
    // (after dotted leaders the state may be the proxy or the substitute itself: "CASSAN Louis ....... pouvoir à MARTY
    // Odette", "SERRES Paul ....... suppléé par COMBES Alain (présent)")
    // (or the last of three columns, a commune's and a member's before it: "Crique-Anamaï    X Yvon    Pouvoir à Y Joël")
    const threeColumns = re === SPLITS[4] && m !== null && / {2,}\S/.test(m[1]!.trim());
    // (or after a dash: "• Josette X — pouvoir à Anne-Laure Y"; not after a state, "X     excusé – pouvoir à M. Y", whose split is
    // another)
    const afterDash = re === SPLITS[2] && m !== null && !/(?:^|[^a-z])(?:present|absent|excuse|represente)/.test(fold.slice(0, m[1]!.length));
    const row = m ? splitRow(m, fold, base, re === SPLITS[0] || afterDash || threeColumns || re === FLAT_STATE, re === SPLITS[0] || re === SPLITS[4]) : null;
    if (row) return row;
  }
  return null;
}

/**
 * Two members or more on one line, each name's cell followed by its state's, the cells apart by TABs (a table of two
 * "Prénom NOM | état" pairs a row: "Rémi X⇥P⇥Laurence Y⇥Pv > X G."): one row per pair, or none when a state cell is none.
 */
function tabPairRows(norm: string, fold: string, base: number): Candidate[] {
  const cells = [...norm.replace(/\s+$/, '').matchAll(/[^\t]+/g)].filter((m) => m[0].trim() !== '');
  if (cells.length < 4 || cells.length % 2 !== 0) return [];
  const out: Candidate[] = [];
  for (let i = 0; i < cells.length; i += 2) {
    const name = cells[i]!;
    const state = cells[i + 1]!;
    const lead = state[0].length - state[0].trimStart().length;
    const text = state[0].trim();
    const parsed = parseState(text, fold.slice(state.index! + lead, state.index! + lead + text.length), true);
    if (!parsed) return [];
    const nameLead = name[0].length - name[0].trimStart().length;
    out.push({ nameText: name[0].trim(), nameStart: base + name.index! + nameLead, parsed: { ...parsed, holderOffset: parsed.holderOffset + state.index! + lead } });
  }
  return out;
}

/** The row of a line split in two (`m[1]` the name, `m[2]` the state, the line's end), or null when `m[2]` is no state. */
function splitRow(m: RegExpExecArray, fold: string, base: number, power: boolean, substitute = power): Candidate | null {
  const trimmed = m.input;
  const stateAt = trimmed.length - m[2]!.length;
  // (the last column of a table aligned with spaces may be the substitute: "Vernadel    Mme Ginette X    suppléée par M. Julien Y")
  const parsed = parseState(m[2]!, fold.slice(stateAt, trimmed.length), power) ?? (substitute ? substituteState(m[2]!) : null);
  if (!parsed) return null;
  const lead = m[1]!.length - m[1]!.trimStart().length;
  const nameText = m[1]!.trimStart().replace(NUMBER_CELL, '');
  return { nameText: nameText.replace(/^[-–•*]\s+/, ''), nameStart: base + lead + (/^[-–•*]\s+/.exec(nameText)?.[0].length ?? 0), parsed };
}

/** A row ending with the proxy's word, its holder on the next line. */
const WRAPPED_HOLDER_BEFORE = /(?:represente(?:e)?\s+par|pouvoir\s+(?:donne\s+)?a|procuration\s+(?:donnee\s+)?a)[ \t]*$/;

/** A state written alone in its cell: singular ("présente", "excusé – pouvoir à X"); a plural word alone heads a list. */
const CELL_STATE = /^(?:present|presente|absent|absente|excuse|excusee|represente|representee)\b(?![ \t]*:)/;

/**
 * A row extracted cell by cell: the name alone on line `l - 1`, its state
 * alone on line `l` ("M. Guy BAILLY" / "excusé – pouvoir à M. Gérald
 * BASTIEN"); the holder's offset is from line `l`'s start. Null otherwise.
 */
function cellRow(src: SourceText, l: number, hinted: Set<number>): Candidate | null {
  if (l < 2 || hinted.has(l - 1)) return null;
  const start = src.lineStarts[l - 1]!;
  const len = src.lineLength(l);
  const norm = src.norm.slice(start, start + len).replace(/\s+$/, '');
  const lead = norm.length - norm.trimStart().length;
  const fold = src.fold.slice(start + lead, start + norm.length);
  if (!CELL_STATE.test(fold)) return null;
  const parsed = parseState(norm.slice(lead), fold);
  if (!parsed || parsed.code) return null;
  const prevStart = src.lineStarts[l - 2]!;
  const prev = src.lineText(l - 1);
  const name = prev.trim();
  if (name.length < 3 || name.length > 80) return null;
  const cand: Candidate = { nameText: name, nameStart: prevStart + prev.indexOf(name), parsed: { ...parsed, holderOffset: parsed.holderOffset + lead } };
  return parsed.holderText === null && parsed.state !== 'present' ? withHolderCell(src, l, cand, hinted) : cand;
}

/** A name alone in a cell: capitals in it, a few words, no sentence. */
const NAME_CELL = /^(?:(?:M\.|Mme|Mlle)\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+[\p{L}'’.-]+){1,4}$/u;

/**
 * A third column, "Pouvoir donné à", extracted cell by cell: the holder alone
 * on the line after the state ("ROQUES Annie" / "excusée" / "BARTHE Gilles").
 * It is the holder, not the next member, when the line after it is no state.
 */
function withHolderCell(src: SourceText, l: number, c: Candidate, hinted: Set<number>): Candidate {
  if (l + 1 > src.lineCount) return c;
  const next = src.lineText(l + 1);
  const holder = next.trim();
  if (!NAME_CELL.test(holder) || !/\p{Lu}{2}/u.test(holder)) return c;
  if (l + 2 <= src.lineCount && hinted.has(l + 2)) {
    const after = src.lineStarts[l + 1]!;
    if (CELL_STATE.test(src.fold.slice(after, after + src.lineLength(l + 2)).trim())) return c;
  }
  const at = src.lineStarts[l]! - src.lineStarts[l - 1]! + next.indexOf(holder);
  return { ...c, parsed: { ...c.parsed, holderText: holder, holderOffset: at } };
}

/**
 * The lines, from `first` to `last`, holding a state word or a code
 * (see STATE_HINT, CODE_HINT): a row holds one, so the other lines
 * are not tried. One search over those lines instead of one per line (no
 * hint crosses a line break: the lines holding a match are the lines
 * holding one).
 */
function hintedLines(src: SourceText, first: number, last: number): Set<number> {
  const out = new Set<number>();
  const start = src.lineStarts[first - 1]!;
  const end = src.lineStarts[last - 1]! + src.lineLength(last);
  // (one pattern for the three words: `indexOf` three times over the folded text costs more)
  STATE_HINT.lastIndex = start;
  for (let m = STATE_HINT.exec(src.fold); m !== null && m.index < end; m = STATE_HINT.exec(src.fold)) out.add(src.lineAt(m.index));
  CODE_HINT.lastIndex = start;
  for (let m = CODE_HINT.exec(src.norm); m !== null && m.index < end; m = CODE_HINT.exec(src.norm)) out.add(src.lineAt(m.index));
  // (a proxy as the state cell of a row whose cells are apart by pipes, "… | M. X | pouvoir à M. Y", or by spaces,
  // "Jean-Marc X      5    pouvoir    Françoise Y")
  if (src.fold.includes('|') || src.fold.includes('  pouvoir') || src.fold.includes('  procuration')) {
    POWER_HINT.lastIndex = start;
    for (let m = POWER_HINT.exec(src.fold); m !== null && m.index < end; m = POWER_HINT.exec(src.fold)) out.add(src.lineAt(m.index));
  }
  if (src.norm.includes('ouvoir à ') || src.norm.includes('rocuration à ')) {
    FLAT_POWER_HINT.lastIndex = start;
    for (let m = FLAT_POWER_HINT.exec(src.norm); m !== null && m.index < end; m = FLAT_POWER_HINT.exec(src.norm)) out.add(src.lineAt(m.index));
  }
  return out;
}

export function readStatusRows(src: SourceText, from: number, to: number, person: (text: string, start: number) => PersonText | null): StatusRows | null {
  const first = src.lineAt(from);
  const legend = LEGEND.test(src.fold.slice(from, to));
  let best: StatusRows | null = null;
  /** `endLine`: the row's last line (its state's, below the name in a table extracted cell by cell). */
  let run: Array<{ row: StatusRow; code: boolean; endLine: number }> = [];
  let codes = 0;
  let gap = 0;
  /** The run's last row was read as a bracketed state ("OLIÉ David (présent)"). */
  let bracketRun = false;
  const close = () => {
    // one-letter codes are states only in a list that explains them, or in a long run of them
    const codesOk = legend || codes >= 6;
    const rows = codesOk ? run : run.filter((r) => !r.code);
    const states = new Set(rows.map((r) => r.row.state));
    if (rows.length >= MIN_ROWS && (states.size >= 2 || rows.length >= 6) && (!best || rows.length > best.rows.length)) {
      const start = src.lineStarts[rows[0]!.row.line - 1]!;
      const lastLine = rows[rows.length - 1]!.endLine;
      const end = src.lineStarts[lastLine - 1]! + src.lineLength(lastLine);
      best = { rows: rows.map((r) => r.row), start, end, heading: headingBefore(src, rows[0]!.row.line) };
    }
    run = [];
    codes = 0;
    gap = 0;
  };
  let last = first;
  while (last < src.lineCount && src.lineStarts[last]! < to) last++;
  const hinted = src.lineStarts[first - 1]! < to ? hintedLines(src, first, last) : new Set<number>();
  for (let l = first; l <= src.lineCount; l++) {
    const start = src.lineStarts[l - 1]!;
    if (start >= to) break;
    // (a row holds a state word, or a one-letter code after a gap: most lines are not tried)
    let cell = false;
    /** The line holds rows of bracketed states. */
    let bracketed = false;
    /** The line's rows, each with its member: several when the states are in brackets, else one at most. */
    let found: Array<{ k: Candidate; who: PersonText | null }> = [];
    if (hinted.has(l)) {
      const len = src.lineLength(l);
      const norm = src.norm.slice(start, start + len);
      const fold = src.fold.slice(start, start + len);
      if (norm.trim()) {
        found = (norm.includes('(') ? bracketRows(norm, fold, start) : []).map((k) => ({ k, who: person(k.nameText, k.nameStart) }));
        // (or several "name, state" entries on one line apart by dashes: "M. X, présent – Mme Y, représentée par M. X – …")
        if (found.length === 0 && /[–—]/.test(norm)) found = dashRows(norm, fold, start).map((k) => ({ k, who: person(k.nameText, k.nameStart) }));
        // (each entry a person, else the line is read as one row: "SERRES Paul ....... suppléé par COMBES Alain (présent)")
        if (found.some((f) => !f.who)) found = [];
        bracketed = found.length > 0;
        // (or two members or more on one line, each name's cell then its state's, apart by TABs: "Rémi X⇥P⇥Laurence Y⇥E")
        if (!bracketed && norm.includes('\t')) {
          found = tabPairRows(norm, fold, start).map((k) => ({ k, who: person(k.nameText, k.nameStart) }));
          if (found.some((f) => !f.who)) found = [];
        }
        if (!bracketed && found.length === 0) {
          const c = rowOf(norm, fold, start) ?? ((cell = true), cellRow(src, l, hinted));
          const k = c && !cell ? wrappedCells(src, l, afterPlaceCell(c), hinted, to) : c ? afterPlaceCell(c) : null;
          if (k) found = [{ k, who: person(k.nameText, k.nameStart) }];
        }
      }
    }
    const rows: StatusRow[] = [];
    for (const { k, who } of found) {
      if (!who) break;
      const other = k.parsed.holderText ? person(k.parsed.holderText, start + k.parsed.holderOffset) : null;
      const holder = k.parsed.substitute ? null : other;
      const substitute = k.parsed.substitute ? other : null;
      const withRole = k.parsed.role && !who.role ? { ...who, role: k.parsed.role } : who;
      rows.push({ person: withRole, state: k.parsed.state, holder, substitute, line: cell ? l - 1 : l });
    }
    if (rows.length === 0) {
      // (rows of bracketed states follow one another: a line with a state that is none ends them, "X (présente)Y (absente)")
      if (run.length > 0 && (++gap > MAX_GAP_LINES || (bracketRun && hinted.has(l) && src.lineText(l).trim()))) close();
      continue;
    }
    gap = 0;
    bracketRun = bracketed;
    // a holder wrapped onto the next line, alone there: "…, représentant permanent de Y – représenté par" / "  Marc X"
    const lastRow = rows[rows.length - 1]!;
    if (lastRow.state === 'represented' && !lastRow.holder && WRAPPED_HOLDER_BEFORE.test(src.fold.slice(start, start + src.lineLength(l))) && l < src.lineCount && src.lineStarts[l]! < to) {
      const nextStart = src.lineStarts[l]!;
      const next = src.norm.slice(nextStart, nextStart + src.lineLength(l + 1));
      const holder = !hinted.has(l + 1) && /^[ \t]+\S/.test(next) && !/[,;:]/.test(next) ? person(next, nextStart) : null;
      if (holder) {
        lastRow.holder = holder;
        const code = found[0]!.k.parsed.code;
        for (const row of rows) run.push({ row, code, endLine: l + 1 });
        if (code) codes++;
        l++;
        continue;
      }
    }
    const code = found[0]!.k.parsed.code;
    for (const row of rows) run.push({ row, code, endLine: l });
    if (code) codes++;
  }
  close();
  return best;
}

/**
 * A row of a table aligned with spaces whose cells OCR or the layout wrapped onto the next line, that line holding no row
 * of its own, one cell alone under the row's:
 *   M. Lucien                     présent           (the surname under the given name: one member)
 *   DOUMERGAL
 *   M. Jacques FAURYSSE           présent           (the member's office in brackets: the role)
 *   (Président)
 *   M. Paul CROZATIER             excusé, pouvoir   (the state goes on under the state: the holder)
 *                                 à M. FAURYSSE
 * The candidate `c` read on line `l` with that cell joined (a holder's offset set where it is written), or `c` as it was.
 */
/** A name cell ending with a civility and a given name, its surname wrapped to the next line (wrappedCells). */
const CIVILITY_AND_GIVEN_NAME_END = new RegExp(String.raw`(?:^|\s)${CIVILITY_WORD_MLLE}\s+${GIVEN_NAME}$`, 'u');

function wrappedCells(src: SourceText, l: number, c: Candidate, hinted: Set<number>, to: number): Candidate {
  if (l >= src.lineCount || hinted.has(l + 1) || src.lineStarts[l]! >= to) return c;
  const start = src.lineStarts[l - 1]!;
  const line = src.norm.slice(start, start + src.lineLength(l));
  const stateCell = / {2,}(\S(?:(?! {2}).)*?)[ \t]*$/.exec(line);
  const nextStart = src.lineStarts[l]!;
  const cont = /^( +)(\S(?:(?! {2})[^\n])*?)[ \t]*$/.exec(src.norm.slice(nextStart, nextStart + src.lineLength(l + 1)));
  if (!stateCell || !cont) return c;
  const stateCol = stateCell.index + stateCell[0].indexOf(stateCell[1]!);
  const indent = cont[1]!.length;
  const text = cont[2]!;
  const nameCol = c.nameStart - start;
  // (the state cell's rest: "à M. X" under "excusé, pouvoir")
  if (Math.abs(indent - stateCol) <= 2) {
    const joined = `${stateCell[1]!} ${text}`;
    const parsed = parseState(joined, foldText(joined), true);
    if (!parsed?.holderText || parsed.holderOffset <= stateCell[1]!.length) return c;
    return { ...c, parsed: { ...parsed, holderOffset: nextStart + indent + parsed.holderOffset - stateCell[1]!.length - 1 - start } };
  }
  if (indent < nameCol - 2 || indent + text.length > stateCol - 2) return c;
  // (the member's office in brackets under the name)
  const office = /^\(([^()]{2,40})\)$/.exec(text);
  if (office && isRoleOnly(office[1]!) && !c.parsed.role) return { ...c, parsed: { ...c.parsed, role: office[1]!.trim() } };
  // (a surname in capitals under a civility and a given name)
  if (/^\p{Lu}[\p{Lu}'’-]*\p{Lu}$/u.test(text) && CIVILITY_AND_GIVEN_NAME_END.test(c.nameText)) return { ...c, nameText: `${c.nameText} ${text}` };
  return c;
}

/** One member with the state in brackets: "OLIÉ David (présent)", "ROQUES Chantal (suppléée par FAUCHER Jean-Claude)". */
const BRACKET_ENTRY = /^[ \t]*(\S[^;()]*?)[ \t]*\(([^()]+)\)[ \t]*$/;
/** A commune, canton or college in capitals before its members: "CHAUMEIL : ", "SECTEUR NORD – ". */
const ROLL_LABEL = /^[ \t]*\p{Lu}[\p{Lu}'’ -]{1,40}?[ \t]*(?::|[–—])[ \t]+/u;

/**
 * A line of members each with the state in brackets, apart by semicolons, after a label at most
 * ("CHAUMEIL : OLIÉ David (présent) ; ROQUES Chantal (suppléée par FAUCHER Jean-Claude)"): one
 * candidate per member, as `rowOf` gives them (`base`: the line's offset), or none unless every entry has a state.
 */
function bracketRows(norm: string, fold: string, base: number): Candidate[] {
  const label = ROLL_LABEL.exec(norm);
  let at = label ? label[0].length : 0;
  const out: Candidate[] = [];
  for (const part of norm.slice(at).split(';')) {
    const m = BRACKET_ENTRY.exec(part);
    if (!m) return [];
    const nameStart = at + part.indexOf(m[1]!);
    const stateStart = at + part.lastIndexOf('(') + 1;
    const stateText = m[2]!.trim();
    const stateAt = stateStart + m[2]!.indexOf(stateText);
    const parsed = parseState(stateText, fold.slice(stateAt, stateAt + stateText.length), true) ?? substituteState(stateText);
    if (!parsed || parsed.code) return [];
    out.push({ nameText: m[1]!, nameStart: base + nameStart, parsed: { ...parsed, holderOffset: stateAt + parsed.holderOffset } });
    at += part.length + 1;
  }
  return out;
}

/**
 * A line of three members or more each with the state after a comma, apart by dashes (an attendance sheet run into one
 * paragraph: "M. Cédric X, présent – Mme Murielle Y, présente – M. Bruno Z, représenté par M. Cédric X – M. Gérard W,
 * excusé"): one candidate per member, or none unless every entry has a state.
 */
function dashRows(norm: string, fold: string, base: number): Candidate[] {
  const out: Candidate[] = [];
  let at = 0;
  for (const part of norm.split(/(?<=\S)[ \t]+[–—][ \t]+(?=\S)/)) {
    const partAt = norm.indexOf(part, at);
    const c = /,[ \t]+\S/.test(part) ? rowOf(part, fold.slice(partAt, partAt + part.length), base + partAt) : null;
    if (!c || c.parsed.code) return [];
    out.push({ ...c, parsed: { ...c.parsed, holderOffset: partAt + c.parsed.holderOffset } });
    at = partAt + part.length;
  }
  return out.length >= 3 ? out : [];
}

/**
 * "Haitzondo        ETCHEVERRY Jean-Baptiste       présent": a first cell, apart by a run of spaces, with
 * no word in capitals (the member's commune) before a cell that has one (the member): the member's cell.
 */
function afterPlaceCell(c: Candidate): Candidate {
  // (or its canton before dotted leaders: "Allagnon-Amont ............ M. Serge FAURE : présent")
  const led = /^\s*\p{Lu}[\p{L}'’ -]{1,40}?\s*(?:\.{3,}|…+)\s*(?=(?:MM?\.|Mmes?|Mlle|Melle|Mr\.?|Monsieur|Madame)\s)/u.exec(c.nameText);
  if (led) return { ...c, nameText: c.nameText.slice(led[0].length), nameStart: c.nameStart + led[0].length };
  const m = /^(\s*)(\S+(?: \S+)*)( {2,}|\t+)(?=\S)/.exec(c.nameText);
  // (a member body's acronym is no surname: "CC du Pays Mellois-Sud      GUILLOTEAU Patrice")
  if (!m || /\p{Lu}{2}/u.test(m[2]!.replace(BODY_ACRONYMS, '')) || !/^\p{Lu}/u.test(m[2]!)) return c;
  const rest = c.nameText.slice(m[0].length);
  if (!/\p{Lu}{2}/u.test(rest)) return c;
  return { ...c, nameText: rest, nameStart: c.nameStart + m[0].length };
}

/**
 * A surname's cell and the given name's cell after it read as one cell "NOM Prénom" (the separator between them a
 * space, so the text keeps the surname cell's offset); the surname's cell alone when the other is missing or empty.
 */
function withGivenName<C extends { text: string; start: number; end: number }>(surname: C | undefined, given: C | undefined): C | undefined {
  if (!surname || !given?.text.trim() || !surname.text.trim()) return surname;
  return { ...surname, text: `${surname.text.trimEnd()} ${given.text.trim()}`, end: given.end };
}

/** Acronyms of member bodies opening a commune's or a body's cell ("CC du Haut-Bocage", "SIVOM de X"). */
const BODY_ACRONYMS = /^(?:CC|CA|CU|CDC|CCAS|EPCI|PETR|SCOT|SDE|SDIS|SI|SIE|SIAEP|SIVOM|SIVU|SIVOS|SM|SMICTOM|SICTOM|SMN)\b/u;

/** The line before the first row, when it is a short line without a state (the list's title). */
function headingBefore(src: SourceText, line: number): { start: number; end: number } | null {
  for (let l = line - 1; l >= 1 && l >= line - 2; l--) {
    const text = src.lineText(l);
    if (!text.trim()) continue;
    if (text.trim().length > 120) return null;
    const start = src.lineStarts[l - 1]!;
    return { start, end: start + text.length };
  }
  return null;
}

/**
 * A table drawn with pipes (or TABs) with a column for each member's state,
 * its header naming the columns:
 *   | Commune | Conseiller titulaire | Conseiller suppléant | Présence |
 *   | Lassouts | Francis CAYSSIALS | Nicole BÉRAL | présent |
 *   | Le Nayrac | Gilbert RAYNALDY | Annie SAHUQUET | excusé – suppléé par sa suppléante |
 * The state is written in words (as a status row's) or as a letter its legend
 * explains above or below the table ("T : titulaire présent – S : titulaire
 * excusé, suppléé par son suppléant – P : titulaire représenté – E : excusé").
 * A titular substituted sits through the substitute column's member; a
 * substitute beside a titular present has no vote and is not read.
 *
 * Contract: the rows of the first such table in [from, to) with at least
 * MIN_ROWS rows whose name cell is a person, or null.
 */
export function readStateTable(src: SourceText, from: number, to: number, person: (text: string, start: number) => PersonText | null): StatusRows | null {
  const zone = src.fold.slice(from, to);
  // (or a spreadsheet's export, its cells apart by semicolons: "N°;Commune;Délégué titulaire;Émargement")
  if (!zone.includes('|') && !zone.includes('\t') && !zone.includes(';')) return null;
  // (nor without one of the state column's titles the header below names)
  if (!zone.includes('presence') && !zone.includes('etat') && !zone.includes('statut') && !zone.includes('emargement') && !zone.includes('situation')) return null;
  // (a bilingual council's titles give their translation after a slash: "| Membre du conseil / Council member | Présence / Attendance |")
  const header = /(?:^|\n)([^\n]*(?:\||\t|;)[ \t]*(?:presences?|etat|statut|emargement|situation)(?:[ \t]*\/[ \t]*[a-z][a-z' -]{1,30}?)?[ \t]*(?:\||\t|;|(?=\n)|$)[^\n]*)/g;
  for (const hm of zone.matchAll(header)) {
    const headStart = from + hm.index! + hm[0].indexOf(hm[1]!);
    const sep = hm[1]!.includes('|') ? '|' : hm[1]!.includes('\t') ? '\t' : ';';
    if (sep === ';' && hm[1]!.split(';').length < 3) continue;
    const heads = cells(hm[1]!, 0, true, sep).map((c) => c.text);
    const stateCol = heads.findIndex((c) => /^(?:presences?|etat|statut|emargement|situation)(?:[ \t]*\/[ \t]*[a-z][a-z' -]{1,30})?$/.test(c.trim()));
    // (or the one sitting for each member body: "| Municipalité | Représentant(e) | Présence |", an MRC's council of mayors)
    const nameCol = heads.findIndex((c) => /titulaire|conseill|delegue|\bnom\b|membre|\belue?s?\b|\brepresentant(?:e|\(e\))?s?\b/.test(c) && !/suppl/.test(c));
    const subCol = heads.findIndex((c) => /suppl/.test(c));
    // (the given name in a cell of its own right after the surname's, as a spreadsheet exports them:
    // "Commune;NOM;Prénom;Qualité;Présence": the member is "NOM Prénom", both cells read as one)
    const givenCol = /^prenoms?$/.test(heads[nameCol + 1]?.trim() ?? '') ? nameCol + 1 : -1;
    // (a column of holders, "Pouvoir à", maybe naming the substitutes too: "Pouvoir à / suppléé(e) par")
    const holderCol = heads.findIndex((c, i) => i !== nameCol && i !== stateCol && /^(?:pouvoirs?|procurations?|mandataires?)\b/.test(c.trim()));
    if (stateCol < 0 || nameCol < 0 || nameCol === stateCol) continue;
    const headLine = src.lineAt(headStart);
    const codes = legendCodes(src.fold.slice(Math.max(from, src.lineStarts[Math.max(0, headLine - 7)]!), Math.min(src.norm.length, headStart + 6000)));
    /** The name in a row's « Pouvoir à » cell (a person, or an office: "M. le Maire"), or null. */
    const holderIn = (row: ReturnType<typeof cells>) => {
      const cell = holderCol >= 0 ? row[holderCol] : undefined;
      return cell && cell.text.trim() ? (person(cell.text, cell.start) ?? officeHolder(src, cell)) : null;
    };
    // (a rule OCR read as a letter in a row, where the header has its pipes: "| LAVERNOSE      l M. Serge X      | présent |",
    // "l                | Mme Anne Y       I présente |": the rule; same length)
    const ruleCols = sep === '|' ? [...hm[1]!.matchAll(/\|/g)].map((m) => m.index!) : [];
    const ruled = (line: string): string => {
      if (ruleCols.length < 3 || !/[lI]/.test(line)) return line;
      let out = line;
      for (const c of ruleCols) if ((out[c] === 'l' || out[c] === 'I') && (c === 0 || out[c - 1] === ' ') && (c + 1 >= out.length || out[c + 1] === ' ')) out = `${out.slice(0, c)}|${out.slice(c + 1)}`;
      return out;
    };
    const rows: StatusRow[] = [];
    let end = headStart + hm[1]!.length;
    for (let l = headLine + 1; l <= src.lineCount; l++) {
      const start = src.lineStarts[l - 1]!;
      if (start >= to) break;
      const line = ruled(src.norm.slice(start, start + src.lineLength(l)));
      if (!line.includes(sep)) {
        if (!line.trim() || /^[\s+=_-]+$/.test(line)) continue;
        break;
      }
      if (/^[\s|+:=_-]+$/.test(line)) continue; // a border
      // (the header again, after a page break or over the next group's rows)
      if (rows.length > 0 && src.fold.slice(start, start + line.length).trim() === hm[1]!.trim()) continue;
      const row = cells(line, start, true, sep);
      // a row's cells wrapped onto the lines below it, the other cells empty there ("| Merville- | CAUCHY Roger | excusé,
      // pouvoir à |" / "| en-Santerre | | M. BRIDOUX |"; "| le-Sec | CARON-LEFORT | présente |" / "| | Sylviane | |"):
      // each cell read whole (its text joined; it keeps the first line's offset)
      while (sep === '|' && l < src.lineCount) {
        const nextStart = src.lineStarts[l]!;
        const nextLine = ruled(src.norm.slice(nextStart, nextStart + src.lineLength(l + 1)));
        if (!nextLine.includes('|') || /^[\s|+:=_-]+$/.test(nextLine)) break;
        // (nor the excerpt's last line, cut inside its row before the closing border the rows have: "| Saint-X | M. Benoît Y, mai"
        // is a row of its own, cut, no wrap of the row above)
        if (/\|[ \t]*$/.test(line) && !/\|[ \t]*$/.test(nextLine) && !src.norm.slice(nextStart + nextLine.length).trim()) break;
        const more = cells(nextLine, nextStart, true, sep);
        const nameEmpty = !more[nameCol]?.text.trim();
        const stateEmpty = !more[stateCol]?.text.trim();
        // (a row's last border read by OCR as another mark, "| … | presente ¦": one cell fewer)
        if (Math.abs(more.length - row.length) > 1 || (!nameEmpty && !stateEmpty)) break;
        for (const [k, c] of more.entries()) if (c.text.trim() && row[k]) row[k] = { ...row[k]!, text: `${row[k]!.text.trimEnd()} ${c.text.trim()}` };
        l++;
      }
      const stateCell = row[stateCol];
      const nameCell = withGivenName(row[nameCol], givenCol >= 0 ? row[givenCol] : undefined);
      if (!nameCell || !stateCell) break;
      const who = person(nameCell.text, nameCell.start);
      if (!who) break;
      end = src.lineStarts[l - 1]! + src.lineLength(l);
      let stateText = stateCell.text.trim();
      let stateAt = stateCell.start + stateCell.text.indexOf(stateText);
      // a legend's letter before the words that tell the state ("S – suppléée par Y", "R – pouvoir à X"): the words are read
      const lead = /^[A-Z][ \t]*[-–—:][ \t]+(?=\S)/.exec(stateText);
      // (the letter's own state kept: "E – suppléé par Y" is the titular excused, his substitute sitting)
      const leadState = lead ? codes.get(lead[0][0]!) : undefined;
      if (lead) [stateText, stateAt] = [stateText.slice(lead[0].length), stateAt + lead[0].length];
      const code = /^[A-Z](?:\/[A-Z])?$/.test(stateText) ? codes.get(stateText) : undefined;
      const subCell = subCol >= 0 ? row[subCol] : undefined;
      const substituteOf = () => (subCell && /\p{Lu}{2}/u.test(subCell.text) ? person(subCell.text, subCell.start) : null);
      if (code) {
        const holder = code === 'represented' ? holderIn(row) : null;
        rows.push({ person: who, state: code === 'substituted' ? 'excused' : code, holder, substitute: code === 'substituted' || code === 'replaced' ? substituteOf() : null, line: l });
        continue;
      }
      // (a state wrapped over lines is folded as joined)
      const stateFold = src.norm.slice(stateAt, stateAt + stateText.length) === stateText ? src.fold.slice(stateAt, stateAt + stateText.length) : foldText(stateText);
      // "pouvoir" alone in the state cell, its holder in the « Pouvoir donné à » column
      if (holderCol >= 0 && /^(?:pouvoir|procuration|mandat|representee?|represente\(e\))$/.test(stateFold)) {
        const holder = holderIn(row);
        if (holder) {
          rows.push({ person: who, state: 'represented', holder, substitute: null, line: l });
          continue;
        }
      }
      // (one who attends without a vote, a substitute beside a titular present: "Assiste sans voix délibérative"): in no list
      if (/^(?:assiste(?:nt)?\s+)?(?:sans\s+voix(?:\s+deliberative)?|avec\s+voix\s+consultative)\b/.test(stateFold)) continue;
      const parsed = absentWhenReplaced(parseState(stateText, stateFold) ?? proxyState(stateText) ?? substituteState(stateText), leadState);
      if (!parsed) {
        rows.push({ person: who, state: 'absent', holder: null, substitute: null, line: l });
        continue;
      }
      let other = parsed.holderText ? person(parsed.holderText, stateAt + parsed.holderOffset) : null;
      // (an excused or absent member's holder in the « Pouvoir à » column)
      if (!other && !parsed.substitute && holderCol >= 0 && parsed.state !== 'present' && row[holderCol]?.text.trim()) other = person(row[holderCol]!.text, row[holderCol]!.start);
      // "excusé – suppléé par sa suppléante, qui siège": the member of the substitute column
      const substituted = parsed.substitute || /suppl[ée]{1,2}e?\s+par|remplac[ée]e?\s+par/i.test(stateText);
      // (the member's office after the state, "présent (Président)", goes with the member, as a status row's does)
      const withRole = parsed.role && !who.role ? { ...who, role: parsed.role } : who;
      rows.push({ person: withRole, state: parsed.state, holder: parsed.substitute ? null : other, substitute: substituted ? (parsed.substitute ? other : null) ?? substituteOf() : null, line: l });
    }
    if (rows.length >= MIN_ROWS) {
      linkReplacements(src, rows);
      return { rows, start: src.lineStarts[headLine - 1]!, end, heading: null };
    }
  }
  return null;
}

/**
 * A substitute's row naming the titular it sits for ("M. X;suppléant;présent (en remplacement de Mme Y)"): Y's row gets X as
 * its substitute, so that the seat is counted once (Y stays in the list its state gives).
 */
function linkReplacements(src: SourceText, rows: StatusRow[]): void {
  const key = (s: string) => foldText(s).replace(/^(?:m|mme|mlle|monsieur|madame)\.?\s+/, '').replace(/[^a-z]/g, '');
  for (const r of rows) {
    if (r.state !== 'present') continue;
    const line = src.lineText(r.line);
    const m = /\((?:en\s+remplacement\s+de|suppl[ée]ante?\s+de|rempla[çc]ante?\s+de|remplace|suppl[ée]e)\s+([^()]+)\)/i.exec(line);
    if (!m) continue;
    // (the whole name, or the surname alone when one member only bears it: "(remplace Mme JÉGO)")
    const named = key(m[1]!);
    const same = rows.filter((x) => x !== r && key(x.person.name) === named);
    const bySurname = named.length >= 3 ? rows.filter((x) => x !== r && foldText(x.person.name).split(/[^a-z]+/).includes(foldText(m[1]!).replace(/^(?:m|mme|mlle|monsieur|madame)\.?\s+/, '').trim())) : [];
    const titular = same[0] ?? (bySurname.length === 1 ? bySurname[0] : undefined);
    if (titular && !titular.substitute && titular.state !== 'present') titular.substitute = r.person;
  }
}

/** A column title naming members (folded): "Conseillère départementale", "Délégué titulaire", "Nom". */
const MEMBER_TITLE = /^(?:conseill(?:er|ere)s?|delegue(?:e|s|es)?|membres?|elue?s?|noms?|binome)\b/;

/**
 * A table drawn with pipes whose rows hold two members or more, each followed by a state cell its header leaves empty
 * (a département's roll call by canton, the two members of each canton side by side):
 *   | Canton | Conseillère départementale | | Conseiller départemental | |
 *   | Aurelle | Claire X | P | Gaël Y | pouvoir à Solène Z |
 * The states are codes a legend explains ("P : présent(e) – E : excusé(e) – A : absent(e)"), words, or a proxy
 * ("pouvoir à X"). Contract: the rows of the first such table in [from, to), MIN_ROWS members at least, or null.
 */
export function readPairTable(src: SourceText, from: number, to: number, person: (text: string, start: number) => PersonText | null): StatusRows | null {
  const zone = src.fold.slice(from, to);
  if (!zone.includes('|')) return null;
  for (const hm of zone.matchAll(/(?:^|\n)([ \t]*\|[^\n]*\|[ \t]*\|[^\n]*)/g)) {
    const headStart = from + hm.index! + hm[0].indexOf(hm[1]!);
    const heads = cells(hm[1]!, 0, true).map((c) => c.text.trim());
    const pairs: number[] = [];
    for (let i = 0; i < heads.length; i++) if (MEMBER_TITLE.test(heads[i]!) && !heads[i + 1]) pairs.push(i);
    if (pairs.length < 2) continue;
    const headLine = src.lineAt(headStart);
    const codes = legendCodes(src.fold.slice(headStart, Math.min(src.norm.length, headStart + 8000)));
    const rows: StatusRow[] = [];
    let end = headStart + hm[1]!.length;
    for (let l = headLine + 1; l <= src.lineCount; l++) {
      const start = src.lineStarts[l - 1]!;
      if (start >= to) break;
      const line = src.norm.slice(start, start + src.lineLength(l));
      if (!line.includes('|')) break;
      if (/^[\s|+:=_-]+$/.test(line)) continue; // a border
      const row = cells(line, start, true);
      for (const k of pairs) {
        const nameCell = row[k];
        const stateCell = row[k + 1];
        if (!nameCell?.text.trim() || !stateCell?.text.trim()) continue;
        const who = person(nameCell.text, nameCell.start);
        if (!who) continue;
        const stateText = stateCell.text.trim();
        const legend = /^[A-Z]$/.test(stateText) ? codes.get(stateText) : undefined;
        const coded = legend ? null : codedState(stateCell.text);
        if (!legend && !coded) continue;
        const state: RowState = legend ? (legend === 'substituted' ? 'excused' : legend) : coded!.state === 'proxy' ? 'represented' : coded!.state;
        const holder = coded?.holder ? person(coded.holder.text, stateCell.start + coded.holder.at) : null;
        rows.push({ person: who, state, holder, substitute: null, line: l });
      }
      end = start + line.length;
    }
    if (rows.length >= MIN_ROWS) return { rows, start: src.lineStarts[headLine - 1]!, end, heading: null };
  }
  return null;
}

/** "pouvoir à X" alone in a state cell: represented by X. */
function proxyState(text: string): Parsed | null {
  const m = /^(?:pouvoir|procuration|d[ée]l[ée]gation(?:\s+de\s+vote)?)\s+(?:donn[ée]e?\s+)?(?:à|a|au)\s+(\S.*)$/i.exec(text);
  if (!m) return null;
  return { state: 'represented', holderText: m[1]!, holderOffset: text.length - m[1]!.length, substitute: false, role: null, code: false };
}

/**
 * A substitution's words after a legend's letter that says the titular was excused or absent ("E – suppléé par X"): that
 * state, the substitute still sitting; else the words' state as read.
 */
function absentWhenReplaced(parsed: Parsed | null, letter: LegendState | undefined): Parsed | null {
  if (!parsed || parsed.state !== 'replaced' || (letter !== 'excused' && letter !== 'absent')) return parsed;
  return { ...parsed, state: letter };
}

/** "suppléé(e) par X" alone in a state cell: the member's substitute X sat (no absence said: the member is in no list). */
function substituteState(text: string): Parsed | null {
  const m = /^(?:suppl[ée]{1,2}e?|remplac[ée]e?)(?:\(e\))?\s+par\s+(\S.*)$/i.exec(text);
  if (!m) return null;
  return { state: 'replaced', holderText: m[1]!, holderOffset: text.length - m[1]!.length, substitute: true, role: null, code: false };
}

/** A box, checked or not, as a PDF's text layer gives a form's checkboxes. */
const BOX = '[☐☒☑□▢▣✓✔✗✘■]';
const BOX_CHECKED = /[☒☑▣✓✔✗✘■]/u;
/** A header naming each state's column, in order ("NOM Prénom Présent Excusé Absent Pouvoir donné à"). */
const BOX_HEADER_STATE = /\b(presente?s?|excusee?s?|absente?s?|representee?s?)\b(?:\s*\((?:e|s|es)\))?/g;
const BOX_HEADER_STATE_ONE = new RegExp(BOX_HEADER_STATE.source);

/**
 * A grid of checkboxes under a header naming the states, one column each, the member first and the proxy's holder
 * last ("ROCHAS Philippe ☒ ☐ ☐" / "DESCHAMPS Aurélie ☐ ☒ ☐ ROCHAS Philippe"): each row's state is its checked box's
 * column. Contract: the rows (MIN_ROWS at least, one box checked each) of the first such grid in [from, to), or null.
 */
export function readBoxGrid(src: SourceText, from: number, to: number, person: (text: string, start: number) => PersonText | null): StatusRows | null {
  if (!/[☐□▢]/u.test(src.norm.slice(from, to))) return null;
  const first = src.lineAt(from);
  const last = src.lineAt(Math.max(from, to - 1));
  for (let l = first; l < last; l++) {
    const fold = src.lineText(l);
    const foldLine = foldText(fold);
    const states = [...foldLine.matchAll(BOX_HEADER_STATE)].map((m) => m[1]!);
    if (states.length < 2 || foldLine.includes(':') || /[☐☒☑□▢▣]/u.test(fold)) continue;
    const kinds = states.map(stateOfWord);
    const row = new RegExp(String.raw`^[ \t]*(\S.*?\S)[ \t]+((?:${BOX}[ \t]*){${kinds.length}})(?:[ \t]*(\S.*?))?[ \t]*$`, 'u');
    // a column between the member's and the states' ("Titulaire   Collectivité   Présent   Excusé"): the member's cell ends at
    // the first gap; a column of substitutes before the holders' ("Suppléé par   Pouvoir à"): a name under it sat
    const firstState = foldLine.search(BOX_HEADER_STATE_ONE);
    const between = /^\s*\S+(?: \S+)*(?: {2,}|\t+)\S/.test(foldLine.slice(0, firstState));
    const substituteAt = foldLine.search(/(?:suppleee?|supplee?|remplacee?)(?:\(e\))?\s+par\b/);
    const holderAt = foldLine.search(/\b(?:pouvoir|procuration|mandataire)/);
    const found = rowsBelow(src, l, last, (line, start) => {
      const m = row.exec(line);
      if (!m) return null;
      const checked = [...m[2]!.replace(/[ \t]/g, '')].flatMap((b, i) => (BOX_CHECKED.test(b) ? [i] : []));
      if (checked.length !== 1) return null;
      const name = between ? m[1]!.split(/ {2,}|\t+/)[0]! : m[1]!;
      const tailAt = m[3] ? line.lastIndexOf(m[3]) : -1;
      const sat = m[3] && substituteAt >= 0 && (holderAt < 0 || Math.abs(tailAt - substituteAt) < Math.abs(tailAt - holderAt));
      const r = gridRow(name, kinds[checked[0]!]!, sat ? undefined : m[3], line, start, person);
      if (r && sat) r.substitute = person(m[3]!, start + tailAt);
      return r;
    });
    if (found) return found;
  }
  return null;
}

/** A state glued to the cell before it and the holder's name glued after it: "…CC des Coteaux de SérèneReprésentéBRUNEL Marc". */
// (the member's sector or commune in brackets between, "ALLEMAND Roger (Secteur Nord)Présent"; the holder after « par »,
// "…Représentée par M. ALLEMAND")
const GLUED_ROW = /^[ \t]*(\p{Lu}[\p{Lu}'’ -]*\p{Lu}[ \t]+\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)(?=\p{Lu}|[ \t]*\(|[ \t]*$)(.*?)(Présente?|Excusée?|Absente?|Représentée?)(?:[ \t]+par[ \t]+)?((?:(?:M\.|Mme)[ \t]+\p{Lu}[\p{Lu}'’-]+(?:[ \t]+\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)?|\p{Lu}[\p{Lu}'’ -]*\p{Lu}[ \t]+\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)?)[ \t]*$/u;

/** A presence column's title glued to the cell before it (folded text: after a lowercase letter). */
const GLUED_PRESENCE_WORD = /(?:presence|etat|statut|situation)(?:[a-z]|$)/gm;

/**
 * A table whose cells the extraction glued together, the header as well ("Délégué titulaireCollectivitéPrésenceProcuration
 * à" / "BRUNEL MarcCC des Coteaux de SérènePrésent" / "DARRIGADE LouisCC des Coteaux de SérèneReprésentéBRUNEL Marc"): the
 * member « NOM Prénom » first, the state word, its holder glued after it. Contract: the rows (MIN_ROWS at least, in a run
 * under a glued header naming the presence column) of the first such table in [from, to), or null.
 */
export function readGluedRows(src: SourceText, from: number, to: number, person: (text: string, start: number) => PersonText | null): StatusRows | null {
  // (the header's presence column glued to the cell before it; the text is folded already)
  if (!matchesAfterLower(src.fold.slice(from, to), GLUED_PRESENCE_WORD) && !/\)(?:presence|etat|statut|situation)/.test(src.fold.slice(from, to))) return null;
  const first = src.lineAt(from);
  const last = src.lineAt(Math.max(from, to - 1));
  for (let l = first; l < last; l++) {
    if (!/[a-z)](?:presence|etat|statut|situation)/.test(foldText(src.lineText(l)))) continue;
    const found = rowsBelow(src, l, last, (line, start) => {
      const m = GLUED_ROW.exec(line);
      return m ? gridRow(m[1]!, stateOfWord(foldText(m[3]!)), m[4] || undefined, line, start, person) : null;
    });
    if (found) return found;
  }
  return null;
}

/** The state a word names, folded ("présente", "excusé", "absents", "représentée"). */
function stateOfWord(word: string): RowState {
  return word.startsWith('present') || ATTENDING_WORD.test(word) ? 'present' : word.startsWith('excuse') ? 'excused' : word.startsWith('absent') ? 'absent' : 'represented';
}

/**
 * A row of a grid or a glued table: the member written `name` on `line` (starting at `start`), its state, and the
 * holder written after it (none for a member present); null when the name is no person.
 */
function gridRow(name: string, state: RowState, holderText: string | undefined, line: string, start: number, person: (text: string, start: number) => PersonText | null): Omit<StatusRow, 'line'> | null {
  const who = person(name, start + line.indexOf(name));
  if (!who) return null;
  const holder = holderText ? person(holderText, start + line.lastIndexOf(holderText)) : null;
  return { person: who, state, holder: state === 'present' ? null : holder, substitute: null };
}

/**
 * The rows read on the lines right under the header on line `header`, up to the first line `read` does not take (or
 * `last`): MIN_ROWS at least, with where they start (the first row's line) and end (the last row's end), else null.
 */
function rowsBelow(src: SourceText, header: number, last: number, read: (line: string, start: number) => Omit<StatusRow, 'line'> | null): StatusRows | null {
  const rows: StatusRow[] = [];
  let end = -1;
  for (let k = header + 1; k <= last; k++) {
    const start = src.lineStarts[k - 1]!;
    const line = src.norm.slice(start, start + src.lineLength(k));
    const row = read(line, start);
    if (!row) break;
    rows.push({ ...row, line: k });
    end = start + line.length;
  }
  return rows.length >= MIN_ROWS ? { rows, start: src.lineStarts[header]!, end, heading: null } : null;
}
