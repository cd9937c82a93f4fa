/**
 * What the session rules read. A session is one body on one date, possibly
 * spread over several stored documents (one extract per deliberation is
 * common); its items are the deliberations of all those documents, in
 * agenda order. A body's history is its sessions in date order.
 *
 * Same contract as the per-document rulebook (../rulebook.ts): rules record
 * findings with evidence and never throw; a finding belongs to one stored
 * document (the one whose lines it quotes).
 */
import type { Attendance, DeclaredCounts, Deliberation, EvidenceLine, Finding, PageText, ParsedDocument, Span } from '../../domain/index.ts';

/** A stored document the session rules can read (parsed, with its text). */
export interface SessionDocument {
  id: string;
  file: string;
  parsed: ParsedDocument;
  /** Findings the per-document rulebook already recorded (not repeated). */
  findings: readonly Finding[];
  /** Text the parser read: line numbers of spans refer to it. */
  text: string;
  pages: PageText[];
}

/** One deliberation of a session, with the attendance and counts that apply to it. */
export interface SessionItem {
  doc: SessionDocument;
  /** null: the document has no deliberation split out (the whole document is the item). */
  deliberation: Deliberation | null;
  /** The deliberation's own attendance when stated, else its document's. */
  attendance: Attendance;
  /** The deliberation's own counts where stated, else its document's. */
  declared: DeclaredCounts;
  /** For people: "n° 2024-012", "point 2 de breval.txt". */
  label: string;
}

export interface SessionGroup {
  bodyKey: string;
  body: string;
  date: string;
  documents: SessionDocument[];
  items: SessionItem[];
}

export interface BodyHistory {
  bodyKey: string;
  body: string;
  /** By date, oldest first. */
  sessions: SessionGroup[];
}

export type SessionFindingInput = Omit<Finding, 'rule' | 'deliberation' | 'evidence'> & {
  deliberation?: number | null;
  /** Spans of `doc` quoted as evidence. */
  spans?: Array<Span | null | undefined>;
  evidence?: EvidenceLine[];
};

/** Records a finding on one document. */
export type SessionReport = (doc: SessionDocument, f: SessionFindingInput) => void;

export type SessionRule =
  | { readonly name: string; readonly description: string; readonly level: 'session'; check(session: SessionGroup, report: SessionReport): void }
  | { readonly name: string; readonly description: string; readonly level: 'body'; check(body: BodyHistory, report: SessionReport): void };

/** A finding of a session rule, with the document it belongs to. */
export interface SessionFinding {
  document_id: string;
  /** 'session': between items of one session; 'body': across sessions of a body. */
  level: 'session' | 'body';
  finding: Finding;
}
