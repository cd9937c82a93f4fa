/**
 * Voters named with their vote: "Ont voté contre : M. X, Mme Y",
 * "Contre : 2 (M. X et Mme Y)", "Abstentions : Mme Z", "Ne prend pas part
 * au vote : M. W". Names are read as written (civility removed).
 */
import type { NameRef, VoteOption } from '../domain/index.ts';
import { parseEntry } from './name-parse.ts';
import { anchored, matchAnchored, zoneOf, type Anchored } from './scan.ts';
import type { SourceText } from './source.ts';

/** What follows the option: ": 2 (", ":", "(", or a roll call's count "(16) :". */
const AFTER = String.raw`\s*(?::\s*\d{1,3}\s*\(|\(\s*\d{1,3}\s*\)\s*:\s*|:\s*|\(\s*)`;
// tried only at their keywords (scan.ts), `back` words before it ("ont vote", "se sont", "s'est", "ne")
const LABELS: Array<{ opt: VoteOption; re: Anchored }> = [
  { opt: 'against', re: anchored(new RegExp(String.raw`\b(?:ont\s+vote\s+contre|a\s+vote\s+contre|vote(?:s|nt)?\s+contre|contre)${AFTER}`, 'g'), ['contre'], 2) },
  { opt: 'abstain', re: anchored(new RegExp(String.raw`\b(?:se\s+sont\s+abstenue?s|s'est\s+abstenue?|abstentions?)${AFTER}`, 'g'), ['abstenu', 'abstention'], 2) },
  // (Québec: "Votent pour : Messieurs A et B, Mesdames C et D.")
  { opt: 'for', re: anchored(new RegExp(String.raw`\b(?:ont\s+vote\s+pour|vote(?:s|nt)?\s+pour)${AFTER.replace('|\\(\\s*)', ')')}`, 'g'), ['pour'], 2) },
  { opt: 'not_voting', re: anchored(new RegExp(String.raw`\bne\s+(?:prend|prennent)\s+pas\s+part\s+au\s+vote${AFTER}`, 'g'), ['prend', 'prennent'], 1) },
];

/**
 * Where a list of names ends: a closing parenthesis of its own (the list was
 * opened by "(") or a line end, a semicolon, a full stop or " – ". A note in
 * parentheses inside it ("M. X (par procuration)") is skipped, and a line
 * ending with a comma goes on (a roll call over several lines).
 */
function listEnd(tail: string): number {
  let depth = 0;
  for (let i = 0; i < tail.length; i++) {
    const c = tail[i]!;
    if (c === '(') depth++;
    else if (c === ')') {
      if (depth === 0) return i;
      depth--;
    } else if (depth > 0) continue;
    else if (c === '\n') {
      if (/,[ \t]*$/.test(tail.slice(0, i))) continue;
      return i;
    } else if (c === ';') return i;
    else if (c === '.' && /(?:\s|$)/.test(tail[i + 1] ?? '') && !/(?<!\p{L})(?:M|MM|Mme|Mmes|Mlle|Mr|Dr|\p{Lu})$/u.test(tail.slice(0, i))) return i;
    else if (/\s/.test(c) && /^\s[-–]\s/.test(tail.slice(i, i + 3))) return i;
  }
  return -1;
}

/** Members named before a participle of abstention: "…, M. Bernard X, Mme Corinne Y et M. René Z s'étant abstenus". */
const ABSTAINED_AFTER = /((?:(?:M\.|Mme|MM\.|Mmes|Mlle|Monsieur|Madame)\s+[^,;.()\n]{2,60}?(?:\s*,\s*|\s+et\s+)){0,15}(?:M\.|Mme|MM\.|Mmes|Mlle|Monsieur|Madame)\s+[^,;.()\n]{2,60}?)\s+(?:s['’]\s?[ée]tant|se\s+sont|s['’]est)\s+abstenue?s?\b/g;

export function findNamedVoters(src: SourceText, from: number, to: number): Record<VoteOption, NameRef[]> {
  const out: Record<VoteOption, NameRef[]> = { for: [], against: [], abstain: [], not_voting: [] };
  const z = zoneOf(src, from, to);
  // (the names before the verb: tried only where a participle of abstention stands)
  if (/abstenu/.test(z.s)) {
    const zone = src.norm.slice(from, to);
    for (const m of zone.matchAll(ABSTAINED_AFTER)) {
      let off = 0;
      for (const part of m[1]!.split(/,|\s+et\s+/)) {
        const at = from + m.index! + m[1]!.indexOf(part, off);
        off = m[1]!.indexOf(part, off) + part.length;
        const p = parseEntry(part, at, 'unknown');
        for (const person of p.people) out.abstain.push({ written: src.norm.slice(person.start, person.end).trim(), name: person.name, civility: person.civility, role: null, note: null, repaired_from: null, span: src.span(person.start, person.end) });
      }
    }
  }
  for (const { opt, re } of LABELS) {
    for (const m of matchAnchored(z, re)) {
      const start = from + m.index! + m[0].length;
      const tail = src.norm.slice(start, Math.min(to, start + 1000));
      const end = listEnd(tail);
      const list = (end >= 0 ? tail.slice(0, end) : tail.slice(0, 250)).replace(/\([^()]*\)/g, (p) => ' '.repeat(p.length));
      let off = 0;
      for (const part of list.split(/,|\s+et\s+/)) {
        const at = start + list.indexOf(part, off);
        off = list.indexOf(part, off) + part.length;
        const p = parseEntry(part, at, 'unknown');
        if (p.prose) break;
        for (const person of p.people) {
          out[opt].push({
            written: src.norm.slice(person.start, person.end).trim(),
            name: person.name,
            civility: person.civility,
            role: null,
            note: null,
            repaired_from: null,
            span: src.span(person.start, person.end),
          });
        }
      }
    }
  }
  return out;
}
