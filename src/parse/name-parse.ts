/**
 * One entry of a list → zero, one or several people. Knows civilities,
 * roles ("Maire", "/ Bourgmestre", "la conseillère"), and splits names glued
 * together by lost separators ("BUSCHE Maurice FONTAINE Monique",
 * "Monsieur A B Madame C D") using the list's name order.
 */
import {
  ENGLISH_ROLE,
  isRoleOnly,
  isUpperParticle,
  NOT_NAME_WORDS,
  ROLE_PREFIX_RE,
  shapeOf,
  STAFF_ROLE_RE,
  stripCivility,
  words,
  type Shape,
} from './name-tokens.ts';
import { collapseSpaces, DIGIT_LETTER, foldText, isSpace } from './source.ts';

/** Name order of a list: "Prénom NOM" (given first), "NOM Prénom", or unknown. */
export type NameOrder = 'given-first' | 'surname-first' | 'unknown';

export interface PersonText {
  /** The text as written, civility included. */
  written: string;
  /** Name without civility or role. */
  name: string;
  civility: string | null;
  role: string | null;
  /** Offset of `written` in the source (norm) text. */
  start: number;
  end: number;
}

interface Word {
  text: string;
  shape: Shape;
  start: number;
  end: number;
}

/** A role's English version after a slash, before the name (Canadian bilingual councils): "/ Mayor", "/ Councillor". */
const ENGLISH_ROLE_AFTER = new RegExp(String.raw`^\/\s*(${ENGLISH_ROLE})\s+(?=\p{Lu})`, 'iu');
const CIVILITY_INSIDE = /(?<=\s)(?:Monsieur|Madame|Mademoiselle|Messieurs|Mesdames|Mme\.?|Mmes\.?|Mlle\.?|Mr\.?|MM\.|M\.)(?=\s+[A-ZÀ-Þ]|[A-ZÀ-Þ])/g;

/** [A-Za-zÀ-ÿ] */
const latin = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && c <= 0xff);
/** [.,;:–—\-…] */
const stray = (c: number) => c === 46 || c === 44 || c === 59 || c === 58 || c === 0x2013 || c === 0x2014 || c === 45 || c === 0x2026;

/** Letters OCR read as digits inside or at the end of a word ("Ren6", "Miche1", "Andr6"; source.ts DIGIT_LETTER): the shape is the word's. */
function ocrLetters(t: string): string {
  // (in the case of the letter before: "PUJ0L" is PUJOL, "Ren6" is Rene; after a word's capital, in the case
  // of the letter after: "V6ronique" is Veronique)
  if (!hasOcrDigit(t)) return t;
  // (a given name's capital read as a digit: "0dile" is Odile, "1sabelle" Isabelle)
  if (/(?<![\p{L}\d])[01](?=\p{Ll}{2})/u.test(t)) t = t.replace(/(?<![\p{L}\d])([01])(?=\p{Ll}{2})/gu, (d: string) => (d === '0' ? 'O' : 'I'));
  return /\p{L}[0156]/u.test(t)
    ? // (a run of them too: "Gi11es" is Gilles)
      t.replace(/(?<=(\p{L}))[0156]{1,2}(?=(\p{L})|$)/gu, (ds, before: string, after: string | undefined) => [...ds].map((d) => (/\p{Lu}/u.test(before) && !(after && /\p{Ll}/u.test(after)) ? DIGIT_LETTER[d]!.toUpperCase() : DIGIT_LETTER[d]!)).join(''))
    : t;
}

/**
 * A given name whose small « l » after its capital OCR read as a capital « I » ("CIaudine", "Marie-CIaude", "BIanche"): its
 * shape is the given name's, the word as written (a word in capitals, "CLAIRE", keeps its own).
 */
function ocrCapitalI(t: string): string {
  return t.includes('I') ? t.replace(/(?<=^|-)(\p{Lu})I(?=\p{Ll}{2})/gu, '$1l') : t;
}

/**
 * A given name whose capital « I » OCR read as a small « l » ("lsabelle", "lvan"): its shape is the given name's, the word as
 * written. No word of the language opens with « l » and a consonant other than « l » or « h » (an article is « l' »).
 */
function ocrSmallL(t: string): string {
  return t.charCodeAt(0) === 108 && /^l[bcdfgjkmnpqrstvwxz]\p{Ll}/u.test(t) ? 'I' + t.slice(1) : t;
}

/** True when `t` holds a 0, 1, 5 or 6 (what `ocrLetters` reads as a letter): most words hold none. */
function hasOcrDigit(t: string): boolean {
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (c === 48 || c === 49 || c === 53 || c === 54) return true;
  }
  return false;
}

/** The end of a word an OCR cut at its accented letter: "é", "ée", "ène", "ème" (with a comma or a full stop after it). */
// (not the preposition « à »: "Pascale X à Isabelle Y")
const ACCENT_CUT = /^(?!à[,;.]?$)[àâäéèêëîïôöùûüç][a-zàâäéèêëîïôöùûüç]{0,10}[,;.]?$/;
/** The small-letter piece of a given name an OCR split, then its hyphen and the compound's next part: "ie-Paule", "ançois". */
const SPLIT_GIVEN_TAIL = /^(?!(?:de|du|des|la|le|les|et|von|van|da|di|dos|del)-)\p{Ll}{1,6}-\p{Lu}\p{Ll}+[,;.]?$/u;
const JOINED_CAPS = /^\p{Lu}{3}[\p{Lu}'’-]*$/u;
/** "père" or "fils" after a name (its trailing punctuation allowed), as a register tells two members of one name apart. */
const GENERATION_WORD = /^(?:p[èe]re|fils)[,;.]?$/;
const GENERATION_TAIL = / (?:p[èe]re|fils)$/;

function tokenize(text: string, offset: number): Word[] {
  const out: Word[] = [];
  const raw: Array<{ t: string; i: number }> = [];
  // the runs of /\S+/g
  for (let i = 0; i < text.length; ) {
    if (isSpace(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const at = i;
    while (i < text.length && !isSpace(text.charCodeAt(i))) i++;
    const prev = raw[raw.length - 1];
    // "Jean- Marc", "DESCAMPS- MARQUILLY": a hyphen before a space joins the next word
    if (prev && prev.t.length >= 2 && prev.t.charCodeAt(prev.t.length - 1) === 45 && latin(prev.t.charCodeAt(prev.t.length - 2)) && latin(text.charCodeAt(at))) {
      prev.t = text.slice(prev.i, i);
      continue;
    }
    // "Andr é", "Jos ée", "R émi", "Marie-Th érèse": an OCR's accented letter cut from its word (one word, written with its
    // space)
    if (prev && ACCENT_CUT.test(text.slice(at, i)) && /^(?:\p{Lu}\p{Ll}*-)?\p{Lu}\p{Ll}*(?: [àâäéèêëîïôöùûüç]\p{Ll}*)*$/u.test(prev.t) && at === prev.i + prev.t.length + 1) {
      prev.t = text.slice(prev.i, i);
      continue;
    }
    // "Mar ie-Paule", "Jean-Fr ançois": a space an OCR put inside a compound given name, the piece after it in small letters
    // and joined by its hyphen to the next capitalised part (one word, written with its space; not a particle, "de")
    if (prev && at === prev.i + prev.t.length + 1 && SPLIT_GIVEN_TAIL.test(text.slice(at, i)) && /^(?:\p{Lu}\p{Ll}*-)?\p{Lu}\p{Ll}{0,5}$/u.test(prev.t)) {
      prev.t = text.slice(prev.i, i);
      continue;
    }
    // "Roux Louis père", "Roux Louis fils": the register's word telling a father from his son of the same name is part of
    // the name (one word with the given name, written with its space; without it the two members would be one)
    if (prev && at === prev.i + prev.t.length + 1 && GENERATION_WORD.test(text.slice(at, i)) && /^\p{Lu}[\p{L}'’-]*$/u.test(prev.t)) {
      prev.t = text.slice(prev.i, i);
      continue;
    }
    raw.push({ t: text.slice(at, i), i: at });
    // a Polynesian surname of two joined by "a" ("TEHAAMOANA a TAUTU"): one word
    const n = raw.length;
    if (n >= 3 && raw[n - 2]!.t === 'a' && JOINED_CAPS.test(raw[n - 3]!.t) && JOINED_CAPS.test(raw[n - 1]!.t.replace(/[,;.]$/, ''))) {
      raw.splice(n - 3, 3, { t: text.slice(raw[n - 3]!.i, i), i: raw[n - 3]!.i });
    }
  }
  for (const r of raw) {
    let allStray = true;
    for (let k = 0; k < r.t.length && allStray; k++) allStray = stray(r.t.charCodeAt(k));
    if (allStray) continue; // stray punctuation ("Félix (…)." after a note)
    let t = r.t;
    let end = r.i + t.length;
    // trailing punctuation; a final dot stays only on initials ("J.P.", "R.") and civilities
    for (let c = t.charCodeAt(t.length - 1); c === 44 || c === 59 || c === 58; c = t.charCodeAt(t.length - 1)) {
      t = t.slice(0, -1);
      end--;
    }
    if (t.charCodeAt(t.length - 1) === 46 && t.length > 2 && !/^(?:[A-ZÀ-Þ]\.-?)+$/.test(t) && !/^(?:MM|Mme|Mmes|Mlle|Mr|Me|Dr|St|Ste)\.$/i.test(t)) {
      t = t.slice(0, -1);
      end--;
    }
    if (!t) continue;
    // (a word with its generation after it is shaped as the word alone)
    if (t.includes(' ') && GENERATION_TAIL.test(t)) {
      out.push({ text: t, shape: shapeOf(t.replace(GENERATION_TAIL, '')), start: offset + r.i, end: offset + end });
      continue;
    }
    const shaped = t.includes('-') || t.includes(' ') ? t.replace(/-\s+/, '-').replace(/\s(?=[àâäéèêëîïôöùûüç])/g, '').replace(/(?<=\p{Ll}) (?=\p{Ll}{1,6}-\p{Lu})/u, '') : t;
    out.push({ text: t, shape: shapeOf(ocrLetters(ocrCapitalI(ocrSmallL(shaped)))), start: offset + r.i, end: offset + end });
  }
  // a U particle followed by a U word is a particle of the surname; alone it is a surname
  for (let i = 0; i < out.length; i++) {
    const w = out[i]!;
    if (w.shape === 'P' && isUpperParticle(w.text) && !(out[i + 1] && (out[i + 1]!.shape === 'U' || out[i + 1]!.shape === 'P'))) w.shape = 'U';
  }
  return out;
}

/** Particles written with a capital inside a mixed-case name ("Le Guen", "La Rosa", "Mac Leod", "Van Hecke"). */
const TITLE_PARTICLES = new Set(['Le', 'La', 'Les', 'De', 'Du', 'Des', 'Van', 'Von', 'Mac', 'Di', 'Da', 'Del', 'Della', 'Dos', 'Ten', 'Ter']);

/** Is this word sequence a plausible person name (no prose words)? */
export function plausibleName(ws: Word[] | string): boolean {
  const list = typeof ws === 'string' ? tokenize(ws, 0) : ws;
  if (list.length === 0 || list.length > 7) return false;
  let u = 0;
  let c = 0;
  // a short "Prénom NOM" keeps a surname that is also a common word ("Jean-Luc PAGÈS", "Anne POINT")
  const shortGivenFirst = list.length <= 3 && list[0]!.shape === 'C' && !NOT_NAME_WORDS.has(foldText(list[0]!.text)) && list.slice(1).every((w) => w.shape === 'U' || w.shape === 'P');
  // and a short "NOM Prénom" ("MAIRE Vincent")
  const last = list[list.length - 1]!;
  const shortSurnameFirst = list.length >= 2 && list.length <= 3 && last.shape === 'C' && !NOT_NAME_WORDS.has(foldText(last.text)) && list.slice(0, -1).every((w) => w.shape === 'U' || w.shape === 'P');
  // (or one surname in capitals then two or three given names, as Vietnamese and Chinese names are written: "LE Thi Hoa", "VU Duc
  // Minh" — a surname that is also a French word, the given names checked below)
  const surnameThenGivens = list.length >= 3 && list.length <= 4 && list[0]!.shape === 'U' && list.slice(1).every((w) => w.shape === 'C' && !NOT_NAME_WORDS.has(foldText(w.text)));
  // (or an initial then a surname in capitals, a register's « F. SANS », « R. PETIT »)
  const initialThenSurname = list.length === 2 && list[0]!.shape === 'I' && list[1]!.shape === 'U';
  for (const [i, w] of list.entries()) {
    if (w.shape === 'X') return false;
    // "Frédéric Le Guen", "Justine Mac Leod": a capitalised particle between two name words
    if (w.shape === 'C' && i > 0 && i < list.length - 1 && TITLE_PARTICLES.has(w.text) && list[i + 1]!.shape !== 'P') continue;
    // (or opening a surname in capitals, the name written surname first: "Le GOASDUFF Maëlle", "La FONTAINE Marie")
    if (w.shape === 'C' && i === 0 && list.length >= 3 && TITLE_PARTICLES.has(w.text) && list[1]!.shape === 'U') continue;
    if (w.shape === 'U') u++;
    if (w.shape === 'C') c++;
    if (w.shape === 'U' && (shortGivenFirst || shortSurnameFirst || surnameThenGivens || initialThenSurname)) continue;
    // a surname alone in capitals that is also a word ("SANS", "PETIT"), one per line in a margin list
    if (w.shape === 'U' && list.length === 1 && w.text.length >= 4) continue;
    if ((w.shape === 'U' || w.shape === 'C') && NOT_NAME_WORDS.has(foldText(w.text).replace(/[.']/g, ''))) return false;
  }
  if (u + c === 0) return false;
  // "C. Montin", "J.-P. Marcenac": an initial then a capitalised surname
  if (u === 0 && c === 1 && list.length === 2 && list[0]!.shape === 'I' && list[1]!.shape === 'C') return true;
  // "Jean D.", "Paul-Henri de C.": a given name then the surname's initial, as a village's minutes spare their members
  // (or a surname in small letters then the given names' initials, as Belgian minutes write them: "Collard J.-P.", "Marchal J.M.")
  if (u === 0 && c === 1 && list[0]!.shape === 'C' && list[0]!.text.length >= 3 && list.length <= 3 && /^\p{Lu}\.(?:-?\p{Lu}\.)?$/u.test(list[list.length - 1]!.text) && (list.length === 2 || list[1]!.shape === 'P')) return true;
  if (u === 0 && c < 2) return false;
  return true;
}

/** Looks at well-formed entries to decide the list's name order. */
export function detectOrder(entries: string[]): NameOrder {
  let given = 0;
  let surname = 0;
  for (const [i, e] of entries.entries()) {
    const shapes = tokenize(stripCivility(e).rest, 0).map((w) => w.shape).join('');
    // (or two names run together, a two-column list whose gap a photo lost: "ROUZAUD Marc FAVIER Martine" reads only
    // surname first — given first, its ends would be a surname and a given name alone —, "Marc ROUZAUD Martine FAVIER" only
    // given first)
    if (/^C+P*U+$/.test(shapes) || /^(?:C+P*U+){2}$/.test(shapes)) given++;
    else if (/^U+(?:P*U)*[CI]+$/.test(shapes) || /^P+U+[CI]+$/.test(shapes) || /^(?:U+C+){2}$/.test(shapes)) surname++;
    // the entries left cannot turn the count round
    const left = entries.length - i - 1;
    if (given > surname + left) return 'given-first';
    if (surname > given + left) return 'surname-first';
  }
  if (given === 0 && surname === 0) return 'unknown';
  return given >= surname ? 'given-first' : 'surname-first';
}

/** Splits a word run into names according to the order. */
function segment(ws: Word[], order: NameOrder): Word[][] {
  if (ws.length <= 2) return [ws];
  // initials then a surname in capitals, twice or more, the separator lost: "B. AZAÏS P. VIDAL" (whatever the order)
  if (ws[0]!.shape === 'I' && ws.every((w) => w.shape === 'I' || w.shape === 'U' || w.shape === 'P') && ws.some((w, i) => i > 0 && w.shape === 'I' && ws[i - 1]!.shape === 'U')) {
    const groups: Word[][] = [];
    for (const [i, w] of ws.entries()) {
      if (i === 0 || (w.shape === 'I' && ws[i - 1]!.shape === 'U')) groups.push([]);
      groups[groups.length - 1]!.push(w);
    }
    return groups;
  }
  if (order === 'unknown') return [ws];
  const groups: Word[][] = [];
  let cur: Word[] = [];
  const isSurnameWord = (w: Word) => w.shape === 'U' || w.shape === 'P';
  for (let i = 0; i < ws.length; i++) {
    const w = ws[i]!;
    const prev = cur[cur.length - 1];
    if (prev) {
      let boundary = false;
      if (order === 'given-first') {
        // a given name after a surname run starts a new person
        boundary = w.shape === 'C' && prev.shape === 'U' && cur.some((x) => x.shape === 'C');
      } else {
        // a surname word after given names / initials starts a new person
        boundary = isSurnameWord(w) && (prev.shape === 'C' || prev.shape === 'I') && cur.some((x) => x.shape === 'U');
      }
      if (boundary) {
        groups.push(cur);
        cur = [];
      }
    }
    cur.push(w);
  }
  if (cur.length) groups.push(cur);
  return groups;
}

function joinWords(src: string, ws: Word[], base: number): string {
  if (ws.length === 0) return '';
  return src.slice(ws[0]!.start - base, ws[ws.length - 1]!.end - base);
}

export interface EntryParse {
  people: PersonText[];
  /** Role text that applies to the NEXT entry ("le maire", "les conseillers"). */
  prefixRole: string | null;
  /** Role that applies to the PREVIOUS entry ("Maire", "Adjoints"). */
  suffixRole: string | null;
  /** The entry is not a name (prose): the list ends here. */
  prose: boolean;
}

/**
 * ROLE_PREFIX_RE opens with an article ("le", "la", "les", "l'"): on folded
 * text its first letter is "l". False when the text cannot fold to that
 * (an ASCII first character other than l/L); true otherwise.
 */
function mayOpenWithL(text: string): boolean {
  const c = text.charCodeAt(0);
  return c >= 128 || c === 108 || c === 76;
}

/**
 * Parses one list entry (already cut at separators; parentheticals removed).
 * `text` is the entry, `start` its offset in the source.
 */
export function parseEntry(text: string, start: number, order: NameOrder): EntryParse {
  const trimmedLead = text.length - text.trimStart().length;
  let body = text.trim();
  let base = start + trimmedLead;
  const empty: EntryParse = { people: [], prefixRole: null, suffixRole: null, prose: false };
  if (!body || /^[-–—•·*✓.,;:]+$/.test(body)) return empty;
  // "(à l'exception de Mme A et) de M. B": the preposition before a civility is no part of the name
  const de = /^(?:de|d['’])\s*(?=(?:M\.|MM\.|Mme|Mmes|Mlle|Melle|Mr\.?|Monsieur|Madame)\s)/.exec(body);
  if (de) {
    body = body.slice(de[0].length);
    base += de[0].length;
  }
  const fold = foldText(body);
  if (isRoleOnly(body)) {
    if (/^(?:le|la|les|l')\s/.test(fold)) return { ...empty, prefixRole: body };
    return { ...empty, suffixRole: body };
  }
  // a role, then how its holder came to it, in small letters: "Bourgmestre nommé par arrêté royal du 24 décembre 1976",
  // "Présidente élue le 4 juin" (a role all the same, not prose ending the list)
  const appointed = /^(\S.{1,40}?)\s+(?:nommee?|designee?|elue?|installee?|reelue?)(?:\s+(?:par|le|du|en|a|au|lors)\b[^:;]{0,80})?$/.exec(fold);
  if (appointed && isRoleOnly(body.slice(0, appointed[1]!.length))) return { ...empty, suffixRole: body };
  // a role in two languages, the French one after a slash ("Merre / Maire", "1u aghjuntu / 1er adjoint", "Auzapeza / Maire")
  // (one capitalised word, or words opening with a figure or a small letter: "Mike Poiré / Bourgmestre" is a name and its role)
  const bilingual = /^\s*(\p{Lu}\p{Ll}+|[\p{Ll}\d][^/\p{Lu}]{0,30}?)\s+\/\s+([^/]+)$/u.exec(body);
  if (bilingual && isRoleOnly(bilingual[2]!.trim())) return { ...empty, suffixRole: body };
  const staff = STAFF_ROLE_RE.exec(fold);
  if (staff && /^(?:(?:le|la|les|l'|son|sa)\s+)?$/.test(fold.slice(0, staff.index))) {
    // "Public : 12 personnes" is another heading, not a role of the names before
    if (/[:\d]/.test(body)) return { ...empty, prose: true };
    return { ...empty, suffixRole: body };
  }
  // role written before the name: "La conseillère madame Michèle Tremblay", "Monsieur le maire Réjean Bouchard"
  let role: string | null = null;
  let leadCivility: string | null = null;
  const civ = stripCivility(body);
  if (civ.civility && mayOpenWithL(civ.rest) && ROLE_PREFIX_RE.test(foldText(civ.rest))) {
    leadCivility = civ.civility;
    base += body.length - civ.rest.length;
    body = civ.rest;
  }
  // (the fold computed above when the body is unchanged)
  const bodyFold = leadCivility === null ? fold : foldText(body);
  const pre = bodyFold.charCodeAt(0) === 108 ? ROLE_PREFIX_RE.exec(bodyFold) : null;
  if (pre) {
    role = body.slice(0, pre[0].length).trim();
    base += pre[0].length;
    body = body.slice(pre[0].length);
    // the role in English after it in a bilingual town: "Mme la mairesse / Mayor Karen X", "M. le conseiller / Councillor Y"
    const english = ENGLISH_ROLE_AFTER.exec(body);
    if (english) {
      role = `${role} / ${english[1]}`;
      base += english[0].length;
      body = body.slice(english[0].length);
    }
  }
  // role after a slash: "Mike Poiré / Bourgmestre"
  const slash = body.indexOf(' / ');
  if (slash > 0 && isRoleOnly(body.slice(slash + 3))) {
    role = body.slice(slash + 3).trim();
    body = body.slice(0, slash);
  }
  // split at civilities inside the entry
  const pieces: Array<{ text: string; start: number }> = [];
  let last = 0;
  // (every civility inside opens with "M" after a space)
  for (const m of /\sM/.test(body) ? body.matchAll(CIVILITY_INSIDE) : []) {
    const left = body.slice(last, m.index!);
    if (m[0].startsWith('M.') && m[0].length === 2 && !plausibleComplete(left, order)) continue;
    if (!left.trim()) continue;
    pieces.push({ text: left, start: base + last });
    last = m.index!;
  }
  pieces.push({ text: body.slice(last), start: base + last });
  const people: PersonText[] = [];
  for (const p of pieces) {
    const lead = p.text.length - p.text.trimStart().length;
    let { rest, civility } = stripCivility(p.text);
    // "M. Teyssedou" among "E. Février, A. Chandon": M. is an initial when only a capitalised name follows
    if (civility === 'M.' && /^\s*[A-ZÀ-Þ][a-zß-ÿ'’-]+\s*$/.test(rest) && !/^\s*[A-ZÀ-Þ][a-zß-ÿ]+[-\s][A-ZÀ-Þ]/.test(rest)) {
      rest = p.text.trimStart();
      civility = null;
    }
    const restStart = p.start + (p.text.length - rest.length);
    let ws = tokenize(rest, restStart);
    // a role of two or three words glued at the end ("1ere adjointe", "première adjointe", "Conseiller délégué"), not in
    // capitals (in a text all in capitals, "JULIEN A ETE NOMME SECRETAIRE DE SEANCE" is a sentence)
    for (let k = Math.min(3, ws.length - 2); k >= 2; k--) {
      const tail = rest.slice(ws[ws.length - k]!.start - restStart);
      if (!/^\p{Lu}{2}/u.test(tail) && isRoleOnly(tail) && plausibleName(ws.slice(0, -k))) {
        ws = ws.slice(0, -k);
        break;
      }
    }
    // role words glued at the end ("Echevins", "Maire") without a comma
    // (unless the rest is no name without it: "Vincent MAIRE")
    while (ws.length > 1 && isRoleOnly(ws[ws.length - 1]!.text) && plausibleName(ws.slice(0, -1))) ws = ws.slice(0, -1);
    if (ws.length === 0) {
      if (civility) continue;
      return { ...empty, prose: true };
    }
    for (const g of segment(ws, order)) {
      if (!plausibleName(g)) {
        // a name followed by the start of a sentence ("Jean Giasson Sous la présidence…")
        const head = nameHead(g, order);
        if (head) people.push(personOf(p.text, head, p.start, civility, role, people.length === 0 && civility ? p.start + lead : head[0]!.start));
        return { ...empty, people, prose: true };
      }
      people.push(personOf(p.text, g, p.start, civility ?? leadCivility, role, people.length === 0 && civility ? p.start + lead : g[0]!.start));
    }
  }
  return { people, prefixRole: null, suffixRole: null, prose: false };
}

/** A hyphen before a line break joins the halves ("FAURE-\nMARTIN"); nothing to do without a line break. */
// (a surname in capitals cut at a syllable by a justified text's line-end hyphenation, one half of three letters or fewer,
// "SENTE-\nNAC", "SOU-\nBIRAN": one word, no hyphen; the halves of a compound surname are surnames of their own,
// "FAURE-\nMARTIN", and "SAINT-" opens one, "SAINT-\nPÉ")
function joinHyphenBreaks(s: string): string {
  if (!s.includes('\n')) return s;
  return s.replace(/(?<=(?<![\p{L}'’])(\p{Lu}+))-[ \t]*\n\s*(?=(\p{Lu}+)(?![\p{L}'’]))/gu, (hy, before: string, after: string) =>
    (before.length <= 3 || after.length <= 3) && before.length >= 2 && after.length >= 2 && !/^SAINTE?$/.test(before) ? '' : '-',
  ).replace(/-[ \t]*\n\s*/g, '-');
}

function personOf(text: string, g: Word[], base: number, civility: string | null, role: string | null, from: number): PersonText {
  // a hyphen at a line end joins the halves ("FAURE-\nMARTIN"); "Jean- Marc" on one line stays as written
  // (a word cut at a syllable, its halves in small letters, rejoined on one line by the extraction: "Marie-Chris- tine")
  let name = collapseSpaces(joinHyphenBreaks(joinWords(text, g, base))).trim();
  if (name.includes('- ')) name = name.replace(/(?<=\p{Ll}{2})-[ \t]+(?=\p{Ll}{2})/gu, '');
  return { written: '', name, civility, role, start: from, end: g[g.length - 1]!.end };
}

/** The longest leading run of name words that is a complete name, when prose follows. */
function nameHead(ws: Word[], order: NameOrder): Word[] | null {
  let n = 0;
  while (n < ws.length && ws[n]!.shape !== 'X' && !NOT_NAME_WORDS.has(foldText(ws[n]!.text).replace(/[.']/g, ''))) n++;
  // only when a capitalised sentence opener follows ("… Sous la présidence")
  const next = ws[n];
  if (!next || (next.shape !== 'C' && !(next.shape === 'U' && NOT_NAME_WORDS.has(foldText(next.text))))) return null;
  for (let k = Math.min(n, 5); k >= 1; k--) {
    const head = ws.slice(0, k);
    if (plausibleComplete(head.map((w) => w.text).join(' '), order)) return head;
  }
  return null;
}

function plausibleComplete(text: string, order: NameOrder): boolean {
  const ws = tokenize(stripCivility(text).rest, 0);
  if (!plausibleName(ws)) return false;
  const shapes = ws.map((w) => w.shape).join('');
  if (order === 'surname-first') return /U.*[CI]/.test(shapes);
  return /C.*U|U.*C|CC/.test(shapes);
}

/** True when an entry fragment can stand alone as a name (used to decide if a line break separates names). */
export function isCompleteName(text: string, order: NameOrder): boolean {
  let { rest } = stripCivility(text.trim());
  // "Monsieur le maire Réjean Bouchard", "Mesdames les conseillères X"
  const pre = ROLE_PREFIX_RE.exec(foldText(rest));
  if (pre) rest = stripCivility(rest.slice(pre[0].length)).rest;
  const ws = tokenize(rest.replace(/\s*\/.*$/, ''), 0);
  if (ws.length === 0) return false;
  const lastShape = ws[ws.length - 1]!.shape;
  if (lastShape === 'P') return false;
  if (/-$/.test(ws[ws.length - 1]!.text)) return false;
  if (!plausibleName(ws)) return false;
  const shapes = ws.map((w) => w.shape).join('');
  if (order === 'given-first') return /U/.test(shapes) || /C.*C/.test(shapes);
  if (order === 'surname-first') return /U/.test(shapes);
  return /U/.test(shapes) || /C.*C/.test(shapes);
}

export { tokenize as nameWords };
export function wordsOf(text: string): string[] {
  return words(text);
}
