/**
 * A clerk's corrections applied to a processed document, then the checker
 * re-run: a pure function (document in, new document and the list of
 * changes out; the input is not modified).
 *
 * What stays as read: the words a count or a name was read from (`text`,
 * `written`) and their spans, so the document page still shows where the
 * field sits in the source; only the value changes. A session date set by
 * hand also decides which of the dates the text gives is the session's:
 * the other "session" mentions become 'other' (the text's contradiction
 * is settled by the clerk, and the log says so).
 *
 * Throws CorrectionError (→ 422) when a correction points at something the
 * document does not have (item 7 of 3, the 5th present of 4…).
 *
 * Used when a clerk corrects (src/http) and each time a document is rebuilt
 * from its original (src/corrections/replay.ts, called by the store).
 */
import { checkDocument } from '../check/index.ts';
import { emptyCounts, type Change, type Correction, type DeclaredCounts, type Deliberation, type NameRef, type ParsedDocument, type ProcessedDocument, type Span, type Vote } from '../domain/index.ts';
import { documentText } from '../pipeline.ts';

export class CorrectionError extends Error {}

function item(p: ParsedDocument, index: number): Deliberation {
  const d = p.deliberations[index];
  if (!d) throw new CorrectionError(`le document n’a pas de point d’indice ${index} (${p.deliberations.length} point(s))`);
  return d;
}

function setCount(counts: DeclaredCounts, key: keyof DeclaredCounts, value: number | null, span: Span): { from: number | null } {
  const before = counts[key];
  counts[key] = value === null ? null : before ? { ...before, value } : { value, text: `(corrigé : ${value})`, span };
  return { from: before?.value ?? null };
}

function nameRef(p: ParsedDocument, c: Extract<Correction, { field: 'name' }>): { ref: NameRef; set: (r: NameRef) => void } {
  const where = c.deliberation === null ? 'la séance' : `le point ${c.deliberation + 1}`;
  const s = p.session;
  if (c.list === 'president' || c.list === 'secretary') {
    if (c.deliberation !== null) throw new CorrectionError(`${c.list} : se corrige sur la séance (deliberation: null)`);
    const ref = s[c.list];
    if (!ref) throw new CorrectionError(`aucun ${c.list === 'president' ? 'président' : 'secrétaire'} lu pour la séance`);
    return { ref, set: (r) => (s[c.list as 'president' | 'secretary'] = r) };
  }
  const att = c.deliberation === null ? s.attendance : item(p, c.deliberation).attendance;
  if (!att) throw new CorrectionError(`${where} n’a pas de liste de présence propre`);
  const missing = () => new CorrectionError(`${where} : pas d’entrée ${c.index + 1} dans la liste « ${c.list} »`);
  if (c.list === 'proxy_giver' || c.list === 'proxy_holder') {
    const proxy = att.proxies[c.index];
    const ref = proxy && (c.list === 'proxy_giver' ? proxy.giver : proxy.holder);
    if (!proxy || !ref) throw missing();
    return { ref, set: (r) => (c.list === 'proxy_giver' ? (proxy.giver = r) : (proxy.holder = r)) };
  }
  const list = c.list === 'present' ? att.present : att[c.list];
  const ref = list?.[c.index];
  if (!list || !ref) throw missing();
  return { ref, set: (r) => (list[c.index] = r) };
}

function emptyVote(d: Deliberation): Vote {
  return {
    for: null, against: null, abstain: null, not_voting: null, voters: null, expressed: null, proxies_included: null,
    unanimous: false, unanimity_wording: null, secret_ballot: false, named: { for: [], against: [], abstain: [], not_voting: [] },
    result: null, text: '', span: d.spans.vote ?? d.span,
  };
}

/** Applies one correction in place on `p` (a copy), returning what changed. */
export function applyOne(p: ParsedDocument, c: Correction): Change[] {
  const s = p.session;
  switch (c.field) {
    case 'session.date': {
      const from = s.date;
      s.date = c.value;
      if (c.value) for (const m of s.date_mentions) if (m.role === 'session' && m.date !== c.value) m.role = 'other';
      return [{ path: 'session.date', from, to: c.value }];
    }
    case 'session.convocation_date': {
      const from = s.convocation_date;
      s.convocation_date = c.value;
      return [{ path: 'session.convocation_date', from, to: c.value }];
    }
    case 'session.body.name': {
      const from = s.body.name;
      s.body.name = c.value;
      return [{ path: 'session.body.name', from, to: c.value }];
    }
    case 'session.place': {
      const from = s.place;
      s.place = c.value;
      return [{ path: 'session.place', from, to: c.value }];
    }
    case 'count': {
      if (c.deliberation === null) {
        const { from } = setCount(s.declared, c.key, c.value, s.spans.attendance ?? s.spans.date ?? { start: 1, end: 1 });
        return [{ path: `session.declared.${c.key}`, from, to: c.value }];
      }
      const d = item(p, c.deliberation);
      d.declared ??= emptyCounts();
      const { from } = setCount(d.declared, c.key, c.value, d.span);
      return [{ path: `deliberations[${c.deliberation}].declared.${c.key}`, from, to: c.value }];
    }
    case 'name': {
      const { ref, set } = nameRef(p, c);
      set({ ...ref, name: c.value });
      const list = c.list === 'president' || c.list === 'secretary' ? c.list : `${c.list}[${c.index}]`;
      return [{ path: `${c.deliberation === null ? 'session' : `deliberations[${c.deliberation}]`}.${list}.name`, from: ref.name, to: c.value }];
    }
    case 'number':
    case 'subject': {
      const d = item(p, c.deliberation);
      const from = d[c.field];
      d[c.field] = c.value;
      return [{ path: `deliberations[${c.deliberation}].${c.field}`, from, to: c.value }];
    }
    case 'vote': {
      const d = item(p, c.deliberation);
      const vote = (d.vote ??= emptyVote(d));
      return Object.entries(c.value).map(([k, v]) => {
        const key = k as keyof typeof c.value;
        const from = vote[key];
        (vote as Record<string, unknown>)[key] = v;
        return { path: `deliberations[${c.deliberation}].vote.${key}`, from, to: v };
      });
    }
  }
}

/** The findings of a parsed document re-checked over its own text (as `analyse` does). */
export function recheck(doc: ProcessedDocument, parsed: ParsedDocument): ProcessedDocument {
  const extraction = doc.extraction!;
  return { ...doc, parsed, findings: checkDocument(parsed, { text: documentText(extraction), pages: extraction.pages }) };
}

/**
 * One correction per changed field: a vote correction of several fields
 * becomes one per field (same order), so each stored correction has one
 * path, one value before and one after, and replays or conflicts alone.
 */
export function splitCorrections(corrections: readonly Correction[]): Correction[] {
  return corrections.flatMap((c): Correction[] =>
    c.field === 'vote' && Object.keys(c.value).length > 1 ? Object.entries(c.value).map(([k, v]) => ({ ...c, value: { [k]: v } }) as Correction) : [c],
  );
}

/**
 * The corrected document with its findings re-checked. The status stays
 * (a correction does not turn a failed read into a record).
 */
export function applyCorrections(doc: ProcessedDocument, corrections: readonly Correction[]): { document: ProcessedDocument; changes: Change[] } {
  if (!doc.parsed || !doc.extraction) throw new CorrectionError('ce document n’a pas été lu : rien à corriger (redéposez ou retraitez-le)');
  const parsed = structuredClone(doc.parsed);
  const changes = corrections.flatMap((c) => applyOne(parsed, c));
  return { document: recheck(doc, parsed), changes };
}
