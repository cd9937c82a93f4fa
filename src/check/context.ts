/**
 * What the rules read: the parsed document, its lines (for evidence), and
 * facts derived once (is the present list complete? does the president sit
 * apart from it?). Derivations here never "fix" the document; they only say
 * what can be compared.
 */
import type { EvidenceLine, Finding, NameRef, PageText, ParsedDocument, Span } from '../domain/index.ts';
import { candidates } from './names.ts';

export interface RuleContext {
  readonly parsed: ParsedDocument;
  readonly pages: PageText[];
  /** The whole text the records were read from. */
  readonly text: string;
  /** Quotes the lines of a span (page and line numbers included). */
  evidence(...spans: Array<Span | null | undefined>): EvidenceLine[];
  /** The text `evidence` quotes for one line ('' for a blank line). */
  lineText(line: number): string;
  /** The text's lines whole, untrimmed and uncut (line n at n − 1); the text is split once, when first needed. */
  rawLines(): readonly string[];
  readonly present: NameRef[] | null;
  /** The present list is whole (not cut by the end of an excerpt). */
  readonly presentComplete: boolean;
  readonly proxiesComplete: boolean;
  /** An absent or excused section was given (even empty) and is whole. */
  readonly absenceStated: boolean;
  /** The president presides but is not in the present list ("Monsieur le Maire" listed apart). */
  readonly presidentApart: boolean;
  readonly sessionDate: string | null;
  readonly french: boolean;
  /**
   * Nobody arrives, leaves or stands aside between the opening attendance and
   * `line`: the session's declared counts still hold there.
   */
  attendanceSteadyThrough(line: number): boolean;
}

/**
 * Wording of a member arriving, leaving or not taking part (folded text); a contract or a plan "arrive à échéance / à
 * mi-parcours" is no arrival, nor "l'état des lieux de sortie", "le sort de" a leaving, nor a candidate withdrawing between
 * two rounds of a ballot ("Second tour (Mme X se retire)", "retire sa candidature").
 */
const MOVEMENT =
  /\b(?:(?:arrive|arrivee|arrivees|arrivent|arrives)(?!\s+a\s+(?:echeance|terme|expiration|mi-parcours|son\s+terme|leur\s+terme))|rejoint|rejoignent|quitte|quittent|(?<!\btour\b[^\n]{0,60})(?:retire|retiree|retirees|retires|retirent)(?!\s+(?:sa|leur)\s+candidature)|(?<!\b(?:le|de|des|en)\s)(?:sort|sortent|sorti|sortie|sortis|sorties)|depart|part\s+a|s.absente|s.absentent|entre\s+en\s+seance|ne\s+prend\s+pas\s+part|ne\s+prennent\s+pas\s+part|pas\s+pris\s+part|ne\s+participe|ne\s+participent|ne\s+vote\s+pas|ne\s+votent\s+pas|ne\s+se\s+prononce|interesse|interessee)\b/;

/**
 * The president, named in `fold`, said to be the outgoing maire or president who did not stand again (folded texts):
 * « qui ne sollicitait pas de nouveau mandat », « qui n'a pas sollicité le renouvellement de son mandat de délégué ».
 */
function outgoingNotMember(fold: string, name: string): boolean {
  if (!/sortant/.test(fold)) return false;
  const surname = name.split(/\s+/).filter((w) => w.length > 2).sort((a, b) => b.length - a.length)[0];
  if (!surname) return false;
  for (let i = fold.indexOf(surname); i >= 0; i = fold.indexOf(surname, i + surname.length)) {
    if (/^[^.]{0,60}\bsortante?\b[^.]{0,80}\b(?:ne\s+(?:sollicit|brigu|demand)\w*\s+pas|n'\s?(?:a|avait)\s+pas\s+(?:sollicit|brigu|demand)\w*|non\s+(?:candidate?|reelue?)|ne\s+se\s+(?:represent\w*|presentait)|n'\s?(?:etait|est)\s+(?:pas\s+candidat|plus\s+(?:membre|conseill)))/.test(fold.slice(i, i + 220))) return true;
  }
  return false;
}

/**
 * True when the lists already name as many members as the seats in office (present, absent, excused, proxy givers,
 * each once): a president outside them holds no seat of his own (an outgoing maire opening an installation, « Nombre de
 * conseillers élus : 15 » with 14 present and 1 excused named), so he is not counted apart.
 */
function seatsAllNamed(parsed: ParsedDocument): boolean {
  const office = parsed.session.declared.members_in_office?.value;
  const att = parsed.session.attendance;
  if (!office || !att.present) return false;
  const named = new Set([...att.present, ...att.absent, ...att.excused, ...att.proxies.map((p) => p.giver)].map((p) => p.name.toLowerCase()));
  return named.size >= office;
}

/** True when `text` tells of a member arriving, leaving or not taking part (MOVEMENT on its fold). */
export function tellsMovement(text: string): boolean {
  // (folded by the table, the same string as foldForMovementSlow gives)
  return MOVEMENT.test(foldForMovement(text));
}

/** MOVEMENT made global, to find its first match in a text. */
const MOVEMENT_ALL = new RegExp(MOVEMENT.source, 'g');

/** Text as MOVEMENT reads it: lower case, no diacritics (not one character for one). */
const foldForMovementSlow = (s: string) => withoutMarks(s.toLowerCase().normalize('NFD'));

/**
 * For each UTF-16 unit of a lower-cased text: its NFD form without marks
 * ('' for a mark), null when the unit cannot be folded alone, undefined
 * when not known yet (see `unitFold`).
 */
const UNIT_FOLD: Array<string | null | undefined> = new Array(65536);
/** U+0345 (combining class 240) and U+0334 (class 1): around a character, NFD moves them when its class is not 0. */
const hasCombiningClass = (c: string) => ('\u0345' + c).normalize('NFD') !== '\u0345' + c || (c + '\u0334').normalize('NFD') !== c + '\u0334';

/**
 * NFD decomposes each character on its own, then reorders runs of
 * characters of a combining class other than 0. When every such character
 * is a mark, the marks dropped, the order does not show: the fold is the
 * fold of each unit. A surrogate, or a unit whose decomposition holds a
 * character of such a class that is no mark, is null (the whole text then
 * takes the slow way).
 */
function unitFold(code: number): string | null {
  let f = UNIT_FOLD[code];
  if (f === undefined) {
    const d = String.fromCharCode(code).normalize('NFD');
    f = '';
    for (const c of d) {
      if (c.length > 1 || (c.charCodeAt(0) >= 0xd800 && c.charCodeAt(0) <= 0xdfff)) {
        f = null;
        break;
      }
      if (MARK.test(c)) continue;
      if (hasCombiningClass(c)) {
        f = null;
        break;
      }
      f += c;
    }
    UNIT_FOLD[code] = f;
  }
  return f;
}

/**
 * `foldForMovementSlow(s)` (the same string), unit by unit with a table:
 * the text is lower-cased as a whole (a final sigma depends on what follows
 * it), then each unit outside ASCII is folded alone (see `unitFold`).
 */
function foldForMovement(s: string): string {
  const lower = s.toLowerCase();
  let out = '';
  let kept = 0;
  for (let i = 0; i < lower.length; i++) {
    const c = lower.charCodeAt(i);
    if (c < 128) continue;
    const f = unitFold(c);
    if (f === null) return foldForMovementSlow(s);
    if (f.length === 1 && f.charCodeAt(0) === c) continue;
    out += lower.slice(kept, i) + f;
    kept = i + 1;
  }
  return kept === 0 ? lower : out + lower.slice(kept);
}

/** 1 when a UTF-16 unit is a mark (`\p{M}`), 0 when not, -1 when not known yet. */
const MARK_UNIT = new Int8Array(65536).fill(-1);
const MARK = /^\p{M}$/u;

/**
 * `s.replace(/\p{M}/gu, '')`, by character codes (the regex is slow on long
 * texts): marks are code points from U+0300 on, a surrogate pair is one code
 * point (a lone surrogate is no mark).
 */
function withoutMarks(s: string): string {
  let out = '';
  let kept = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x300) continue;
    let width = 1;
    let mark: boolean;
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      width = 2;
      mark = MARK.test(s.slice(i, i + 2));
    } else {
      if (MARK_UNIT[c] === -1) MARK_UNIT[c] = MARK.test(String.fromCharCode(c)) ? 1 : 0;
      mark = MARK_UNIT[c] === 1;
    }
    if (mark) {
      out += s.slice(kept, i);
      kept = i + width;
    }
    i += width - 1;
  }
  return kept === 0 ? s : out + s.slice(kept);
}

/**
 * The lines from `from` (0-based) on, folded for MOVEMENT once, and its first
 * match there, for `attendanceSteadyThrough`. The fold of the first lines of
 * the tail is the tail's fold up to the matching line break: folding keeps
 * each '\n' and makes none, and neither the lower-casing context (a final
 * sigma) nor the canonical order of marks crosses a line break.
 */
interface MovementTail {
  readonly text: string;
  /** Where each folded line ends in `text` (exclusive), from line `from` on. */
  readonly ends: number[];
  /** MOVEMENT's first match in `text`: [start, end), or null. */
  readonly first: { start: number; end: number } | null;
}

function movementTail(lines: string[], from: number): MovementTail {
  const text = foldForMovement(lines.slice(from).join('\n'));
  const ends: number[] = [];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) ends.push(i);
  ends.push(text.length);
  MOVEMENT_ALL.lastIndex = 0;
  const m = MOVEMENT_ALL.exec(text);
  return { text, ends, first: m ? { start: m.index, end: m.index + m[0].length } : null };
}

/**
 * True when MOVEMENT matches the first `n` folded lines of the tail (n ≥ 1),
 * as `MOVEMENT.test` of those lines joined. Such a prefix is followed by a
 * '\n' in the tail (or ends it), which a pattern opening and closing with
 * `\b` reads as it reads the prefix's end: the prefix's matches are the
 * tail's matches that end within it. None starts before the tail's first
 * match; the one found there decides, unless it ends past the prefix (a
 * phrase cut by the line end: the prefix is searched itself).
 */
function movesWithin(tail: MovementTail, n: number): boolean {
  const end = tail.ends[n - 1]!;
  if (tail.first === null || tail.first.start >= end) return false;
  if (tail.first.end <= end) return true;
  return MOVEMENT.test(tail.text.slice(0, end));
}

export type FindingInput = Omit<Finding, 'rule' | 'deliberation'> & { deliberation?: number | null };
export type Report = (f: FindingInput) => void;

export interface Rule {
  readonly name: string;
  /** One line for people: what the rule checks. */
  readonly description: string;
  check(ctx: RuleContext, report: Report): void;
}

export function buildContext(parsed: ParsedDocument, text: string, pages: PageText[] = []): RuleContext {
  // the text's lines, cut when evidence is first quoted (most documents quote little)
  let cut: string[] | null = null;
  const lines = () => (cut ??= (text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text).split('\n'));
  const quote = (l: number) => {
    let t = (lines()[l - 1] ?? '').trim();
    if (t.length > 300) t = t.slice(0, 300) + '…';
    return t;
  };
  const pageFirst: number[] = [];
  if (pages.length > 1) {
    let l = 1;
    for (const p of pages) {
      pageFirst.push(l);
      l += p.text.trimEnd().split('\n').length;
    }
  }
  const pageOf = (line: number) => {
    let page: number | undefined;
    pageFirst.forEach((f, i) => {
      if (f <= line) page = i + 1;
    });
    return page;
  };
  const att = parsed.session.attendance;
  const sections = att.sections;
  const present = att.present;
  const presentComplete = present !== null && sections.filter((s) => s.kind === 'present').every((s) => s.complete);
  const proxySections = sections.filter((s) => s.kind === 'proxies');
  const absenceSections = sections.filter((s) => s.kind === 'absent' || s.kind === 'excused');
  // (without a proxy section the proxies are read in the absence lists: "Membres absents : X pouvoir à Y", cut by the excerpt)
  const proxiesComplete = proxySections.every((s) => s.complete) && att.proxies.every((p) => p.holder !== null) && (proxySections.length > 0 || absenceSections.every((s) => s.complete));
  const absenceStated = absenceSections.length > 0 && absenceSections.every((s) => s.complete);
  let tail: MovementTail | null = null;
  let movedInLists: boolean | null = null;
  const president = parsed.session.president;
  // (an outgoing maire opening an installation, « Monsieur X, Maire sortant, qui ne sollicitait pas de nouveau mandat »,
  // need not be a member: not counted apart)
  // (not one re-elected, outside the list: « M. X, Maire sortant, … déclare installés »)
  // (where the text names the president: « M. LE BRIS Alain, Maire sortant, qui ne sollicitait pas de nouveau mandat »)
  const outgoing = president !== null && /sortant/i.test(text) && outgoingNotMember(foldForMovementSlow(text), foldForMovementSlow(president.name));
  const presidentApart =
    president !== null &&
    !outgoing &&
    !seatsAllNamed(parsed) &&
    present !== null &&
    candidates(president.name, present).length === 0 &&
    candidates(president.name, [...att.absent, ...att.excused, ...att.proxies.map((p) => p.giver)]).length === 0;
  return {
    parsed,
    pages,
    text,
    evidence(...spans) {
      const out: EvidenceLine[] = [];
      const seen = new Set<number>();
      for (const s of spans) {
        if (!s) continue;
        for (let l = s.start; l <= Math.min(s.end, s.start + 5); l++) {
          if (seen.has(l)) continue;
          seen.add(l);
          const t = quote(l);
          if (!t) continue;
          const page = pageOf(l);
          out.push(page === undefined ? { line: l, text: t } : { line: l, page, text: t });
        }
      }
      return out;
    },
    lineText: quote,
    rawLines: lines,
    present,
    presentComplete,
    proxiesComplete,
    absenceStated,
    presidentApart,
    sessionDate: parsed.session.date,
    french: parsed.session.body.jurisdiction === 'FR',
    attendanceSteadyThrough(line) {
      // a member absent at the opening noted as arriving ("Absents à l'ouverture : Michel X, arrivé à 9 h 20 avant le vote
      // du point 1"): the counts of the opening attendance do not hold for the votes
      // (before the first vote; "arrivé à 20 h 05, après le vote du point 2" leaves the first votes' counts whole)
      movedInLists ??= [...att.absent, ...att.excused].some((p) => p.note !== null && /\b(?:arrivee?s?|rejoint)\b[^;]*\bavant\b/.test(foldForMovementSlow(p.note)));
      if (movedInLists) return false;
      // the lines after the attendance sections, up to `line` (excluded), folded once for all items
      const from = sections.reduce((m, s) => Math.max(m, s.span.end), 0);
      const n = Math.min(Math.max(from, line), lines().length) - from;
      if (n <= 0) return true;
      tail ??= movementTail(lines(), from);
      return !movesWithin(tail, n);
    },
  };
}

/**
 * The finding a rule leaves when it throws instead of checking: an info naming the rule and the cause, so that one
 * broken rule never stops the others or the document, and the report shows which rule could not run.
 */
export function ruleFailed(ruleName: string, error: unknown): Finding {
  return {
    code: 'RULE_FAILED',
    severity: 'info',
    message: `La règle « ${ruleName} » n’a pas pu s’appliquer : ${error instanceof Error ? error.message : String(error)}`,
    evidence: [],
    expected: null,
    actual: null,
    deliberation: null,
    rule: ruleName,
  };
}
