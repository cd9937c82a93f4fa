/**
 * Every CLI command, once. Checked at start-up: names are unique.
 * Commands are loaded lazily so `registre parse` does not load Redis or SQLite.
 */
import type { Command } from './command.ts';

type Loader = () => Promise<Command>;

export const COMMANDS: Record<string, { summary: string; load: Loader }> = {
  parse: { summary: 'read documents into records', load: async () => (await import('./commands/parse.ts')).default },
  check: { summary: 'consistency report in the terminal', load: async () => (await import('./commands/check.ts')).default },
  eval: { summary: 'accuracy against labelled documents', load: async () => (await import('./commands/eval.ts')).default },
  ingest: { summary: 'read files or folders into the store (extract, parse, check, keep the original)', load: async () => (await import('./commands/ingest.ts')).command },
  search: { summary: 'search stored deliberations (full text and filters)', load: async () => (await import('./commands/search.ts')).command },
  show: { summary: 'show a stored document, its records, findings and history', load: async () => (await import('./commands/show.ts')).command },
  member: { summary: "a member's attendance across sessions, or a body's roster", load: async () => (await import('./commands/member.ts')).command },
  reprocess: { summary: 're-derive stored documents with the current parser (logged)', load: async () => (await import('./commands/reprocess.ts')).command },
};
