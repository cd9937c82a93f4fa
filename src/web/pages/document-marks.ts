/**
 * Where each parsed field and each finding was read, as line marks over
 * the document's text (pure: document in, lists out). Spans and evidence
 * lines count over the text the parser read (pages joined), so a mark is
 * the line number the source view shows.
 *
 * A whole item's span is not a mark (it would paint everything); its first
 * line carries the item's anchor instead.
 */
import { COUNT_KEYS, type DeclaredCounts, type Finding, type ProcessedDocument, type Span, type Vote } from '../../domain/index.ts';
import { COUNT_LABELS, euros, SPAN_LABELS } from '../labels.ts';

export interface FieldMark {
  /** Stable key: session.date, session.declared.present, d0.subject, d1.vote… */
  key: string;
  group: string;
  label: string;
  value: string;
  span: Span | null;
}

export interface LineMarks {
  fields: FieldMark[];
  /** Indexes into the document's findings. */
  findings: number[];
  /** Field labels that start on this line (shown as tags). */
  starts: FieldMark[];
}

const str = (v: string | number | null | undefined) => (v === null || v === undefined || v === '' ? '—' : String(v));

function counts(out: FieldMark[], prefix: string, group: string, declared: DeclaredCounts | null): void {
  if (!declared) return;
  for (const k of COUNT_KEYS) {
    const n = declared[k];
    if (n) out.push({ key: `${prefix}.declared.${k}`, group, label: COUNT_LABELS[k], value: String(n.value), span: n.span });
  }
}

export function voteText(v: Vote): string {
  if (v.unanimous) return `unanimité${v.for !== null ? ` (${v.for} pour)` : ''}`;
  const parts = [['pour', v.for], ['contre', v.against], ['abstention(s)', v.abstain], ['ne prenant pas part', v.not_voting]] as const;
  const said = parts.filter(([, n]) => n !== null).map(([w, n]) => `${n} ${w}`);
  return (said.join(', ') || 'décompte non lu') + (v.result ? ` — ${v.result === 'adopted' ? 'adoptée' : 'rejetée'}` : '');
}

export function documentFields(doc: ProcessedDocument): FieldMark[] {
  const p = doc.parsed;
  if (!p) return [];
  const s = p.session;
  const g = 'Séance';
  const out: FieldMark[] = [
    { key: 'session.body', group: g, label: 'organe', value: str(s.body.name), span: s.spans.body ?? null },
    { key: 'session.date', group: g, label: 'date de séance', value: str(s.date), span: s.spans.date ?? null },
    { key: 'session.convocation_date', group: g, label: 'date de convocation', value: str(s.convocation_date), span: s.spans.convocation_date ?? null },
    { key: 'session.place', group: g, label: 'lieu', value: str(s.place), span: s.spans.place ?? null },
    { key: 'session.president', group: g, label: 'président', value: str(s.president?.name), span: s.president?.span ?? s.spans.president ?? null },
    { key: 'session.secretary', group: g, label: 'secrétaire', value: str(s.secretary?.name), span: s.secretary?.span ?? s.spans.secretary ?? null },
  ];
  counts(out, 'session', g, s.declared);
  const a = s.attendance;
  out.push({
    key: 'session.attendance', group: g, label: 'présences',
    value: `${a.present?.length ?? '?'} présent(s), ${a.excused.length} excusé(s), ${a.absent.length} absent(s), ${a.proxies.length} procuration(s)`,
    span: s.spans.attendance ?? null,
  });
  const known = new Set(['body', 'date', 'convocation_date', 'place', 'president', 'secretary', 'attendance']);
  for (const [k, span] of Object.entries(s.spans)) if (!known.has(k)) out.push({ key: `session.${k}`, group: g, label: SPAN_LABELS[k] ?? k, value: '', span });
  for (const d of p.deliberations) {
    const gd = `Point ${d.index + 1}${d.number ? ` (n° ${d.number})` : ''}`;
    const pre = `d${d.index}`;
    out.push({ key: `${pre}.subject`, group: gd, label: 'objet', value: str(d.subject), span: d.spans.subject ?? null });
    if (d.number) out.push({ key: `${pre}.number`, group: gd, label: 'numéro', value: d.number, span: d.spans.number ?? null });
    if (d.vote) out.push({ key: `${pre}.vote`, group: gd, label: 'vote', value: voteText(d.vote), span: d.vote.span });
    counts(out, pre, gd, d.declared);
    d.amounts.forEach((m, i) => out.push({ key: `${pre}.amount${i}`, group: gd, label: 'montant', value: euros(m.cents / 100), span: m.span }));
    if (d.actes) out.push({ key: `${pre}.actes`, group: gd, label: 'tampon ACTES', value: str(d.actes.id), span: d.actes.span });
  }
  return out;
}

/** Line number → marks, for every line some field or finding points at. */
export function lineMarks(fields: readonly FieldMark[], findings: readonly Finding[], lineCount: number): Map<number, LineMarks> {
  const marks = new Map<number, LineMarks>();
  const at = (line: number) => {
    let m = marks.get(line);
    if (!m) marks.set(line, (m = { fields: [], findings: [], starts: [] }));
    return m;
  };
  for (const f of fields) {
    if (!f.span) continue;
    const end = Math.min(Math.max(f.span.end, f.span.start), lineCount);
    for (let l = f.span.start; l <= end; l++) at(l).fields.push(f);
    if (f.span.start <= lineCount) at(f.span.start).starts.push(f);
  }
  findings.forEach((f, i) => {
    for (const e of f.evidence) if (e.line <= lineCount && !at(e.line).findings.includes(i)) at(e.line).findings.push(i);
  });
  return marks;
}
