/**
 * Stored documents → session findings. Groups the documents into sessions
 * and bodies, runs the session rulebook, and returns each finding with the
 * document it belongs to. A rule that fails (a bug) is recorded as
 * RULE_FAILED, never thrown. Pure: the caller loads the documents (give it
 * every document of the bodies concerned, whatever the date range shown:
 * cross-session rules need the neighbouring sessions).
 */
import type { Finding, ProcessedDocument } from '../../domain/index.ts';
import { buildContext, ruleFailed, type RuleContext } from '../context.ts';
import { bodyHistories, groupSessions, sessionDocument } from './group.ts';
import { SESSION_RULEBOOK } from './rulebook.ts';
import type { SessionDocument, SessionFinding, SessionReport, SessionRule } from './types.ts';

export type { SessionFinding } from './types.ts';
export { SESSION_RULEBOOK };

export function checkSessions(docs: readonly ProcessedDocument[], rulebook: readonly SessionRule[] = SESSION_RULEBOOK): SessionFinding[] {
  const sessionDocs = docs.map(sessionDocument).filter((d): d is SessionDocument => d !== null);
  const sessions = groupSessions(sessionDocs);
  const bodies = bodyHistories(sessions);
  const contexts = new Map<string, RuleContext>();
  const evidenceOf = (doc: SessionDocument) => {
    let c = contexts.get(doc.id);
    if (!c) contexts.set(doc.id, (c = buildContext(doc.parsed, doc.text, doc.pages)));
    return c.evidence.bind(c);
  };
  const out: SessionFinding[] = [];
  for (const rule of rulebook) {
    const report: SessionReport = (doc, f) => {
      const { spans, evidence, deliberation, ...rest } = f;
      const finding: Finding = { ...rest, evidence: evidence ?? evidenceOf(doc)(...(spans ?? [])), deliberation: deliberation ?? null, rule: rule.name };
      out.push({ document_id: doc.id, level: rule.level, finding });
    };
    const targets = rule.level === 'session' ? sessions : bodies;
    for (const t of targets) {
      try {
        if (rule.level === 'session') rule.check(t as (typeof sessions)[number], report);
        else rule.check(t as (typeof bodies)[number], report);
      } catch (e) {
        const doc = 'documents' in t ? t.documents[0] : t.sessions[0]?.documents[0];
        if (!doc) continue;
        out.push({
          document_id: doc.id,
          level: rule.level,
          finding: ruleFailed(rule.name, e),
        });
      }
    }
  }
  return out;
}
