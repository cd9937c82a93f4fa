/**
 * scan.ts: a pattern tried only at its keywords finds exactly what the full
 * search finds (same places, same groups), in any zone of a text, for each
 * way a match may open (words before the keyword, blanks, a newline, line
 * breaks and spaces, a clause start, a word's tail).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NUMBER_RUN_WORDS, numberRun } from '../../src/parse/french-numbers.ts';
import { alsoAt, anchored, firstAnchored, guard, matchAnchored, numberBefore, opensWith, passes, zoneOf, type Anchored } from '../../src/parse/scan.ts';

const PATTERNS: Array<[string, Anchored]> = [
  ['words before', anchored(/(?<![a-z])(?:nombre\s+(?:de\s+)?)?(?:membres\s+)?presents?\s*:?\s*(\d{1,3})/g, ['present'], 3)],
  ['digits before', anchored(/(?<![\d/.-])\b(\d{1,3})[ \t]+(?:membres[ \t]+)?presents?\b/g, ['present'], 2)],
  ['opens with a digit', opensWith(anchored(/(?<![\d/.-])\b(\d{1,3})[ \t]+(?:membres[ \t]+)?presents?\b/g, ['present'], 2), '0123456789')],
  ['first word', anchored(/\b(?:membres|absents?)\s+(?:ayant\s+donne\s+pouvoir|representes)\s*:/g, ['membres', 'absent'])],
  ['blanks', anchored(/(?:^|(?<=[\n.;]))[ \t]*(?:membres\s+)?representes?\s*:/g, ['membres', 'represente'], 0, 'blanks')],
  ['newline', anchored(/(?:^|\n)[ \t]*(?:pouvoirs?|procurations?)[ \t]*(?=\n|$)/g, ['pouvoir', 'procuration'], 0, 'newline')],
  ['tails', anchored(/(?:ne\s+se\s+prononce\s+pas|non[- ]votants?|refus\s+de\s+vote)\s*:\s*(\d+)/g, ['prononce', 'vot'], 2, 'none', [2, 3, 5])],
  ['breaks', anchored(/(?:^|\n|[.;]\s)\s*presidente?\s*:\s*/g, ['president'], 0, 'breaks')],
  ['clause', anchored(/(?:^|[.;:\n]\s*)((?:\bm\.|[^.;:\n]){3,40}?)\s+a\s+donne\s+pouvoir\s+a\s+([^.;\n]{3,30})/g, ['donne'], 0, 'clause')],
  ['first only', anchored(/\b(?:a\s+l'\s?unanimit\w*|unanimement)/, ['unanim'], 2)],
  ['number before', numberBefore(anchored(new RegExp(String.raw`(?<![\d/.-])\b(\d{1,3}|${numberRun()})[ \t]+(?:membres[ \t]+)?presents?\b`, 'g'), ['present'], 1), NUMBER_RUN_WORDS)],
  ['a mark too', numberBefore(alsoAt(anchored(new RegExp(String.raw`(?<!\d[\s,.]*)(${numberRun(true)})[ \t]*(?:\n[ \t]*)?(?:(?:d'\s?|de\s+)?euros?\b|€)`, 'g'), ['euro'], 1), '€'), NUMBER_RUN_WORDS)],
  ['number before, back', numberBefore(anchored(new RegExp(String.raw`\b(\d{1,3}|${numberRun(true)})\s+(?:membres\s+)?ne\s+se\s+prononce`, 'g'), ['prononce'], 3), NUMBER_RUN_WORDS)],
];

/** Fragments that match, or nearly. */
const PHRASES = [
  'nombre de membres presents : 12', 'nombre de presents 14', 'membres presents : 3', '12 membres presents', '86presents : 4', 'presents :\n 5',
  'absents representes :', 'membres ayant donne pouvoir :', '\n  representes :', '.  membres representes :', 'pouvoirs\n', '\n\t procurations\n',
  'ne se prononce pas : 2', 'personne se prononce pas : 1', 'non-votants : 3', 'non votant: 1', 'refus de vote : 1', 'xrefus de vote : 2',
  'cent mille euros', "deux millions d'euros", 'vingt €', 'trois\n€', 'quarante-deux mille\ncinq cents euros', '12 cent euros', 'mille de euros', 'vingt-€',
  'vingt et un presents', 'quatre-vingt-dix-neuf membres presents', 'dix neuf\nmembres presents', 'deux ne se prononce', '12 membres ne se prononce', 'mille-cent presents',
  'M. Dupont a donne pouvoir a M. Durand', '\n\n  president : ', '.\n presidente:', '; president :', 'xpresident :', 'Mme Roy, absente, a donne pouvoir a M. Brun.', "a l'unanimite", "a l' unanimite", 'unanimement',
];
const WORDS = [
  'nombre', 'de', 'membres', 'presents', 'present', 'absents', 'ayant', 'donne', 'pouvoir', 'pouvoirs', 'procuration', 'representes',
  'represente', 'ne', 'se', 'prononce', 'pas', 'personne', 'non', 'votants', 'refus', 'vote', 'a', 'l', 'unanimite', 'unanimement',
  'm.', 'dupont', 'representes', 'xpresent', 'presentement', '12', '3', '1990', '86presents',
  'euros', '€', 'millions', 'vingt', 'et', 'un', 'une', 'dix', 'neuf', 'quatre-vingt', 'cent', 'mille', 'xdix', 'dixx',
];
const SEPS = [' ', ' ', ' ', '  ', '\n', '\t', ': ', ' : ', '. ', '; ', ', ', "'", '-', '(', ') ', '/', '\n  ', '\n- '];

const text = fc
  .array(fc.tuple(fc.oneof(fc.constantFrom(...WORDS), fc.constantFrom(...PHRASES)), fc.constantFrom(...SEPS)), { maxLength: 40 })
  .map((parts) => parts.map(([w, s]) => w + s).join(''));

describe('anchored search', () => {
  it('finds what the full search finds, in any zone', () => {
    fc.assert(
      fc.property(text, fc.nat(), fc.nat(), (t, a, b) => {
        const owner = { fold: t };
        const from = t.length ? a % (t.length + 1) : 0;
        const to = from + (t.length - from ? b % (t.length - from + 1) : 0);
        const z = zoneOf(owner, from, to);
        for (const [, p] of PATTERNS) {
          const full = p.re.global ? [...z.s.matchAll(p.re)] : [p.re.exec(z.s)].filter((m) => m !== null);
          const fast = p.re.global ? matchAnchored(z, p) : [firstAnchored(z, p)].filter((m) => m !== null);
          expect(fast.map((m) => [m.index, ...m])).toEqual(full.map((m) => [m!.index, ...m!]));
        }
      }),
      { numRuns: 3000 },
    );
  });

  it('a guard passes whenever its pattern matches', () => {
    const g = guard(/scrutin\s+secret|vote\s+a\s+bulletin/, ['secret', 'bulletin']);
    fc.assert(
      fc.property(fc.array(fc.constantFrom('scrutin', 'secret', 'vote', 'a', 'bulletin', 'x'), { maxLength: 12 }), (ws) => {
        const t = ws.join(' ');
        const z = zoneOf({ fold: t }, 0, t.length);
        if (g.re.test(t)) expect(passes(z, g)).toBe(true);
      }),
    );
  });
});
