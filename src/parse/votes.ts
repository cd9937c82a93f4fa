/**
 * The vote of a deliberation as written: "POUR : 86 … CONTRE : 0 …
 * ABSTENTION : 0 … NE SE PRONONCE PAS : 0 … DONT 17 PROCURATION(S)",
 * "à l'unanimité", "par 18 voix pour et 1 abstention", "votants 33,
 * exprimés 31", "Voté à l'unanimit" (cut), "unanimement résolu".
 * A tally number counts only inside a vote context (two vote words close
 * together, or "N voix pour"): "pour 990 000 €" is not a vote.
 */
import type { Vote } from '../domain/index.ts';
import { digitViewKeys, foldDigits, NUMBER_RUN_WORDS, numberRun, readNumber } from './french-numbers.ts';
import { anchored, firstAnchored, guard, matchAnchored, numberBefore, passes, zoneOf, type Anchored } from './scan.ts';
import { findNamedVoters } from './vote-names.ts';
import { collapseSpaces, type SourceText } from './source.ts';

type Option = 'for' | 'against' | 'abstain' | 'not_voting' | 'voters' | 'expressed' | 'proxies_included';

// no assembly counts a thousand members: a 4-digit number ("pour 2023") is a year or a quantity;
// a number in words is read whole ("dix-sept pour", "par vingt-deux voix pour")
const N = String.raw`(\d{1,3}|${numberRun()})`;
const num = (s: string) => readNumber(s) ?? NaN;

/**
 * A number that is a quantity, not a vote count ("pour 990 000 €", "pour 3 ans"):
 * a thousands group after it makes it an amount, not a number of the next item ("Abstentions : 2 2. Tarifs").
 */
const NOT_QTY = String.raw`(?![ \t]*\d{3}(?!\d)|\s*(?:[.,]\d|%|€|euros?|eur\b|ans?\b|mois|jours?|heures?|h\b|m2|m²|km|kg|ha\b|places?|lits?|logements?|personnes?|enfants?|eleves?|habitants?|foyers?|menages?|nuitees?|abonnes?))`;
const NOT_VOTING = String.raw`(?:ne\s+(?:se\s+prononce(?:nt)?\s+pas|pren(?:d|ds|nent|ant)\s+pas\s+part(?:\s+au\s+vote)?|participe(?:nt)?\s+pas(?:\s+au\s+vote)?)|n'\s?(?:ont|a|ayant)\s+pas\s+pris\s+part(?:\s+au\s+vote)?|ne\s+prenant\s+pas\s+part(?:\s+au\s+vote)?|non[- ]participations?(?:\s+au\s+vote)?|non[- ]votants?|refus\s+de\s+vote)`;

/**
 * Each pattern is searched only where its keywords are (scan.ts), in the
 * OCR-digit view (french-numbers.ts `digitViewKeys`): every match holds one
 * of `keys` at a word start, at most `back` words (runs of letters or
 * digits) after the match start: "votes"/"voix"/"suffrages", "nombre de",
 * "ont vote", "se sont", "s'est" (2 runs: "s", "est").
 * NOT_VOTING opens with "ne", "n'", "non" or "refus", possibly inside a
 * word ("personne se prononce"): its match may start at the last 1, 2, 3 or
 * 5 letters of a word up to 3 words before its keyword ("n' ont pas pris").
 */
const NOT_VOTING_KEYS = ['prononce', 'pren', 'particip', 'pris', 'vot'];
const A = (re: RegExp, keys: string[], back: number, tails?: number[]): Anchored => anchored(re, digitViewKeys(keys), back, 'none', tails);
/** A tally with its number first ("18 voix pour"): as `A`, N (digits or words, however many) just before the first word reached. */
const AN = (re: RegExp, keys: string[], back: number): Anchored => numberBefore(A(re, keys, back), NUMBER_RUN_WORDS);

/** After a number: a word's end, or the next option's label glued to it by the extraction ("Pour : 13Contre : 0Abstention : 0"). */
const END = String.raw`(?:\b|(?<=\d)(?=contre|abstention|pour\b|votants|exprimes|blancs?\b|nuls?\b|ne\s))`;
/** Dotted leaders between an option's label and its number ("Pour ........ 12", "Votants … 14"), if any. */
const LEADERS = String.raw`(?:\s*[.…]{2,})?`;
/** A label not followed by dotted leaders (its number comes after them: "Votants ..... 12 Pour ..... 12" reads no "12 pour"). */
const NOT_BEFORE_LEADERS = String.raw`(?![ \t]*[.…]{2})`;
/** Members named with a civility (no figure among them), then their count in brackets: "M. A, Mme B (2)". */
const NAMED_RUN = String.raw`(?:m\.|mme|mmes|mm\.|mlle|monsieur|madame|messieurs|mesdames)\s[^()\n\d]{0,200}?\(\s*(\d{1,3})(?:\s+voix)?\s*\)`;
/** Members named without civilities on one line (no figure, bracket or colon among them), then their count in brackets: "Louise X et Michel Y (2)". */
const BARE_NAMED_RUN = String.raw`[^()\n\d:;]{2,400}?\(\s*(\d{1,3})\s*\)`;
/** Verbs announcing a vote to come ("annoncent un vote contre", "émettra un vote pour"): what follows is no tally. */
const INTENT = String.raw`(?:annonc\w*|emet\w*|emettr\w*|exprim\w*|indiqu\w*|fera|feront|ferons)`;
/** … or their count after "soit" ending the list: "M. A (et par pouvoir Mme B), …, soit 7 voix". */
const NAMED_SOIT = String.raw`(?:m\.|mme|mmes|mm\.|mlle|monsieur|madame|messieurs|mesdames)\s[^\d]{0,400}?,?\s+soit\s+(\d{1,3})\s+(?:voix|votes?)\b`;
const LABELLED: Array<{ opt: Option; re: Anchored }> = [
  // (a label glued to the number before it opens at that digit: "Pour : 12Contre : 0Abstention : 1")
  { opt: 'for', re: A(new RegExp(String.raw`(?:\b|(?<=\d))(?:votes?\s+|voix\s+)?pour${LEADERS}\s*[:=]?\s*${N}${END}${NOT_QTY}`, 'g'), ['pour'], 1) },
  { opt: 'against', re: A(new RegExp(String.raw`(?:\b|(?<=\d))(?:votes?\s+|voix\s+)?contre${LEADERS}\s*[:=]?\s*${N}${END}${NOT_QTY}`, 'g'), ['contre'], 1) },
  // (or abbreviated: "Pour 15 – Contre 2 – Abst. 1")
  // ("abst 1" after "contre 0": that 0 closes the option before, it is no count of the abstentions)
  { opt: 'abstain', re: A(new RegExp(String.raw`(?:\b|(?<=\d))(?:abstentions?|(?<!(?<!(?:pour|contre|oui|non)[ \t]*:?[ \t]*)\d[ \t]{0,3})abst(?:\.|\b))\s*(?:\(s\))?${LEADERS}\s*[:=]?\s*${N}${END}${NOT_QTY}`, 'g'), ['abstention', 'abst'], 0) },
  { opt: 'not_voting', re: A(new RegExp(String.raw`${NOT_VOTING}(?:\s*[:=]|(?<=\bne\s+prend\s+pas\s+part\s+au\s+vote)\s*[.…]{2,}\s*:?)\s*${N}\b`, 'g'), NOT_VOTING_KEYS, 3, [1, 2, 3, 5]) },
  { opt: 'voters', re: A(new RegExp(String.raw`\b(?:nombre\s+de\s+)?votants${LEADERS}\s*[:=]?\s*${N}${END}`, 'g'), ['votants'], 2) },
  // (not "des suffrages exprimés : 15 voix pour, …": that number is the first option's)
  { opt: 'expressed', re: A(new RegExp(String.raw`\b(?:suffrages\s+)?exprimes${LEADERS}\s*[:=]?\s*${N}\b(?!\s+(?:(?:voix|votes?)\s+)?(?:pour|contre)\b)`, 'g'), ['exprimes'], 1) },
  // "SCRUTIN … DONT 17 PROCURATION(S)" (of the whole vote), not "POUR : 18 (dont 3 pouvoirs)" (of one option)
  { opt: 'proxies_included', re: A(new RegExp(String.raw`(?<!\(\s*)\bdont\s+${N}\s+(?:procurations?|pouvoirs?)(?:\s*\(s\))?`, 'g'), ['dont'], 0) },
  // votes by group, the count in brackets: "Pour : groupes « A » et « B » (22)", "Contre : groupe « C » (9 voix)"
  { opt: 'for', re: A(/\bpour\s*:\s*(?:les?\s+)?groupes?\b[^()\n]{0,160}?\(\s*(\d{1,3})(?:\s+voix)?\s*\)/g, ['pour'], 0) },
  { opt: 'against', re: A(/\bcontre\s*:\s*(?:les?\s+)?groupes?\b[^()\n]{0,160}?\(\s*(\d{1,3})(?:\s+voix)?\s*\)/g, ['contre'], 0) },
  { opt: 'abstain', re: A(/\babstentions?\s*:\s*(?:les?\s+)?groupes?\b[^()\n]{0,160}?\(\s*(\d{1,3})(?:\s+voix)?\s*\)/g, ['abstention'], 0) },
  // the voters named, their count in brackets after them: "Contre : M. Alain FERRAND, Mme Julie SABATIER (2)"
  { opt: 'for', re: A(new RegExp(String.raw`\bpour\s*:\s*${NAMED_RUN}`, 'g'), ['pour'], 0) },
  { opt: 'against', re: A(new RegExp(String.raw`\bcontre\s*:\s*${NAMED_RUN}`, 'g'), ['contre'], 0) },
  { opt: 'abstain', re: A(new RegExp(String.raw`\babstentions?\s*:\s*${NAMED_RUN}`, 'g'), ['abstention'], 0) },
  // … or after "soit": "Ont voté contre : M. A, Mme B, …, soit 7 voix."
  { opt: 'for', re: A(new RegExp(String.raw`\b(?:(?:ont|a)\s+vote|votent)\s+pour\s*:\s*${NAMED_SOIT}`, 'g'), ['pour'], 2) },
  { opt: 'against', re: A(new RegExp(String.raw`\b(?:(?:ont|a)\s+vote|votent)\s+contre\s*:\s*${NAMED_SOIT}`, 'g'), ['contre'], 2) },
  // … or named without civilities on the option's line, their count in brackets closing it (Québec): "Votent pour : Louise
  // CHARTRAND, Michel AUCLAIR et Carole MAILLOUX (3)" — the roll-call verb and the colon make the line a roll call
  { opt: 'for', re: A(new RegExp(String.raw`\b(?:(?:ont|a)\s+vote|votent)\s+pour\s*:\s*${BARE_NAMED_RUN}`, 'g'), ['pour'], 2) },
  { opt: 'against', re: A(new RegExp(String.raw`\b(?:(?:ont|a)\s+vote|votent)\s+contre\s*:\s*${BARE_NAMED_RUN}`, 'g'), ['contre'], 2) },
  // "par 18 oui, 4 non et 2 abstentions" (Switzerland)
  { opt: 'for', re: AN(new RegExp(String.raw`\b${N}\s+oui\b`, 'g'), ['oui'], 0) },
  { opt: 'against', re: AN(new RegExp(String.raw`\b${N}\s+non\b(?![-\s]+(?:votants?|participations?|inscrits?|exprimes?|excuses?|representes?))`, 'g'), ['non'], 0) },
  // "approuvé par 43 voix sans opposition, avec 1 abstention" (Switzerland): the votes for (not "par 8 voix contre 7", a duel)
  // (or ratified, a credit overrun: "le dépassement de crédit est ratifié par 24 voix sans opposition")
  { opt: 'for', re: A(new RegExp(String.raw`\b(?:approuvee?s?|adoptee?s?|acceptee?s?|ratifiee?s?)\s+par\s+${N}\s+voix\b(?=\s*(?:[,.;]|sans\b|et\b|avec\b|$))`, 'g'), ['approuve', 'adopte', 'accepte', 'ratifie'], 0) },
  // (or the body deciding "par N voix", the abstentions or votes against counted after it: "Le Conseil, par 5 voix et
  // 1 abstention (Mme X), adjuge …", "… décide, par 12 voix, 2 contre et 1 abstention, …" — Switzerland; the body or
  // its verb right before: not a commission's proposal, "elle propose d'accepter le préavis, par 5 voix et 1 abstention")
  { opt: 'for', re: A(new RegExp(String.raw`(?<=\b(?:(?:le|la|l')\s*(?:conseil(?:\s+(?:municipal|communal|general|de\s+ville))?|assemblee|comite)|decide|decident|adopte|approuve|accepte|arrete)\s*,\s*)par\s+${N}\s+voix\b(?=\s*(?:,|et\b)\s*(?:\d{1,3}|${numberRun()})\s+(?:(?:voix\s+)?contre|non|abstentions?)\b)`, 'g'), ['par'], 0) },
  // "18 voix pour", "2 contre", "1 abstention", "12 votes pour"
  { opt: 'for', re: AN(new RegExp(String.raw`(?<!\b${INTENT}\s+)\b${N}\s+(?:voix|votes?|suffrages?)\s+pour\b`, 'g'), ['pour'], 1) },
  { opt: 'for', re: AN(new RegExp(String.raw`\b${N}\s+pour\b${NOT_BEFORE_LEADERS}(?=\s*(?:,|et|\d|;|\)|$|contre|\(|-|–|—|/|\.))`, 'g'), ['pour'], 0) },
  // (not a vote announced: "annoncent un vote contre")
  { opt: 'against', re: AN(new RegExp(String.raw`(?<!\b${INTENT}\s+)\b${N}\s+(?:voix\s+|votes?\s+)?contre\b${NOT_BEFORE_LEADERS}`, 'g'), ['contre'], 1) },
  // (also "2 voix d'abstention")
  { opt: 'abstain', re: AN(new RegExp(String.raw`\b${N}\s+(?:(?:voix|votes?)\s+d'\s?)?abstentions?\b${NOT_BEFORE_LEADERS}`, 'g'), ['abstention'], 2) },
  // "3 ABST.", "1 abst"
  { opt: 'abstain', re: AN(new RegExp(String.raw`\b${N}\s+abst\b\.?`, 'g'), ['abst'], 0) },
  // N, who, then "ne se", "ne", "n' ont pas", "non" or "refus de" before the keyword
  { opt: 'not_voting', re: AN(new RegExp(String.raw`\b${N}\s+(?:conseillers?\s+|membres?\s+|elus?\s+)?${NOT_VOTING}${NOT_BEFORE_LEADERS}`, 'g'), NOT_VOTING_KEYS, 4) },
  // (on one line: "Pouvoirs : 4" / "Votants : 22" is no "4 votants")
  { opt: 'voters', re: AN(new RegExp(String.raw`\b${N}[ \t]+votants\b`, 'g'), ['votants'], 0) },
  // "Votes positifs : 7", "Votes négatifs : 2", "Voix favorables : 12", "Oui : 10 – Non : 5"
  { opt: 'for', re: A(new RegExp(String.raw`\b(?:(?:votes?|voix|suffrages?)\s+(?:positi(?:f|fs|ve|ves)|favorables?)|oui)\s*[:=]\s*${N}\b${NOT_QTY}`, 'g'), ['positi', 'favorable', 'oui'], 1) },
  { opt: 'against', re: A(new RegExp(String.raw`\b(?:(?:votes?|voix|suffrages?)\s+(?:negati(?:f|fs|ve|ves)|defavorables?)|non)\s*[:=]\s*${N}\b${NOT_QTY}`, 'g'), ['negati', 'defavorable', 'non'], 1) },
  // Brussels: "23 votants : 21 votes positifs, 2 votes négatifs, 1 abstention"
  { opt: 'for', re: AN(new RegExp(String.raw`\b${N}\s+(?:votes?|voix)\s+(?:positi(?:f|fs|ve|ves)|favorables?)\b`, 'g'), ['positi', 'favorable'], 1) },
  { opt: 'against', re: AN(new RegExp(String.raw`\b${N}\s+(?:votes?|voix)\s+(?:negati(?:f|fs|ve|ves)|defavorables?)\b`, 'g'), ['negati', 'defavorable'], 1) },
];

/** A roll call: the count in parentheses, then the voters named ("Ont voté pour (16) : M. A, M. B (par procuration), …"). */
// "ont vote", "se sont", "s'est" (2 runs) before the keyword
const ROLL_CALL: Array<{ opt: Option; re: Anchored }> = [
  { opt: 'for', re: A(new RegExp(String.raw`\b(?:(?:(?:ont|a)\s+vote|votent)\s+)?(?:pour|oui)\s*\(\s*${N}\s*\)\s*:`, 'g'), ['pour', 'oui'], 2) },
  { opt: 'against', re: A(new RegExp(String.raw`\b(?:(?:(?:ont|a)\s+vote|votent)\s+)?(?:contre|non)\s*\(\s*${N}\s*\)\s*:`, 'g'), ['contre', 'non'], 2) },
  { opt: 'abstain', re: A(new RegExp(String.raw`\b(?:se\s+sont\s+abstenue?s|s'est\s+abstenue?|abstentions?)\s*\(\s*${N}\s*\)\s*:`, 'g'), ['abstenu', 'abstention'], 2) },
];
/**
 * The same counts in brackets said in a sentence, no list after them: "Ont voté contre (7) et se sont abstenus (3) : voir
 * liste annexée ; tous les autres membres … ont voté pour (43)."
 */
const ROLL_CALL_INLINE: Array<{ opt: Option; re: Anchored }> = [
  { opt: 'for', re: A(new RegExp(String.raw`\b(?:ont|a)\s+vote\s+pour\s*\(\s*${N}\s*\)(?=\s*(?:[.;,]|et\b|$))`, 'g'), ['pour'], 2) },
  { opt: 'against', re: A(new RegExp(String.raw`\b(?:ont|a)\s+vote\s+contre\s*\(\s*${N}\s*\)(?=\s*(?:[.;,]|et\b|$))`, 'g'), ['contre'], 2) },
  { opt: 'abstain', re: A(new RegExp(String.raw`\b(?:se\s+sont\s+abstenue?s|s'est\s+abstenue?)\s*\(\s*${N}\s*\)(?=\s*(?:[.;,:]|et\b|$))`, 'g'), ['abstenu'], 2) },
];
/** The end of a list of names: a full stop at a line end (not "M." wrapped), a blank line or the next vote label. */
// (or the next option's count in brackets in the same sentence: "… ; tous les autres membres ont voté pour (43).")
const LIST_END = /(?<!\b(?:m|mm|mme|mmes|mlle|dr))\.[ \t]*(?:\n|$)|\n[ \t]*\n|\n(?=[ \t]*(?:(?:ont|a)\s+vote|votent|se\s+sont\s+abstenue?s|s'est\s+abstenue?|pour|contre|abstentions?|oui|non)\b)|(?=\b(?:ont|a)\s+vote\s+(?:pour|contre)\s*\(\s*\d)/;

/** Members named in brackets after a figure, said not to take part: "(MM. X et Y ne prenant pas part au vote)" (folded text). */
const ASIDE_IN_BRACKETS = /^[ \t]*\(\s*((?:m\.|mm\.|mme|mmes|mlle|monsieur|madame|messieurs|mesdames)\s[^()\n]{1,160}?)[\s,]+ne\s+(?:prenant|participant)\s+pas\s+(?:part\s+)?au\s+vote\s*\)/;
/** One member in such brackets, as written: a civility perhaps, then capitalised words or an office ("M. X", "Y", "le Maire"). */
const ASIDE_NAME = /^(?:(?:M\.|MM\.|Mme|Mmes|Mlle|Monsieur|Madame|Messieurs|Mesdames)\s+)?(?:(?:le|la)\s+\p{L}+|\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3})$/u;

/** Column headings of a tally table ("| Pour | Contre | Abstention |" over "| 12 | 0 | 1 |"). */
const TABLE_HEAD: Array<{ opt: Option; re: RegExp }> = [
  { opt: 'for', re: /^(?:votes?\s+|voix\s+)?pour$/ },
  { opt: 'against', re: /^(?:votes?\s+|voix\s+)?contre$/ },
  { opt: 'abstain', re: /^abstentions?(?:\s*\(s\))?$/ },
  { opt: 'not_voting', re: new RegExp(`^(?:${NOT_VOTING}|n\\.?\\s?p\\.?\\s?p\\.?\\s?v\\.?)$`) }, // NPPV: ne prend pas part au vote
  { opt: 'voters', re: /^(?:nombre\s+de\s+)?votants$/ },
  { opt: 'expressed', re: /^(?:suffrages\s+)?exprimes$/ },
];

/** A label opening a tally table's heading row: "Vote :", "Résultat du vote :", "Scrutin :". */
const TABLE_ROW_LABEL = /^(?:votes?|resultats?(?:\s+du\s+vote)?|scrutin)\s*:$/;

/** A tally table's heading with its count in brackets: "pour (4)", "contre (1)". */
const COUNTED_HEAD = /^((?:votes?\s+|voix\s+)?(?:pour|contre)|abstentions?)\s*\(\s*(\d{1,3})\s*\)$/;

/** The cells of a table row: between pipes, or apart by tabs or runs of spaces. */
function cells(line: string): Array<{ text: string; at: number }> {
  const out: Array<{ text: string; at: number }> = [];
  const sep = line.includes('|') ? /\|/g : /\t+|[ ]{2,}/g;
  let at = 0;
  for (const piece of line.split(sep)) {
    const i = line.indexOf(piece, at);
    if (piece.trim()) out.push({ text: piece.trim(), at: i + piece.indexOf(piece.trim()) });
    at = i + piece.length;
  }
  return out;
}

/**
 * The cells of a table row read on two lines (a scan's row whose cells OCR set apart: "|  13  |" / "       |   2    |
 * 1      |"), each number under the heading nearest it: the row when the two lines hold figures only and fill every
 * column once, else null.
 */
function rowOnTwoLines(first: Array<{ text: string; at: number }>, second: Array<{ text: string; at: number }>, head: Array<{ text: string; at: number }>): Array<{ text: string; at: number }> | null {
  const both = [...first, ...second];
  if (first.length === 0 || second.length === 0 || both.length !== head.length || !both.every((c) => /^\d{1,3}$/.test(c.text))) return null;
  const mid = (c: { text: string; at: number }) => c.at + c.text.length / 2;
  const column = (c: { text: string; at: number }) => head.reduce((best, h, k) => (Math.abs(mid(h) - mid(c)) < Math.abs(mid(head[best]!) - mid(c)) ? k : best), 0);
  const out: Array<{ text: string; at: number }> = new Array(head.length);
  for (const c of both) {
    const k = column(c);
    if (out[k]) return null;
    out[k] = c;
  }
  return out;
}

/** Tallies laid out as a table: a row of option headings, a rule perhaps, then a row of as many numbers. */
function tableHits(zone: string, from: number): Array<Array<Hit & { rank: number }>> {
  const out: Array<Array<Hit & { rank: number }>> = [];
  // a heading row has two cells or more, apart by a '|', a tab or two spaces (see `cells`), or one cell per line
  if (!/[|\t]| {2}|(?:^|\n)[ \t]*pour[ \t]*\n/.test(zone)) return out;
  const lines = zone.split('\n');
  let offset = 0;
  const starts = lines.map((l) => {
    const at = offset;
    offset += l.length + 1;
    return at;
  });
  // a table copied one cell per line: the option headings, one per line, then as many numbers, one per line
  // ("Pour" / "Contre" / "Abstention" / "13" / "0" / "2")
  const cellLines = /(?:^|\n)[ \t]*(?:votes?\s+|voix\s+)?pour[ \t]*\n/.test(zone);
  for (let i = 0; cellLines && i < lines.length; i++) {
    const opts: Option[] = [];
    let j = i;
    for (; j < lines.length && opts.length < 6; j++) {
      const t = lines[j]!.trim().replace(/\s+/g, ' ');
      const opt = t ? TABLE_HEAD.find((h) => h.re.test(t))?.opt : undefined;
      if (!opt || opts.includes(opt)) break;
      opts.push(opt);
    }
    if (opts.length < 2 || !opts.some((o) => o === 'for') || j + opts.length > lines.length) continue;
    const values = lines.slice(j, j + opts.length).map((l) => l.trim());
    if (!values.every((v) => /^\d{1,3}$/.test(v))) continue;
    out.push(opts.map((opt, k) => ({ opt, value: Number(values[k]), start: from + starts[i + k]!, end: k === opts.length - 1 ? from + starts[j + k]! + lines[j + k]!.length : from + starts[i + k]! + lines[i + k]!.length, rank: -1 })));
    i = j + opts.length - 1;
  }
  for (let i = 0; i < lines.length; i++) {
    // the headings holding their counts in brackets, the voters named in the columns below ("POUR (4)<TAB>CONTRE (1)" /
    // "Annie X<TAB>Luc Y" / "Paul Z"): the counts read from the headings
    if (/\(\s*\d{1,3}\s*\)/.test(lines[i]!)) {
      const counted = cells(lines[i]!).map((c) => ({ c, m: COUNTED_HEAD.exec(c.text.replace(/\s+/g, ' ')) }));
      const opts = counted.map(({ m }) => (m ? TABLE_HEAD.find((h) => h.re.test(m[1]!))?.opt : undefined));
      if (counted.length >= 2 && opts.every((o) => o !== undefined) && new Set(opts).size === opts.length && opts.includes('for') && i + 1 < lines.length && /\p{L}/u.test(lines[i + 1]!) && !/\d/.test(lines[i + 1]!)) {
        out.push(counted.map(({ c, m }, k) => ({ opt: opts[k]!, value: Number(m![2]), start: from + starts[i]! + c.at, end: from + starts[i]! + c.at + c.text.length, rank: -1 })));
        continue;
      }
    }
    if (/\d/.test(lines[i]!)) continue;
    let head = cells(lines[i]!);
    // (the row's own label before the headings, "Vote :          Pour          Contre          Abstention": no column)
    if (head.length > 2 && TABLE_ROW_LABEL.test(head[0]!.text)) head = head.slice(1);
    if (head.length < 2) continue;
    const opts = head.map((c) => TABLE_HEAD.find((h) => h.re.test(c.text.replace(/\s+/g, ' ')))?.opt);
    if (opts.some((o) => o === undefined) || new Set(opts).size !== opts.length) continue;
    let j = i + 1;
    while (j < lines.length && /^[\s|:+=_-]*$/.test(lines[j]!) && j - i < 3) j++;
    if (j >= lines.length) continue;
    let row = cells(lines[j]!);
    // a first cell naming the row, left of the headings ("Délibération 2011-27      21    17    3    2"): no count
    const labelled = (r: typeof row) => r.length === head.length + 1 && !/^\d{1,3}$/.test(r[0]!.text) && r[0]!.at + r[0]!.text.length <= head[0]!.at + 1;
    // rows by group ("Groupe Union départementale   19   –   –"), a dash for none, then their « Total » row: the total
    if (labelled(row) && !/^total/i.test(row[0]!.text) && row.slice(1).every((c) => /^(?:\d{1,3}|[–—-])$/.test(c.text))) {
      let k = j + 1;
      while (k < lines.length && k - j < 15) {
        const r = cells(lines[k]!);
        if (!labelled(r) || !r.slice(1).every((c) => /^(?:\d{1,3}|[–—-])$/.test(c.text))) break;
        if (/^total/i.test(r[0]!.text)) {
          [row, j] = [r, k];
          break;
        }
        k++;
      }
    }
    if (labelled(row)) row = row.slice(1);
    // (a row OCR read on two lines, some of its cells on each: "|  13  |" / "       |   2    |     1      |")
    const split = row.length < head.length && j + 1 < lines.length ? rowOnTwoLines(row, cells(lines[j + 1]!), head) : null;
    if (split) [row, j] = [split, j + 1];
    if (row.length !== head.length || !row.every((c) => /^\d{1,3}$/.test(c.text))) continue;
    // each hit spans its heading (the last one down to the numbers): one statement from the headings to the numbers
    out.push(
      row.map((c, k) => {
        const start = from + starts[i]! + head[k]!.at;
        const end = k === row.length - 1 ? from + starts[j]! + (split ? lines[j]!.trimEnd().length : c.at + c.text.length) : start + head[k]!.text.length;
        return { opt: opts[k]!, value: Number(c.text), start, end, rank: -1 };
      }),
    );
  }
  return out;
}

/** A member's own vote as a table's cell: "ANDRIEU Paul<TAB>Pour", "| M. X | Contre |", "LAVAL Nadine (pouvoir à …)    Abstention". */
const NAMED_ROW = /^[ \t]*\|?[ \t]*(?:m\.|mme|mlle)?[ \t]*[a-z][a-z' -]{2,60}(?:\([^()\n]{0,60}\))?[ \t]*(?:\t+|[ \t]{2,}|[ \t]*\|[ \t]*)(pour|contre|abstention|abstenue?|abst\.|nppv|ne\s+prend\s+pas\s+part(?:\s+au\s+vote)?)[ \t]*\|?[ \t]*$/;
const NAMED_OPTION: Record<string, Option> = { pour: 'for', contre: 'against', abstention: 'abstain', abstenu: 'abstain', abstenue: 'abstain', 'abst.': 'abstain', nppv: 'not_voting' };

/**
 * A roll call as a table, one member per row with the member's vote ("Détail des votes" / "Conseiller  Vote" /
 * "ANDRIEU Paul  Pour" / … / "PUJOL Serge  Contre"), three rows or more: each option counted, as one statement.
 */
function namedTableHits(zone: string, from: number): Array<Array<Hit & { rank: number }>> {
  const out: Array<Array<Hit & { rank: number }>> = [];
  if (!/\t|  |\|/.test(zone) || !/(?:\t| {2}|\|)[ \t]*(?:pour|contre)[ \t]*\|?[ \t]*(?:\n|$)/.test(zone)) return out;
  const lines = zone.split('\n');
  let offset = 0;
  let run: { start: number; end: number; counts: Map<Option, number> } | null = null;
  const close = () => {
    if (run && [...run.counts.values()].reduce((a, b) => a + b, 0) >= 3) {
      const opts = [...run.counts.entries()];
      out.push(opts.map(([opt, value], k) => ({ opt, value, start: from + run!.start + k, end: from + run!.start + k + 1, rank: -1 })));
    }
    run = null;
  };
  for (const line of lines) {
    const m = NAMED_ROW.exec(line);
    if (m) {
      const word = m[1]!.startsWith('ne') ? 'nppv' : m[1]!;
      const opt = NAMED_OPTION[word]!;
      run ??= { start: offset, end: offset, counts: new Map() };
      run.counts.set(opt, (run.counts.get(opt) ?? 0) + 1);
      run.end = offset + line.length;
    } else if (run && line.trim()) close();
    offset += line.length + 1;
  }
  close();
  return out;
}

/** True when the text ends a few letters after `at`, in the middle of a word ("– Ab", "– Abst"): the statement was cut. */
function cutAfter(src: SourceText, at: number): boolean {
  // (past the names in brackets after the last option: "Contre : 2 (M. Marc X, Mme Yvonne Y) – Abst")
  const rest = src.fold.slice(at).replace(/^\s*\([^()\n]{0,200}\)/, '');
  // the next option's number without its label ("par 24 voix pour et 1" ending the text)
  // (or with "voix" and no label: "… 14 voix contre et 5 voix")
  if (/^[\s,;–—-]*(?:et\s+)?\d{1,3}(?:\s+(?:voix|votes?))?\s*$/.test(rest)) return true;
  const m = /^[\s,;–—-]+([a-z]{1,10})$/.exec(rest);
  // the start of an option's label, cut ("ab", "abst", "con", "ne se")
  if (m !== null && CUT_LABELS.some((w) => w.length > m[1]!.length && w.startsWith(m[1]!))) return true;
  // … or the next option's number, its label cut after it ("par 51 voix pour, 14 voix contre et 5 abs", "… et 5 voix ab")
  const n = /^[\s,;–—-]*(?:et\s+)?\d{1,3}\s+(?:(?:voix|votes?)\s+)?([a-z]{1,10})$/.exec(rest);
  return n !== null && [...CUT_LABELS, 'voix', 'votes'].some((w) => w.length > n[1]!.length && w.startsWith(n[1]!));
}
const CUT_LABELS = ['abstentions', 'pour', 'contre', 'nppv', 'votants', 'exprimes', 'blancs', 'nuls'];

/** "par 8 voix contre 7", "par quinze voix contre quatre" */
// (the groups voting each way may stand in brackets: "avec 12 voix (CSV, LSAP) contre 6 (DP, déi gréng)")
const DUEL = A(new RegExp(String.raw`\b(?:par|avec)\s+${N}\s+voix(?:\s*\([^()\n]{1,60}\))?\s+contre\s+${N}(?![a-z\d])`), ['par', 'avec'], 0);
/** Québec: "ADOPTÉE SUR DIVISION (4 contre 1)": the votes for, then against. */
const DIVISION = A(new RegExp(String.raw`\bsur\s+division\s*\(\s*${N}\s+(?:voix\s+)?contre\s+${N}\s*\)`), ['division'], 1);

// "à l'unanimité": "a", "l" before the keyword (an OCR's « rn » for « m » too: "unanirnité")
const UNANIMITY = A(/\b(?:a\s+l'\s?unani(?:m|rn)\w*|unani(?:m|rn)\w*|unanimement)(?:\s+des\s+(?:membres\s+presents(?:\s+et\s+representes)?|suffrages\s+exprimes|votants|presents|voix\s+exprimees|membres))?/g, ['unanim', 'unanirn'], 2);
/** After a unanimity: the body that voted it, when that is another one than the one deliberating. */
const OTHER_BODY = /^\s+(?:par|de)\s+(?:le|la|l')\s*(?:conseil\s+(?:communautaire|departemental|regional|syndical|d'administration|metropolitain|de\s+fabrique|d'ecole|de\s+l'action\s+sociale)|communaute|comite|bureau|commission|assemblee|fabrique)\b/;
/** "(3 abstentions", ", 2 contre" right after a unanimity. */
const UNANIMITY_BUT = new RegExp(String.raw`^\s*[,(]\s*(\d{1,3}|${numberRun()})\s+(abstentions?|voix\s+contre|contre)\b`);
/**
 * After a unanimity of the votes cast, its count of votes in brackets or not, the members counted apart in a participle
 * clause: "(57 voix), les 5 délégués du groupe X s'abstenant", ", 3 conseillers ayant voté contre". Group 1 the count,
 * group 2 the option ("abstenant" / "contre").
 */
const UNANIMITY_BUT_COUNTED = new RegExp(
  String.raw`^\s*(?:\(\s*\d{1,3}\s+(?:voix|votes|suffrages)\s*\)\s*)?[,;–—-]\s*(?:les\s+|dont\s+)?(\d{1,3}|${numberRun()})\s+(?:membres?|conseill(?:er|ere)s?|delegue(?:e)?s?|elue?s?)\b[^.;:()]{0,80}?\s(?:s'\s?(abst)(?:enant|enants|etant\s+abstenue?s?)|(?:votant|ayant\s+vote)\s+(contre))\b`,
);
const MINUS = A(new RegExp(String.raw`\bunanimite\s+moins\s+(\d+|${numberRun()})\s+(abstentions?|voix\s+contre|votes?\s+contre|contre)`), ['unanimite'], 0);
/** Every match of SECRET holds "secret" or "bulletin" at a word start. */
const SECRET = /scrutin\s+secret|bulletins?\s+secrets?|vote\s+a\s+bulletin/;
const SECRET_KEYS = guard(SECRET, digitViewKeys(['secret', 'bulletin']));

interface Hit {
  opt: Option;
  value: number;
  start: number;
  end: number;
}

/** A motion put, in minutes that read motion after motion ("Il est proposé par …", "Sur proposition de …"). */
const MOTION_PUT = /\b(?:il\s+est\s+propose\s+par|sur\s+(?:la\s+)?proposition\s+d)/;

/**
 * A unanimity after the tally that belongs to a second decision of the same sentence: "a arrêté avec 7 voix
 * contre 4 le compte administratif … et a approuvé à l'unanimité le compte de gestion". The item's vote is
 * the tally; the unanimity is not its wording.
 */
function secondDecision(src: SourceText, tally: Hit[], uStart: number): boolean {
  const end = tally[tally.length - 1]!.end;
  if (uStart <= end) return false;
  // (or another motion's, in minutes not cut into items: "… ADOPTÉE À LA MAJORITÉ APPROBATION DES COMPTES Il est proposé
  // par …, il est résolu à l'unanimité …")
  const between = src.fold.slice(end, uStart);
  if (/\badoptee?s?\b/.test(between) && MOTION_PUT.test(between)) return true;
  // (or the next item's, under a title of its own after a blank line, or a topic opening the next line: "Pour : 11 –
  // Contre : 1" / "" / "Tarifs de la salle 2019" / "… Approuvé à l'unanimité"; "… par 8 voix pour et 1 voix contre." /
  // "Subventions aux associations 2019 : le Conseil, à l'unanimité, …")
  const betweenNorm = src.norm.slice(end, uStart);
  const topic = /[.!?)][ \t]*\n[ \t]*(\p{Lu}[^\n:.]{2,80}?)\s:\s+(?!\d)/u.exec(betweenNorm);
  if (titledParagraph(betweenNorm) || (topic && !/vot|scrutin|stemm|r[ée]sultat|pour|contre|abstention|d[ée]cid/i.test(topic[1]!))) return true;
  // (or the next point numbered inside a flattened paragraph: "Adopté par 12 voix pour et 2 abstentions. Point 3 – Subvention …
  // Adopté à l'unanimité des votants")
  if (/[.!?][ \t]+(?:point|question|affaire)\s+(?:n[°o]\s*)?\d{1,3}\s*[–—:-]\s*\p{Lu}/iu.test(betweenNorm)) return true;
  return /(?:\bet|;)\s+(?:(?:il|elle)\s+)?(?:a|ont)\s+(?:egalement\s+|aussi\s+)?(?:approuve|adopte|vote|arrete|decide|accepte|alloue|confirme)e?s?\b/.test(src.fold.slice(end, uStart));
}

/** How far after a vote its named voters are looked for: 400 characters, or up to the next motion put after a unanimity. */
function nextMotion(after: string, unanimity: boolean): number {
  const at = unanimity ? after.search(/\bil\s+est\s+propose\s+par\b/) : -1;
  return at >= 0 ? at : 400;
}

/**
 * Minutes not cut into items: before the unanimity, a motion was carried by a vote ("ADOPTÉE À LA MAJORITÉ", after its
 * votes for and against) and another one put ("Il est proposé par …"): the unanimity is that other motion's.
 */
function laterMotion(before: string): boolean {
  const adopted = /\b(?:pour|contre|majorite)\b[^]{0,200}?\badoptee?s?\s+(?:a\s+la\s+majorite|sur\s+division)\b/.exec(before);
  return adopted !== null && MOTION_PUT.test(before.slice(adopted.index + adopted[0].length));
}

/**
 * A blank line, then a short line without a sentence's end (a title), then the paragraph it heads — not a title of the
 * same act's vote ("Détail des votes – délibération n° 2024-21", "Résultat du scrutin").
 */
const TITLED_PARAGRAPH = /\n[ \t]*\n[ \t]*(\p{Lu}[^\n]{2,100}[^\n.;:,!?])[ \t]*\n[ \t]*\S/u;
function titledParagraph(between: string): boolean {
  const m = TITLED_PARAGRAPH.exec(between);
  return m !== null && !/vot|scrutin|r[ée]sultat|d[ée]lib[ée]r|d[ée]cision|pour\s*:|contre|abstention/i.test(m[1]!);
}

/**
 * Text between a unanimity and a tally: the tally's own sentence (after the last sentence end or line
 * break) holds a decision verb ("Le conseil communal arrête le budget 2021 avec 7 voix contre 3"), not a
 * label ("Résultat du vote : Pour : 12 …").
 */
function laterDecision(between: string): boolean {
  const stops = [...between.matchAll(/[.;](?=\s)|\n/g)];
  if (stops.length === 0) return false;
  const own = between.slice(stops[stops.length - 1]!.index! + 1);
  return /\b(?:arrete|arretent|approuve|approuvent|adopte|adoptent|decide|decident|accepte|acceptent)\b/.test(own);
}

/**
 * A unanimity in a paragraph after the tally's, deciding how the session goes on (a huis clos, a suspension, the order
 * of the day, a secret ballot), not the item: it does not word the tally's vote.
 */
function proceduralLater(src: SourceText, tallyEnd: number, uStart: number): boolean {
  if (!/\n[ \t]*\n/.test(src.norm.slice(tallyEnd, uStart))) return false;
  const paragraph = src.fold.slice(Math.max(tallyEnd, src.fold.lastIndexOf('\n', uStart)), Math.min(src.fold.length, uStart + 200));
  return /\bhuis\s+clos\b|\bsuspen(?:d|sion)|\bordre\s+du\s+jour\b|\bscrutin\s+secret\b/.test(paragraph);
}

/** Members named in brackets after a unanimity, then what they did: "(m. lucien x s'abstenant)", "(mme a et m. b votant contre)" (folded). */
const UNANIMITY_BUT_NAMED = /^\s*\(\s*((?:m\.|mme|mlle|monsieur|madame)\s[^()]{2,60}?(?:\s*(?:,|et)\s*(?:m\.|mme|mlle|monsieur|madame)\s[^()]{2,60}?)*)\s+(s'\s?abst(?:enant|ient|iennent|enue?s?)|(?:votant|vote|votent|a\s+vote|ont\s+vote)\s+contre)\s*\)/;

/**
 * How many members a folded clause names, one civility each ("m. a et mme b"); with `offices`, a member named by
 * office counts too ("le conseiller c", where the clause opens on its subject — in brackets it is an apposition).
 */
function civilitiesIn(clause: string, offices = false): number {
  return clause.match(offices ? /(?:^|[\s,])(?:m\.|mme|mlle|monsieur|madame|le\s+conseiller|la\s+conseillere)\s/g : /(?:^|[\s,])(?:m\.|mme|mlle|monsieur|madame)\s/g)?.length ?? 0;
}

/** The sentence of fold[start, end): from the sentence end before it to the one after it (400 characters at most each way). */
function sentenceAround(fold: string, start: number, end: number): string {
  const before = fold.slice(Math.max(0, start - 400), start);
  const cut = Math.max(before.lastIndexOf('. '), before.lastIndexOf('.\n'), before.lastIndexOf('\n\n'));
  const after = fold.slice(end, end + 400);
  const stop = after.search(/\.(?:\s|$)|\n\s*\n/);
  return before.slice(cut + 1) + fold.slice(start, end) + (stop < 0 ? after : after.slice(0, stop));
}

/**
 * A sentence correcting the minutes of a vote: it names them and says what is corrected (folded); not the approval of
 * the minutes once corrected ("Le procès-verbal ainsi rectifié est approuvé par 9 voix pour").
 */
function correctsMinutes(sentence: string): boolean {
  if (!/\b(?:compte[- ]rendu|proces[- ]verbal)\b/.test(sentence)) return false;
  const said = sentence.replace(/\bainsi\s+(?:corrigee?|rectifiee?|modifiee?|amendee?)\b|\b(?:corrigee?|rectifiee?|modifiee?)\s+(?:est|a\s+ete)\s+(?:approuvee?|adoptee?)\b/g, ' ');
  return /\b(?:corrig\w*|rectifi\w*|par\s+erreur|au\s+lieu\s+de|alors\s+que\s+le\s+vote)\b/.test(said);
}

/** All vote statements in fold[from, to): groups of tally numbers, and unanimity phrases. */
/** The line that sums a vote given by parts: "Résultat : …", "Total : …", "Soit au total : …". */
const PARTS_RESULT = /(?:^|\n)[ \t]*(?:resultat(?:\s+(?:global|du\s+vote|du\s+scrutin))?|total|au\s+total|soit\s+au\s+total)\b[^\n]{0,30}$/;

/** A roll call's option opening its line, its names after the colon: "Ont voté pour :", "Votent contre :", "Se sont abstenus :" (folded). */
// (also "Votent en faveur :" and, one voter, "Vote contre : M. X" — Québec)
const NAMED_ROLL = /(?:^|\n)[ \t]*(?:(?:(?:ont|a)\s+vote|votent|vote)\s+(pour|contre|en\s+faveur)|(?:se\s+sont\s+abstenue?s|s'\s?est\s+abstenue?))[ \t]*:[ \t]*(?=\S)/g;
/** One voter of such a list as written: a civility maybe, then words opening with a capital ("Mme Johanne X", "Josée Y-Z"). */
const ROLL_NAME = /^(?:(?:M\.|MM\.|Mmes?|Mlle|Monsieur|Madame|Messieurs|Mesdames)\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+(?:de|du|des|d['’]|le|la|van|von|\p{Lu}[\p{L}'’.-]*)){0,4}$/u;

/**
 * Before a commission's own figures reported in its recommendation: "M. X, rapporteur, recommande l'adoption du budget par"
 * (the verb with its object: "le tarif recommandé par la commission, par 15 voix contre 2" is the council's own vote).
 */
const RECOMMENDED_BY = /\b(?:recommande|recommandent|preconise|preconisent)\s+(?:d['’]\s?|l['’]\s?|le\s+|la\s+|les\s+)?(?:adoption|adopter|approbation|approuver|acceptation|accepter|rejet|rejeter|refus|refuser)\b[^.;]{0,80}?\bpar\s*$/;

/** The options of a roll call named without counts, each counted by its names (NAMED_ROLL); none when a list holds a figure or a word that is no name. */
function namedRollHits(src: SourceText, zone: string, from: number): Array<Hit & { rank: number }> {
  if (!/vote|votent|abstenu/.test(zone)) return [];
  const out: Array<Hit & { rank: number }> = [];
  for (const m of zone.matchAll(NAMED_ROLL)) {
    const at = m.index! + m[0].length;
    const after = zone.slice(at, at + 1000);
    const stop = after.slice(1).search(LIST_END);
    if (stop < 0) continue;
    const list = src.norm.slice(from + at, from + at + stop + 1).replace(/\s+/g, ' ').trim().replace(/[.;]$/, '');
    if (/\d/.test(list)) continue;
    const names = list.split(/\s*,\s*|\s+et\s+/).map((x) => x.trim());
    if (names.length === 0 || !names.every((x) => ROLL_NAME.test(x))) continue;
    const opt: Option = m[1] === 'pour' || m[1]?.startsWith('en') ? 'for' : m[1] === 'contre' ? 'against' : 'abstain';
    const start = from + m.index! + (m[0].length - m[0].trimStart().length);
    out.push({ opt, value: names.length, start, end: from + at + stop + 1, rank: -1 });
  }
  return out;
}

/**
 * The voters named in brackets right after an option's count, on its line ("Contre : 14 (Anne X, Paul Y, …)"): the
 * length of that bracket, 0 when none. The hit spans them, so the next option's count, however long the names, stays
 * near it. Names only: no figure inside ("Pour : 30 (dont 4 pouvoirs)" is a count of its own).
 */
function bracketedNames(zone: string, at: number): number {
  const m = /^[ \t]*\([^()\n\d]{2,3000}\)/.exec(zone.slice(at, at + 3100));
  return m !== null && /[a-z]{2}/.test(m[0]) ? m[0].length : 0;
}

/** A tally of a secret ballot: no option counted, only votants / exprimés, with blanks, nulls or the absolute majority by it. */
function ballotTally(src: SourceText, g: Hit[]): boolean {
  if (g.some((h) => h.opt === 'for' || h.opt === 'against' || h.opt === 'abstain')) return false;
  const end = g[g.length - 1]!.end;
  return /\b(?:blancs?|nuls?|bulletins?|majorite\s+absolue)\b/.test(src.fold.slice(g[0]!.start, end + 80));
}

export function findVote(src: SourceText, from: number, to: number): Vote | null {
  // OCR digits read as digits: "Pour : l1"
  const zone = foldDigits(src.norm, src.fold).slice(from, to);
  const z = zoneOf(src, from, to, zone);
  const found: Array<Hit & { rank: number }> = [];
  LABELLED.forEach(({ opt, re }, rank) => {
    for (const m of matchAnchored(z, re)) {
      const value = num(m[1]!);
      if (Number.isNaN(value)) continue;
      // "pour un coût de …", "contre une participation": a number in words after the option needs a colon
      if (rank < 3 && !/^\d/.test(m[1]!) && !/[:=]/.test(m[0])) continue;
      const start = from + m.index!;
      // the option's count on its line, the voters named on the lines below ("Pour : 28" / "A, B (délégation), …" /
      // "Contre : 2"): the hit spans its names, so the next option's count stays near it
      let names = 0;
      if (rank < 3 && /^[ \t]*\n[ \t]*\p{Lu}/u.test(src.norm.slice(start + m[0].length, start + m[0].length + 40))) {
        const after = zone.slice(m.index! + m[0].length, m.index! + m[0].length + 3000);
        const stop = after.slice(1).search(LIST_END);
        const list = stop >= 0 ? after.slice(0, stop + 1) : '';
        // (names in capitals, no count among them)
        if (list && !/\d/.test(list) && /\p{Lu}{2}/u.test(src.norm.slice(start + m[0].length, start + m[0].length + list.length))) names = list.length;
      }
      if (rank < 3 && names === 0) names = bracketedNames(zone, m.index! + m[0].length);
      found.push({ opt, value, start, end: start + m[0].length + names, rank });
    }
  });
  for (const [calls, listed] of [[ROLL_CALL, true], [ROLL_CALL_INLINE, false]] as const) {
    for (const { opt, re } of calls) {
      for (const m of matchAnchored(z, re)) {
        const value = num(m[1]!);
        if (Number.isNaN(value)) continue;
        const start = from + m.index!;
        // the hit spans its list of names, so the next option's count stays near it
        const stop = listed ? zone.slice(m.index! + m[0].length, m.index! + m[0].length + 1500).search(LIST_END) : -1;
        found.push({ opt, value, start, end: start + m[0].length + (stop >= 0 ? stop : 0), rank: -1 });
      }
    }
  }
  // a tally table: its cells are one statement (not read again as "pour 12" by the patterns)
  for (const table of [...tableHits(zone, from), ...namedTableHits(zone, from)]) {
    const [a, b] = [table[0]!.start, table[table.length - 1]!.end];
    for (let i = found.length - 1; i >= 0; i--) if (found[i]!.start < b && found[i]!.end > a) found.splice(i, 1);
    found.push(...table);
  }
  // a roll call named without its counts (Québec, Luxembourg): "Ont voté pour : Mme A, M. B et M. C." / "Ont voté contre :
  // MM. D et E." — each option counted by its names, both the votes for and another option named; only when the text
  // writes no count ("avec 8 voix contre 3" before the names is the tally)
  if (found.length === 0 && firstAnchored(z, DUEL) === null && firstAnchored(z, DIVISION) === null) {
    const named = namedRollHits(src, zone, from);
    if (named.some((h) => h.opt === 'for') && named.some((h) => h.opt !== 'for')) found.push(...named);
  }
  // one reading per place: the earlier (more specific) pattern wins an overlap
  found.sort((a, b) => a.start - b.start || a.rank - b.rank);
  const hits: Hit[] = [];
  for (const h of found) {
    const last = hits[hits.length - 1];
    if (last && h.start < last.end) continue;
    hits.push(h);
  }
  // a tally: hits within 250 characters of each other, at least two distinct options (or "N voix pour")
  const groups: Hit[][] = [];
  for (const h of hits) {
    const g = groups[groups.length - 1];
    // (one statement: not across an empty line — "(présents 17 – votants 20)" in the next paragraph is a movement)
    // (nor across an outcome stated in between: "… Ont voté contre (24) : … L'amendement est rejeté. Le pacte est adopté par
    // 27 voix pour …" is two votes)
    const near =
      g !== undefined &&
      h.start - g[g.length - 1]!.end < 250 &&
      !/\n[ \t]*\n/.test(src.norm.slice(g[g.length - 1]!.end, h.start)) &&
      !/\b(?:est|sont)\s+(?:rejetee?s?|adoptee?s?|retiree?s?)\s*\./.test(src.fold.slice(g[g.length - 1]!.end, h.start));
    // the same count said twice ("moins une abstention … Abstention : 1") stays one statement
    // (not a new sentence's vote that happens to share a count: "… rejeté par 6 voix pour, 22 contre. L'amendement n° 2
    // est rejeté par 6 voix pour, 20 contre …")
    if (near && g.some((x) => x.opt === h.opt && x.value === h.value) && !/[.;!?]\s+\S/.test(src.norm.slice(g[g.length - 1]!.end, h.start))) continue;
    // "Pour : 70 dont 19 procurations / Contre : 9 dont 3 procurations / …": the share of proxies
    // after each option does not end the tally (the first is kept)
    if (near && h.opt === 'proxies_included' && g.some((x) => x.opt === 'proxies_included')) continue;
    if (near && !g.some((x) => x.opt === h.opt)) g.push(h);
    else groups.push([h]);
  }
  // (one option is a tally when it says votes, or follows "Vote :": "Vote : 8 pour.")
  // (not the figures of an earlier vote being corrected: "17 voix pour au lieu de 18 et 1 abstention")
  // (… or "le vote était de 9 voix pour et 3 abstentions et non de 10 voix pour et 2 abstentions")
  // (… or "il convient de lire 15 voix pour et 3 contre, et non 16 voix pour et 2 contre")
  const corrected = (g: Hit[]) =>
    // (not "et non inscrits", the members of no group)
    /\b(?:au\s+lieu\s+de|et\s+non(?=\s*(?:de\b|pas\b|par\b|\d|[«"“])))/.test(src.fold.slice(g[0]!.start, g[g.length - 1]!.end + 25)) ||
    /\b(?:(?:etait|etaient)\s+(?:donc\s+|en\s+fait\s+|bien\s+|en\s+realite\s+)?de|et\s+non(?:\s+(?:de|pas|par))?(?:\s*[«"“]\s*(?:par)?)?|au\s+lieu\s+de|(?:il\s+(?:convient|faut)\s+(?:de\s+)?)?lire)\s*$/.test(src.fold.slice(Math.max(0, g[0]!.start - 30), g[0]!.start)) ||
    // (… or a commission's vote reported: "la commission les a approuvés par 5 voix sans opposition")
    /\bcommission\s+(?:[a-z']+\s+){0,3}(?:a|ont|avait|avaient)\s*$/.test(src.fold.slice(Math.max(0, g[0]!.start - 50), g[0]!.start)) ||
    // (… or a commission's recommendation, its own vote reported before the body's: "M. X, rapporteur de la commission
    // financière, recommande l'adoption du budget par 5 voix contre 2")
    RECOMMENDED_BY.test(src.fold.slice(Math.max(0, g[0]!.start - 100), g[0]!.start)) ||
    // (… or its figures quoted from the minutes: "le compte rendu mentionne 2 abstentions")
    /\b(?:mentionne|indique|porte|fait\s+etat\s+de)\s*$/.test(src.fold.slice(Math.max(0, g[0]!.start - 30), g[0]!.start)) ||
    // (… or any figure of a sentence correcting the minutes: "… demande que le vote sur le point n° 4 soit corrigé : le
    // compte rendu indique 15 voix pour et 3 abstentions, alors que le vote a été de 14 voix pour et 4 abstentions")
    correctsMinutes(sentenceAround(src.fold, g[0]!.start, g[g.length - 1]!.end));
  const allTallies = groups.filter((g) => !corrected(g)).filter((g) => new Set(g.map((h) => h.opt)).size >= 2 || g.some((h) => /voix|votes?/.test(src.fold.slice(h.start, h.end)) || /\bvotes?\s*:\s*$/.test(src.fold.slice(Math.max(0, h.start - 12), h.start))));
  // a vote on an amendment is not the item's own vote when the item states one: an amendment named within 400
  // characters before, in the same paragraph, its outcome not yet stated in a sentence of its own ("L'amendement n° 1
  // est rejeté par 6 voix pour, 22 contre", "Ont voté pour l'amendement (9) : … Se sont abstenus (2) : …"; not the
  // item's vote after "L'amendement est rejeté.")
  const aboutAmendment = (at: number) => {
    const before = src.fold.slice(Math.max(from, at - 400), at);
    const mention = before.lastIndexOf('amendement');
    if (mention < 0) return false;
    const after = before.slice(mention);
    // (in the same paragraph)
    if (/\n[ \t]*\n/.test(after)) return false;
    return !/\b(?:est|sont|a\s+ete|ont\s+ete)\s+(?:rejetee?s?|adoptee?s?|retiree?s?|repoussee?s?)\b[^.]*\.\s/.test(after);
  };
  // (not another body's vote quoted in the debate: "la tarification a été votée à l'unanimité par le conseil communautaire")
  // (reported in the past tense, and by a body named: "a été votée à l'unanimité par le conseil communautaire";
  // "est adopté à l'unanimité par le Conseil Communautaire" is the body deliberating)
  // (… nor a commission's: "qui recommande, à l'unanimité de ses cinq membres, d'accepter …")
  const quoted = (m: RegExpExecArray) =>
    // (or a participle in apposition: "le budget 2019, arrêté à l'unanimité par le conseil de fabrique, …")
    (/(?:\ba\s+ete\s+|,\s*)(?:votee?s?|adoptee?s?|approuvee?s?|decidee?s?|arretee?s?)\s+$/.test(z.s.slice(Math.max(0, m.index - 30), m.index)) && OTHER_BODY.test(z.s.slice(m.index + m[0].length, m.index + m[0].length + 60))) ||
    /^\s*de\s+ses\s+(?:(?:\d{1,2}|[a-z]+)\s+)?membres\b/.test(z.s.slice(m.index + m[0].length, m.index + m[0].length + 40)) ||
    // (… nor an earlier record corrected: "le procès-verbal indiquant par erreur un vote à l'unanimité")
    /\bpar\s+erreur\s+(?:un\s+vote\s+|une\s+adoption\s+|un\s+scrutin\s+)?$/.test(z.s.slice(Math.max(0, m.index - 40), m.index)) ||
    // (… nor a commission's opinion on its line: "Préavis de la Commission financière : favorable à l'unanimité")
    /(?:^|\n)[ \t]*(?:pre)?avis\s+(?:de\s+la\s+|du\s+|des\s+)?(?:commission|comite|bureau|municipalite|conseil\s+communal)[^\n]{0,80}$/.test(z.s.slice(Math.max(0, m.index - 120), m.index));
  const unanimities = firstAnchored(z, UNANIMITY) === null ? [] : matchAnchored(z, UNANIMITY).filter((m) => !quoted(m));
  const ownTallies = allTallies.filter((g) => !aboutAmendment(g[0]!.start));
  const ownUnanimities = unanimities.filter((m) => !aboutAmendment(from + m.index));
  const own = ownTallies.length > 0 || ownUnanimities.length > 0;
  const tallies = own ? ownTallies : allTallies;
  const un = (own ? ownUnanimities : unanimities)[0] ?? null;
  let tally = tallies[0];
  // an election's ballot (only votants and exprimés, its blanks, nulls or absolute majority said) then, in the same item,
  // an ordinary vote on options ("… suffrages exprimés 24 ; majorité absolue 13 … maintient à huit le nombre des adjoints,
  // par 24 voix pour et 3 abstentions"): the item's vote is the ordinary one, the ballot elects
  if (tally && ballotTally(src, tally)) tally = tallies.find((g) => g.some((h) => h.opt === 'for' || h.opt === 'against' || h.opt === 'abstain')) ?? tally;
  // a roll call naming who voted against and abstained ("Ont voté contre (3) : …", "Se sont abstenus (2) : …"), then
  // the whole result ("Votants : 30 – Pour : 24 – Contre : 3 – Abstentions : 2"): the whole result, when it repeats
  // every count of the roll call and adds to it
  if (tally) {
    const first = tally;
    const whole = tallies.slice(1).find((g) => g[0]!.start - first[first.length - 1]!.end < 400 && g.length > first.length && first.every((h) => g.some((x) => x.opt === h.opt && x.value === h.value)));
    if (whole) tally = whole;
  }
  // a vote gathered college by college ("le vote est recueilli par collège : - collège des secteurs ruraux : 10 pour,
  // 1 contre …"), then its result on a line of its own ("Résultat : 20 voix pour, 1 voix contre, 1 abstention"): the result
  if (tally && /\bcolleges?\b/.test(src.fold.slice(Math.max(from, tally[0]!.start - 300), tally[0]!.start))) {
    const first = tally;
    const result = tallies.slice(1).find((g) => g[0]!.start - first[first.length - 1]!.end < 800 && PARTS_RESULT.test(src.fold.slice(Math.max(0, g[0]!.start - 40), g[0]!.start)));
    if (result) tally = result;
  }
  // (a duel alone is a vote: "avec 12 voix (CSV, LSAP) contre 6 (DP, déi gréng)", no option read before it)
  const duelAlone = !tally && !un ? (firstAnchored(z, DUEL) ?? firstAnchored(z, DIVISION)) : null;
  if (!tally && !un && !duelAlone) return null;
  // a tally cut by the end of the excerpt ("Pour : 36 – Contre : 2 – Ab"): its options are not all known
  if (tally && !un && cutAfter(src, tally[tally.length - 1]!.end)) return null;
  const uStart = un ? from + un.index : Infinity;
  // the vote of this item is the first statement found; a tally closing the decision that agrees with the
  // unanimity stated above it ("à l'unanimité, Article 1 : … Article 3 : … Pour : 6 Contre : 0 Abstention : 0")
  // is the same vote, counted
  const agrees = (g: Hit[]) => g.every((h) => (h.opt !== 'against' && h.opt !== 'abstain') || h.value === 0);
  // (a tally that disagrees is still that vote when the unanimity opens the decision's list with a colon and the tally,
  // labelled, closes that list: "à l'unanimité : - DECIDE … - AUTORISE … Votes : Pour : 12 Contre : 2": the
  // contradiction is the document's, for the checker to report)
  const closesList = (g: Hit[]) => {
    const between = src.fold.slice(uStart + un![0].length, g[0]!.start);
    // (or the verb between them: "à l'unanimité, décide :" — bold marks of a web page too)
    const opens = /^[\s,*]*(?:(?:decide|decident|arrete|approuve|adopte)\b[\s*]*)?:/.exec(between);
    const labelled = /\bvotes?\s*:\s*$/.test(src.fold.slice(Math.max(0, g[0]!.start - 12), g[0]!.start));
    // (or the unanimity closing its line after a comma, the decision's verbs on the lines below and the tally, under
    // « Votes : », after them: "Après en avoir délibéré, À L'UNANIMITÉ," / "ACCORDE … ;" / "AUTORISE …" / "" / "VOTES :
    // Pour : 33 – Contre : 2": the same list of decisions, the same vote)
    const lineOpens = labelled ? /^[ \t*]*,[ \t*]*\n/.exec(between) : null;
    const open = opens ?? lineOpens;
    return open !== null && !/\b(?:delibere|unanimit|decide\s+de\s+ne|rejet)|\n\s*\n\s*(?:\d{1,3}\s*[-.)–]|[a-z]\)|article\s+1\b)/.test(between.slice(open[0].length)) && (/^pour\s*:/.test(src.fold.slice(g[0]!.start, g[0]!.start + 8)) || labelled);
  };
  const late = tally !== undefined && un !== null && tally[0]!.start >= uStart + 300 && tally[0]!.start - uStart < 1500 && (agrees(tally) || closesList(tally));
  // (a tally in a later sentence with its own decision, "… arrête le budget rectifié à l'unanimité des voix. … Le conseil
  // arrête le budget 2021 avec 7 voix contre 3.", is a second decision: the item's vote is the first)
  // (… or a tally under a title of its own after a blank line: "Adopté à l'unanimité." / "" / "SIVU DU MASSIF – PARTICIPATION 2010" /
  // "La participation … Vote : 24 pour, 4 contre." is the next item's, whose title the segmenter did not take)
  const separate =
    tally !== undefined &&
    un !== null &&
    tally[0]!.start > uStart + un[0].length &&
    (laterDecision(src.fold.slice(uStart + un[0].length, tally[0]!.start)) || titledParagraph(src.norm.slice(uStart + un[0].length, tally[0]!.start)));
  const useTally = tally && (!un || ((tally[0]!.start < uStart + 300 || late) && !separate));
  const start = Math.min(useTally ? tally![0]!.start : Infinity, un ? uStart : Infinity, duelAlone ? from + duelAlone.index : Infinity);
  const end = Math.max(useTally ? tally![tally!.length - 1]!.end : 0, un ? uStart + un[0].length : 0, duelAlone ? from + duelAlone.index + duelAlone[0].length : 0);
  const get = (o: Option) => (useTally ? (tally!.find((h) => h.opt === o)?.value ?? null) : null);
  const vote: Vote = {
    for: get('for'),
    against: get('against'),
    abstain: get('abstain'),
    not_voting: get('not_voting'),
    voters: get('voters'),
    expressed: get('expressed'),
    proxies_included: get('proxies_included'),
    // (not a unanimity in a later paragraph on the conduct of the session: "Adopté par 22 voix pour et 6 voix contre." /
    // "" / "… le conseil municipal décide, à l'unanimité, de siéger à huis clos …")
    unanimous:
      Boolean(un) &&
      (!useTally || Math.abs(uStart - start) < 400) &&
      !(useTally && secondDecision(src, tally!, uStart)) &&
      !laterMotion(src.fold.slice(from, uStart)) &&
      !(useTally && uStart > tally![tally!.length - 1]!.end && proceduralLater(src, tally![tally!.length - 1]!.end, uStart)),
    unanimity_wording: un ? src.norm.slice(uStart, uStart + un[0].length) : null,
    secret_ballot: passes(z, SECRET_KEYS) && SECRET.test(zone),
    // (not past the next motion put after a unanimity: "ADOPTÉE À L'UNANIMITÉ … Il est proposé par …" names that motion's voters)
    // (nor into a later decision's tally left aside: "… approuvé à l'unanimité des présents." / … / "Adopté par 9 voix pour et
    // 1 contre (Michel R.)" names that tally's voters)
    named: findNamedVoters(src, Math.max(from, start - 400), Math.min(to, end + nextMotion(src.fold.slice(end, end + 400), un !== null && !useTally), tally && !useTally && tally[0]!.start >= end ? tally[0]!.start : Infinity)),
    result: null,
    text: collapseSpaces(src.norm.slice(start, end)).trim(),
    span: src.span(start, end),
  };
  // "adoptée par 8 voix contre 7" / "rejetée par 8 voix contre 7" / "avec 6 voix contre 2": a duel of two counts
  // (not a commission's recommendation left aside above: "recommande … par 5 voix contre 2" before "accepté par 19 voix
  // contre 6 et 2 abstentions")
  const duel = duelAlone ?? (firstAnchored(z, DUEL) === null ? null : (matchAnchored(z, DUEL).find((m) => !RECOMMENDED_BY.test(z.s.slice(Math.max(0, m.index - 100), m.index + m[0].search(/\s/)))) ?? null));
  if (duel && vote.for === null && (vote.against !== null || duelAlone)) {
    const a = num(duel[1]!);
    const b = num(duel[2]!);
    const rejected = /\b(?:rejete|rejetee|refuse|refusee)\b[^.]{0,40}$/.test(zone.slice(0, duel.index)) || /\brejet/.test(zone.slice(duel.index, duel.index + 60));
    vote.for = rejected ? b : a;
    vote.against = rejected ? a : b;
    if (/\bsans\s+abstention/.test(zone.slice(duel.index, duel.index + 80))) vote.abstain = 0;
    vote.result = rejected ? 'rejected' : 'adopted';
  }
  // a tally of the votes cast, the abstainers named apart after it ("(25 pour, 4 contre), M. X, Mme Y, M. Z et M. W s'étant
  // abstenus"): as many abstentions as names
  if (vote.for !== null && vote.abstain === null && vote.named.abstain.length > 0 && /abstenu/.test(src.fold.slice(end, end + 400))) vote.abstain = vote.named.abstain.length;
  // a tally of the votes cast, the members standing aside named right after it in the same sentence ("Vote : 16 pour –
  // 0 contre – 0 abstention ; ne prend pas part au vote : M. X, président de l'association"): as many as names
  if (vote.for !== null && vote.not_voting === null && vote.named.not_voting.length > 0 && /^[ \t]*[;,]?\s*(?:et\s+)?(?:ne\s+(?:prend|prennent)\s+pas\s+part|n'\s?(?:a|ont)\s+pas\s+pris\s+part)\s+au\s+vote\b/.test(src.fold.slice(end, end + 60))) vote.not_voting = vote.named.not_voting.length;
  // (or in a sentence of its own on the next line, the member's office between commas: "Pour : 12 – Contre : 0 – Abstention : 0" /
  // "Mme X, présidente de l'association, ne prend pas part au vote."): one member
  if (useTally && vote.for !== null && vote.not_voting === null && vote.named.not_voting.length === 0) {
    const first = tally![0]!.start;
    if (/^[^.;\n]*\n[ \t]*(?:m\.|mme|mlle|monsieur|madame)\s[^.;:\n]{2,120}?\bne\s+prend\s+pas\s+part\s+au\s+vote\b/.test(src.fold.slice(first, Math.max(end, first + 300)))) vote.not_voting = 1;
  }
  // (or named in brackets right after one of the tally's figures: "Votants : 28 (MM. X et Y ne prenant pas part au vote) –
  // Pour : 25 – …": as many as the names before the participle, "MM. X et Y" two — only when the brackets hold names
  // alone: "(Mme X étant absente, M. le Maire ne prenant pas part au vote)" says more than who stands aside)
  if (useTally && vote.for !== null && vote.not_voting === null && vote.named.not_voting.length === 0) {
    for (const h of tally!) {
      const aside = ASIDE_IN_BRACKETS.exec(src.fold.slice(h.end, h.end + 220));
      if (!aside) continue;
      const at = h.end + aside.index + aside[0].indexOf(aside[1]!);
      const parts = src.norm.slice(at, at + aside[1]!.length).split(/\s*,\s*|\s+et\s+/);
      if (parts.every((p) => ASIDE_NAME.test(p.trim()))) vote.not_voting = parts.length;
      break;
    }
  }
  // "… par 43 voix sans opposition": no vote against
  if (vote.for !== null && vote.against === null && /\bsans\s+(?:opposition|avis\s+contraire|voix\s+contre)\b/.test(src.fold.slice(start, end))) vote.against = 0;
  const minus = firstAnchored(z, MINUS);
  if (minus && vote.unanimous) {
    const n = num(minus[1]!);
    if (/abstention/.test(minus[2]!)) vote.abstain = vote.abstain ?? n;
    else vote.against = vote.against ?? n;
  }
  // "à l'unanimité des suffrages exprimés (3 abstentions : M. X, …)": the count in brackets right after
  if (vote.unanimous && un && vote.abstain === null && vote.against === null) {
    const after = zone.slice(un.index + un[0].length, un.index + un[0].length + 40);
    // (or after a dash, the label first: "à l'unanimité des suffrages exprimés – Abstentions : 4 (groupe …)")
    const paren = UNANIMITY_BUT.exec(after);
    const dashed = paren ? null : /^\s*[–—-]\s*(abstentions?|contre)\s*:\s*(\d{1,3})\b/.exec(after);
    // (or the members counted in a participle clause: "(57 voix), les 5 délégués du groupe X s'abstenant")
    const clause = paren || dashed ? null : UNANIMITY_BUT_COUNTED.exec(zone.slice(un.index + un[0].length, un.index + un[0].length + 160));
    const but = paren ? { n: paren[1]!, what: paren[2]! } : dashed ? { n: dashed[2]!, what: dashed[1]! } : clause ? { n: clause[1]!, what: clause[2] ? 'abstentions' : 'contre' } : null;
    if (but) {
      const n = num(but.n);
      if (Number.isNaN(n)) {
        // (not a count)
      } else if (/abstention/.test(but.what)) vote.abstain = n;
      else vote.against = n;
    }
  }
  // "à l'unanimité (M. Lucien X s'abstenant)", "(Mme A et M. B votant contre)": the members named in brackets right after
  // it, counted (the contradiction is the document's, for the checker to report)
  if (vote.unanimous && un && vote.abstain === null && vote.against === null) {
    const named = UNANIMITY_BUT_NAMED.exec(zone.slice(un.index + un[0].length, un.index + un[0].length + 240));
    if (named) {
      const n = civilitiesIn(named[1]!);
      if (n > 0 && /abst/.test(named[2]!)) vote.abstain = n;
      else if (n > 0) vote.against = n;
      // (the brackets are part of the vote's text: its own exception, stated with it)
      if (n > 0) {
        const bracketEnd = from + un.index + un[0].length + named[0].length;
        vote.text = collapseSpaces(src.norm.slice(start, Math.max(end, bracketEnd))).trim();
        vote.span = src.span(start, Math.max(end, bracketEnd));
      }
    }
  }
  // "… et résolu à l'unanimité … M. Réal X vote contre et demande que sa dissidence soit inscrite": members named voting
  // against in the sentence after it (Québec), counted (the contradiction is the document's)
  if (vote.unanimous && un && vote.abstain === null && vote.against === null) {
    const afterUn = zone.slice(un.index + un[0].length, Math.min(zone.length, un.index + un[0].length + 260));
    const dissent = /[.;\n]\s*((?:m\.|mme|monsieur|madame|le\s+conseiller|la\s+conseillere)\s[^.;:\n]{2,60}?(?:\s+et\s+(?:m\.|mme|monsieur|madame)\s[^.;:\n]{2,60}?)*)\s+(?:vote|votent|a\s+vote|ont\s+vote|enregistrent?\s+(?:sa|leur)\s+dissidence)\s+contre\b/.exec(afterUn);
    if (dissent && !/\b(?:il\s+est\s+propose|propose\s+par)\b/.test(afterUn.slice(0, dissent.index))) {
      vote.against = civilitiesIn(dissent[1]!, true) || 1;
    }
  }
  const around = src.fold.slice(Math.max(from, start - 200), Math.min(to, end + 200));
  if (/\b(?:rejete|rejetee|n'est\s+pas\s+adopte|n'a\s+pas\s+ete\s+adopte|refuse)/.test(around)) vote.result = 'rejected';
  else if (/\b(?:adopte|adoptee|approuve|approuvee|adoptent|approuvent|accepte|resolu|vote|votee)\b/.test(around) || vote.unanimous) vote.result = 'adopted';
  else if (vote.for !== null && vote.against !== null) vote.result = vote.for > vote.against ? 'adopted' : 'rejected';
  return vote;
}
