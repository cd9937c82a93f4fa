/**
 * Resolves the names one document gives against its body's roster.
 *
 * Contract (pure apart from `newId`; never throws):
 * - Every distinct name gets a member id, or null when it is ambiguous
 *   (two members could be meant) or has no surname. Unknown names create
 *   members, so later documents resolve to them.
 * - Names are taken most informative first, so "MARTY" in a proxy line
 *   resolves to "Josiane MARTY" listed present in the same document.
 * - Two different spellings in ONE document that only an OCR slip separates
 *   stay two members: the document itself shows two people (DESIGN rule:
 *   never merge two different people of the same body).
 * - A member's display name is upgraded to a more informative form
 *   ("MARTY" → "Josiane MARTY", "GONCALVES" → "GONÇALVES"), never to an OCR variant.
 */
import { compareNames, MatchLevel, matchName, type MatchResult, type RosterEntry } from './name-match.ts';
import { foldToken, informativeness, parsePersonName, type PersonName } from './person-name.ts';
import { memoByObject } from '../memo.ts';

export interface RosterMember {
  id: string;
  /** Display name (the most informative form seen). */
  name: string;
}

export interface NameResolution {
  memberId: string | null;
  /** 'new' when the name created the member. */
  level: MatchLevel | 'new';
  /** Members it could be, when ambiguous. */
  candidates: string[];
}

export interface Resolution {
  /** Keyed by `resolutionKey(name)`. */
  byName: Map<string, NameResolution>;
  created: RosterMember[];
  renamed: RosterMember[];
}

export interface ResolveOptions {
  /** The names were read by OCR: allow OCR variants. */
  ocr: boolean;
  newId: () => string;
}

/** The key `Resolution.byName` uses for a written name. */
export function resolutionKey(name: string): string {
  return foldToken(name).replace(/\s+/g, ' ').trim();
}

interface Entry extends RosterEntry<string> {
  display: string;
}

const parseCache = new Map<string, PersonName>();
/** parsePersonName, memoised: rosters are parsed again for every document. */
function parsed(name: string): PersonName {
  let p = parseCache.get(name);
  if (!p) {
    p = parsePersonName(name);
    if (parseCache.size > 50_000) parseCache.clear();
    parseCache.set(name, p);
  }
  return p;
}

/** Letters of a name, sorted: equal for any two names an EXACT match can join (once per name: every document re-indexes its body's roster). */
const letterKey = memoByObject((p: PersonName): string => [...p.surname.join(''), ...p.given.join('')].sort().join(''));

/** Roster lookup: exact spellings through a hash, the rest through matchName. */
class RosterIndex {
  readonly entries: Entry[] = [];
  private readonly byLetters = new Map<string, Entry[]>();

  add(e: Entry): void {
    this.entries.push(e);
    const k = letterKey(e.name);
    const bucket = this.byLetters.get(k);
    if (bucket) bucket.push(e);
    else this.byLetters.set(k, [e]);
  }

  rename(e: Entry, name: PersonName): void {
    const old = this.byLetters.get(letterKey(e.name));
    if (old) old.splice(old.indexOf(e), 1);
    e.name = name;
    e.display = name.written;
    const k = letterKey(name);
    const bucket = this.byLetters.get(k);
    if (bucket) bucket.push(e);
    else this.byLetters.set(k, [e]);
  }

  exact(p: PersonName): Entry[] {
    return (this.byLetters.get(letterKey(p)) ?? []).filter((e) => compareNames(p, e.name) === MatchLevel.EXACT);
  }

  match(p: PersonName, ocr: boolean): MatchResult<string> {
    const exact = this.exact(p);
    if (exact.length === 1) return { kind: 'match', id: exact[0]!.id, level: MatchLevel.EXACT };
    if (exact.length > 1) return { kind: 'ambiguous', ids: exact.map((e) => e.id), level: MatchLevel.EXACT };
    return matchName(p, this.entries, { ocr });
  }
}

export function resolveNames(roster: readonly RosterMember[], names: readonly string[], options: ResolveOptions): Resolution {
  const index = new RosterIndex();
  for (const m of roster) index.add({ id: m.id, name: parsed(m.name), display: m.name });
  const byName = new Map<string, NameResolution>();
  const created: RosterMember[] = [];
  const renamed = new Map<string, RosterMember>();
  /** member id → the exact spellings that claimed it in this document. */
  const exactClaims = new Map<string, Set<string>>();

  const distinct = new Map<string, PersonName>();
  for (const n of names) {
    const key = resolutionKey(n);
    if (key && !distinct.has(key)) distinct.set(key, parsed(n));
  }
  // Exact spellings of known members first, then the most informative: the
  // outcome does not depend on the order the document lists names in.
  const exact = new Set([...distinct].filter(([, p]) => p.surname.length > 0 && index.exact(p).length === 1).map(([k]) => k));
  const rank = (k: string, p: PersonName) => (exact.has(k) ? 100 : 0) + informativeness(p);
  const ordered = [...distinct.entries()].sort((a, b) => rank(b[0], b[1]) - rank(a[0], a[1]));

  const create = (key: string, p: PersonName) => {
    const id = options.newId();
    index.add({ id, name: p, display: p.written });
    created.push({ id, name: p.written });
    exactClaims.set(id, new Set([key]));
    byName.set(key, { memberId: id, level: 'new', candidates: [] });
  };

  for (const [key, p] of ordered) {
    if (p.surname.length === 0) {
      byName.set(key, { memberId: null, level: MatchLevel.NONE, candidates: [] });
      continue;
    }
    const r = index.match(p, options.ocr);
    if (r.kind === 'none') {
      create(key, p);
      continue;
    }
    if (r.kind === 'ambiguous') {
      byName.set(key, { memberId: null, level: r.level, candidates: r.ids });
      continue;
    }
    const claims = exactClaims.get(r.id);
    if (r.level === MatchLevel.OCR && claims && claims.size > 0) {
      create(key, p); // the same document spells this member another way: two people
      continue;
    }
    if (r.level === MatchLevel.EXACT) exactClaims.set(r.id, (claims ?? new Set()).add(key));
    byName.set(key, { memberId: r.id, level: r.level, candidates: [] });
    const entry = index.entries.find((e) => e.id === r.id);
    if (entry && r.level !== MatchLevel.OCR && informativeness(p) > informativeness(entry.name) && p.given.length >= entry.name.given.length) {
      index.rename(entry, p);
      const fresh = created.find((c) => c.id === r.id);
      if (fresh) fresh.name = p.written;
      else renamed.set(r.id, { id: r.id, name: p.written });
    }
  }
  return { byName, created, renamed: [...renamed.values()] };
}
