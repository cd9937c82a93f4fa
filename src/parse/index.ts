/**
 * text → ParsedDocument. Pure and synchronous; never throws on odd text.
 *
 *   header zone ── attendance block, counts, dates, president, secretary, body
 *   body ───────── deliberations (heading, subject, decisions, amounts, vote)
 */
import type { Attendance, DateMention, DeclaredCounts, DeclaredNumber, Deliberation, NameRef, PageText, ParsedDocument, Vote } from '../domain/index.ts';
import { parseEntry, type NameOrder } from './name-parse.ts';
import { CIVILITY_ABBREV, GIVEN_NAME } from './name-tokens.ts';
import { COUNT_KEYS, emptyCounts } from '../domain/index.ts';
import { PARSER_VERSION } from '../version.ts';
import { findActesStamp, findMatiere } from './actes.ts';
import { findAmounts } from './amounts.ts';
import { parseAttendance } from './attendance.ts';
import { findDecisionTable } from './decision-table.ts';
import { unframeObjetBox } from './objet-box.ts';
import { findBody } from './body.ts';
import { lastMovementCounts, parseCounts } from './counts.ts';
import { findDecisions } from './decisions.ts';
import { bureauOfficers, findPresident, findSecretary, personRef, presidentFromSignature, secretaryCertifying, secretaryFromSignature } from './officers.ts';
import { findPlace } from './place.ts';
import { findHeads, segmentBody, titleBeforeVote, titleLineAbove, readsAsTitle, type Segment } from './segment.ts';
import { closingFormulaDate, findSessionDates, footerSessionDate } from './session-dates.ts';
import { findDates } from './dates.ts';
import { collapseSpaces, foldText, SourceText } from './source.ts';
import { NUMBER_WORD as NUMBER_WORD_FR, parseFrenchNumber } from './french-numbers.ts';
import { findVote } from './votes.ts';
import { agendaChangeAsked } from './agenda-change.ts';
import { unmarginText, unrightColumnText, unsideBoxText, unstampText } from './margin-column.ts';
import { repairNames } from './name-repair.ts';
import { wholeCutName, wholeCutNames } from './line-cut-names.ts';
import { dropPresentCutByExcerpt, dropProxyCutByExcerpt } from './present-cut.ts';
import { decodeHtml } from './html-text.ts';
import { capBlankRuns } from './blank-runs.ts';
import { joinSpacedDashDates, unframeFormCounts, unleadFormFills } from './form-fills.ts';
import { unstampListLines } from './stamp-lines.ts';
import { readListNumbers } from './list-numbers.ts';
import { composeAccents } from './composed-text.ts';
import { matchesAfterClass, matchesAfterLower, replaceWordBeforeSpace } from './regex-gates.ts';

export interface ParseOptions {
  pages?: PageText[];
  /** Known members of the body (OCR repair). */
  roster?: string[];
}

/** How far into a document without attendance block the header may run. */
const HEADER_WITHOUT_ATTENDANCE = 1500;
/** Largest text parsed (characters); beyond it the rest is ignored for the header. */
const HEADER_SEARCH = 8000;

/**
 * `findHeads(src, 0, blockStart)`, the headings above the attendance block, found once per document: three readers look
 * there (`itemBefore`, `itemAboveAttendance`, `unheadedPiece`), none changes the text in between, and they only filter and
 * search the list (never change it or its headings).
 */
const headsAboveCache = new WeakMap<SourceText, { blockStart: number; heads: ReturnType<typeof findHeads> }>();
function headsAbove(src: SourceText, blockStart: number): ReturnType<typeof findHeads> {
  let hit = headsAboveCache.get(src);
  if (hit === undefined || hit.blockStart !== blockStart) {
    hit = { blockStart, heads: findHeads(src, 0, blockStart) };
    headsAboveCache.set(src, hit);
  }
  return hit.heads;
}

/**
 * Where the first item starts when a whole item (a deliberation heading,
 * then its decision and vote) comes before the attendance block; null
 * otherwise (the usual order: title, attendance, then the items).
 */
function itemBefore(src: SourceText, blockStart: number): number | null {
  const head = headsAbove(src, blockStart).find((h) => h.strength >= 2);
  if (!head) return null;
  const between = src.fold.slice(head.start, blockStart);
  return decidedThenVoted(between) || VOTED_THEN_DECIDED.test(between) || DELIBERATED_AND_VOTED.test(between) ? head.start : null;
}
/**
 * The formula that opens a decision, its vote in the same clause: "Le bureau, après en avoir délibéré, à l'unanimité :"
 * then the decisions in a list, whatever their verbs ("retient", "fixe", "charge").
 */
const DELIBERATED_AND_VOTED = /\bapres\s+en\s+avoir\s+delibere\b[^.;]{0,80}?\b(?:unanimite|voix\s+pour|pour\s*:?\s*\d{1,3})/;
/** A decision's verb (folded). */
const DECIDED = /\b(?:decide|adopte|adoptee|approuve|arrete)\b/;
/** A vote's words (folded). */
const VOTED = /\b(?:pour\s*:?\s*\d|unanimite|voix\s+pour|adopte)/;
/**
 * A decision, then its vote anywhere after it: "APPROUVE … Pour : 12", "décide … à l'unanimité". What
 * /DECIDED[\s\S]*VOTED/ matches, in two linear scans: the first decision ends earliest and leaves the most room, and no
 * vote starts right at its end (a word boundary there has a letter before it, a vote opens on one). The one regex
 * retried its unbounded run from every decision's word: quadratic over a long text.
 */
function decidedThenVoted(text: string): boolean {
  const d = DECIDED.exec(text);
  return d !== null && VOTED.test(text.slice(d.index + d[0].length));
}
/**
 * The vote first, then the decision it carries, in the same sentence: "le Conseil, à l'unanimité (19 voix pour), prend acte
 * … et approuve le rapport", "à l'unanimité, ACCEPTE le programme", "Pour : 16 – Contre : 2" / "APPROUVE …" (bounded: no
 * sentence end between them).
 */
const VOTED_THEN_DECIDED = /\b(?:unanimite|voix\s+pour|pour\s*:?\s*\d{1,3})[^.]{0,240}?\b(?:decide|adopte|adoptee|approuve|arrete|accepte|vote)\b/;

/**
 * An item whose heading stands above the attendance ("Délibération n° CP-2015-11-0307" /
 * "Rapport n° 3-07 – Fonds …", then the session, the lists, and its considerations and
 * decision): the text from the end of the lists to the next heading is its body, when it
 * decides or votes. The segment starts after the lists: the counts and names are the
 * session's, not a tally of the item.
 */
function itemAboveAttendance(src: SourceText, blockStart: number, bodyFrom: number, nextHead: number): Segment | null {
  if (nextHead <= bodyFrom) return null;
  const heads = headsAbove(src, blockStart).filter((h) => h.strength >= 2 || h.objet);
  if (heads.length === 0) return null;
  const body = src.fold.slice(bodyFrom, nextHead);
  if (!/\b(?:decide|decident|adopte|adoptee|approuve|arrete|delibere)\b/.test(body) || !/\b(?:unanimite|pour\s*:?\s*\d+|voix\s+pour|adopte|adoptee|approuve)\b/.test(body)) return null;
  const numbered = heads.find((h) => h.number);
  return { start: bodyFrom, end: nextHead, bodyStart: bodyFrom, number: numbered?.number ?? null, titles: heads.map((h) => h.title).filter(Boolean), objet: heads.some((h) => h.objet) };
}

/**
 * Typographic ligatures (ﬁ, ﬂ, ﬀ, ﬃ, ﬄ, ﬅ, ﬆ) spelled out: PDF text layers keep them
 * ("CHAﬀARD", "ﬁnances"), and no name or keyword matches them; inside a word in
 * capitals they are capitals. Lines are
 * unchanged, so every span (line numbers) still points at the document's text.
 */
function spellLigatures(text: string): string {
  if (!/[\uFB00-\uFB06]/.test(text)) return text;
  // in a word in capitals, in capitals: "CHAﬀARD" is CHAFFARD
  const upper = (c: string | undefined) => c !== undefined && /\p{Lu}/u.test(c);
  // (a page laid out in columns keeps them: each letter a ligature adds takes one space from the next gap of its line,
  // "Date d’afﬁchage :          Maryvonne, …" — the column after the gap stays where the layout put it)
  return text
    .split('\n')
    .map((line) => {
      if (!/[\uFB00-\uFB06]/.test(line)) return line;
      let added = 0;
      return line.replace(/[\uFB00-\uFB06]| {4,}/g, (m: string, at: number) => {
        if (m.startsWith(' ')) {
          const take = Math.min(added, m.length - 3);
          added -= take;
          return m.slice(take);
        }
        const letters = m.normalize('NFKC');
        added += letters.length - 1;
        return upper(line[at + 1]) || (upper(line[at - 1]) && !/\p{Ll}/u.test(line[at + 1] ?? '')) ? letters.toUpperCase() : letters;
      });
    })
    .join('\n');
}

/**
 * Inclusive writing with a middle dot spelled as the plural the readers know: « Présent·es : 14 », « Représenté·es : »,
 * « Excusé·es : X, Y », « Votant·es : 17 », « conseiller·ère·s » are « Présents », « Représentés », « Excusés »,
 * « Votants », « conseillers » (the feminine ending and its dots dropped, the plural's « s » kept). Lines are unchanged.
 */
const INCLUSIVE = /(?<=\p{L})[·∙⋅](?:e|ne|le|te|se|ère|ere|euse|rice|trice)(?:[·∙⋅]?(s))?(?!\p{L})/giu;
/**
 * The same with hyphens or full stops for the dots, the plural's mark written too (Switzerland: « Présent-e-s : », « Excusé-e-s : »,
 * « Présent.e.s »); a lone « -e » is not taken, a hyphen before a small letter may join words.
 */
const INCLUSIVE_HYPHENS = /(?<=\p{Ll})([-.])(?:e|ne|le|te|se|ère|ere|euse|rice|trice)\1(s)(?!\p{L})/gu;
function spellInclusive(text: string): string {
  if (/\p{Ll}([-.])e\1s(?!\p{L})/u.test(text)) text = text.replace(INCLUSIVE_HYPHENS, (_m: string, _sep: string, s: string) => s);
  // (the dots first: the pattern opening on a letter is tried at every letter)
  if ((!text.includes('·') && !text.includes('∙') && !text.includes('⋅')) || !/\p{L}[·∙⋅]\p{L}/u.test(text)) return text;
  return text.replace(INCLUSIVE, (_m: string, s: string | undefined) => s ?? '');
}

/** The words of the attendance and of the decisions a cut before an accented letter breaks (folded, accents off). */
const WORDS_OCR_CUTS = new Set(
  (
    'present presente presents presentes excuse excusee excuses excusees represente representee representes representees ' +
    'secretaire secretaires seance seances delibere deliberation deliberations deliberer designe designee designes delegue deleguee ' +
    'delegues deleguees suppleant suppleante suppleants suppleantes supplee suppleee president presidente presidence reuni reunie ' +
    'reunis etaient etait conseillere conseilleres procede remplace remplacee decide decident approuve approuvee adopte adoptee ' +
    'unanimite exprimes depart arrivee reunion comite proces presence presences general generale generaux fevrier decembre ' +
    'affiche affichee publie publiee premiere deuxieme troisieme quatrieme cinquieme sixieme donne donnee donnes donnees convoque convoquee convoques regulierement legalement deliberative resolu resolue'
  ).split(' '),
);
/**
 * A word cut by OCR before its accented letter ("Pr ésents", "excus és", "Secr étaire", "d élibéré"). Every word of the
 * vocabulary has its accents on an e (é, è): the piece after the cut starts with one (not « à », in every sentence).
 */
// (in capitals too, and cut more than once: "PR ÉSENTS", "D ÉL ÉGU ÉS", "F ÉVRIER")
const SPLIT_ACCENT = /(?<![\p{L}'’-])(\p{L}\p{Ll}*|\p{Lu}+) ([éè]\p{Ll}*(?: [éè]\p{Ll}*)*|[ÉÈ]\p{Lu}*(?!\p{Ll})(?: [ÉÈ]\p{Lu}*(?!\p{Ll}))*)/uy;
/** The same cut before a plain « e », after the few openings of the vocabulary's words ("Pr esents", "secr etaire", "d elibere"). */
const SPLIT_PLAIN_E = /(?<![\p{L}'’-])(pr|Pr|PR|secr|Secr|SECR|excus|Excus|EXCUS|repr|Repr|REPR|d|D|s|S|r|R) ([eE]\p{L}*)/uy;

/**
 * Where SPLIT_PLAIN_E can match (a superset: any case, its opening's start not after a letter, an apostrophe or a hyphen),
 * found from the cut itself. The gate before it reads `\b` in ASCII and passes on every « Après en » (« è » is no ASCII
 * letter): then the cut is tried at every space before an « e » of the text, for nothing.
 */
const PLAIN_E_CUT = /(?:pr|secr|excus|repr|d|s|r) e(?<=(?<![\p{L}'’-])(?:pr|secr|excus|repr|d|s|r) e)/iu;

/** A word whose accented letters OCR set apart between spaces: "pr é sents", "d é l é gu é s", "unanimit é" (see joinSplitAccents). */
const LONE_ACCENTS = /(?<![\p{L}'’-])(\p{L}+)((?: [éèÉÈ](?: \p{L}+(?= [éèÉÈ](?![\p{L}])))*(?: \p{L}+)?)+)(?![\p{L}])/gu;

/** LONE_ACCENTS' words joined when the joined word is one of the vocabulary's (WORDS_OCR_CUTS); the others left as written. */
function joinLoneAccents(text: string): string {
  return text.replace(LONE_ACCENTS, (m: string) => {
    // (the longest run of its pieces that makes a word of the vocabulary, from the first: "pr é sents", not "é sents : dix")
    const parts = m.split(' ');
    for (let k = parts.length; k >= 2; k--) {
      const whole = parts.slice(0, k).join('');
      if (WORDS_OCR_CUTS.has(foldText(whole))) return [whole, ...parts.slice(k)].join(' ');
    }
    return m;
  });
}

/**
 * A page OCR cut before an accented letter ("Pr ésents : …", "Absents excus és", "Secr étaire de séance"): the pieces of
 * the words the readers look for joined again (a fixed vocabulary: « les élus », « a été » stay apart).
 */
function joinSplitAccents(text: string): string {
  // (a lone accented letter between two spaces: "Pr é sents", "s é ance")
  if (/ [éèÉÈ](?: |$)/m.test(text)) text = joinLoneAccents(text);
  // (a piece starting with « ç », « ë », « ï » or « ü » is always a cut: no French word starts with one, "Fran çoise",
  // "Jo ëlle", "Ga ëlle", "Ma ïté")
  if (/ [çëïü]/.test(text)) text = text.replace(/(?<=\p{L}) (?=[çëïü]\p{Ll})/gu, '');
  // (« de m ême que », « m êmes »)
  if (text.includes(' ême')) text = text.replace(/(?<![\p{L}'’-])([mM]) (?=êmes?(?![\p{L}]))/gu, '$1');
  // (or before a plain « e » where a typewriter's text lost its accents: "Pr esents", "sous la pr esidence", "excus es")
  if (/\b(?:pr|secr|excus|repr|d|s|r) e/i.test(text) && PLAIN_E_CUT.test(text)) text = replaceWordBeforeSpace(text, SPLIT_PLAIN_E, (c) => c === 0x65 || c === 0x45, (m: string, a: string, b: string) => (WORDS_OCR_CUTS.has(foldText(a + b)) ? a + b : m), 'eE');
  // (the word may go on after a hyphen at the line's end: "sous la pr ési-" / "dence de Mme X")
  // (tried only at a space before é, è, É or È: none, nothing to join)
  if (!text.includes(' é') && !text.includes(' è') && !text.includes(' É') && !text.includes(' È')) return text;
  return replaceWordBeforeSpace(text, SPLIT_ACCENT, (c) => c === 0xe9 || c === 0xe8 || c === 0xc9 || c === 0xc8, (m: string, a: string, b: string, at: number) => {
    const whole = a + b.replace(/ /g, '');
    if (WORDS_OCR_CUTS.has(foldText(whole))) return whole;
    // (only the first cut: "PR ÉSENTS ÉTAIENT" is not one word)
    const first = b.split(' ')[0]!;
    const next = /^-[ \t]*\n[ \t]*(\p{Ll}+)/u.exec(text.slice(at + a.length + 1 + first.length, at + a.length + 1 + first.length + 40));
    return WORDS_OCR_CUTS.has(foldText(a + first)) || (next && WORDS_OCR_CUTS.has(foldText(a + first + next[1]!))) ? a + first + b.slice(first.length) : m;
  }, 'éèÉÈ');
}

/**
 * A given name a typewriter's OCR cut where its accent was lost, after the surname in capitals and before the entry's
 * end: "VIGUIER Andr e," "CELLIER No el", "MARTY Hel ene." — the pieces joined ("Andre", "Noel"). Not a word of the
 * language after a name ("DUPONT Jean et", "Anne de", "Paul fils").
 */
const CUT_GIVEN_NAME = /(?<=(?:^|[\s,;:(])\p{Lu}{2,}[\p{Lu}'’-]*[ \t]+)(\p{Lu}\p{Ll}{1,6}) (\p{Ll}{1,4})(?=[ \t]*(?:[,;.)]|\n|$))/gu;
const NOT_A_CUT = new Set(['de', 'du', 'des', 'la', 'le', 'les', 'et', 'ou', 'en', 'au', 'aux', 'a', 'à', 'dit', 'dite', 'née', 'ne', 'fils', 'père', 'pere', 'aîné', 'aine', 'jeune', 'veuve', 'épouse', 'sur', 'sous', 'par', 'pour', 'lès', 'les']);

function joinCutGivenNames(text: string): string {
  // (tried only where a Latin surname, given name and small piece stand so: the Unicode pattern costs ~50 µs a page)
  if (!/[A-ZÀ-ÞŒ]{2}[A-ZÀ-ÞŒ'’-]*[ \t]+[A-ZÀ-ÞŒ][a-zß-ÿœ]{1,6} [a-zß-ÿœ]{1,4}[ \t]*(?:[,;.)\n]|$)/m.test(text)) return text;
  return text.replace(CUT_GIVEN_NAME, (m, a: string, b: string) => (NOT_A_CUT.has(b) ? m : a + b));
}

/** A two-column table of proxies' header: "| Mandant | Mandataire |", "Membre absent | Pouvoir donné à". */
const MANDATE_HEADER = /^[ \t]*\|?[ \t]*(?:mandants?|donneurs?\s+de\s+pouvoir|(?:membres?\s+|conseill(?:er|ère)s?\s+)?absente?s?)[ \t]*\|[ \t]*(?:mandataires?|b[ée]n[ée]ficiaires?|porteurs?\s+du\s+pouvoir|pouvoir\s+donn[ée]\s+à|procuration\s+donn[ée]e\s+à)[ \t]*\|?[ \t]*$/i;

/**
 * A table of proxies drawn with pipes, "| Mandant | Mandataire |" / "|---|---|" / "| Mme A | M. B |": the header becomes
 * a « Pouvoirs : » heading and each row "A à B" (within each line, same length: spans stay valid), so that the proxies'
 * list reads it and no list of members takes its cells for names.
 */
function mandateTable(text: string): string {
  // (the pipe first: one search for a character, before the pattern's five words in any case)
  if (!text.includes('|') || !/mandat|b[ée]n[ée]ficiaire|porteur|pouvoir\s+donn|procuration\s+donn/i.test(text)) return text;
  const lines = text.split('\n');
  let changed = false;
  for (let i = 0; i < lines.length; i++) {
    if (!MANDATE_HEADER.test(lines[i]!)) continue;
    const head = lines[i]!;
    // (the header is longer than the heading: the line keeps its length)
    lines[i] = 'Pouvoirs :'.padEnd(head.length);
    changed = true;
    for (let k = i + 1; k < lines.length; k++) {
      const row = lines[k]!;
      if (/^[ \t|:+=-]+$/.test(row) && row.includes('-')) {
        lines[k] = ' '.repeat(row.length);
        continue;
      }
      const m = /^([ \t]*\|?[ \t]*)([^|\n]*\S)([ \t]*\|[ \t]*)(\S[^|\n]*?)([ \t]*\|?[ \t]*)$/.exec(row);
      if (!m || m[3]!.length < 3) break;
      // (the gap between the cells, three characters at least, becomes " … à ")
      lines[k] = ' '.repeat(m[1]!.length) + m[2] + ' '.repeat(m[3]!.length - 2) + 'à ' + m[4] + ' '.repeat(m[5]!.length);
    }
  }
  return changed ? lines.join('\n') : text;
}

/** A table's row drawn with pipes, its first or last rule possibly read as a letter by OCR ("l SARRAN Emilie | X | … |"). */
const PIPE_ROW = /^[ \t]*[|lI[\]!].*\|.*[|lI[\]!][ \t]*$/;
const isPipeRow = (line: string): boolean => line.includes('|') && PIPE_ROW.test(line);
/** A rule OCR read as a letter or a bracket, as such a row may hold it. */
const RULE_LETTER = new Set(['l', 'I', '[', ']', '!']);

/**
 * A table drawn with pipes whose OCR read a rule as a letter ("| NOM Prénom | Présent | Absent l Pouvoir à |",
 * "l SARRAN Emilie    |  X  |") and a cross as "><" ("|   ><    |"): the letter standing alone at a column where the
 * table's other rows have their rule is that rule, and the "><" in a cell is the mark "X " (same length: spans stay valid),
 * so that the table reads as the page draws it.
 *
 * Contract: returns the text unchanged unless three rows or more in a run open and close with a pipe; a rule's column is
 * one where half of those rows at least have a pipe; a letter is changed only there, a space (or the line's edge) on each
 * side of it.
 */
function ocrTableRules(text: string): string {
  if (!text.includes('|')) return text;
  const lines = text.split('\n');
  let changed = false;
  for (let i = 0; i < lines.length; ) {
    if (!isPipeRow(lines[i]!)) {
      i++;
      continue;
    }
    let j = i;
    while (j < lines.length && isPipeRow(lines[j]!)) j++;
    const rows = lines.slice(i, j);
    const drawn = rows.filter((r) => /^[ \t]*\|.*\|[ \t]*$/.test(r));
    if (drawn.length >= 3) {
      const pipes = new Map<number, number>();
      for (const r of drawn) for (let c = r.indexOf('|'); c >= 0; c = r.indexOf('|', c + 1)) pipes.set(c, (pipes.get(c) ?? 0) + 1);
      const rules = [...pipes].filter(([, n]) => n * 2 >= drawn.length).map(([c]) => c);
      for (let k = i; k < j; k++) {
        const chars = [...lines[k]!];
        // (a line with characters outside the BMP has no stable columns: left as it is)
        if (chars.length !== lines[k]!.length) continue;
        for (const c of rules) {
          if (!RULE_LETTER.has(chars[c] ?? '') || (c > 0 && chars[c - 1] !== ' ') || (c + 1 < chars.length && chars[c + 1] !== ' ')) continue;
          chars[c] = '|';
        }
        const row = chars.join('').replace(/(?<=\|[ \t]*)><(?=[ \t]*\|)/g, 'X ');
        if (row !== lines[k]) {
          lines[k] = row;
          changed = true;
        }
      }
    }
    i = j;
  }
  return changed ? lines.join('\n') : text;
}

/**
 * A civility as OCR misreads it, "rn" for "m": "Mrne Liliane BURNIER", "Mrnes A et B" are
 * "Mme", "Mmes" (within the line: spans stay valid).
 */
/**
 * The rule between two columns of names that OCR read as a letter or a bracket ("M. Patrice X, 2e adjoint    l Mme Nadine Y",
 * "RIGNAC      [ M. Claude Z"): a pipe, as the other lines of the page write it (same length). Only in a text whose rule
 * OCR read right on two lines or more, before a civility.
 */
const RULE_READ_AS_LETTER = /(?<=\S {2,})[lI[\]](?= +(?:M\.|Mme|Mlle|MM\.|Mmes|Monsieur|Madame)\s)/g;
/** (or between two « NOM Prénom » apart by single spaces: "ESPINASSE Hervé l FOURCADE Laetitia") */
const RULE_BETWEEN_NAMES = /(?<=\p{Lu}{2}[\p{Lu}'’-]* \p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)? )[lI](?= \p{Lu}{2}[\p{Lu}'’-]* \p{Lu}\p{Ll})/gu;
function ocrColumnRules(text: string): string {
  if (!text.includes(' | ')) return text;
  if ((text.match(/ {2,}\| +(?:M\.|Mme|Mlle|MM\.|Mmes|Monsieur|Madame)\s/g)?.length ?? 0) >= 2) text = text.replace(RULE_READ_AS_LETTER, '|');
  if ((text.match(/\p{Ll} \| \p{Lu}{2}/gu)?.length ?? 0) >= 3) text = text.replace(RULE_BETWEEN_NAMES, '|');
  return text;
}

/** "M," for "M." after a list's separator or a preposition, before a name in capitals or a capitalised given name then a surname in capitals. */
const OCR_COMMA_CIVILITY = /(?<=(?:[:,;]|(?<!\p{L})(?:de|à|par|et))[ \t]+)M,(?=[ \t]+(?:\p{Lu}{2,}[\p{Lu}'’-]*(?!\p{Ll})|\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?[ \t]+\p{Lu}{2,}))/gu;
function spellOcrCivilities(text: string): string {
  // ("M. Ie Maire": a capital I for the article's l before an office, same length)
  if (text.includes(' Ie ')) text = text.replace(/(?<=\s)Ie(?=\s+(?:[Mm]aire|MAIRE|[Pp]r[ée]sident|[Cc]onseil|[Ss]ecr[ée]taire)\b)/g, 'le');
  // ("M, LACOMBE René" opening a line: the civility's full stop read as a comma, before a surname in capitals)
  if (text.includes('M, ')) text = text.replace(/(?<=^|\n)([ \t]*)M,(?=[ \t]+\p{Lu}{2,}[\p{Lu}'’ -]*[ \t]+\p{Lu}\p{Ll})/gu, '$1M.');
  // (or inside a list or a sentence, after a separator or a preposition, before a name: "Présents : M, Jean-Marc X,",
  // "- Commune d'A : M, Robert X, M. Yves Y", "à M, Jean-Marc X", "sous la présidence de M, X" / "Marcel, Maire.")
  if (text.includes('M, ')) text = text.replace(OCR_COMMA_CIVILITY, 'M.');
  // ("MIle ESCOUBES": Mademoiselle's l read as a capital I, before a name or an office; "MIle" is no word, same length)
  if (text.includes('MI')) text = text.replace(/(?<![\p{L}\d])MI(?=les?\.?\s+(?:\p{Lu}|la\s|le\s))/gu, 'Ml');
  if (!text.includes('Mrne') && !text.includes('M me')) return text;
  // (or the civility split by a space: "M me Manon X"; "Mrne" is no word: before an office too, "Mrne la conseillère Julie X")
  return text.replace(/(?<![\p{L}\d])(?:Mrne|M me)(s?)(?=\.?\s+\p{Lu})|(?<![\p{L}\d])Mrne(s?)(?=\s+(?:la|le|les)\s)/gu, (_m, a?: string, b?: string) => 'Mme' + (a ?? b ?? ''));
}

/**
 * A heading set in letter-spaced capitals, read by the extraction one letter at a time ("P R É S E N T S : …",
 * "E X C U S É S :", "R E G I S T R E   D E S   D É L I B É R A T I O N S"): its words are rejoined, the spaces
 * removed padding the run's end, so offsets are kept. A run is four capitals or more, each one space apart, words
 * three spaces apart, ending a line or before a colon or a gap; not a row of marks ("X X X X": one letter, no vowel).
 */
const SPACED_LETTERS = /(?<![\p{L}\d.])\p{Lu}(?: \p{Lu}){3,}(?:   \p{Lu}(?: \p{Lu})+)*(?=[ \t]*(?::|\n|$)|[ \t]{3,}\S)/gmu;
function unspaceLetters(text: string): string {
  // (the same test as /\p{Lu} \p{Lu} \p{Lu} \p{Lu}/u opened on its first space: a Unicode class tried at every character costs
  // twice as much)
  if (!/ \p{Lu} \p{Lu} \p{Lu}(?<=\p{Lu} \p{Lu} \p{Lu} \p{Lu})/u.test(text)) return text;
  return text.replace(SPACED_LETTERS, (run) => {
    if (!/[AEIOUYÀ-ÆÈ-ÏÒ-ÖÙ-Ü]/.test(run) || new Set(run.replace(/ /g, '')).size < 3) return run;
    const joined = run.split('   ').map((w) => w.replace(/ /g, '')).join(' ');
    return joined + ' '.repeat(run.length - joined.length);
  });
}

/**
 * A printed form's blank filled in by hand, read by OCR with a space between the digits and the blank's underscores
 * around them ("Nombre de membres en exercice : _ 1 8 _", "Date de convocation : 1 4 / 6 / 83", "Séance du :  2 3  juin
 * 1983"): the figure is whole again ("18", "14/6/83", "23"), spaces padding the value's end (same length: spans stay
 * valid).
 *
 * Contract: only a label's value — after a colon, up to the line's end, a gap of three spaces or a word — made of digits,
 * spaces, underscores and slashes, whose digits before any slash are two single digits or more one space apart (never a
 * figure of thousands, "1 250 000", nor a single "9"), and that is a blank's (underscores), a date's (slashes) or a day
 * before its month: a tally's figures in a row, "Pour / Contre / Abstention : 8 5 0", stay apart.
 */
const FORM_VALUE = /(?<=:[ \t]*)[_\d][_\d /]*?(?=[ \t]*$|[ \t]{3,}|[ \t]+\p{L})/gmu;
const MONTH_AFTER = /^[ \t]*(?:janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[ûu]t|septembre|octobre|novembre|d[ée]cembre)\b/i;
export function unspaceFormDigits(text: string): string {
  if (!/:[ \t]*_?[ \t]*\d \d(?!\d)/.test(text)) return text;
  return text.replace(FORM_VALUE, (value: string, at: number) => {
    if (!/[_/]/.test(value) && !MONTH_AFTER.test(text.slice(at + value.length, at + value.length + 24))) return value;
    const day = value.split('/')[0]!.replace(/_/g, ' ').trim().split(/ +/);
    if (day.length < 2 || !day.every((d) => /^\d$/.test(d))) return value;
    const whole = value.replace(/_/g, ' ').trim().replace(/(?<=\d) (?=\d)/g, '').replace(/(?<=\d) *\/ *(?=\d)/g, '/');
    return whole.padEnd(value.length);
  });
}

/** An attendance heading opening its line, glued to the civility or the given name of the first member by a PDF's extraction ("PrésentsMme X", "PouvoirsGérard Y à …"; the staff's "ASSISTAIENT ÉGALEMENTMme Z, directrice"). */
// (or in capitals: "ABSENTM. X", "ABSENTEMme Y")
const GLUED_HEADING = /^([ \t]*(?:(?:[ÉE]taient\s+|(?:D[ée]l[ée]gu[ée]s|Membres|Conseillers|[ÉE]lus)\s+)?[Pp]r[ée]sent(?:e|s|es)?|(?:[ÉE]TAIENT\s+)?PR[ÉE]SENTE?S?|SECR[ÉE]TAIRE(?:\s+DE\s+S[ÉE]ANCE)?|ABSENTE?S?|EXCUS[ÉE]E?S?|POUVOIRS?|PROCURATIONS?|[Aa]bsente?s?(?:\s+(?:excus[ée]e?s?|repr[ée]sent[ée]e?s?))?(?:\s+ayant\s+donn[ée]\s+(?:pouvoirs?|procurations?))?|[Ee]xcus[ée]e?s?|[Rr]epr[ée]sent[ée]e?s?|[Pp]ouvoirs?|[Pp]rocurations?|[Ss]ecr[ée]taire(?:\s+de\s+s[ée]ance)?|ASSIST(?:AIENT|AIT|ENT)\s+(?:[ÉE]GALEMENT|AUSSI)|[Aa]ssist(?:aient|ait|ent)\s+(?:[ée]galement|aussi)))(?=(?:M\.|Mme|MM\.|Mmes|Mlle|Monsieur|Madame)[ \t]|\p{Lu}\p{Ll})/gmu;
/** A count box glued cell to cell ("Membres en exercice15Présents12Pouvoirs2Votants14"): its labels and numbers. */
const GLUED_COUNT = /(?<=[a-zé])(\d{1,3})(?=\p{Lu}\p{Ll}|[ \t]*$)/gmu;

/** The words GLUED_BEFORE_HEADING looks for after a lowercase letter. */
const HEADING_WORD = /Absent|Excus|Pouvoir|Procuration|Repr[ée]sent|Secr[ée]taire|Objet|Pr[ée]sent/g;
/** A name glued to the next heading by an export that lost its line breaks ("BORIE EstelleAbsent représenté : …", "NOAILHAC ChantalSecrétaire de séance : …"). */
const GLUED_BEFORE_HEADING = /(?<=\p{Ll})(?=(?:Absente?s?|Excus[ée]e?s?|Pouvoirs?|Procurations?|Repr[ée]sent[ée]e?s?|Secr[ée]taire|Objet|Pr[ée]sente?s?)\b[^:\n]{0,40}:)/gu;

/**
 * The cells of a signed PDF's text layer glued together at their borders: a heading and the first name ("PrésentsMme
 * Françoise X", "Absents représentésM. Éric Y"), a count box's labels and numbers ("Membres en exercice15Présents12").
 * A colon goes between them, a dash after each number (not "3 Votants": a count before its label) — within the line:
 * spans stay valid.
 */
/** `/\p{Lu}{2}(?:M\.|Mme)\s/u` and `/(?:\d|\p{Lu})(?:Pour|…)[ \t]*:/u` tested from their words (see matchesAfterClass). */
const CIVILITY_AFTER_CAPITALS = /(?:M\.|Mme)\s/g;
const UPPER = /^\p{Lu}$/u;
const TALLY_LABEL = /(?:Pour|Contre|Abstentions?|Votants|Exprim[ée]s)[ \t]*:/g;
const DIGIT_OR_UPPER = /^(?:\d|\p{Lu})$/u;
function unglueCells(text: string): string {
  let out = text;
  // (a space between, in the line: spans stay valid)
  if (matchesAfterLower(out, HEADING_WORD)) out = out.replace(GLUED_BEFORE_HEADING, ' ');
  // (no gate: the pattern itself, anchored at line starts, is cheaper than any test for a glued cell)
  out = out.replace(GLUED_HEADING, '$1 : ');
  // a surname in capitals glued to the next member's civility ("Élodie FAVRAT-GUILLONM. Kévin HAMMADI"): a gap between
  if (matchesAfterClass(out, CIVILITY_AFTER_CAPITALS, UPPER, 2)) out = out.replace(/(?<=\p{Lu}{2})(?=(?:M\.|Mme)[ \t]+(?!Mme|Mlle)\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?[ \t]+\p{Lu}{2})/gu, '     ');
  // a civility and a given name glued to the surname in capitals, two text items of one line ("M. FrédéricCAZAUBON"): a space
  // between, even once in a text (respaceLostSpaces waits for three glued civilities); not a Scottish "Mac" ("M. MacLEOD")
  if (/\p{Ll}\p{Lu}{2}/u.test(out)) out = out.replace(GIVEN_NAME_GLUED_ONCE, '$1 ');
  // a member's commune in brackets glued to the next column's civility by a two-column extraction ("M. Didier X, Président
  // (Poncey-sur-Ourbise)Mme Josette Y (Saint-Ourbin)"): the two cells of one row, a gap between as on the other rows
  if (/\)(?:M\.|Mme)[ \t]/.test(out)) out = out.replace(/(?<=\([^()\n]{2,60}\))(?=(?:M\.|Mme)[ \t]+\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?[ \t]+\p{Lu}{2})/gu, '     ');
  // a count glued to the next count's label in small letters, "Nombre de membresen exercice : 11présents : 9votants : 10"; a date
  // glued to its label, "Date de convocation10/10/2013"
  if (/\d(?:pr[ée]sents?|votants|pouvoirs?|procurations?|absents?|excus[ée]s?|repr[ée]sent[ée]s?)\s*:/.test(out)) {
    out = out.replace(/(?<=:[ \t]*)(\d{1,3})(?=(?:pr[ée]sents?|votants|pouvoirs?|procurations?|absents?|excus[ée]s?|repr[ée]sent[ée]s?)[ \t]*:)/g, '$1 – ').replace(/\b(membres|conseillers|d[ée]l[ée]gu[ée]s)(?=en exercice\b)/g, '$1 ');
  }
  // a tally's cells glued, "ADOPTÉPour : 33Contre : 0Abstentions : 2": a space before each label
  if (matchesAfterClass(out, TALLY_LABEL, DIGIT_OR_UPPER)) out = out.replace(/(?<=\d|\p{Lu}{2})(?=(?:Pour|Contre|Abstentions?|Votants|Exprim[ée]s)[ \t]*:)/gu, ' – ');
  if (/(?:convocation|affichage)\d/.test(out)) out = out.replace(/\b(convocation|affichage)(?=\d{1,2}[/.]\d{1,2}[/.]\d{2,4})/g, '$1 : ');
  if (/[a-zé]\d{1,3}\p{Lu}\p{Ll}/u.test(out)) {
    out = out.replace(/^[^\n]*$/gm, (line) => ((line.match(/[a-zé]\d{1,3}(?:\p{Lu}\p{Ll}|[ \t]*$)/gu)?.length ?? 0) >= 2 ? line.replace(GLUED_COUNT, (_m, n: string, at: number) => (/^[ \t]*$/.test(line.slice(at + n.length)) ? ` : ${n}` : ` : ${n} – `)) : line));
  }
  return out;
}

/** A civility glued to the given name after it, "M.Gérard", "MmeAnnie": the mark of a text layer that lost its spaces. */
const CIVILITY_GLUED = new RegExp(String.raw`(?<![\p{L}.])${CIVILITY_ABBREV}(?=\p{Lu}\p{Ll})`, 'gu');
/** A civility glued to the word before it ("deM. X", "àMme Y", "Dupont,M. X"): where a space goes back. */
const CIVILITY_GLUED_BEFORE = new RegExp(String.raw`(?<=\p{Ll}|,)(?=${CIVILITY_ABBREV}[ \t]?\p{Lu})`, 'gu');
/** A civility and a given name glued to the surname in capitals after them ("M. GérardLEBRETON"): where a space goes back. */
const GIVEN_NAME_GLUED = new RegExp(String.raw`(?<=${CIVILITY_ABBREV}[ \t]${GIVEN_NAME})(?=\p{Lu}{2})`, 'gu');
/** The same, matched from the civility (see unglueCells): the civility and the given name, a surname wholly in capitals after them. */
const GIVEN_NAME_GLUED_ONCE = new RegExp(String.raw`(?<![\p{L}])(${CIVILITY_ABBREV}[ \t]+(?!Ma?c\p{Lu})\p{Lu}\p{Ll}{2,}(?:-\p{Lu}\p{Ll}+)?)(?=\p{Lu}{2}[\p{Lu}'’-]*(?!\p{Ll}))`, 'gu');
/** Words of the attendance's headings and counts run together where spaces were lost: the first word and where the next starts. */
const GLUED_HEADING_WORDS = /(?<![\p{L}])([ÉE]taient|[Aa]bsente?s|[Ee]xcus[ée]e?s|[Ee]n|[Dd]e|[Dd]ate|[Nn]ombre)(?=pr[ée]sente?s|excus[ée]|ayant|repr[ée]sent|exercice|s[ée]ance|convocation|d['’]affichage|conseillers|de\b)/gu;

/**
 * A text layer that lost most of its spaces ("Étaientprésents :M.GérardLEBRETON, Maire,MmeAnnie GUÉRIN", "Enexercice :27"),
 * told by three civilities glued to a given name at least: a space goes back after each civility, before a civility glued to
 * the word before it ("deM. X", "àMme Y"), between a given name and the surname in capitals glued to it, before a bracket
 * glued to that surname ("CORDIER(pouvoir à …)"), and between the words of the attendance's headings and counts run together. Within the line: spans stay valid.
 */
function respaceLostSpaces(text: string): string {
  if ((text.match(CIVILITY_GLUED)?.length ?? 0) < 3) return text;
  return text
    .replace(CIVILITY_GLUED_BEFORE, ' ')
    .replace(CIVILITY_GLUED, '$& ')
    .replace(GIVEN_NAME_GLUED, ' ')
    .replace(/(?<=\p{Lu}{2})\((?=\p{Ll})/gu, ' (')
    .replace(GLUED_HEADING_WORDS, '$1 ');
}

/** A count's label in a table's header row ("Délégués en exercicePrésentsPouvoirsVotants", "En exercice | Présents | Votants"). */
// (or a vote's tally, "VotantsPourContreAbstention" / "29  27  0  2")
const COUNT_CELL = /(?:(?:conseillers|membres|d[ée]l[ée]gu[ée]s|titulaires)\s+)?(?:en\s+exercice|aff[ée]rents|pr[ée]sents|repr[ée]sent[ée]s|pouvoirs|procurations|votants|absents|excus[ée]s|exprim[ée]s|suffrages\s+exprim[ée]s|pour|contre|abstentions?)/giy;

/**
 * A table of counts flattened to two lines, its labels' row then its numbers' row ("Délégués en exercicePrésentsPouvoirsVotants"
 * / "20 15 2 17"): the labels' line gets each number after its label ("Délégués en exercice : 20 – Présents : 15 – …") and
 * the numbers' line is blanked. Lines are kept, so every span (line numbers) still points at the document's text.
 */
// (a scan's rules read as "l" or a bracket between the numbers: "| 15     l 9     | 3     ]")
function tableCounts(text: string): string {
  if (!/\n[ \t|]*\d{1,3}(?:(?:[ \t|]|(?<= )[lI[\]](?= ))+\d{1,3}){2,}[ \t|\]]*(?:\n|$)/.test(text)) return text;
  const lines = text.split('\n');
  for (let i = 0; i + 1 < lines.length; i++) {
    const numbers = /^[ \t|]*\d{1,3}(?:(?:[ \t|]|(?<= )[lI[\]](?= ))+\d{1,3}){2,}[ \t|\]]*$/.test(lines[i + 1]!) ? lines[i + 1]!.match(/\d{1,3}/g)! : null;
    if (!numbers) continue;
    const labels: string[] = [];
    // (a table's rule between the labels and the numbers, "|——————|———|": the labels' row above it; its pipes skipped)
    const ruled = /^[\s|+:=_\-–—‾]+$/.test(lines[i]!) && /[-–—_=]/.test(lines[i]!) && i > 0;
    const labelRow = ruled ? i - 1 : i;
    const row = lines[labelRow]!;
    let at = row.search(/[^\s|]/);
    if (at < 0) continue;
    while (at < row.length) {
      COUNT_CELL.lastIndex = at;
      const m = COUNT_CELL.exec(row);
      if (!m) break;
      labels.push(m[0]);
      at = COUNT_CELL.lastIndex;
      while (at < row.length && /[ \t|]/.test(row[at]!)) at++;
    }
    if (at < row.replace(/[\s|]+$/, '').length || labels.length !== numbers.length) continue;
    lines[labelRow] = labels.map((l, k) => `${l} : ${numbers[k]}`).join(' – ');
    lines[i + 1] = ' '.repeat(lines[i + 1]!.length);
  }
  return lines.join('\n');
}

/**
 * A web page's link to the rest of a document cut by the page ("[Lire la suite – document PDF, 3 pages]") near the
 * end, only the site's furniture after it: the extract ends there. The lines after it are blanked (lines kept: spans
 * stay valid), so that a list cut by the page is read as cut.
 */
function cutAtReadMore(text: string): string {
  const m = /\n[ \t]*\[?[ \t]*(?:lire|voir|afficher|consulter)[ \t]+la[ \t]+suite\b[^\n]*(?=\n|$)/i.exec(text.slice(-800));
  if (!m) return text;
  const at = text.length - Math.min(800, text.length) + m.index;
  const rest = text.slice(at);
  if (/pr[ée]sents?|absents?|excus[ée]|pouvoir|procuration|d[ée]lib[ée]r|vot(?:e|ant)|objet|unanimit/i.test(rest.slice(m[0].length))) return text;
  return text.slice(0, at) + rest.replace(/[^\n]/g, ' ');
}

/**
 * A Québec roll run on one line, each member's seat ending the entry before the next civility ("Mme Julie X,
 * conseillère au siège no 1 M. Réal Y, conseiller au siège no 2 …"): a comma after each seat (within the line: spans
 * stay valid).
 */
function separateSeats(text: string): string {
  if (!/si[èe]ge\s+(?:no|n°|#)\s*\d{1,2}[ \t]+(?:M\.|Mme)/i.test(text)) return text;
  // (the seat before each member, the list opening with one: "les conseillers : siège no 1 M. X siège no 2 Mme Y": each
  // seat is a separator — a comma, then blanks: same length)
  if (/:[ \t]*si[èe]ge\s+(?:no|n°|#)\s*\d{1,2}[ \t]+(?:M\.|Mme|Madame|Monsieur)\s/i.test(text)) {
    return text.replace(/si[èe]ge\s+(?:no|n°|#)\s*\d{1,2}(?=[ \t]+(?:M\.|Mme|Madame|Monsieur)\s)/gi, (seat) => ',' + ' '.repeat(seat.length - 1));
  }
  return text.replace(/(si[èe]ge\s+(?:no|n°|#)\s*\d{1,2})(?=[ \t]+(?:M\.|Mme|Madame|Monsieur)\s)/gi, '$1,');
}

/**
 * Text copied from an e-mail or a Markdown page: the quoting marks of a forwarded message
 * ("> Présents :", "> > …") opening five lines or more, Markdown emphasis around words
 * ("**Présents :** …", "__Objet__") and heading marks opening a line ("## Relevé de décisions")
 * are removed. Lines are unchanged, so every span (line numbers) still points at the document's text.
 */
function unmarkText(text: string): string {
  let out = text;
  // a vote's label glued to the word in capitals before it by the extraction ("SCRUTINPOUR : 29"): a space between
  // (within the line: spans stay valid)
  if (/[A-ZÀ-Þ]{3}(?:POUR|CONTRE|ABSTENTIONS?)\s*:\s*\d/.test(out)) out = out.replace(/(?<=[A-ZÀ-Þ]{3})(POUR|CONTRE|ABSTENTIONS?)(?=\s*:\s*\d)/g, ' $1');
  if (out.includes('>') && (out.match(/^[ \t]*>/gm)?.length ?? 0) >= 5) out = out.replace(/^[ \t]*(?:>[ \t]?)+/gm, '');
  if (out.includes('**') || out.includes('__')) out = out.replace(/(\*\*|__)(?=\S)([^*_\n]{1,200}?\S)\1/g, '$2');
  if (out.includes('#') && /^#{1,6}[ \t]/m.test(out)) out = out.replace(/^#{1,6}[ \t]+(?=\S)/gm, '');
  // a transcription's handwritten addition, "[mention manuscrite : M. Laffont à M. Roche]": its words are the document's
  // (the brackets and the label blanked, offsets kept)
  if (out.includes('[') && /\[\s*(?:mention\s+)?manuscrit/i.test(out)) {
    out = out.replace(/\[(\s*(?:mention\s+manuscrite|manuscrit|ajout\s+manuscrit)\s*:\s*)([^\]\n]*)\]/gi, (_m, label: string, words: string) => ' '.repeat(label.length + 1) + words + ' ');
  }
  return out;
}

/** Line numbers (1-based) of the lines wholly in bold ("**Tarifs de la salle des fêtes**"), one title each. */
function boldLines(text: string): Set<number> {
  const out = new Set<number>();
  text.split('\n').forEach((line, i) => {
    if (/^[ \t]*\*\*(?=\S)[^*\n]{4,160}\S\*\*[ \t]*:?[ \t]*$/.test(line)) out.add(i + 1);
  });
  return out;
}

/** A page's running title: the session named, then its page ("… du 16 octobre 2018 – page 2/5"). */
// (or the body first, the page after a wide gap: "SIAEP des Coteaux – Comité syndical du 14 mars 2023        page 1/3")
const RUNNING_TITLE = /^[ \t]*(?:(?:proc[eè]s[- ]verbal|compte[- ]rendu)\b[^\n]{0,80}?|[^\n]{0,80}?(?<=^|[\s'’])(?:conseil|comit[ée]|s[ée]ance|r[ée]union|bureau|assembl[ée]e)(?=\s)[^\n]{0,40}?)\bdu\s+[^\n]{6,40}?(?:[ \t]*[-–—|,][ \t]*|[ \t]{2,})(?:page|p\.)\s*\d{1,2}\s*(?:\/|sur)\s*\d{1,2}[ \t]*$/gim;
function runningTitleDate(src: SourceText, from: number, session: string): DateMention | null {
  if (!/page|p\./i.test(src.norm.slice(from))) return null;
  for (const m of src.norm.slice(from).matchAll(RUNNING_TITLE)) {
    const at = from + m.index!;
    const d = findDates(src.fold.slice(at, at + m[0].length)).find((x) => x.iso !== null);
    if (d && d.iso !== session) {
      return { date: d.iso!, role: 'session', weekday: d.weekday, text: src.norm.slice(at + d.start, at + d.end), span: src.span(at + d.start, at + d.end) };
    }
  }
  return null;
}

/**
 * "Mme Valérie X, Secrétaire de zone.", "Mme Catherine X, Directrice générale, Secrétaire." closing the attendance (after a line the lists did not read): the Belgian or
 * Luxembourg secretary who keeps the minutes, named with the office, in the 600 characters before `end`.
 */
function staffSecretaryNamed(src: SourceText, end: number, order: NameOrder): NameRef | null {
  const from = Math.max(0, end - 600);
  // (or « NOM Prénom » without civility, the next sentence run on after the office: "BRASSEUR Nathalie, Directrice générale,
  // Secrétaire Monsieur le Président ouvre la séance …"); the pattern is case-blind for the office's words, so the name
  // is checked apart: a civility or capitals first, as written
  const m = [...src.norm.slice(from, Math.min(src.norm.length, end + 200)).matchAll(/(?:^|[\n;])[ \t]*((?:M\.|Mme|Monsieur|Madame)\s+[^,;\n]{3,60}|[A-ZÀ-Þ]{2}[A-ZÀ-Þ'’ -]*\s+[A-ZÀ-Þ][a-zß-ÿ][^,;\n]{0,30}),\s+(?:la\s+|le\s+)?(?:secr[ée]taire\s+(?:communale?|de\s+zone|g[ée]n[ée]rale?|du\s+CPAS)|directeur\s+g[ée]n[ée]ral|directrice\s+g[ée]n[ée]rale)(?:\s*,\s*secr[ée]taire)?\s*[.;]?[ \t]*(?:\n|$|(?=(?:Monsieur|Madame|M\.|Mme|Le|La)\s))/gi)].filter((x) => /^(?:M\.|Mme|Monsieur|Madame)\s/i.test(x[1]!) || /^\p{Lu}{2}/u.test(x[1]!)).at(-1);
  if (!m) return null;
  const at = from + m.index! + m[0].indexOf(m[1]!);
  const p = parseEntry(m[1]!, at, order).people[0];
  return p ? personRef(src, p) : null;
}

/** A line of the chair's own above the lists: "Présidence :  M. X, syndic" (folded). */
const PRESIDENCE_LINE = /^[ \t]*presidence[ \t]*:/;
/**
 * A Swiss, Belgian or Luxembourg chair written on a « Présidence : » line of its own right above the list of the present and
 * not repeated in it (the président of a legislative, the syndic of a Municipalité, a bourgmestre): a member present, first.
 * Only there: in France such a line may name a chair who is no member (a préfet), and the maire is listed anyway.
 */
function chairOnPresidenceLine(src: SourceText, attendance: Attendance, president: NameRef | null, jurisdiction: string | null): Attendance {
  if (!president || !attendance.present?.length || (jurisdiction !== 'CH' && jurisdiction !== 'BE' && jurisdiction !== 'LU')) return attendance;
  if (!PRESIDENCE_LINE.test(foldText(src.lineText(president.span.start)))) return attendance;
  const list = attendance.sections.find((x) => x.kind === 'present');
  // (the list right below: the lines between are other labels of the same block, 4 at most)
  if (!list || list.span.start <= president.span.start || list.span.start - president.span.start > 4) return attendance;
  const key = foldText(president.name).replace(/[^a-z]/g, '');
  const named = [...attendance.present, ...attendance.absent, ...attendance.excused, ...attendance.staff];
  if (named.some((p) => foldText(p.name).replace(/[^a-z]/g, '') === key)) return attendance;
  return { ...attendance, present: [{ ...president, role: president.role ?? 'président' }, ...attendance.present] };
}

/** The whole role of a Belgian or Luxembourg secretary listed among the present. */
const STAFF_IN_LIST = /^\s*(?:secr[ée]taire(?:\s+(?:communale?|du\s+cpas|g[ée]n[ée]rale?|de\s+zone|f\.\s?f\.?|faisant\s+fonction))?|directeur\s+g[ée]n[ée]ral|directrice\s+g[ée]n[ée]rale)\s*\.?\s*$/i;

/** A count as a sentence writes it, in figures or in words ("14", "quinze", "dix-sept"): its value, or null. */
const countWritten = (written: string): number | null => (/^\d+$/.test(written) ? Number(written) : parseFrenchNumber(written));

/** A count stated by the whole match `m` of a sentence: its value, the sentence as written, its span. */
function declaredBy(src: SourceText, m: RegExpExecArray, value: number): DeclaredNumber {
  return { value, text: collapseSpaces(src.norm.slice(m.index, m.index + m[0].length)), span: src.span(m.index, m.index + m[0].length) };
}

/** "(Il / Elle / M. X) dénombre dix-sept conseillers présents": the present members the one presiding counts. */
const COUNTED_PRESENT = new RegExp(String.raw`\bdenombre\s+(\d{1,3}|${NUMBER_WORD_FR}(?:[ -]+${NUMBER_WORD_FR})*)\s+(?:conseill(?:ers|eres)|membres|delegues)(?:\s+municipaux|\s+communautaires)?\s+presents\b`);
function countedPresent(src: SourceText): DeclaredNumber | null {
  if (!src.fold.includes('denombre')) return null;
  const m = COUNTED_PRESENT.exec(src.fold);
  if (!m) return null;
  const value = countWritten(m[1]!);
  return value === null ? null : declaredBy(src, m, value);
}

/** "le quorum est atteint : 14 conseillers présents sur 15" (figures): the members present and in office it states. */
// (an article's number may come between: "la condition de quorum posée à l'article L.2121-17 du CGCT est remplie (14
// conseillers présents sur 15)")
const QUORUM_COUNT = /\bquorum\b(?:[^.;\n]|\.(?=\d)){0,100}?\b(\d{1,3})\s+(?:conseill\w+\s+|membres\s+|delegue\w*\s+)?presents?\s+sur\s+(\d{1,3})\b/;
/** "… constate que 14 conseillers sont présents et 1 représenté …" (an installation's roll call): present, and represented. */
// (or said with the quorum: "la condition de quorum … est remplie, 14 conseillers étant présents" ("… et 1 représenté"),
// "…, quinze conseillers étant présents")
// (the number in words too: "constate que les quinze conseillers sont présents"; or after the members in office: "Le conseil
// compte 15 membres en exercice ; 14 sont présents")
const ROLL_COUNT = new RegExp(String.raw`\bconstate\s+que\s+(?:les\s+)?(\d{1,3}|${NUMBER_WORD_FR}(?:[ -]+${NUMBER_WORD_FR})*)\s+(?:conseill\w+|membres|delegue\w*)\s+sont\s+presents?(?:\s+et\s+(\d{1,3})\s+representee?s?)?|\bquorum\b(?:[^.;]|\.(?!\s)){0,120}?,\s*(\d{1,3}|${NUMBER_WORD_FR}(?:[ -]+${NUMBER_WORD_FR})*)\s+(?:conseill\w+|membres|delegue\w*)\s+etant\s+presents?\b(?:\s+et\s+(\d{1,3})\s+representee?s?\b)?|(?:\b(\d{1,3})\s+(?:membres|conseill\w+)\s+)?\ben\s+exercice\s*[;,]\s*(\d{1,3})\s+(?:sont|etaient)\s+presents?\b`);
/**
 * (or the members first, the seats after « sur », then the verb: "Le quorum est constaté : huit (8) membres du conseil sur
 * neuf (9) sont présents", Québec; each count in figures or in words, the words' figure in brackets read as the same count)
 */
const COUNT_WRITTEN = String.raw`(\d{1,3}|${NUMBER_WORD_FR}(?:[ -]+${NUMBER_WORD_FR})*)(?:[ \t]*\([ \t]*\d{1,3}[ \t]*\))?`;
const QUORUM_MEMBERS_ON_SEATS = new RegExp(
  String.raw`\bquorum\b(?:[^.;\n]|\.(?=\d)){0,100}?\b${COUNT_WRITTEN}\s+(?:conseill\w+|membres|delegue\w*)(?:\s+(?:du|de\s+la)\s+(?:conseil|comite|commission))?\s+sur\s+${COUNT_WRITTEN}\s+(?:sont|etaient|etant)\s+presents?\b`,
);
function quorumCount(src: SourceText): { present: DeclaredNumber; inOffice: DeclaredNumber } | null {
  if (!src.fold.includes('quorum')) return null;
  const m = QUORUM_COUNT.exec(src.fold) ?? QUORUM_MEMBERS_ON_SEATS.exec(src.fold);
  const present = m ? countWritten(m[1]!) : null;
  const inOffice = m ? countWritten(m[2]!) : null;
  if (!m || present === null || inOffice === null || present > inOffice) return null;
  return { present: declaredBy(src, m, present), inOffice: declaredBy(src, m, inOffice) };
}

/** "… déclare les quinze conseillers municipaux élus installés dans leurs fonctions": the members in office an installation states. */
const INSTALLED = new RegExp(String.raw`\bdeclare\s+(?:installes\s+)?les\s+(\d{1,3}|${NUMBER_WORD_FR}(?:[ -]+${NUMBER_WORD_FR})*)\s+conseill\w+(?:\s+municipaux)?(?:\s+elus)?(?:\s+installes)?\b`);
function installedCount(src: SourceText): DeclaredNumber | null {
  if (!src.fold.includes('installes')) return null;
  const m = INSTALLED.exec(src.fold);
  if (!m || !/installes/.test(m[0] + src.fold.slice(m.index + m[0].length, m.index + m[0].length + 20))) return null;
  const value = countWritten(m[1]!);
  return value === null ? null : declaredBy(src, m, value);
}

/** The members present (and represented) an installation's roll call or quorum sentence states (ROLL_COUNT). */
function rollCount(src: SourceText): { present: DeclaredNumber; represented: DeclaredNumber | null; inOffice: DeclaredNumber | null } | null {
  if (!src.fold.includes('constate que') && !src.fold.includes('etant present') && !src.fold.includes('sont present')) return null;
  const m = ROLL_COUNT.exec(src.fold);
  if (!m) return null;
  const value = countWritten(m[1] ?? m[3] ?? m[6]!);
  if (value === null) return null;
  const represented = m[2] ?? m[4];
  return { present: declaredBy(src, m, value), represented: represented ? declaredBy(src, m, Number(represented)) : null, inOffice: m[5] ? declaredBy(src, m, Number(m[5])) : null };
}

/**
 * A second convocation after a session without quorum (no quorum needed then, CGCT L2121-17):
 * "deuxième / 2ème / seconde / nouvelle convocation", "convoqué à nouveau", "reconvoqué",
 * "le quorum n'ayant pas été atteint", "ne s'est pas trouvé en nombre suffisant",
 * "délibère valablement quel que soit le nombre des membres présents".
 */
// (or "convoqué de nouveau", "le quorum n'avait pas été atteint", "a pu délibérer … sans condition de quorum")
const RECONVOCATION =
  /\b(?:deuxi[èe]me|2\s?(?:[èe]me|e)|seconde|nouvelle)\s+convocation\b|\bconvoqu[ée]e?s?\s+(?:(?:à|a)\s+nouveau|de\s+nouveau)\b|\breconvoqu|\bquorum\s+n'(?:a|avait|ayant|[ée]tant)\s+pas\s+[ée]t[ée]\s+atteint|\bsans\s+condition\s+de\s+quorum\b|\bpas\s+(?:trouv[ée]e?s?|r[ée]unie?s?)\s+en\s+nombre\s+suffisant|\b(?:de|[àa])\s+nouveau\s+convoqu|\bfaute\s+de\s+quorum\b|\bn'ayant\s+pas\s+atteint\s+le\s+quorum|\bquel\s+que\s+soit\s+le\s+nombre\s+des?\s+(?:membres|conseillers|d[ée]l[ée]gu[ée]s)\s+pr[ée]sents/i;

/** The bourgmestre, named by the office, opening or chairing the session. */
// (or the session held under the office, no name after it: "Sous la présidence de Mme la bourgmestre, la séance est
// ouverte à 17h00", "sous la présidence du bourgmestre")
const BOURGMESTRE_CHAIRS = /\b(?:le|la)\s+bourgmestre\s+(?:ouvre|preside|declare\s+(?:la\s+seance\s+)?ouverte)\b|\bsous\s+la\s+presidence\s+(?:de\s+(?:m\.|mme|monsieur|madame)\s+(?:le|la)|du|de\s+la)\s+bourgmestre\b(?!\s*,?\s*(?:m\.|mme|monsieur|madame)\s)/;

/** RECONVOCATION in the text's first `end` characters; tried only when one of its words is there. */
function reconvened(src: SourceText, end: number): boolean {
  const fold = src.fold.slice(0, end);
  if (!/nouveau|reconvoq|quorum|suffisant|quel que|(?:deuxieme|2\s?e(?:me)?|seconde|nouvelle)\s+convocation/.test(fold)) return false;
  return RECONVOCATION.test(src.norm.slice(0, end));
}

/**
 * The secretary of the session designated inside an item, past the header (an installation session's
 * « Formation du bureau »: "Mme X, benjamine du conseil, est désignée en qualité de secrétaire de séance"):
 * only that explicit sentence, the first one in the text.
 */
// (or « secrétaire » alone ending its clause: "Mme X, la plus jeune, est désignée secrétaire.")
// (or cut there by the excerpt: "… est désignée secrétaire de séa")
const DESIGNATED_SECRETARY = /\b(?:est|a\s+ete)\s+(?:designee?|elue?|nommee?)\s+(?:en\s+qualite\s+de\s+|comme\s+|pour\s+remplir\s+les\s+fonctions\s+de\s+)?secretaire(?:\s+de\s+(?:la\s+)?seance\b|(?=\s*[.;])|(?=\s+de\s+(?:la\s+)?s[a-z]{0,5}\s*$))/;
const CONFIDED_SECRETARY = /\bconfi(?:er|e|ee)\s+(?:le\s+)?secretariat\s+(?:de\s+(?:la\s+)?seance\s+)?a\s+(?=(?:m\.|mme|mlle|mr|monsieur|madame)\s)/;
/** An installation's bureau, the verb said once: "M. X et Mme Y sont désignés assesseurs, M. Z secrétaire." */
const BUREAU_SECRETARY = /\b(?:sont|ont\s+ete)\s+designee?s\s+(?:comme\s+)?assesseu(?:r|se)s\s*,\s*(?=(?:m\.|mme|mlle|mr|monsieur|madame)\s[^,;.:]{2,60}?\ssecretaire\b)/;
/** Said actively: "le conseil désigne Mme Elise X, benjamine de l'assemblée, en qualité de secrétaire de séance" (or cut there). */
// (or the office right after the name: "le conseil municipal, à l'unanimité, désigne Mme Odile X secrétaire de séance")
const DESIGNATES_SECRETARY = /\b(?:designe|designer|elit|nomme|nommer)\s+(?:a\s+l'\s?unanimite\s+)?(?=(?:m\.|mme|mlle|monsieur|madame)\s)[^.;]{3,120}?(?:\ben\s+qualite\s+de\s+secretaire\b|\s(?:comme\s+)?secretaire\s+de\s+(?:la\s+)?seance\b)/;
function secretaryDesignatedLater(src: SourceText, order: NameOrder): NameRef | null {
  if (!src.fold.includes('secretaire') && !src.fold.includes('secretariat')) return null;
  const m = DESIGNATED_SECRETARY.exec(src.fold);
  if (!m) {
    const a = DESIGNATES_SECRETARY.exec(src.fold);
    if (a) return findSecretary(src, a.index, a.index + a[0].length, order);
    // "M. le Maire propose de confier le secrétariat de séance à Mme X": the name after
    const c = CONFIDED_SECRETARY.exec(src.fold) ?? BUREAU_SECRETARY.exec(src.fold);
    return c ? findSecretary(src, c.index, Math.min(src.norm.length, c.index + c[0].length + 80), order) : null;
  }
  const start = Math.max(0, src.norm.lastIndexOf('. ', m.index) + 2, src.norm.lastIndexOf('\n', m.index) + 1);
  return findSecretary(src, start, m.index + m[0].length, order);
}

/**
 * The printed frame of a register page read by OCR as a '|' opening and
 * closing most lines ("|  Présents : 9      |"), or opening them only (the
 * right edge lost): blanked (offsets kept) when three lines in five or more
 * carry it. Tables drawn with pipes have more than two on a line and are
 * left alone.
 */
const FRAMED_LINE = /^\s*\|[^|]*(?:\|\s*)?$/;
/** A table drawn with box-drawing characters ("│ Présents │  5 │", "├────┼────┤"): the ASCII rules the readers know (same length). */
function unboxText(text: string): string {
  if (!/[\u2500-\u257f]/.test(text)) return text;
  return text.replace(/[\u2502\u2503\u2551]/g, '|').replace(/[\u2500\u2501\u2550]/g, '-').replace(/[\u2500-\u257f]/g, '+');
}
/** An attendance heading alone in a box's row ("| PRÉSENTS              |", "| POUVOIRS |"): its pipes blanked (offsets kept). */
const BOXED_HEADING = /^([ \t]*)\|([ \t]*(?:(?:[EÉ]TAIENT[ \t]+)?PR[ÉE]SENTE?S|POUVOIRS|PROCURATIONS|ABSENTE?S(?:[ \t]+(?:EXCUS[ÉE]E?S|REPR[ÉE]SENT[ÉE]E?S))?|EXCUS[ÉE]E?S|REPR[ÉE]SENT[ÉE]E?S|[EÉ]taient[ \t]+pr[ée]sents|Pr[ée]sents|Pouvoirs|Procurations|Absents(?:[ \t]+excus[ée]s)?|Excus[ée]s)[ \t]*:?[ \t]*)[|\]lI]?([ \t]*)$/gm;
function unframeText(text: string): string {
  if (text.includes('|')) text = text.replace(BOXED_HEADING, (_m, a: string, heading: string, b: string) => `${a} ${heading} ${b}`.replace(/ $/, '').padEnd(_m.length));
  // a box OCR drew with letters ("I Nombre de Conseillers en exercice …… : 15     I")
  if (/\n[ \t]*[Il][ \t][^\n]*[ \t][Il][ \t]*\n/.test(text)) {
    text = (unframeBox(text.split('\n')) ?? text.split('\n')).join('\n');
    // (and its horizontal rules: "I_____I_____I", "I-----I-----I")
    text = text.replace(/^([ \t]*)I((?:[_-]{3,}I)+)[ \t]*$/gm, (m) => m.replace(/I/g, '|'));
  }
  if (!text.includes('|')) return text;
  const lines = text.split('\n');
  const filled = lines.filter((l) => l.trim() !== '');
  const framed = filled.filter((l) => FRAMED_LINE.test(l));
  if (framed.length < 5 || framed.length < filled.length * 0.6) return unframeMargin(lines) ?? text;
  return lines.map((l) => (FRAMED_LINE.test(l) ? l.replace(/^(\s*)\|/, '$1 ').replace(/\|(\s*)$/, ' $1') : l)).join('\n');
}

/**
 * A table whose column rule OCR read as a letter: "Mme Hélène VIGIER        l  M. Patrick LACOSTE" under
 * "MANDANT     l  MANDATAIRE" / "------l------": on three lines or more in a row, the lone "l" or "I" standing
 * between two runs of spaces at the same place (±1) becomes the "|" it is (offsets kept).
 */
const LETTER_RULE = /^(.*\S)( {2,})([lI])( {2,})(?=\S)/;
const DASHED_RULE = /^[ \t]*-{3,}[lI]-{3,}[ \t]*$/;
function unruleLetters(text: string): string {
  if (!/ {2}[lI] {2}/.test(text)) return text;
  const lines = text.split('\n');
  // a table's rules read « l » on every other row, the rows between keeping their « | » at the same columns
  // ("ANQUETIL Chantal   l         l   X    l" under "BERTHELOT Annick   |   X     |        |"): each such « l » a rule
  let ruled = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (!/ [lI](?: |$)/.test(line)) continue;
    const near = [lines[i - 1] ?? '', lines[i + 1] ?? ''];
    if (!near.some((n) => (n.match(/\|/g)?.length ?? 0) >= 2)) continue;
    const fixed = line.replace(/(?<= )[lI](?= |$)/g, (l, at: number) => (near.some((n) => n[at] === '|') ? '|' : l));
    if (fixed !== line) [lines[i], ruled] = [fixed, true];
  }
  if (ruled) text = lines.join('\n');
  const at = lines.map((l) => {
    const m = LETTER_RULE.exec(l);
    if (m) return m[1]!.length + m[2]!.length;
    return DASHED_RULE.test(l) ? l.search(/[lI]/) : -1;
  });
  let changed = false;
  for (let i = 0; i < lines.length; ) {
    if (at[i]! < 0) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < lines.length && at[j]! >= 0 && Math.abs(at[j]! - at[i]!) <= 1) j++;
    if (j - i >= 3) {
      for (let k = i; k < j; k++) lines[k] = lines[k]!.slice(0, at[k]!) + '|' + lines[k]!.slice(at[k]! + 1);
      changed = true;
    }
    i = j;
  }
  return changed ? lines.join('\n') : text;
}

/** A line of a margin column read with its rule: one '|' opening it, none after ("| PRESENTS", "| M. GADRAT Pierre"). */
const MARGIN_LINE = /^[ \t]*\|(?=[^|]*$)/;

/**
 * The margin column of a register page read apart (before or after the text), each of its lines opened
 * by the column's rule: the rule is blanked (offsets kept) on runs of five such lines or more, so that
 * its headings open their lines. Null when there is none.
 */
function unframeMargin(lines: string[]): string | null {
  const marked = lines.map((l) => MARGIN_LINE.test(l));
  const blank = marked.map(() => false);
  for (let i = 0; i < lines.length; ) {
    if (!marked[i]) {
      i++;
      continue;
    }
    let j = i;
    while (j < lines.length && marked[j]) j++;
    if (j - i >= 5) for (let k = i; k < j; k++) blank[k] = true;
    i = j;
  }
  if (!blank.includes(true)) return null;
  return lines.map((l, i) => (blank[i] ? l.replace(/\|/, ' ') : l)).join('\n');
}

/** A line inside a box whose sides OCR read as letters: "I Nombre de Conseillers en exercice …… : 15     I". */
const BOX_LINE = /^([ \t]*)[Il]([ \t].*[ \t])[Il]([ \t]*)$/;

/** The sides of a box of two lines or more blanked (offsets kept), or null when there is none. */
function unframeBox(lines: string[]): string[] | null {
  const inBox = lines.map((l) => BOX_LINE.test(l));
  // (a rule of the box, "I-----I-----I", makes its neighbour a line of the box too)
  const boxed = lines.map((l, i) => inBox[i] || /^[ \t]*I(?:[_-]{3,}I)+[ \t]*$/.test(l));
  let found = false;
  const out = lines.map((l, i) => {
    if (!inBox[i] || !(boxed[i - 1] || boxed[i + 1])) return l;
    found = true;
    // (a table drawn the same way, "I NOM - Prénom   I Présent I Absent I": its rules become the bars they are)
    if (/[ \t][I|][ \t]/.test(BOX_LINE.exec(l)![2]!)) return l.replace(/(?<=^[ \t]*|[ \t])[Il](?=[ \t]|$)/g, '|');
    return l.replace(BOX_LINE, (_m, a: string, mid: string, b: string) => `${a} ${mid} ${b}`);
  });
  return found ? out : null;
}

/** An extract's closing formula: what follows it on the page is no part of the act. */
const CLOSING = /\b(?:pour\s+(?:copie|extrait)\s+(?:certifiee?\s+)?conforme|au\s+registre\s+(?:sont|suivent)\s+les\s+signatures)\b/;
/** CLOSING made global, built once (not per document): `matchAll` copies it, its lastIndex stays 0. */
const CLOSING_ALL = new RegExp(CLOSING.source, 'g');
/** What an item that decides holds. */
const DECIDING = /unanimit|\bvot[ée]|adopt|approuv|d[ée]cid|\bpour\s*:\s*\d|\bvoix\b|d[ée]lib[ée]r/;

/**
 * Items after an extract's closing formula ("Pour copie conforme, Le Maire,", "Au registre sont les
 * signatures") that decide nothing, with neither a number nor « Objet : », are the rest of the page — a prefecture's stamp, the margin column read
 * last ("SOUS-PRÉFECTURE DE BRIANÇON" / "ARRIVÉE LE 19 SEP. 1991" / "PRESENTS : …") —, not items: dropped.
 */
function afterClosing(src: SourceText, segments: Segment[]): Segment[] {
  if (segments.length === 0 || !/conforme|signatures/.test(src.fold)) return segments;
  // (after the last such formula only: a minutes' acts may each close with one, the next act opening after it)
  let last = -1;
  for (const m of src.fold.matchAll(CLOSING_ALL)) last = m.index!;
  if (last < 0) return segments;
  // (an item numbered or headed « Objet : » is one, whatever the excerpt keeps of it: "2013-08 – TARIFS DE LA CANTINE")
  return segments.filter((s) => s.start < last || s.number !== null || s.objet || DECIDING.test(src.fold.slice(s.start, s.end)));
}

/** How far into the first item a convocation sentence is read when the header dates none (its visas may come first). */
const FIRST_ITEM_CONVOCATION = 1500;
/**
 * A clause of the first item that tells how the convocation was sent ("Vu la convocation adressée aux membres …",
 * "convoqué par courrier du …", a Québec "avis de convocation … signifié à tous les membres du conseil le …"); without
 * one, a dated convocation there is another body's ("la convocation à son assemblée générale ordinaire du 22 juin 2016":
 * the date of that meeting, not of a sending).
 */
const CONVOCATION_SENT = /\bconvo(?:cations?|quee?s?)\b[^.;]{0,160}?\b(?:adressee?s?|envoyee?s?|expediee?s?|transmise?s?|notifiee?s?|signifiee?s?|par\s+(?:voie\s+(?:postale|electronique|de\s+presse)|courriers?|lettres?|courriels?|e?-?mails?|publication|avis|affichage))\b/;

/**
 * The passes that turn a text as extracted into the text the readers read, in their order (first applied first). Each
 * keeps the document's lines (spans and pages point at them) and only blanks, joins or respaces inside them.
 */
const TEXT_PASSES: ReadonlyArray<(text: string) => string> = [
  // (runs of blanks longer than a page is wide are cut first, to 400: many patterns below try a run split by split)
  capBlankRuns,
  composeAccents,
  decodeHtml,
  cutAtReadMore,
  spellInclusive,
  spellLigatures,
  unleadFormFills,
  unframeFormCounts,
  joinSpacedDashDates,
  readListNumbers,
  unspaceFormDigits,
  unspaceLetters,
  joinSplitAccents,
  joinCutGivenNames,
  ocrTableRules,
  mandateTable,
  tableCounts,
  respaceLostSpaces,
  unglueCells,
  ocrColumnRules,
  spellOcrCivilities,
  separateSeats,
  unmarkText,
  unruleLetters,
  unboxText,
  unframeObjetBox,
  unframeText,
  unstampListLines,
  // (a stamp beside a margin column is blanked first: its pieces end the lines only as the page lays them out)
  unstampText,
  // a left margin column beside the text (pdftotext -layout) is moved after the text on each line
  unmarginText,
  unrightColumnText,
  unsideBoxText,
];

export function parseText(text: string, options: ParseOptions = {}): ParsedDocument {
  let read = text;
  for (const pass of TEXT_PASSES) read = pass(read);
  const src = new SourceText(read, options.pages);
  // (lines wholly in bold are titles: their marks are gone from the text read)
  if (text.includes('**')) src.titleLines = boldLines(text);
  const len = src.norm.length;
  const att = parseAttendance(src, 0, Math.min(len, HEADER_SEARCH));
  // the secretary line after the lists belongs to the header (up to its sentence end)
  const secretaryLine = /secr[ée]taire(?:\s+de\s+s[ée]ance)?\s*:[^\n]{0,120}?(?=\.\s|\n|$)/i.exec(src.norm.slice(att.block?.end ?? 0, (att.block?.end ?? 0) + 300));
  let headerEnd = att.block ? att.block.end : Math.min(len, HEADER_WITHOUT_ATTENDANCE);
  if (att.block && secretaryLine) headerEnd = att.block.end + secretaryLine.index + secretaryLine[0].length;
  // without an attendance block, items may start anywhere: segment the whole text;
  // an attendance annexed after the decision ("État des présences", after the vote) does not hide it
  const annexed = att.block ? itemBefore(src, att.block.start) : null;
  const bodyFrom = annexed !== null ? annexed : att.block ? headerEnd : 0;
  // a « relevé de décisions » in a table: one item per row, its vote in the row
  const table = findDecisionTable(src, bodyFrom, len);
  const tableStart = table ? table[0]!.seg.start : len;
  const tableEnd = table ? table[table.length - 1]!.seg.end : 0;
  const segments = afterClosing(src, segmentBody(src, bodyFrom, len));
  if (table) {
    const kept = segments.filter((s) => s.end <= tableStart || s.start >= tableEnd);
    segments.splice(0, segments.length, ...kept.filter((s) => s.end <= tableStart), ...table.map((t) => t.seg), ...kept.filter((s) => s.start >= tableEnd));
    // (the text under the table up to the next item, a note on its votes or amounts — "La décision modificative n° 2
    // s'équilibre à 64 250 €" —, was in a segment the table replaced: it goes with the table's last row, not lost)
    const last = table[table.length - 1]!.seg;
    const next = segments[segments.indexOf(last) + 1];
    last.end = Math.max(last.end, next ? next.start : len);
  }
  const opening = att.block && annexed === null ? itemAboveAttendance(src, att.block.start, headerEnd, segments[0]?.start ?? len) : null;
  if (opening) segments.unshift(opening);
  // (an agenda change voted before the first numbered item, under a heading of its own: "Modification de l'ordre du jour")
  const agendaChange = !opening && segments.length > 0 ? agendaChangeItem(src, bodyFrom, segments[0]!.start) : null;
  if (agendaChange) segments.unshift(agendaChange);
  // (in minutes published as one paragraph, whose items the inline headings found: the labels of such
  // pages read the vote before the first number as the first item's)
  let unheaded: Segment | null = null;
  if (!opening && segments.length > 0 && segments[0]!.start > bodyFrom && oneParagraph(src, bodyFrom, segments[0]!.start)) {
    unheaded = unheadedVote(src, bodyFrom, segments[0]!.start);
    if (unheaded) segments.unshift(unheaded);
  }
  // (an unheaded first vote right after the lists starts no heading: the counts written between them are the session's,
  // "… Secrétaire de séance : X Nombre de conseillers : En exercice : 23 Présents : 18 …")
  // (a roll call as the first item, "1. Appel" / "L'appel fait constater la présence de 13 membres sur les 15 en fonction.":
  // its counts are the session's too)
  const firstAt = unheaded && segments[0] === unheaded ? 1 : 0;
  const rollCall = /^appel(?:\s+nominal)?\s*$/.test(foldText(segments[firstAt]?.titles[0] ?? ''));
  const firstHead = segments[firstAt + (rollCall ? 1 : 0)]?.start ?? len;
  const zoneEnd = att.block ? Math.min(len, Math.max(headerEnd, Math.min(firstHead, headerEnd + 600))) : Math.min(len, HEADER_WITHOUT_ATTENDANCE);

  let declared = parseCounts(src, 0, zoneEnd);
  // an installation session counts its members in its second item: "Il dénombre quatorze conseillers présents et constate …"
  if (declared.present === null) declared = { ...declared, present: countedPresent(src) };
  // … or in the sentence stating the quorum, past the header: "le quorum est atteint : 14 conseillers présents sur 15"
  if (declared.present === null && declared.members_in_office === null) {
    const q = quorumCount(src);
    if (q) declared = { ...declared, present: q.present, members_in_office: q.inOffice };
  }
  // … or the members it installs: "déclare les onze conseillers municipaux élus installés dans leurs fonctions"
  if (declared.members_in_office === null) {
    const installed = installedCount(src);
    if (installed) declared = { ...declared, members_in_office: installed };
  }
  if (declared.present === null) {
    const r = rollCount(src);
    if (r) declared = { ...declared, present: r.present, ...(r.represented && declared.proxies === null ? { proxies: r.represented } : {}), ...(r.inOffice && declared.members_in_office === null ? { members_in_office: r.inOffice } : {}) };
  }
  let dates = findSessionDates(src, 0, zoneEnd, att.block ? Math.max(att.block.end, 600) : zoneEnd);
  // a running footer or header naming the session with its page ("Procès-verbal du conseil municipal du 16 octobre 2018
  // – page 2/5") gives the session's date too: another date there is a second date for the session
  if (dates.date !== null) {
    const footer = runningTitleDate(src, 0, dates.date);
    if (footer) dates = { ...dates, date: null, mentions: [...dates.mentions, footer] };
  }
  // a page with no heading (published from « PRÉSENTS : » on) dated only by its closing « Fait et délibéré en séance, le … »,
  // or only by its running line at the page's foot: "Séance du 12 mars 2021 – Commune de Beaufort"
  if (!dates.mentions.some((m) => m.role === 'session')) {
    const late = closingFormulaDate(src, zoneEnd) ?? footerSessionDate(src, zoneEnd);
    if (late) dates = { ...dates, date: late.date, mentions: [...dates.mentions, late] };
  }
  // a convocation named only where the first item adopts the agenda sent with it: "1. Adoption de l'ordre du jour" /
  // "L'ordre du jour, tel qu'envoyé avec la convocation du 5 septembre 2014, est adopté"
  const agendaItem = segments.find((seg) => seg.start >= zoneEnd);
  const firstItem = segments.find((seg) => seg.start >= (att.block?.end ?? 0));
  const withConvocation = (item: ReturnType<typeof findSessionDates>) =>
    item.convocationMention ? { ...dates, convocation: item.convocation, convocationMention: item.convocationMention, mentions: [...dates.mentions, item.convocationMention] } : dates;
  if (dates.convocation === null && agendaItem && agendaItem === firstItem && /^(?:adoption|approbation|lecture)\s+de\s+l['’]\s?ordre\s+du\s+jour\b/i.test(foldText(agendaItem.titles.at(-1) ?? ''))) {
    dates = withConvocation(findSessionDates(src, agendaItem.bodyStart, Math.min(agendaItem.end, agendaItem.bodyStart + 400), 0));
  }
  // … or in the first item's own text, its visas or the chair's opening words: "Vu la convocation adressée aux membres du
  // Conseil le 18 janvier 2019 ;", "constate que le Conseil a été convoqué par courrier du 23 janvier 2026" (only a clause
  // that dates the sending of the convocation counts, classify's 'convocation' role)
  if (dates.convocation === null && firstItem) {
    const to = Math.min(firstItem.end, firstItem.bodyStart + FIRST_ITEM_CONVOCATION);
    if (CONVOCATION_SENT.test(src.fold.slice(firstItem.bodyStart, to))) dates = withConvocation(findSessionDates(src, firstItem.bodyStart, to, 0));
  }
  const body = findBody(src, 0, zoneEnd);
  // the maire presides a municipal council unless the text names someone else
  // (a "sous la présidence de" later in the body may be the doyen presiding one item)
  const bureau = bureauOfficers(src, 0, zoneEnd, att.order);
  // (the presidency of one item after the maire leaves the room is no presidency of the session)
  const itemChair = chairForOneItem(src, att.block?.end ?? 0);
  // (an office named in an absence, "Absence : le maire, Monsieur X (congrès)", does not preside when the list of the present
  // says who does: "Présences : le pro-maire, Monsieur Y, qui préside")
  const named = findPresident(src, 0, Math.min(zoneEnd, itemChair), att.order);
  const absentChair = named !== null && [...att.attendance.absent, ...att.attendance.excused].some((p) => p.name === named.name) ? chairInList(src, att.block, att.attendance.present ?? []) : null;
  const president =
    absentChair ??
    named ??
    bureau.president ??
    att.roleHints.president ??
    att.roleHints.mayor ??
    // (a bourgmestre listed presides only when the text says so: "La bourgmestre ouvre la séance à 8h30")
    (att.roleHints.bourgmestre && BOURGMESTRE_CHAIRS.test(src.fold.slice(0, Math.min(len, headerEnd + 600))) ? att.roleHints.bourgmestre : null) ??
    findPresident(src, 0, Math.min(len, headerEnd + 2000, itemChair), att.order) ??
    presidentFromSignature(src, att.order);
  // in Belgium and Luxembourg the directeur général / secrétaire communal keeps the minutes
  const staffSecretary =
    body.jurisdiction === 'BE' || body.jurisdiction === 'LU'
      ? (att.attendance.staff.find((p) => /directeur|directrice|secr[ée]taire/i.test(p.role ?? '')) ?? staffSecretaryNamed(src, att.block?.end ?? zoneEnd, att.order))
      : null;
  const secretary =
    att.roleHints.columnSecretary ??
    bureau.secretary ??
    findSecretary(src, 0, Math.min(len, zoneEnd + 400), att.order) ??
    att.roleHints.secretary ??
    staffSecretary ??
    secretaryByOffice(src, att.attendance.staff) ??
    secretaryFromSignature(src, att.order) ??
    (body.jurisdiction === 'QC' ? (secretaryCertifying(src, att.order) ?? staffSigningCopy(src, att.attendance.staff)) : null) ??
    secretaryDesignatedLater(src, att.order);
  const place = findPlace(src, 0, zoneEnd);
  // (a surname hyphenated at a line end and written whole elsewhere, "CHAM-" / "PION" and "R. CHAMPION": whole)
  const whole = wholeCutName(src);
  let attendance = wholeCutNames(repairNames(resolveOfficeHolders(att.attendance, president), options.roster ?? []), whole);
  // (a running list of the present cut by the excerpt inside its last surname, fewer names than the present counted)
  attendance = dropPresentCutByExcerpt(src, attendance, declared);
  // (and a proxy list cut inside its last holder's given name, "… à M. RICHARD Al")
  attendance = dropProxyCutByExcerpt(src, attendance);
  // in Belgium and Luxembourg the secretary (directeur général, secrétaire communal or du CPAS) listed among the
  // present ("M. Francis X ........ Secrétaire") keeps the minutes and does not sit: staff, not a member
  if ((body.jurisdiction === 'BE' || body.jurisdiction === 'LU') && attendance.present?.some((p) => STAFF_IN_LIST.test(p.role ?? ''))) {
    const staff = attendance.present.filter((p) => STAFF_IN_LIST.test(p.role ?? ''));
    attendance = { ...attendance, present: attendance.present.filter((p) => !staff.includes(p)), staff: [...attendance.staff, ...staff] };
  }

  attendance = chairOnPresidenceLine(src, attendance, president, body.jurisdiction);

  const pieces: Segment[] = segments.length ? segments : [unheadedPiece(src, att.block?.start ?? null, bodyFrom, len)];
  const sessionBlockEnd = att.block?.end ?? Infinity;
  const tableVotes = new Map(table?.map((t) => [t.seg, t.vote]));
  const votes = pieces.map((seg) => (tableVotes.has(seg) ? tableVotes.get(seg)! : findVote(src, seg.start, seg.end)));
  // a single act whose vote box was extracted above its title ("Résultat du vote / POUR : 17 / CONTRE : 3 / …"
  // in the header): that tally is its vote
  // (or a box of figures that agree with the unanimity its decision states: "VOTE / Pour : 10 / Contre : 0 / Abstention : 0"
  // printed by deliberation software above the subject, "… après en avoir délibéré, à l'unanimité, FIXE …" below it: the
  // same vote, counted — a box that disagrees stays aside, the text's own statement is the item's vote)
  const bareUnanimity = (v: Vote | null) => v !== null && v.unanimous && v.for === null && v.against === null && v.abstain === null && v.voters === null;
  if (pieces.length === 1 && (votes[0] === null || bareUnanimity(votes[0]!)) && pieces[0]!.start > 0) {
    const box = findVote(src, 0, pieces[0]!.start);
    const un = votes[0] ?? null;
    if (box && box.for !== null && (box.against !== null || box.abstain !== null)) {
      if (un === null) votes[0] = box;
      else if ((box.against ?? 0) === 0 && (box.abstain ?? 0) === 0 && !box.unanimous) votes[0] = { ...box, unanimous: true, unanimity_wording: un.unanimity_wording, result: un.result ?? box.result };
    }
  }
  // … or whose count box and convocation date came out below its vote ("Nombre de délégués / en exercice : 12 /
  // présents : 10 / votants : 11 / Date de convocation : / 06/02/2026"), when the header states none
  // (from the vote's first line: its group may have taken the box's "votants : 11")
  const below = pieces.length === 1 && votes[0] ? (src.lineStarts[votes[0].span.start - 1] ?? -1) : -1;
  if (below > 0 && COUNT_KEYS.every((k) => declared[k] === null)) {
    const tail = parseCounts(src, below, len);
    if (tail.members_in_office !== null || tail.present !== null) declared = tail;
  }
  if (below > 0 && dates.convocation === null) {
    const tail = findSessionDates(src, below, len);
    if (tail.convocationMention) dates = { ...dates, convocation: tail.convocation, convocationMention: tail.convocationMention, mentions: [...dates.mentions, tail.convocationMention] };
  }
  const deliberations: Deliberation[] = pieces.map((seg, index) =>
    buildDeliberation(src, seg, index, seg.start >= sessionBlockEnd && !holdsSessionList(src, seg, attendance), pieces.length === 1 ? 0 : seg.start, votes[index]!, countZone(src, seg, index > 0 ? pieces[index - 1]!.start : 0, votes[index]!, index > 0 ? votes[index - 1]! : null)),
  );
  const preamble_amounts = segments.length ? findAmounts(src, 0, firstHead) : findAmounts(src, 0, bodyFrom);
  declared = withFirstItemCounts(declared, deliberations.find((d, i) => pieces[i]!.start >= (att.block?.end ?? 0)));

  const hasNames = (attendance.present?.length ?? 0) + attendance.absent.length + attendance.excused.length + attendance.proxies.length > 0;
  const hasCounts = Object.values(declared).some((v) => v !== null);
  const hasVote = deliberations.some((d) => d.vote !== null || d.decisions.length > 0);
  const is_deliberation = hasNames || hasCounts || hasVote || (dates.date !== null && /d[ée]lib[ée]r|conseil|s[ée]ance|comit[ée]/i.test(src.norm.slice(0, zoneEnd)));

  const spans: Record<string, { start: number; end: number }> = {};
  const sessionMention = dates.mentions.find((m) => m.role === 'session');
  if (sessionMention) spans.date = sessionMention.span;
  if (dates.convocationMention) spans.convocation_date = dates.convocationMention.span;
  if (president) spans.president = president.span;
  if (secretary) spans.secretary = secretary.span;
  if (att.block) spans.attendance = src.span(att.block.start, att.block.end);
  if (place) spans.place = src.span(place.start, place.end);

  return {
    parser_version: PARSER_VERSION,
    is_deliberation,
    session: {
      body,
      date: dates.date,
      date_mentions: dates.mentions,
      place: place?.place ?? null,
      president: president && whole(president),
      secretary: secretary && whole(secretary),
      convocation_date: dates.convocation,
      reconvocation: reconvened(src, zoneEnd + 2000),
      declared,
      attendance,
      spans,
    },
    preamble_amounts,
    deliberations,
    line_count: src.lineCount,
  };
}

/**
 * Minutes that write the counts only under each deliberation ("Présents : 27 – Pouvoirs : 4 – Votants : 31" below the
 * first item's text, the opening giving the lists and at most the members in office): the first item's block is the
 * session's declared count (the corpus labels the opening attendance with it). Only when the opening declares none of the
 * present, the proxies and the voters, and only from the first item after the lists (a later item's block follows the
 * arrivals and departures); the counts the opening writes are kept.
 */
function withFirstItemCounts(declared: DeclaredCounts, first: Deliberation | undefined): DeclaredCounts {
  if (!first?.declared || declared.present !== null || declared.proxies !== null || declared.voters !== null) return declared;
  const own = first.declared;
  if (own.present === null) return declared;
  const filled = { ...declared };
  for (const k of COUNT_KEYS) if (filled[k] === null && own[k] !== null) filled[k] = own[k];
  return filled;
}

/**
 * The body as one piece when no item heading opens it. Its subject, when the
 * text gives one: the heading of a single act standing above the attendance
 * ("Délibération n° 2025-06-118" / "Objet : Approbation de …", the excerpt
 * ending in the lists); else the approval of the previous minutes the body
 * opens with, unheaded ("Le compte-rendu de la séance du 4 septembre 2017 est
 * adopté à l'unanimité": « Approbation du compte-rendu de la séance du 4
 * septembre 2017 »).
 */
function unheadedPiece(src: SourceText, blockStart: number | null, bodyFrom: number, len: number): Segment {
  const piece: Segment = { start: bodyFrom, end: len, bodyStart: bodyFrom, number: null, titles: [], objet: false };
  if (blockStart !== null && blockStart > 0) {
    const heads = headsAbove(src, blockStart).filter((h) => h.strength >= 3 || h.objet);
    if (heads.length > 0) {
      const titles = heads.map((h) => h.title).filter(Boolean);
      return { ...piece, number: heads.find((h) => h.number)?.number ?? null, titles: titles.slice(-1), objet: heads.some((h) => h.objet) };
    }
  }
  // (an agenda may stand between the lists and the approval, "Ordre du jour : - Approbation du compte-rendu … - … Le
  // compte-rendu est approuvé à l'unanimité": past the first 600 characters, only when no other vote comes before it)
  // (or the agenda changed at the chair's request and assented to, "… demande l'accord du conseil pour retirer le point
  // n° 7 … Le conseil accepte à l'unanimité": the earlier of the two is the first vote's)
  const reach = Math.min(len, bodyFrom + MINUTES_REACH);
  const opened = [agendaChangeAsked(src, bodyFrom, reach), minutesApproval(src, bodyFrom, reach)]
    .filter((x): x is { title: string; at: number } => x !== null && (x.at < bodyFrom + 600 || !findVote(src, bodyFrom, x.at)))
    .sort((a, b) => a.at - b.at)[0];
  if (opened) return { ...piece, titles: [opened.title] };
  const title = blockStart !== null ? pageTitle(src, blockStart) : null;
  if (title) return { ...piece, titles: [title] };
  const announced = agendaAnnounced(src, blockStart ?? bodyFrom);
  return announced ? { ...piece, titles: [announced] } : piece;
}

/** "À l'ordre du jour notamment : élection du nouveau Bureau …", "Principaux points à l'ordre du jour : …": what the session is for. */
const AGENDA_SENTENCE = /(?<![\p{L}])(?:a|à)\s+l['’]\s?ordre\s+du\s+jour(?:\s+(?:notamment|principalement))?\s*:\s*([^.\n]{5,320}?)\s*(?:\.(?:\s|$)|\n)/iu;

/**
 * No item heading at all (an excerpt cut before the items): the subject the header announces in a sentence
 * ("À l'ordre du jour notamment : élection du nouveau Bureau et du nouveau Président du Syndicat."), in the
 * 1,500 characters before `before`.
 */
function agendaAnnounced(src: SourceText, before: number): string | null {
  if (!src.fold.includes('ordre du jour')) return null;
  const m = AGENDA_SENTENCE.exec(src.norm.slice(0, Math.min(src.norm.length, before + 1500)));
  if (!m) return null;
  const what = m[1]!.replace(/\s+/g, ' ').trim();
  return what.charAt(0).toUpperCase() + what.slice(1);
}

/** Lines that name the page, the body or the session, not the item. */
const NOT_A_TITLE =
  /\b(?:conseil|seance|session|reunion|comite|bureau|commune|mairie|ville|republique|departement|extrait|registre|proces[- ]verbal|compte[- ]rendu|deliberations?|publie|telecharger|accueil|transcription|navigateur|page|total|file|type|size|ordre du jour|texte|integral|integrale|sommaire|imprimer|partager|retour|menu|lire|suite|recherche|navigation|contact|actualites?|syndicat|communaute|metropole|prefecture|canton|arrondissement|province|municipalite|presents?|absents?|excuses?|pouvoirs?|secretaire|convocation|date|nombre|annee|l'an|mil)\b|[>|@:•]|\d{1,2}[\/.]\d{1,2}[\/.]\d{2,4}|(?:janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre)\s+\d{4}/;

/**
 * The title of a page publishing one item, on a line of its own above the
 * session's header ("Demandes de subventions" between the site's lines and
 * "Conseil du 15 avril 2019"): a short line in sentence case, blank lines
 * around it, naming neither the page, the body nor the session.
 */
function pageTitle(src: SourceText, blockStart: number): string | null {
  const last = src.lineAt(blockStart);
  for (let l = 1; l < last && l <= 40; l++) {
    const text = src.lineText(l).trim();
    if (text.length < 8 || text.length > 120 || !/^\p{Lu}\p{Ll}/u.test(text) || /[.,;]$/.test(text)) continue;
    if (src.lineText(l - 1).trim() !== '' || src.lineText(l + 1).trim() !== '') continue;
    const start = src.lineStarts[l - 1]!;
    if (NOT_A_TITLE.test(src.fold.slice(start, start + src.lineText(l).length))) continue;
    return text;
  }
  return null;
}

/**
 * True when [from, to) lies in lines of 400 characters or more on average (a page flattened to a paragraph):
 * the whole lines it touches are measured, not the zone (a short stretch of a long line is in a paragraph).
 */
function oneParagraph(src: SourceText, from: number, to: number): boolean {
  const first = src.lineAt(from);
  const last = src.lineAt(Math.max(from, to - 1));
  const start = src.lineStarts[first - 1] ?? 0;
  return (lineEnd(src, last) - start) / (last - first + 1) >= 400;
}

/**
 * The agenda changed before the first numbered item, under an unnumbered heading alone on its line ("Modification de
 * l'ordre du jour", "Ajout d'un point à l'ordre du jour", "Retrait d'un point de l'ordre du jour") and voted in the
 * paragraph below it ("Le conseil accepte cet ajout à l'unanimité", "adoptée par 16 voix pour et 1 voix contre"): an item
 * of its own, the session's first vote. Null when no such heading, or no vote, stands in [from, to).
 */
const AGENDA_CHANGE_HEADING = /(?:^|\n)[ \t]*((?:modification|ajouts?|retraits?|adjonction|inscription|complement)\s+(?:d['’]\s?un\s+point\s+|de\s+(?:deux\s+)?points?\s+|des\s+points?\s+)?(?:(?:a|de)\s+)?l['’]\s?ordre\s+du\s+jour)[ \t]*:?[ \t]*\n/;
function agendaChangeItem(src: SourceText, from: number, to: number): Segment | null {
  if (to <= from) return null;
  const m = AGENDA_CHANGE_HEADING.exec(src.fold.slice(from, to));
  if (!m) return null;
  const start = from + m.index + m[0].indexOf(m[1]!);
  const bodyStart = from + m.index + m[0].length;
  if (!findVote(src, bodyStart, to)) return null;
  return { start, end: to, bodyStart, number: null, titles: [src.norm.slice(start, start + m[1]!.length)], objet: false };
}

/**
 * A vote taken before the first numbered item, without a heading of its own ("Le compte rendu ainsi modifié
 * est adopté à l'unanimité. 1 – Tarifs …", "… demande l'accord du conseil pour reporter le point n° 7 … Le
 * conseil municipal accepte à l'unanimité."): an item of its own, the first, its subject the agenda change or the minutes
 * it approves, whichever the text asks for first.
 */
function unheadedVote(src: SourceText, from: number, to: number): Segment | null {
  const fold = src.fold.slice(from, to);
  if (!/\b(?:adopte|adoptee|approuve|approuvee|accepte|decide|donne\s+son\s+accord)\b/.test(fold) || !findVote(src, from, to)) return null;
  // (the agenda changed at the chair's request, when that comes before the minutes: "Retrait du point n° 7 …")
  const change = agendaChangeAsked(src, from, to);
  const minutes = minutesApproval(src, from, to);
  const first = change && (!minutes || change.at < minutes.at) ? change : minutes;
  return { start: from, end: to, bodyStart: from, number: null, titles: first ? [first.title] : [], objet: false };
}

/** "Le compte-rendu de la réunion du 13 décembre 2021, après lecture faite, est approuvé": what was approved, as written. */
const MINUTES_APPROVED =
  /(?:^|[\n.]\s*)(?:le|la)\s+((?:compte[- ]rendu|proces[- ]verbal|pv)\s+(?:(?:de\s+la|du)\s+(?:derniere\s+|precedente\s+)?(?:seance|reunion|conseil\s+municipal|conseil\s+communautaire|comite\s+syndical)\s+)?(?:du\s+conseil\s+(?:municipal|communautaire|syndical)\s+)?(?:du|en\s+date\s+du)\s+[^,;.\n]{3,30}?\d{4})\b[^.]{0,120}?\b(?:est|a\s+ete)\s+(?:approuvee?|adoptee?)\b/;
/** "l'adoption du procès-verbal du conseil municipal du 7 mars 2019": the approval named, as written. */
// (the minutes' noun may be left out: "demande l'adoption du conseil municipal du 12 septembre 2018")
const MINUTES_NAMED =
  /\b((?:adoption|approbation)\s+du\s+(?:(?:compte[- ]rendu|proces[- ]verbal)\s+(?:de\s+la\s+|du\s+)?)?(?:(?:derniere\s+|precedente\s+)?(?:seance|reunion)\s+|conseil\s+(?:municipal|communautaire|syndical)\s+|comite\s+syndical\s+)?(?:du|en\s+date\s+du)\s+[^,;.\n]{3,30}?\d{4})\b/;
const MINUTES_NAMED_ALL = new RegExp(MINUTES_NAMED.source, 'g');
/** How far after the lists an unheaded body's approval of the previous minutes is looked for (an agenda between). */
const MINUTES_REACH = 2000;
/** The minutes approved in [from, to), named as written (or « Approbation du … »), with where the words naming them start. */
function minutesApproval(src: SourceText, from: number, to: number): { title: string; at: number } | null {
  const zone = src.fold.slice(from, to);
  if (!/approuv|adopt/.test(zone)) return null;
  const m = MINUTES_APPROVED.exec(zone);
  if (!m) {
    // "X : demande l'adoption du procès-verbal du conseil municipal du 7 mars 2019. … le PV est adopté à l'unanimité."
    // (the first named approval followed by its vote: the agenda names it too, further from the vote)
    let n: RegExpExecArray | null = null;
    for (const c of zone.matchAll(MINUTES_NAMED_ALL)) {
      if (/\b(?:adopte|approuve)e?\b/.test(zone.slice(c.index + c[0].length, c.index + c[0].length + 200))) {
        n = c;
        break;
      }
    }
    if (!n) return null;
    const at = from + n.index + n[0].indexOf(n[1]!);
    const what = src.norm.slice(at, at + n[1]!.length).replace(/\s+/g, ' ');
    return { title: what.charAt(0).toUpperCase() + what.slice(1), at };
  }
  const at = from + m.index + m[0].indexOf(m[1]!);
  const what = src.norm.slice(at, at + m[1]!.length).replace(/\s+/g, ' ');
  return { title: `Approbation du ${what.replace(/^(?:compte|proc|pv)/i, (w) => w.toLowerCase())}`, at };
}

/**
 * Whether the session's present list was read inside the item (a late list, "Ont signé au registre les membres présents :"
 * after the decision of a one-act extract): that list is the session's, no attendance of the item's own.
 */
function holdsSessionList(src: SourceText, seg: Segment, attendance: Attendance): boolean {
  const present = attendance.present;
  if (!present || present.length === 0) return false;
  const first = src.lineAt(seg.start);
  const last = src.lineAt(Math.max(seg.start, seg.end - 1));
  return present.every((p) => p.span.start >= first && p.span.end <= last);
}

function itemAttendance(src: SourceText, seg: Segment): Attendance | null {
  // an item lists its own members only under a "Présents" heading (colon, line end or a civility next)
  const zone = src.fold.slice(seg.start, seg.end);
  // (every match holds "present": without one in the item, no heading)
  if (!zone.includes('present') || !/present(?:e|s|es|\(e\)s?)*\s*(?:\(\d+\)\s*)?(?::|\n|\s(?:m\.|mme|mm\.|monsieur|madame|mesdames|messieurs))/.test(zone)) return null;
  const r = parseAttendance(src, seg.start, seg.end);
  return r.block && r.attendance.present !== null && r.attendance.present.length > 0 ? r.attendance : null;
}

/**
 * Where the text's first « sous la présidence de » stands when it comes right after the maire or the president leaves
 * the room ("M. le Maire quitte la salle au moment du vote. Sous la présidence de Mme X, première adjointe, le conseil
 * adopte le compte administratif"): that chair presides one item, not the session, and the session's president is
 * sought before it. Only past `from` (the attendance's end: the header's own presidency comes before). The text's
 * length otherwise.
 */
function chairForOneItem(src: SourceText, from: number): number {
  const at = src.fold.indexOf('sous la presidence', from);
  if (at < 0) return src.fold.length;
  return /\b(?:quitte|quittent)\s+la\s+(?:salle|seance)|\bse\s+retire|\bsort\s+de\s+la\s+salle|\bne\s+prend\s+pas\s+part/.test(src.fold.slice(Math.max(0, at - 250), at)) ? at : src.fold.length;
}

/** A staff member named by office as the secretary ("La directrice générale agit comme secrétaire de la séance"): the one listed with that office. */
const OFFICE_ACTS_AS_SECRETARY = /\b(?:le|la)\s+(?:directeur|directrice)\s+generale?\s+(?:agit|agissant|fait\s+office|faisant\s+office)\s+(?:comme|de|a\s+titre\s+de|en\s+tant\s+que)\s+secretaire/;
function secretaryByOffice(src: SourceText, staff: NameRef[]): NameRef | null {
  if (!OFFICE_ACTS_AS_SECRETARY.test(src.fold)) return null;
  return staff.find((p) => /directeur|directrice/i.test(p.role ?? '')) ?? null;
}

/**
 * A Québec certified extract ("COPIE CERTIFIÉE CONFORME", then the signature) signed by a staff member listed as attending
 * the session ("Est également présente : Mme X, directrice générale et greffière-trésorière"): the one who keeps the
 * register, the secretary when nothing else names one (as the labels of 3214). A signer who did not attend is not.
 */
function staffSigningCopy(src: SourceText, staff: NameRef[]): NameRef | null {
  if (staff.length === 0) return null;
  const at = src.fold.lastIndexOf('copie certifiee conforme');
  if (at < 0) return null;
  const after = src.fold.slice(at);
  return staff.find((p) => /directeur|directrice|greffi|secretaire/i.test(foldText(p.role ?? '')) && after.includes(foldText(p.name))) ?? null;
}

/** The member of the present list said to preside in it: "Monsieur Denis X, qui préside;". */
function chairInList(src: SourceText, block: { start: number; end: number } | null, present: NameRef[]): NameRef | null {
  if (!block) return null;
  const m = /([^,;:]{3,60}),\s*qui\s+pr[ée]side\b/.exec(src.norm.slice(block.start, block.end));
  if (!m) return null;
  return present.find((p) => m[1]!.includes(p.name)) ?? null;
}

/**
 * "pouvoir à M. le Maire": the holder is the president of the session when the text names one — as the list of the
 * present writes that member when it does ("FAYOLLE Régis" for "sous la présidence de M. Régis FAYOLLE").
 */
function resolveOfficeHolders(att: Attendance, president: NameRef | null): Attendance {
  if (!president) return att;
  // (or the office alone: "pouvoir au Maire")
  const office = (r: NameRef | null) => r !== null && /^(?:(?:le|la)\s+)?(?:maire|pr[ée]sidente?)$/i.test(r.name);
  const presentOffice = (att.present ?? []).some((p) => office(p));
  if (!att.proxies.some((p) => office(p.holder)) && !presentOffice) return att;
  const words = (name: string) => foldText(name).split(/[^a-z]+/).filter(Boolean).sort().join(' ');
  const listed = (att.present ?? []).find((p) => words(p.name) === words(president.name)) ?? president;
  return {
    ...att,
    // (the chair listed by office, "Présents : le Maire, les deux adjoints (…)": the president, once)
    present: presentOffice ? (att.present ?? []).flatMap((p) => (!office(p) ? [p] : listed === president ? [{ ...president, role: p.role, written: p.written, span: p.span }] : [])) : att.present,
    proxies: att.proxies.map((p) => (office(p.holder) ? { ...p, holder: { ...listed, written: p.holder!.written, span: p.holder!.span } } : p)),
  };
}

/**
 * Where an item's own counts are read: its body, or — in a collection of
 * extracts, one per page (form feeds) — its page, whose count box comes
 * before the item's heading; the next page's box is not the item's.
 */
function countZone(src: SourceText, seg: Segment, previousStart: number, vote: Vote | null, previousVote: Vote | null): { from: number; to: number } {
  const text = src.norm;
  const pageStart = lastFormFeed(text, seg.start);
  // counts stated after the previous item's vote ("20 h 05 : arrivée de X (présents 17 – votants 20)") are this item's
  const afterVote = previousVote ? lineEnd(src, previousVote.span.end) : -1;
  // (before the first item, a movement told after the session's attendance, its counts in brackets: "Arrivée de M. X avant le
  // vote de la délibération n° 1 (présents : 63 – votants : 75)")
  // (not a list of the session's movements by point told upfront, "– Point 3 : arrivée de M. X (présents : 19 …)")
  const moved = !previousVote ? movementBefore(src, previousStart, seg.start, seg.number) : -1;
  const from = pageStart > previousStart ? pageStart + 1 : afterVote > previousStart && afterVote < seg.start ? afterVote : moved >= 0 ? moved : seg.bodyStart;
  const nextPage = text.indexOf('\f', seg.start);
  let to = nextPage >= 0 && nextPage < seg.end ? nextPage : seg.end;
  // … and not the item's own, which end with its vote
  if (vote) to = Math.min(to, Math.max(seg.bodyStart, lineEnd(src, vote.span.end)));
  return { from: Math.min(from, seg.bodyStart), to: Math.max(to, Math.min(seg.end, seg.bodyStart)) };
}

/** Where the last movement with counts in brackets (counts.ts MOVEMENT_COUNTS) in [from, to) starts, or -1. */
function movementBefore(src: SourceText, from: number, to: number, number: string | null): number {
  const last = lastMovementCounts(src, from, to);
  if (!last) return -1;
  // (the item it names, if any, is the first: "avant le vote de la délibération n° 1")
  const lineStart = src.fold.lastIndexOf('\n', last.start) + 1;
  const named = [...src.fold.slice(lineStart, last.end).matchAll(/\b(?:points?|deliberations?|questions?|affaires?|rapports?|dossiers?)\s+(?:n\s*[°o]\s*)?([\d][\w.-]*)/g)].map((m) => m[1]!);
  return named.every((n) => n === '1' || n === number) ? last.start : -1;
}

/**
 * `text.lastIndexOf('\f', at)`; most texts hold no form feed, found at once
 * looking forward (`lastIndexOf` reads back to the start first).
 */
function lastFormFeed(text: string, at: number): number {
  const first = text.indexOf('\f');
  return first < 0 || first > at ? -1 : text.lastIndexOf('\f', at);
}

/** Offset of the end of a (1-based) line. */
function lineEnd(src: SourceText, line: number): number {
  return (src.lineStarts[line - 1] ?? src.norm.length) + src.lineLength(line);
}

/** A word naming the act before its number in a heading ("Délibération n°", "Point n°", "Affaire n°", "N°", "DCM"). */
const NUMBER_WORD = /^(?:d[ée]lib[ée]ration|d[ée]lib\.|affaire|point|rapport|objet|r[ée]solution|question|dossier|n[°º]|no\.|dcm|dcc|dcs|dcp|del|dc)\b[^\n]{0,14}$/i;

/** The item's number with the word its heading writes before it, or null ("Délibération n° 2024-118" in "Délibération n° 2024-118 – Habitat"). */
function numberWritten(src: SourceText, start: number, number: string): string | null {
  const line = src.norm.slice(start, start + 200).split('\n', 1)[0]!;
  const at = line.indexOf(number);
  if (at <= 0) return null;
  const prefix = line.slice(0, at).replace(/^[\s\-–•*|➢►▪]+/, '');
  if (!NUMBER_WORD.test(prefix.trim()) && !NUMBER_WORD.test(prefix)) return null;
  return `${prefix}${number}`.replace(/\s+/g, ' ').trim();
}

/** More than `share` of the letters of `s` are capitals (six letters at least). */
function mostlyCapitals(s: string, share: number): boolean {
  const letters = s.replace(/[^\p{L}]/gu, '');
  return letters.length >= 6 && letters.replace(/[^\p{Lu}]/gu, '').length / letters.length > share;
}

/**
 * One deliberation. `ownAttendance`: the item lies after the session's
 * attendance block, so a "Présents :" block inside it is this item's own
 * attendance (extracts bundled per item, members arriving or leaving).
 * `matiereFrom`: where a stated ACTES matière may start (the document's top
 * when it holds one deliberation: the stamp is often printed above the title).
 */
function buildDeliberation(src: SourceText, seg: Segment, index: number, ownAttendance: boolean, matiereFrom: number, vote: Vote | null, counts: { from: number; to: number }): Deliberation {
  let rubrique: string | null = null;
  let titles = seg.titles;
  let bodyStart = seg.bodyStart;
  // "OBJET : RUBRIQUE EN CAPITALES" then the title on the next line
  if (seg.objet && titles.length === 1 && titles[0] === titles[0]!.toUpperCase()) {
    const next = /^\s*\n\s*([^\n]{3,200})\n/.exec(src.raw.slice(bodyStart));
    // not a label line ("Rapporteur : M. X", "Service : Finances") nor the body's first sentence
    const line = next?.[1]!.trim() ?? '';
    if (next && !/[.:]$/.test(line) && line.length < 160 && !/^[\p{L}' ’]{2,30}\s*:\s/u.test(line) && !/^(?:rapporteu|pr[ée]sent[ée]e?\s+par|expos|vu\b|consid[ée]rant|le\s+conseil|la\s+commission|monsieur|madame|m\.|mme)/i.test(line)) {
      rubrique = titles[0]!;
      titles = [next[1]!.trim()];
      bodyStart += next[0].length;
    }
  }
  // "Délibération 1/2018" or a bare code, the title on the next line: a line in capitals or ending with a colon
  if (!titles.length && seg.number) {
    // (blank lines may hold a no-break space: a Word export's empty paragraphs)
    const next = /^(?:[^\S\n]*\n)*[^\S\n]*([^\n]{3,200})\n/.exec(src.raw.slice(bodyStart) + '\n');
    const line = next?.[1]!.trim() ?? '';
    const letters = line.replace(/[^\p{L}]/gu, '');
    const caps = letters.replace(/[^\p{Lu}]/gu, '').length;
    // (or a line of its own, a blank line after it, that reads as a title: "Programme pluriannuel d'intervention – acquisitions
    // de la tranche 2024" / "" / "Le directeur général présente …")
    // (or a « Rapporteur : » line under it, which tells a title whatever its words: "DÉLIBÉRATION N° 2018-07" / "Rapport annuel
    // sur le prix …" / "Rapporteur : M. …")
    const below = next !== null ? src.raw.slice(bodyStart + next[0].length) : '';
    const byRapporteur = /^[^\S\n]*rapporteu(?:r|se)s?[^\S\n]*:/i.test(below) && !/^[^:\n]{0,30}:/.test(line) && !/^(?:le|la|les|il|elle|ils|elles|on|monsieur|madame|m\.|mme)\s/i.test(line);
    const alone = next !== null && line.length <= 160 && /^\p{Lu}/u.test(line) && !/[.;,]$/.test(line) && (byRapporteur || (/^[^\S\n]*(?:\n|$)/.test(below) && readsAsTitle(line)));
    if (next && letters.length >= 4 && (caps / letters.length > 0.7 || (/:$/.test(line) && !/[.;]/.test(line.slice(0, -1))) || alone)) {
      titles = [line.replace(/\s*:$/, '')];
      bodyStart = Math.min(seg.end, bodyStart + next[0].length);
    }
  }
  // a title wrapped onto the next line: "… à la communauté de" / "communes"
  if (titles.length && !rubrique) {
    const last = titles[titles.length - 1]!;
    const wrap = /^[ \t]*\n[ \t]*([a-zß-ÿ«(][^\n]{0,120})(?=\n|$)/.exec(src.raw.slice(bodyStart));
    if (wrap && !/[.;:!?]$/.test(last) && !/[.;:]$/.test(wrap[1]!.trim()) && wrap[1]!.trim().split(/\s+/).length <= 12) {
      titles = [...titles.slice(0, -1), `${last} ${wrap[1]!.trim()}`];
      bodyStart = Math.min(seg.end, bodyStart + wrap[0].length);
    }
  }
  // a title in capitals wrapped onto the next line in capitals: "2005-014 – RÉVISION DES TARIFS DES CONCESSIONS" /
  // "FUNÉRAIRES AU 1er AVRIL 2005"
  if (titles.length && !rubrique) {
    const last = titles[titles.length - 1]!;
    const wrap = /^[ \t]*\n[ \t]*([^\n]{3,140})(?=\n|$)/.exec(src.raw.slice(bodyStart));
    const line = wrap?.[1]!.trim() ?? '';
    if (wrap && mostlyCapitals(last, 0.9) && mostlyCapitals(line, 0.75) && !/[.;:!?]$/.test(last) && !/[.;:]$/.test(line) && line.split(/\s+/).length <= 16 && !/^(?:[-–—•*]|\d{1,4}\s*[-–./)]|[IVX]{1,4}\s*[-–.)]|(?:OBJET|ARTICLE|VU|CONSID[EÉ]RANT|APR[EÈ]S|LE\s+CONSEIL|D[EÉ]CIDE)\b)/.test(line)) {
      titles = [...titles.slice(0, -1), `${last} ${line}`];
      bodyStart = Math.min(seg.end, bodyStart + wrap[0].length);
    }
  }
  // a sub-title in capitals under the heading, as a dash bullet: "I – PORT DE PLAISANCE" / "- BUDGET PRIMITIF DU PORT 2022"
  if (titles.length && !rubrique) {
    const sub = /^[ \t]*\n[ \t]*[-–][ \t]+([^\n]{6,160})(?=\n|$)/.exec(src.raw.slice(bodyStart));
    const line = sub?.[1]!.trim() ?? '';
    const letters = line.replace(/[^\p{L}]/gu, '');
    if (sub && letters.length >= 6 && letters.replace(/[^\p{Lu}]/gu, '').length / letters.length > 0.8 && !/[.:;]$/.test(line)) {
      titles = [...titles, line];
      bodyStart = Math.min(seg.end, bodyStart + sub[0].length);
    }
  }
  // no heading: the title line standing above its vote ("Détermination du nombre des adjoints" / "… par 18 voix pour …")
  if (!titles.length && !seg.number && vote) {
    const voteLine = Math.min(seg.end, (src.lineStarts[vote.span.end] ?? seg.end + 1) - 1); // (the end of the line its numbers end on; spans count lines from 1)
    const line = voteLine > seg.bodyStart ? titleLineAbove(src, seg.bodyStart, voteLine) : null;
    if (line) titles = [line];
  }
  // … else the title written on the vote's own line, before it
  if (!titles.length && !seg.number && vote) {
    const lineStart = src.lineStarts[vote.span.start - 1] ?? seg.bodyStart;
    const at = src.norm.indexOf(vote.text, Math.max(lineStart, seg.bodyStart));
    const line = at > seg.bodyStart && at < seg.end ? titleBeforeVote(src, seg.bodyStart, at) : null;
    if (line) titles = [line];
  }
  const title = titles.join(' – ').trim();
  const subject = rubrique ? `${rubrique} - ${title}` : title || null;
  // an item states its own counts only with count words followed by a number
  const countFrom = counts.from < bodyStart ? counts.from : bodyStart;
  const declaredHere = /(?:presents?|votants|exercice|procurations?|pouvoirs?|exprimes)\s*(?:\(\w+\)\s*)?(?:[:=]\s*)?\(?\d/.test(src.fold.slice(countFrom, counts.to))
    ? parseCounts(src, countFrom, counts.to, { afterMovement: true })
    : emptyCounts();
  const hasOwnCounts = declaredHere.present !== null || declaredHere.members_in_office !== null;
  const spans: Record<string, { start: number; end: number }> = {};
  if (vote) spans.vote = vote.span;
  spans.subject = src.span(seg.start, Math.max(seg.start + 1, bodyStart));
  const written = seg.number ? numberWritten(src, seg.start, seg.number) : null;
  return {
    index,
    number: seg.number,
    ...(written ? { number_written: written } : {}),
    rubrique,
    subject,
    matiere: findMatiere(src, matiereFrom, seg.end),
    text: src.raw.slice(bodyStart, seg.end).trim(),
    decisions: findDecisions(src, bodyStart, seg.end),
    amounts: findAmounts(src, seg.start, seg.end),
    vote,
    attendance: ownAttendance ? itemAttendance(src, seg) : null,
    declared: hasOwnCounts ? declaredHere : null,
    actes: findActesStamp(src, seg.start, seg.end),
    span: src.span(seg.start, seg.end),
    spans,
  };
}
