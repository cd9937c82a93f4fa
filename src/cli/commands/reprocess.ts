/**
 * `registre reprocess [--all | ID…] [--extract]`: re-derives stored
 * documents with the current parser and checker (from their stored pages;
 * from the stored original when they have none, or with --extract). With
 * neither --all nor IDs: the documents an older parser version produced.
 * Each is logged as `reprocessed`; the clerks' corrections are re-applied
 * (those that no longer fit are kept, in conflict, and listed). Exit 0 all
 * ok, 1 some failed, 2 cannot run.
 */
import { parseArgs } from 'node:util';
import { loadConfig } from '../../config.ts';
import { createExtractor } from '../../extract/index.ts';
import { mapBounded } from '../../store/ingest.ts';
import { openStore } from '../../store/open-store.ts';
import { reprocessDocument, type ReprocessOutcome } from '../../store/reprocess.ts';
import { PARSER_VERSION } from '../../version.ts';
import { UsageError, type Command } from '../command.ts';
import { cliActor } from './ingest.ts';

const USAGE = `usage: registre reprocess [--all | ID…] [--extract] [--json]

Runs the current parser and checker again over stored documents and
replaces their records and findings (the event log keeps the history).
Clerks' corrections are re-applied to the new reading; one whose field is
gone or now reads differently is kept and marked as a conflict.

  --all       every stored document (default: those an older parser produced)
  ID…         these documents (ids or unique prefixes)
  --extract   extract the text again from the stored originals (OCR included)
  --json      print each outcome as JSON`;

export const command: Command = {
  name: 'reprocess',
  summary: 're-derive stored documents with the current parser (logged)',
  usage: USAGE,
  async run(args, io) {
    let p;
    try {
      p = parseArgs({
        args,
        options: { all: { type: 'boolean', default: false }, extract: { type: 'boolean', default: false }, json: { type: 'boolean', default: false } },
        allowPositionals: true,
      });
    } catch (e) {
      throw new UsageError((e as Error).message);
    }
    if (p.values.all && p.positionals.length) throw new UsageError('give --all or IDs, not both');
    const bad = p.positionals.find((x) => !/^[0-9a-f]{1,64}$/i.test(x));
    if (bad) throw new UsageError(`"${bad}" is not a document id (hexadecimal)`);
    const config = loadConfig();
    const store = await openStore(config);
    const extractor = createExtractor(config);
    const outcomes: ReprocessOutcome[] = [];
    try {
      let ids: string[];
      if (p.positionals.length) {
        ids = [];
        for (const prefix of p.positionals) {
          const found = await store.resolveId(prefix.toLowerCase(), 2);
          if (found.length === 1) ids.push(found[0]!);
          else outcomes.push({ id: prefix, file: null, ok: false, status: null, from_parser_version: null, to_parser_version: null, reextracted: false, error: `${prefix}: ${found.length ? 'ambiguous id prefix' : 'no such document'}`, corrections: null });
        }
      } else {
        ids = await store.ids(p.values.all ? {} : { notParserVersion: PARSER_VERSION });
      }
      const deps = { store, extract: extractor.extract.bind(extractor), dataDir: config.dataDir, actor: cliActor() };
      outcomes.push(...(await mapBounded(ids, config.concurrency, (id) => reprocessDocument(deps, id, { reextract: p.values.extract }))));
    } finally {
      await extractor.close();
      await store.close();
    }
    if (p.values.json) io.out(JSON.stringify(outcomes, null, 2));
    else {
      const ok = outcomes.filter((o) => o.ok).length;
      io.out(`${outcomes.length} document(s) reprocessed with parser ${PARSER_VERSION}: ${ok} ok, ${outcomes.length - ok} failed`);
      for (const o of outcomes.filter((x) => !x.ok)) io.out(`  ${o.file ?? o.id}: ${o.error ?? o.status}`);
      const corrected = outcomes.filter((o) => o.corrections);
      const conflicts = corrected.filter((o) => o.corrections!.conflicts > 0);
      if (corrected.length) {
        const applied = corrected.reduce((n, o) => n + o.corrections!.applied, 0);
        io.out(`corrections re-applied: ${applied} in ${corrected.length} document(s); in conflict with the new reading: ${conflicts.reduce((n, o) => n + o.corrections!.conflicts, 0)} (kept, see registre show)`);
        for (const o of conflicts) io.out(`  ${o.file ?? o.id}: ${o.corrections!.conflicts} correction(s) in conflict — registre show ${o.id.slice(0, 12)}`);
      }
    }
    return outcomes.every((o) => o.ok) ? 0 : 1;
  },
};
