/**
 * Voters named with their vote: "Ont voté contre : M. X, Mme Y",
 * "Contre : 2 (M. X et Mme Y)", "Abstentions : Mme Z", "Ne prend pas part
 * au vote : M. W". Names are read as written (civility removed).
 */
import type { NameRef, VoteOption } from '../domain/index.ts';
import { parseEntry } from './name-parse.ts';
import { anchored, matchAnchored, zoneOf, type Anchored } from './scan.ts';
import type { SourceText } from './source.ts';

// tried only at their keywords (scan.ts), `back` words before it ("ont vote", "se sont", "s'est", "ne")
const LABELS: Array<{ opt: VoteOption; re: Anchored }> = [
  { opt: 'against', re: anchored(/\b(?:ont\s+vote\s+contre|a\s+vote\s+contre|votes?\s+contre|contre)\s*(?::\s*\d{1,3}\s*\(|:\s*|\(\s*)/g, ['contre'], 2) },
  { opt: 'abstain', re: anchored(/\b(?:se\s+sont\s+abstenue?s|s'est\s+abstenue?|abstentions?)\s*(?::\s*\d{1,3}\s*\(|:\s*|\(\s*)/g, ['abstenu', 'abstention'], 2) },
  { opt: 'for', re: anchored(/\b(?:ont\s+vote\s+pour|votes?\s+pour)\s*(?::\s*\d{1,3}\s*\(|:\s*)/g, ['pour'], 2) },
  { opt: 'not_voting', re: anchored(/\bne\s+(?:prend|prennent)\s+pas\s+part\s+au\s+vote\s*(?::\s*\d{1,3}\s*\(|:\s*|\(\s*)/g, ['prend', 'prennent'], 1) },
];

export function findNamedVoters(src: SourceText, from: number, to: number): Record<VoteOption, NameRef[]> {
  const out: Record<VoteOption, NameRef[]> = { for: [], against: [], abstain: [], not_voting: [] };
  const z = zoneOf(src, from, to);
  for (const { opt, re } of LABELS) {
    for (const m of matchAnchored(z, re)) {
      const start = from + m.index! + m[0].length;
      const tail = src.norm.slice(start, Math.min(to, start + 250));
      const end = tail.search(/[)\n;]|(?<!\b(?:M|MM|Mme|Mlle|Mr|Dr|[A-Z]))\.(?:\s|$)|\s[-–]\s/);
      const list = end >= 0 ? tail.slice(0, end) : tail;
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
