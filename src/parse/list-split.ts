/**
 * Cuts the content of an attendance section into entries, keeping offsets.
 * Separators: tabs, runs of spaces, commas, semicolons, bullets, numbers
 * ("1. ", "2) "), dashes between names, sentence ends, and line breaks when
 * both sides stand alone as names ("M. Cyrille\nKERRAND" stays one entry).
 * Parenthesised notes are lifted out first so that their commas do not cut.
 */
import { isCompleteName, type NameOrder } from './name-parse.ts';
import { ENGLISH_ROLE, isOnlyCivility, isRoleOnly } from './name-tokens.ts';
import { ocrLetters } from './ocr-letters.ts';

export interface Piece {
  text: string;
  start: number;
  end: number;
  /** Parenthesised notes that were inside this piece, with offsets. */
  notes: Array<{ text: string; start: number; end: number }>;
  /** The separator before this piece ("," "–" "\t"…), '' at the start. */
  sep: string;
}

const MASK = '\u0002';

/**
 * Replaces balanced (…) groups by MASK characters; returns them. An unclosed "(" runs to the end. Brackets nest, unless
 * nesting leaves one open that reading them flat closes (see `bracketsFlat`).
 */
export function liftParentheses(text: string): { masked: string; groups: Array<{ text: string; start: number; end: number }> } {
  const lifted = !text.includes('(') && !text.includes('[') ? { masked: text, groups: [] } : liftBrackets(text);
  return /[¹²³⁴⁵⁶⁷⁸⁹⁰]/u.test(lifted.masked) ? liftSuperscripts(lifted) : lifted;
}

function liftBrackets(text: string): { masked: string; groups: Array<{ text: string; start: number; end: number }> } {
  const nested = liftGroups(text, false);
  return nested.open && bracketsFlat(text) ? liftGroups(text, true) : nested;
}

/** Superscript digits standing as call marks after an entry, spaced from it ("BARRAL Nicole (CC X) ¹ ²"); not a unit's "m²". */
const SUPERSCRIPT_MARK = /(?<=[\s\u0002)])[¹²³⁴⁵⁶⁷⁸⁹⁰]{1,2}(?=[\s,;.]|$)/gu;
const SUPERSCRIPT_DIGITS = '⁰¹²³⁴⁵⁶⁷⁸⁹';

/** Superscript digits as the figures they are ("¹²" → "12"), anything else kept: a call mark read as "(12)" would be. */
export function superscriptFigures(mark: string): string {
  return mark.replace(/[¹²³⁴⁵⁶⁷⁸⁹⁰]/gu, (c) => String(SUPERSCRIPT_DIGITS.indexOf(c)));
}

/**
 * Each superscript call mark lifted as a note of its figures, as "(1)" would be ("¹" → note "1"), masked like one: the
 * renvoi under the list ("¹ a reçu pouvoir de M. X") names the member carrying it (see attendance.ts `findFootnotes`).
 */
function liftSuperscripts(lifted: { masked: string; groups: Array<{ text: string; start: number; end: number }> }): { masked: string; groups: Array<{ text: string; start: number; end: number }> } {
  const groups = [...lifted.groups];
  const masked = lifted.masked.replace(SUPERSCRIPT_MARK, (m: string, at: number) => {
    groups.push({ text: superscriptFigures(m), start: at, end: at + m.length });
    return MASK.repeat(m.length);
  });
  groups.sort((a, b) => a.start - b.start);
  return { masked, groups };
}

function liftGroups(text: string, flat: boolean): { masked: string; groups: Array<{ text: string; start: number; end: number }>; open: boolean } {
  const chars = text.split('');
  const groups: Array<{ text: string; start: number; end: number }> = [];
  let depth = 0;
  let open = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if ((c === '(' || c === '[') && depth === 0 && /[A-Za-zÀ-ÿ]/.test(text[i - 1] ?? '') && /^\((?:e|s|es|x|ères|ères|ere|eres|ne|nes|le|les)\)/i.test(text.slice(i, i + 8))) {
      i = text.indexOf(')', i);
      continue;
    } else if (c === '(' || c === '[') {
      if (depth === 0) open = i;
      if (!flat || depth === 0) depth++;
    } else if ((c === ')' || c === ']') && depth > 0) {
      depth--;
      if (depth === 0) {
        groups.push({ text: text.slice(open + 1, i), start: open, end: i + 1 });
        for (let j = open; j <= i; j++) chars[j] = MASK;
      }
    }
  }
  if (depth > 0 && open >= 0) {
    groups.push({ text: text.slice(open + 1), start: open, end: text.length });
    for (let j = open; j < text.length; j++) chars[j] = MASK;
  }
  return { masked: chars.join(''), groups, open: depth > 0 };
}

/**
 * True when `text`'s brackets, read nested, leave one open that reading them flat (an opening bracket inside an open one
 * ignored) closes: a scan's stray "(" in a stamp's marks ("- ~'~ :(( SOUS-PREFECTURE ;.) (Vernac)") then closes at the
 * first ")" instead of hiding the rest of the list (or of the page) as an unclosed note. Balanced texts, and a note cut by
 * the excerpt's end ("M. X (pouvoir à M. Y"), read as before.
 */
export function bracketsFlat(text: string): boolean {
  let nested = 0;
  let flat = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '(' || c === '[') {
      nested++;
      flat = 1;
    } else if ((c === ')' || c === ']') && nested > 0) {
      nested--;
      flat = 0;
    }
  }
  return nested > 0 && flat === 0;
}

/**
 * The characters a hard separator can open with (its first character after
 * any lookbehind): a tab, a space, [;|•·✓▪►●], a comma, a dash, '/', a digit,
 * '.', "et" or '&', 'm' (a glued "membre du bureau"), a capital A-Z. A new separator adds its own here.
 */
const SEPARATOR_FIRST = '(?=[\\t ;|•·✓▪►●,\\-–—/0-9.em&A-Z])';
// hard separators, on the masked text; the lookahead first (zero-width: no match changes) lets the
// search pass most places at once instead of trying every alternative's lookbehind there (twice as fast)
const HARD = new RegExp(
  SEPARATOR_FIRST +
  '(?:' +
  [
    '\\t+',
    // a run of spaces between words (not indentation), not a typist's double space after a given name ("M. Yves  BONNEVIALLE")
    // (the two spaces looked for first: the lookbehind then runs only where they are)
    // (nor before a note in brackets: "GUILLOTEAU Bernard – PUYROBIN (pouvoir à X)", the commune blanked, keeps its note)
    // (nor one between a line's surname in capitals and its given name, the line's whole entry: "THIERY  Hervé")
    '(?<=\\S)(?= {2})(?<!(?:^|[\\s,;])(?:M\\.|Mme|Mlle|Mr|Monsieur|Madame)\\s+\\p{Lu}\\p{Ll}[\\p{L}\'’-]*)(?!(?<=(?:^|\\n)[ \\t]*(?:(?:M\\.|Mme|Mlle|Mr|Monsieur|Madame)[ \\t]+)?\\p{Lu}{2,}[\\p{Lu}\'’-]*) {2}\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)?[ \\t]*(?:[,;]|\\n|$)) {2,}(?=[^\\s\u0002])',
    '[;|•·✓▪►●]',
    ',',
    '(?<=\\s|^)(?:-{1,2}|–|—|-–)(?=\\s)', // spaced dash
    // spaced slash between names ("Joëlle ARMANDON / Régis CHAMBERON"), not before a role ("Mike Poiré / Bourgmestre", "X / Conseiller à Y")
    // (or doubled by a typing slip, "PAGÈS H. // PUJOL M.T.", or before a name written as one token, "/ MARTY.F /")
    // (nor before the role's English version in a bilingual town: "M. le conseiller / Councillor Derek X")
    `(?<=\\s)/{1,2}(?=[ \\t]+[A-ZÀ-Þ][\\p{L}'’.-]*(?:\\s+[A-ZÀ-Þ]|[ \\t]*/))(?![ \\t]+${ENGLISH_ROLE}\\s)`,
    // (or before a dash bullet: "- POTEL Sandrine / - CARRÉ Hervé,")
    '(?<=\\s)/(?=[ \\t]+[-–—][ \\t]+[A-ZÀ-Þ])',
    // … or before the next proxy ("procuration de Mr A a Mr B / procuration de Mme C a …")
    '(?<=\\s)/(?=[ \\t]+(?:[Pp]rocuration|[Pp]ouvoir|[Mm]andat)\\s+(?:de|du|d\'|donn))',
    // a spaced slash ending a line, the next name on the next line ("Joël ORLIAC /" / "Ghislaine CARBONNEL")
    '(?<=\\S[ \\t]+)/(?=[ \\t]*\\n[ \\t]*[A-ZÀ-Þ])',
    '(?<=[A-ZÀ-Þ])-[–—](?=\\s)', // "LE TALLEC-– Mme X": a hyphen typed before the dash
    '(?<=[A-ZÀ-Þ])(?:-|–|—)(?=\\s+[A-ZÀ-Þ][a-zß-ÿ])', // "DEBELLE- Francis"
    // a dash glued to a given name before the next surname in capitals, the comma lost ("NOLLET Daniel- PAYEN Géraldine")
    '(?<=[a-zß-ÿ]{2})-(?=[ \\t]+[A-ZÀ-Þ]{2})',
    '(?<=\\.)(?:-{1,2}|–|—)(?=\\s)', // "SABARTHES G.– PETHERBRIDGE", "JULIE L.-- LAVAL D."
    '(?<=\\s)(?:–|—)(?=[A-ZÀ-Þ]{2})', // "DOUARCHE G. –GALZY R.": a dash glued to the next surname (names join with "-")
    '(?<=[A-ZÀ-Þ]\\.)(?:–|—)(?=[A-ZÀ-Þ]{2})', // "SALVAT P.–RIVALS D.": a dash glued on both sides, after an initial
    '(?<=[A-ZÀ-Þ]\\.[ \\t]+)-(?=[A-ZÀ-Þ]{2})', // "ESTÈVE R. -HORTALA J.M.": a hyphen glued to the next surname, after an initial
    '(?<=\\s|^)\\d{1,3}[.)](?=\\s|$)', // numbered items
    // (not a given name abbreviated after a civility, its surname after it: "MM. Jos. Hilbert, bourgmestre ; …"; nor after a
    // list's separator before a surname in capitals: "…, conseillers; Jos. LEY, secrétaire.", "MM. Nic. WEYLAND, bourgmestre")
    '(?<=[a-zß-ÿœ]{2}|[A-ZÀ-ÞŒ]{3})(?<![Mm]me|[Mm]lle|Mrs|Dr|Me)(?<!(?:^|[\\s,;:])(?:M\\.|MM\\.|Mmes?|Monsieur|Madame|Messieurs)[ \\t]+\\p{Lu}\\p{Ll}{1,3}(?=\\.[ \\t]+(?:\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)?|\\p{Lu}{2}[\\p{Lu}\'’-]*)[ \\t]*[,;\\n]))(?<![,;:][ \\t]*\\p{Lu}\\p{Ll}{1,3}(?=\\.[ \\t]+\\p{Lu}{2}[\\p{Lu}\'’-]*[ \\t]*[,;\\n]))\\.(?=\\s+(?:\\d{1,3}\\s+)?[A-ZÀ-ÞŒ])', // sentence end (a page number may follow: "N'DOYE. 3 Le quorum")
    '(?<=\\s)(?:et|ET|&)(?=\\s|$)', // (in capitals in a text typed in capitals: "M. LOUIS X ET M. YVES Y"; or ending a list the excerpt cuts)
    // two "SURNAME I." entries, their separator lost ("TEISSIER A. AZAÏS F.")
    '(?<=[A-ZÀ-ÞŒ]{2}[ \\t]+[A-ZÀ-Þ]\\.)(?=[ \\t]+[A-ZÀ-ÞŒ]{2}[A-ZÀ-ÞŒ\'’-]*[ \\t]+[A-ZÀ-Þ]\\.)',
    // (or glued, no space left between them: "ESCANDE R.FONTANEL G.")
    '(?<=[A-ZÀ-ÞŒ]{2}[ \\t]+[A-ZÀ-Þ]\\.)(?=[A-ZÀ-ÞŒ]{2}[A-ZÀ-ÞŒ\'’-]*[ \\t]+[A-ZÀ-Þ]\\.)',
    // a slash glued to an initial, doubled or not ("MALAVIALLE C.// NÈGRE D.")
    '(?<=[A-ZÀ-Þ]\\.)/{1,2}(?=[ \\t]+[A-ZÀ-Þ])',
    '(?<=\u0002)\\.(?=\\s+[A-ZÀ-Þ])', // sentence end after a note
    // a note in brackets, then the next member without a comma ("HAMON Gaëlle (pouvoir à RAULT Patrick) MORVAN Josiane")
    '(?<=\u0002)[ \\t]+(?=[A-ZÀ-ÞŒ]{2}[A-ZÀ-ÞŒ\'’-]*[ \\t]+[A-ZÀ-Þ][a-zß-ÿ]|(?:M\\.|Mme|Mlle|Madame|Monsieur)[ \\t]+\\p{Lu})',
    '(?<=(?:^|\\n|[,;])[ \\t]*)[A-Z][A-Z0-9]{1,9}\\s*:(?=\\s)', // group label ("CARPF :"), not a surname before a colon ("Mme X DUPONT : pouvoir à …")
    // two cells of a row run together by the extraction ("M. Jean-François ALLIBERTMme Sophie CARLIER"): before the civility
    // (not before "M.": a surname in capitals may end with M at a sentence end, "Mme Anne BLUM. Le quorum …")
    '(?<=[A-ZÀ-Þ]{2})(?=(?:Mme|Mlle|Melle|Madame|Monsieur)\\s)',
    // (before "M." only when a given name and a surname in capitals follow: "CHAMPEAUXM. Thierry CASTAGNÈDE")
    '(?<=[A-ZÀ-Þ]{2})(?=M\\.[ \\t](?!(?:Mme|Mlle|Melle|Madame|Monsieur)\\b)\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)?[ \\t]\\p{Lu}{2})',
    // proxies run on one line without separators ("M. Jacques X à M. Patrick Y Mme Nolwenn Z à Mme Odile W"): before
    // the civility of the next giver, after the holder's surname in capitals
    '(?<=[A-ZÀ-Þ]{2})[ \\t]+(?=(?:M\\.|Mme|Mlle|Madame|Monsieur)[ \\t]+\\p{Lu}[\\p{L}\'’-]*(?:[ \\t]+\\p{Lu}[\\p{L}\'’-]*){0,3}[ \\t]+à[ \\t])',
    // a role glued to the surname in capitals before it by the extraction ("M. Franck BOULARDPrésident",
    // "Mme Claudine MERCERON1re vice-présidente", "M. Yannick PAILLATmembre du bureau"): the role's own piece
    '(?<=[A-ZÀ-Þ]{2})(?=(?:Pr[ée]sidente?|Vice-pr[ée]sidente?|\\d{1,2}(?:er|re|e|[èe]me)\\s+(?:[Vv]ice|[Aa]djoint)|[Mm]embre\\s+du\\s+bureau|Maire|Adjointe?|Conseill[eè]re?|Secr[ée]taire|Tr[ée]sori[eè]re?)(?![a-zß-ÿ]))',
  ].join('|') +
  ')',
  'gu',
);

function hasMask(s: string): boolean {
  return s.includes(MASK);
}

/**
 * Splits section content (offset `base` in the source) into pieces.
 * Line breaks are kept inside pieces for `resolveLineBreaks`.
 */
export function splitPieces(content: string, base: number): Piece[] {
  const lifted = liftParentheses(content);
  const groups = lifted.groups;
  // an arrow between tabs joins giver and holder ("•<TAB>M. X<TAB>→<TAB>M. Y"): those tabs are spaces, not columns
  const masked = /[→⇒]/.test(lifted.masked) ? lifted.masked.replace(/\t+(?=[→⇒])|(?<=[→⇒])\t+/g, (t) => ' '.repeat(t.length)) : lifted.masked;
  const out: Piece[] = [];
  let last = 0;
  let sep = '';
  const cut = (end: number) => {
    const raw = masked.slice(last, end);
    // text besides masks, or a note
    if (hasMask(raw) || raw.trim() !== '') {
      const s = last;
      out.push({
        text: raw,
        start: base + s,
        end: base + end,
        notes: groups.filter((g) => g.start >= s && g.end <= end).map((g) => ({ text: g.text, start: base + g.start, end: base + g.end })),
        sep,
      });
    }
  };
  for (const m of masked.matchAll(HARD)) {
    cut(m.index!);
    last = m.index! + m[0].length;
    sep = m[0];
  }
  cut(masked.length);
  return out;
}

const RELATION_WORDS = /\b(?:pouvoir|procuration|représentée?|remplacée?|mandat)\b|\s(?:à|au)\s/i;

/** A line that can end an entry: a whole name, a role, or "X pouvoir à Y". */
function standsAlone(line: string, order: NameOrder): boolean {
  const t = line.trim();
  if (isRoleOnly(t)) return true;
  if (RELATION_WORDS.test(t)) {
    const last = /.*\s(?:à|au|par|aux)\s(.*)$/i.exec(t)?.[1] ?? t;
    return isCompleteName(last, order);
  }
  return isCompleteName(t, order);
}

/** A surname's particle in capitals alone on a line's end, the rest of the entry wrapped: "DE" (of "DE" / "GOYON Henri"). */
const PARTICLE_ALONE = /^(?:LE|LA|DE|DU|DES|DI|DA|VAN|VON|DEL)$/;

/**
 * Splits a piece at line breaks unless the next line continues the current
 * entry: it starts in lower case ("pouvoir à …"), or the current line is only
 * a civility, ends with a particle or hyphen, or is an incomplete name
 * ("M. Cyrille" / "KERRAND").
 */
export function resolveLineBreaks(piece: Piece, order: NameOrder): Piece[] {
  if (!piece.text.includes('\n')) return [piece];
  const clean = (s: string) => (hasMask(s) ? s.replace(MASK_RE, ' ') : s);
  const groups: Array<{ start: number; end: number }> = [];
  let off = 0;
  let blank = false;
  for (const line of piece.text.split('\n')) {
    const start = off;
    off += line.length + 1;
    if (!line.trim()) {
      blank = groups.length > 0;
      continue;
    }
    const afterBlank = blank;
    blank = false;
    const prev = groups[groups.length - 1];
    if (!prev) {
      groups.push({ start, end: start + line.length });
      continue;
    }
    const prevText = clean(piece.text.slice(prev.start, prev.end)).trim();
    const next = clean(line).trim();
    // "M. AUGAY" / "Daniel.": in NOM Prénom lists, a given name alone continues the surname above
    // (in "X à LABRUNIE" / "Danielle" only the holder's part counts; its particle may be Italian or Corsican: "X à di PIAZZA" /
    // "Ghjacumu")
    // (its capital O read as a zero by OCR too, "Mme BARTHES" / "0dette.", as OCR_SUSPECT knows it)
    // (and the surname above read with OCR's letters for I and O, "MM. TEYSSlER" / "Henri": its "l" is no given name's)
    const lastPerson = ocrLetters(prevText.replace(/^.*\s(?:à|au|aux|par)\s+/s, ''));
    const givenNameWrapped = order === 'surname-first' && /^(?:[A-ZÀ-Þ]|0(?=[a-zß-ÿ]{2}))[a-zß-ÿ'’]+(?:-[A-ZÀ-Þ]?[a-zß-ÿ'’]+)*\s*[.,]?\s*[»|]?\s*$/.test(next) && !/[a-zß-ÿ]/.test(lastPerson.replace(/^\s*(?:M\.|MM\.|Mme|Mmes|Mlle|Melle|Mr\.?|Monsieur|Madame)\s+/, '').replace(/(?:^|\s)(?:de|du|des|van|von|den|der|le|la|di|da|della|dello|degli|del|dos|das)(?=\s)|(?:^|\s)d['’](?=\p{Lu})/gu, ' '));
    const join =
      // a line holding only a note ("(pouvoir à X)" under "Laurence MOLINIÉ"): the note of the entry above
      // (and the punctuation closing the entry: "(procuration à Mme X).")
      next === '' ||
      // a surname broken after its particle ("M. PERRÉE-LE" / "GOFF Thierry")
      // (or the particle alone after the list's comma, a "NOM Prénom" entry wrapped: "…, DE" / "GOYON Henri, …")
      (/(?:^|[\s-])(?:LE|LA|DE|DU|DES|DI|DA|VAN|VON|DEL|EL|AL|BEN)$/.test(prevText) && (/\p{Lu}{2}/u.test(prevText.slice(0, -2)) || (PARTICLE_ALONE.test(prevText) && /^\p{Lu}{2,}\s+\p{Lu}\p{Ll}/u.test(next))) && /^\p{Lu}{2}/u.test(next)) ||
      /^[.,;]$/.test(next) ||
      // in a list cut by commas, two single words on two lines with no comma between are one name
      // wrapped ("…, MATHIEU" / "RESSÉGUIER, …"), not two people
      (piece.sep === ',' && /^\p{Lu}[\p{L}'’-]*$/u.test(prevText) && /^\p{Lu}[\p{L}'’-]*[.,]?$/u.test(next) && !isRoleOnly(prevText) && !isRoleOnly(next) && groups.length === 1) ||
      givenNameWrapped ||
      // "Mme ARNAUD" / "Veuve TROIN": a widow's or a married name's second part on the next line
      /^(?:[Vv]euve|Vve|[ÉéEe]pouse|[Nn]ée)\s+\p{Lu}/u.test(next) ||
      // "… pouvoir à Jean Pierre" / "LAUTIER.": in a "Prénom NOM" list, given names without their surname in capitals,
      // the surname alone on the next line
      (order !== 'surname-first' && /^\p{Lu}{2,}[\p{Lu}'’-]*\s*[.,;]?$/u.test(next) && /^(?:(?:M\.|Mme|Mlle|Monsieur|Madame)\s+)?\p{Lu}\p{Ll}+(?:[ -]\p{Lu}\p{Ll}+)+$/u.test(lastPerson.trim()) && !isRoleOnly(lastPerson.trim())) ||
      // "Madame Francine Lévesque" / "Dionne": in a "Prénom Nom" list, a second surname alone continues the name above
      // (hyphenated parts capitalised or not: "Marie-Ève Bélanger" / "Côté")
      (order !== 'surname-first' && /^[A-ZÀ-Þ][a-zß-ÿ'’]+(?:-[A-ZÀ-Þ][a-zß-ÿ'’]+)?\s*[.]?$/.test(next) && /(?:^|\s)[A-ZÀ-Þ][a-zß-ÿ'’]+(?:-[A-ZÀ-Þ]?[a-zß-ÿ'’]+)*\s+[A-ZÀ-Þ][a-zß-ÿ'’]+(?:-[A-ZÀ-Þ]?[a-zß-ÿ'’]+)*$/.test(prevText) && !isRoleOnly(next)) ||
      // … or its initials alone ("MOULS" / "D."): a list of "NOM I." entries wrapped at the initial
      (/^(?:[A-ZÀ-Þ]\.(?:-?[A-ZÀ-Þ]\.){0,2})\s*[,;]?$/.test(next) && /(?:^|\s)[A-ZÀ-Þ][A-ZÀ-Þ'’-]+$/.test(lastPerson) && !/\b[A-ZÀ-Þ]\.$/.test(lastPerson)) ||
      // (a line in lower case goes on the entry above, unless an empty line makes it a new paragraph:
      // "Siège no 4 : M. X" / "" / "formant quorum sous la présidence du maire")
      // (not a surname whose particle opens the line, under a whole name: "CASANOVA Marie-Jeanne" / "de MORATI Pierre-Paul")
      // (nor, blank line or none, the clause of the quorum that closes the list: "- Siège 6 : Mme X" / "formant quorum sous la
      // présidence de M. Y, maire.")
      (/^[a-zß-ÿ]/.test(next) && !(afterBlank && /^(?:formant|sous|qui|lesquels|lesquelles|le\s|la\s|les\s)/.test(next)) && !/^formant\s+(?:le\s+)?quorum\b/.test(next) && !(/^(?:de|du|des|d['’]|van|von|di|da|del|della|le|la)\s?\p{Lu}{2}[\p{Lu}'’-]*(?:\s+\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}?[\p{Ll}'’]+)*)+\s*[,.;]?$/u.test(next) && standsAlone(prevText, order))) ||
      isOnlyCivility(prevText) ||
      /(?:\s(?:de|du|des|d'|van|von|den|der|le|la|dit|di|da|dos|das|del|el|al|ben|ter|ten)|-)$/i.test(prevText) ||
      // an ordinal cut from its office ("6e" / "Vice-Président")
      /^\d{1,2}(?:er|re|ère|e|ème|eme|nde?)$/i.test(prevText) ||
      // a relation cut at its connector ("X à" / "Mme Y")
      // (OCR and typing without accents: "M. Daniel COLIN a" / "M. Gerard PIERREL")
      /\s(?:à|a|au|aux|par|pour)$/i.test(prevText) ||
      // a line opening with a civility starts a new person
      (!/^(?:M\.|MM\.|Mmes?|Mlle|Melle|Mr\.?|Monsieur|Madame)\s/.test(next) &&
        !standsAlone(prevText.replace(/^(?:(?:représentée?\s+)?par|(?:(?:a\s+donné\s+)?(?:pouvoir|procuration)(?:\s+donnée?)?\s+)?(?:à|au)|suppléante?\s+de)\s+/i, ''), order) &&
        !isRoleOnly(next) &&
        /^[A-ZÀ-Þ]/.test(next) &&
        !isRoleOnly(prevText) &&
        // (a member's office in small letters ends its line, the next member's whole name opens the next: "1re
        // vice-présidente chargée des finances" / "Marc RIGAL")
        // (words in small letters at both ends, no relation among them; a name of two words at least below)
        !(/^[\d\p{Ll}][^\n]*\s\S*\p{Ll}$/u.test(prevText) && !RELATION_WORDS.test(prevText) && /\S\s+\S/.test(next) && standsAlone(next, order)));
    if (join) prev.end = start + line.length;
    else groups.push({ start, end: start + line.length });
  }
  return groups.map((g) => ({
    text: piece.text.slice(g.start, g.end),
    start: piece.start + g.start,
    end: piece.start + g.end,
    notes: piece.notes.filter((n) => n.start >= piece.start + g.start && n.end <= piece.start + g.end + 1),
    sep: piece.sep,
  }));
}

export const MASK_RE = new RegExp(MASK, 'g');

const SURNAME_ONLY = /^\s*[A-ZÀ-ÞŒ][A-ZÀ-ÞŒ'’]+(?:[- ][A-ZÀ-ÞŒ'’]{2,})*\s*$/u;
// (never a civility: "PIERSON" / "Mme LEBLAN Catherine", one member a line, is no given name moved back)
const GIVEN = String.raw`(?!(?:Mme|Mmes|Mlle|Melle|Mr|Madame|Monsieur|Mesdames|Messieurs)(?![a-zß-ÿ]))[A-ZÀ-Þ][a-zß-ÿ]+(?:-[A-ZÀ-Þ][a-zß-ÿ]+)?`;
// (its note may follow it: "TANGUY, Morgane (pouvoir à CORBEL Nadine)")
const GIVEN_ALONE = new RegExp(String.raw`^(\s*${GIVEN}(?:\s*${MASK}+)?)(?=\s*[.;]?\s*$)`, 'u');
// (or its note, then the next member without a comma: "HELLO, Catherine (pouvoir à GOURIOU Maryvonne) ROLLAND Joël")
const GIVEN_NOTE_THEN_NAME = new RegExp(String.raw`^(\s*${GIVEN}\s*${MASK}+)(?=\s+[A-ZÀ-ÞŒ][A-ZÀ-ÞŒ'’-]+(?:\s+[A-ZÀ-ÞŒ][A-ZÀ-ÞŒ'’-]+)*\s+${GIVEN}\s*[.]?\s*$)`, 'u');
// (a note in brackets may close the entry, masked: "TANGUY-RIOU, Nadège PERRO Yves (pouvoir à …)")
const GIVEN_THEN_NAME = new RegExp(String.raw`^(\s*${GIVEN})(?=\s+[A-ZÀ-ÞŒ][A-ZÀ-ÞŒ'’-]+(?:\s+[A-ZÀ-ÞŒ][A-ZÀ-ÞŒ'’-]+)*\s+${GIVEN}\s*[.]?\s*(?:${MASK}+\s*[.]?\s*)?$)`, 'u');

/**
 * A comma written one word too early in a "NOM Prénom" list: "ODON-NICOL,
 * Estelle REINHARD Damien" is ODON-NICOL Estelle and REINHARD Damien. The
 * given name moves back to the surname left alone before it; the comma
 * becomes a space so offsets still point into the source.
 */
export function repairEarlyCommas(pieces: Piece[], order: NameOrder): Piece[] {
  if (order !== 'surname-first') return pieces;
  const out = pieces.slice();
  for (let i = 0; i + 1 < out.length; i++) {
    const a = out[i]!;
    const b = out[i + 1]!;
    if (b.sep.trim() !== ',' || a.text.includes('\n') || b.text.includes('\n') || !SURNAME_ONLY.test(a.text) || isRoleOnly(a.text.trim())) continue;
    // (or the given name alone, the last of the list: "LE DIVENAH, Aurélie")
    const m = GIVEN_THEN_NAME.exec(b.text) ?? GIVEN_NOTE_THEN_NAME.exec(b.text) ?? GIVEN_ALONE.exec(b.text);
    if (!m) continue;
    const gap = b.start - b.sep.length - a.end;
    if (gap < 0) continue;
    const moved = m[1]!.length;
    // (the notes moved with the given name are the first member's)
    const movedNotes = b.notes.filter((n) => n.end <= b.start + moved);
    out[i] = { ...a, text: a.text + ' '.repeat(gap + b.sep.length) + b.text.slice(0, moved), end: b.start + moved, notes: [...a.notes, ...movedNotes] };
    out[i + 1] = { ...b, text: ' '.repeat(moved) + b.text.slice(moved), sep: ' ', notes: b.notes.filter((n) => !movedNotes.includes(n)) };
  }
  return out;
}
