/**
 * The vote of a deliberation as written: "POUR : 86 … CONTRE : 0 …
 * ABSTENTION : 0 … NE SE PRONONCE PAS : 0 … DONT 17 PROCURATION(S)",
 * "à l'unanimité", "par 18 voix pour et 1 abstention", "votants 33,
 * exprimés 31", "Voté à l'unanimit" (cut), "unanimement résolu".
 * A tally number counts only inside a vote context (two vote words close
 * together, or "N voix pour"): "pour 990 000 €" is not a vote.
 */
import type { Vote } from '../domain/index.ts';
import { findNamedVoters } from './vote-names.ts';
import { anchored, firstAnchored, guard, matchAnchored, opensWith, passes, zoneOf, type Anchored } from './scan.ts';
import { collapseSpaces, type SourceText } from './source.ts';

type Option = 'for' | 'against' | 'abstain' | 'not_voting' | 'voters' | 'expressed' | 'proxies_included';

// no assembly counts a thousand members: a 4-digit number ("pour 2023") is a year or a quantity
const N = String.raw`(\d{1,3}|zero|une?|deux|trois|quatre|cinq|six|sept|huit|neuf|dix)`;
const WORD_NUM: Record<string, number> = { zero: 0, un: 1, une: 1, deux: 2, trois: 3, quatre: 4, cinq: 5, six: 6, sept: 7, huit: 8, neuf: 9, dix: 10 };
const num = (s: string) => (/^\d+$/.test(s) ? Number(s) : (WORD_NUM[s] ?? NaN));

/** A number that is a quantity, not a vote count ("pour 990 000 €", "pour 3 ans"). */
const NOT_QTY = String.raw`(?![ \t]*\d|\s*(?:[.,]\d|%|€|euros?|eur\b|ans?\b|mois|jours?|heures?|h\b|m2|m²|km|kg|ha\b|places?|lits?|logements?|personnes?|enfants?|eleves?))`;
const NOT_VOTING = String.raw`(?:ne\s+(?:se\s+prononce(?:nt)?\s+pas|prend(?:s|nent)?\s+pas\s+part(?:\s+au\s+vote)?|participe(?:nt)?\s+pas(?:\s+au\s+vote)?)|non[- ]participations?(?:\s+au\s+vote)?|non[- ]votants?|refus\s+de\s+vote)`;

/**
 * Each pattern is tried only where its keywords are (see scan.ts): `keys`,
 * and `back` the words a match may hold before its keyword (N is one word).
 * NOT_VOTING opens with "ne", "non" or "refus", possibly inside a word
 * ("personne se prononce"): its match may start at the last 2, 3 or 5
 * letters of the word 1 or 2 words before the keyword (`tails`).
 */
const NOT_VOTING_KEYS = ['prononce', 'prend', 'particip', 'vot'];
const A = (re: RegExp, keys: string[], back: number, tails?: number[]): Anchored => anchored(re, keys, back, 'none', tails);
/** The first letters of N: a digit or zero, un(e), deux, trois, quatre, cinq, six, sept, huit, neuf, dix. */
const N_FIRST = '0123456789zudtqcshn';
const AN = (re: RegExp, keys: string[], back: number): Anchored => opensWith(A(re, keys, back), N_FIRST);

const LABELLED: Array<{ opt: Option; re: Anchored }> = [
  { opt: 'for', re: A(new RegExp(String.raw`\b(?:votes?\s+|voix\s+)?pour\s*[:=]?\s*${N}\b${NOT_QTY}`, 'g'), ['pour'], 1) },
  { opt: 'against', re: A(new RegExp(String.raw`\b(?:votes?\s+|voix\s+)?contre\s*[:=]?\s*${N}\b${NOT_QTY}`, 'g'), ['contre'], 1) },
  { opt: 'abstain', re: A(new RegExp(String.raw`\babstentions?\s*(?:\(s\))?\s*[:=]?\s*${N}\b${NOT_QTY}`, 'g'), ['abstention'], 0) },
  { opt: 'not_voting', re: A(new RegExp(String.raw`${NOT_VOTING}\s*[:=]\s*${N}\b`, 'g'), NOT_VOTING_KEYS, 2, [2, 3, 5]) },
  { opt: 'voters', re: A(new RegExp(String.raw`\b(?:nombre\s+de\s+)?votants\s*[:=]?\s*${N}\b`, 'g'), ['votants'], 2) },
  { opt: 'expressed', re: A(new RegExp(String.raw`\b(?:suffrages\s+)?exprimes\s*[:=]?\s*${N}\b`, 'g'), ['exprimes'], 1) },
  // "SCRUTIN … DONT 17 PROCURATION(S)" (of the whole vote), not "POUR : 18 (dont 3 pouvoirs)" (of one option)
  { opt: 'proxies_included', re: A(new RegExp(String.raw`(?<!\(\s*)\bdont\s+${N}\s+(?:procurations?|pouvoirs?)(?:\s*\(s\))?`, 'g'), ['dont'], 0) },
  // "18 voix pour", "2 contre", "1 abstention", "12 votes pour"
  { opt: 'for', re: AN(new RegExp(String.raw`\b${N}\s+(?:voix|votes?|suffrages?)\s+pour\b`, 'g'), ['pour'], 2) },
  { opt: 'for', re: AN(new RegExp(String.raw`\b${N}\s+pour\b(?=\s*(?:,|et|\d|;|\)|$|contre|\(|-|–|—|/|\.))`, 'g'), ['pour'], 1) },
  { opt: 'against', re: AN(new RegExp(String.raw`\b${N}\s+(?:voix\s+|votes?\s+)?contre\b`, 'g'), ['contre'], 2) },
  { opt: 'abstain', re: AN(new RegExp(String.raw`\b${N}\s+abstentions?\b`, 'g'), ['abstention'], 1) },
  // N, who, then "ne se", "ne", "non" or "refus de" before the keyword
  { opt: 'not_voting', re: AN(new RegExp(String.raw`\b${N}\s+(?:conseillers?\s+|membres?\s+|elus?\s+)?${NOT_VOTING}`, 'g'), NOT_VOTING_KEYS, 4) },
  { opt: 'voters', re: AN(new RegExp(String.raw`\b${N}\s+votants\b`, 'g'), ['votants'], 1) },
];

// "à l'unanimité": "a", "l" before the keyword
const UNANIMITY = anchored(/\b(?:a\s+l'\s?unanimit\w*|unanimit\w*|unanimement)(?:\s+des\s+(?:membres\s+presents(?:\s+et\s+representes)?|suffrages\s+exprimes|votants|presents|voix\s+exprimees|membres))?/g, ['unanim'], 2);
const MINUS = anchored(/\bunanimite\s+moins\s+(une?|deux|trois|\d+)\s+(abstentions?|voix\s+contre|votes?\s+contre|contre)/, ['unanimite']);
// "par 8 voix contre 7": "par", the number before the keyword
const DUEL = anchored(/\b(?:par|avec)\s+(\d{1,4})\s+voix\s+contre\s+(\d{1,4})\b/, ['voix'], 2);
/** Every match of SECRET holds "secret" or "bulletin" at a word start. */
const SECRET = /scrutin\s+secret|bulletins?\s+secrets?|vote\s+a\s+bulletin/;
const SECRET_KEYS = guard(SECRET, ['secret', 'bulletin']);

interface Hit {
  opt: Option;
  value: number;
  start: number;
  end: number;
}

/** All vote statements in fold[from, to): groups of tally numbers, and unanimity phrases. */
export function findVote(src: SourceText, from: number, to: number): Vote | null {
  const zone = src.fold.slice(from, to);
  const z = zoneOf(src, from, to, zone);
  const found: Array<Hit & { rank: number }> = [];
  LABELLED.forEach(({ opt, re }, rank) => {
    for (const m of matchAnchored(z, re)) {
      const value = num(m[1]!);
      if (Number.isNaN(value)) continue;
      // "pour un coût de …", "contre une participation": a number in words after the option needs a colon
      if (rank < 3 && !/^\d/.test(m[1]!) && !/[:=]/.test(m[0])) continue;
      const start = from + m.index!;
      found.push({ opt, value, start, end: start + m[0].length, rank });
    }
  });
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
    const near = g !== undefined && h.start - g[g.length - 1]!.end < 250;
    // the same count said twice ("moins une abstention … Abstention : 1") stays one statement
    if (near && g.some((x) => x.opt === h.opt && x.value === h.value)) continue;
    if (near && !g.some((x) => x.opt === h.opt)) g.push(h);
    else groups.push([h]);
  }
  const tally = groups.find((g) => new Set(g.map((h) => h.opt)).size >= 2 || g.some((h) => /voix|votes?/.test(src.fold.slice(h.start, h.end))));
  const un = firstAnchored(z, UNANIMITY);
  if (!tally && !un) return null;
  const uStart = un ? from + un.index : Infinity;
  // the vote of this item is the first statement found
  const useTally = tally && (!un || tally[0]!.start < uStart + 300);
  const start = Math.min(useTally ? tally![0]!.start : Infinity, un ? uStart : Infinity);
  const end = Math.max(useTally ? tally![tally!.length - 1]!.end : 0, un ? uStart + un[0].length : 0);
  const get = (o: Option) => (useTally ? (tally!.find((h) => h.opt === o)?.value ?? null) : null);
  const vote: Vote = {
    for: get('for'),
    against: get('against'),
    abstain: get('abstain'),
    not_voting: get('not_voting'),
    voters: get('voters'),
    expressed: get('expressed'),
    proxies_included: get('proxies_included'),
    unanimous: Boolean(un) && (!useTally || Math.abs(uStart - start) < 400),
    unanimity_wording: un ? src.norm.slice(uStart, uStart + un[0].length) : null,
    secret_ballot: passes(z, SECRET_KEYS) && SECRET.test(zone),
    named: findNamedVoters(src, Math.max(from, start - 200), Math.min(to, end + 400)),
    result: null,
    text: collapseSpaces(src.norm.slice(start, end)).trim(),
    span: src.span(start, end),
  };
  // "adoptée par 8 voix contre 7" / "rejetée par 8 voix contre 7" / "avec 6 voix contre 2": a duel of two counts
  const duel = firstAnchored(z, DUEL);
  if (duel && vote.for === null && vote.against !== null) {
    const a = Number(duel[1]);
    const b = Number(duel[2]);
    const rejected = /\b(?:rejete|rejetee|refuse|refusee)\b[^.]{0,40}$/.test(zone.slice(0, duel.index)) || /\brejet/.test(zone.slice(duel.index, duel.index + 60));
    vote.for = rejected ? b : a;
    vote.against = rejected ? a : b;
    if (/\bsans\s+abstention/.test(zone.slice(duel.index, duel.index + 80))) vote.abstain = 0;
    vote.result = rejected ? 'rejected' : 'adopted';
  }
  const minus = firstAnchored(z, MINUS);
  if (minus && vote.unanimous) {
    const n = num(minus[1]!);
    if (/abstention/.test(minus[2]!)) vote.abstain = vote.abstain ?? n;
    else vote.against = vote.against ?? n;
  }
  const around = src.fold.slice(Math.max(from, start - 200), Math.min(to, end + 200));
  if (/\b(?:rejete|rejetee|n'est\s+pas\s+adopte|n'a\s+pas\s+ete\s+adopte|refuse)/.test(around)) vote.result = 'rejected';
  else if (/\b(?:adopte|adoptee|approuve|approuvee|adoptent|approuvent|accepte|resolu|vote|votee)\b/.test(around) || vote.unanimous) vote.result = 'adopted';
  else if (vote.for !== null && vote.against !== null) vote.result = vote.for > vote.against ? 'adopted' : 'rejected';
  return vote;
}
