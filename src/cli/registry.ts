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
  enqueue: { summary: 'queue files for the workers (stores the original; --wait follows them)', load: async () => (await import('./commands/enqueue.ts')).command },
  worker: { summary: 'process queued documents (several processes share the work)', load: async () => (await import('./commands/worker.ts')).command },
  jobs: { summary: 'list queued, running and failed jobs; retry failed ones', load: async () => (await import('./commands/jobs.ts')).command },
  reprocess: { summary: 're-derive stored documents with the current parser (logged)', load: async () => (await import('./commands/reprocess.ts')).command },
  report: { summary: 'consistency report over the stored records (text, md, html, csv, json)', load: async () => (await import('./commands/report.ts')).command },
  export: { summary: 'export the stored deliberations (SCDL Délibérations CSV, JSON, CSV)', load: async () => (await import('./commands/export.ts')).command },
  serve: { summary: 'HTTP API and web pages (upload, search, documents, members, report)', load: async () => (await import('./commands/serve.ts')).command },
};
