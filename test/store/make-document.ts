/**
 * Hand-made ProcessedDocuments for the store tests: zod-valid, invented
 * councils and people, built without the parser (which is written apart).
 */
import { createHash } from 'node:crypto';
import { emptyAttendance, emptyCounts, ProcessedDocument, type Deliberation, type Finding, type FindingCode, type NameRef, type Severity } from '../../src/domain/index.ts';
import { PARSER_VERSION } from '../../src/version.ts';

const span = { start: 1, end: 1 };

export function ref(written: string): NameRef {
  const name = written.replace(/^(M\.|Mme|Monsieur|Madame)\s+/, '');
  return { written, name, civility: null, role: null, note: null, repaired_from: null, span };
}

export interface DelibSpec {
  subject: string;
  text?: string;
  amounts?: number[];
  vote?: { for?: number; against?: number; abstain?: number; unanimous?: boolean; result?: 'adopted' | 'rejected' };
  number?: string;
}

export interface DocSpec {
  file: string;
  body?: string | null;
  date?: string | null;
  present?: string[];
  absent?: string[];
  excused?: string[];
  proxies?: Array<[string, string]>;
  president?: string;
  deliberations?: DelibSpec[];
  findings?: Array<{ code: FindingCode; severity?: Severity; deliberation?: number | null }>;
  parserVersion?: string;
  extractorVersion?: string;
  ocr?: boolean;
  status?: 'parsed' | 'failed' | 'not_deliberation';
  /** Makes the content (hence the id) differ for otherwise equal specs. */
  salt?: string;
}

function deliberation(d: DelibSpec, index: number): Deliberation {
  const text = d.text ?? `${d.subject}\nLe conseil, après en avoir délibéré, décide d'approuver.`;
  const v = d.vote;
  return {
    index,
    number: d.number ?? `2024-${index + 1}`,
    rubrique: null,
    subject: d.subject,
    matiere: null,
    text,
    decisions: [],
    amounts: (d.amounts ?? []).map((eur) => ({ cents: Math.round(eur * 100), text: `${eur} €`, sentence: text, year: null, currency_stated: true, span })),
    vote: v
      ? {
          for: v.for ?? null, against: v.against ?? null, abstain: v.abstain ?? null, not_voting: null, voters: null, expressed: null,
          proxies_included: null, unanimous: v.unanimous ?? false, unanimity_wording: v.unanimous ? "à l'unanimité" : null, secret_ballot: false,
          named: { for: [], against: [], abstain: [], not_voting: [] }, result: v.result ?? null, text: 'vote', span,
        }
      : null,
    attendance: null,
    declared: null,
    actes: null,
    span,
    spans: {},
  };
}

export function makeDoc(s: DocSpec): ProcessedDocument {
  const delibs = (s.deliberations ?? []).map(deliberation);
  const pageText = [s.body ?? '', s.date ?? '', ...delibs.map((d) => d.text), s.salt ?? ''].join('\n');
  const id = createHash('sha256').update(s.file + '\n' + pageText + (s.parserVersion ?? '')).digest('hex');
  const findings: Finding[] = (s.findings ?? []).map((f) => ({
    code: f.code, severity: f.severity ?? 'error', message: `constat ${f.code}`, evidence: [], expected: null, actual: null,
    deliberation: f.deliberation ?? null, rule: f.code.toLowerCase(),
  }));
  const failed = s.status === 'failed';
  const attendance = {
    ...emptyAttendance(),
    present: s.present ? s.present.map(ref) : null,
    absent: (s.absent ?? []).map(ref),
    excused: (s.excused ?? []).map(ref),
    proxies: (s.proxies ?? []).map(([from, to]) => ({ giver: ref(from), holder: ref(to), scope: null, span })),
  };
  return ProcessedDocument.parse({
    id,
    file: s.file,
    size: pageText.length,
    status: s.status ?? 'parsed',
    error: failed ? `${s.file}: not a supported document` : null,
    extraction: failed
      ? null
      : {
          kind: s.ocr ? 'png' : 'text', extractor: s.ocr ? 'ocr' : 'text', extractor_version: s.extractorVersion ?? '1', notes: [],
          pages: [{ number: 1, text: pageText, method: s.ocr ? 'ocr' : 'text', confidence: s.ocr ? 91 : null, ms: 1, rotation: 0 }],
        },
    parsed: failed
      ? null
      : {
          parser_version: s.parserVersion ?? PARSER_VERSION,
          is_deliberation: s.status !== 'not_deliberation',
          session: {
            body: { name: s.body ?? null, kind: 'conseil_municipal', jurisdiction: 'FR' },
            date: s.date ?? null, date_mentions: [], place: null, president: s.president ? ref(s.president) : null, secretary: null,
            convocation_date: null, reconvocation: false, declared: emptyCounts(), attendance, spans: {},
          },
          preamble_amounts: [],
          deliberations: delibs,
          line_count: pageText.split('\n').length,
        },
    findings,
    parser_version: s.parserVersion ?? PARSER_VERSION,
    processed_at: '2024-05-01T10:00:00.000Z',
  });
}
