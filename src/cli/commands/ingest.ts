/**
 * `registre ingest FILE|DIR…`: the in-process pipeline into the store.
 * Exit 0: every file stored as a deliberation; 1: some failed (each listed
 * with its reason, the others stored); 2: the command could not run
 * (bad arguments, store or extractor unavailable).
 */
import fs from 'node:fs/promises';
import os from 'node:os';
import { parseArgs } from 'node:util';
import { loadConfig } from '../../config.ts';
import { displayName, withoutControls } from '../../display-name.ts';
import { errorMessage } from '../../errors.ts';
import { startAnalysePool, type AnalysePool } from '../../analyse-pool.ts';
import { createExtractor } from '../../extract/index.ts';
import { collectInputs, ingestMany, isFailure, type IngestOutcome } from '../../store/ingest.ts';
import { openStore } from '../../store/open-store.ts';
import { UsageError, type Command, type Io } from '../command.ts';

const USAGE = `usage: registre ingest FILE|DIR… [--json]

Reads each file (a directory: every file under it, skipping *.json and *.md),
extracts, parses and checks it, and stores the original and the records in
the store (REGISTRE_DATA_DIR, or DATABASE_URL). Prints a summary of findings.

  --json   print the outcome of every file as JSON instead of the summary`;

/** Below this many files, starting parse threads (about half a second each) costs more than it gives. */
const POOL_MIN_FILES = 64;

export function cliActor(): string {
  try {
    return `cli:${os.userInfo().username}`;
  } catch {
    return 'cli';
  }
}

/** A one-line progress bar redrawn on stderr; only when stderr is a terminal. */
function progressBar(total: number, io: Io): { tick(name: string): void; done(): void } {
  const live = io.tty && total > 1 && Boolean(process.stderr.isTTY);
  let n = 0;
  const draw = (name: string) => {
    const width = 28;
    const filled = Math.round((n / total) * width);
    const shown = withoutControls(name);
    const label = shown.length > 40 ? '…' + shown.slice(-39) : shown;
    process.stderr.write(`\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${n}/${total} ${label}\x1b[K`);
  };
  return {
    tick(name) {
      n++;
      if (live) draw(name);
    },
    done() {
      if (live) process.stderr.write('\r\x1b[K');
    },
  };
}

function summary(outcomes: IngestOutcome[]): string {
  const count = (f: (o: IngestOutcome) => boolean) => outcomes.filter(f).length;
  const lines = [
    `${outcomes.length} file(s): ${count((o) => o.outcome === 'created')} new, ${count((o) => o.outcome === 'replaced')} updated, ` +
      `${count((o) => o.outcome === 'unchanged')} already stored, ${count(isFailure)} failed`,
  ];
  const byCode = new Map<string, { n: number; severity: string; docs: Set<string> }>();
  for (const o of outcomes) {
    for (const f of o.findings) {
      const e = byCode.get(f.code) ?? { n: 0, severity: f.severity, docs: new Set<string>() };
      e.n++;
      e.docs.add(o.file);
      byCode.set(f.code, e);
    }
  }
  if (byCode.size > 0) {
    lines.push('', 'findings:');
    const rows = [...byCode.entries()].sort((a, b) => b[1].n - a[1].n || a[0].localeCompare(b[0]));
    const w = Math.max(...rows.map(([c]) => c.length));
    for (const [code, e] of rows) lines.push(`  ${code.padEnd(w)}  ${String(e.n).padStart(4)}  ${e.severity.padEnd(7)}  in ${e.docs.size} file(s)`);
  } else {
    lines.push('', 'findings: none');
  }
  const failed = outcomes.filter(isFailure);
  if (failed.length > 0) {
    lines.push('', 'failed:');
    for (const o of failed) {
      // Names come from the file system (or a client): no control character reaches the terminal.
      const name = displayName(o.file);
      const why = withoutControls(o.error ?? o.status).replace(`${name}: `, '').replace(`${withoutControls(o.file)}: `, '');
      lines.push(`  ${name}: ${why}`);
    }
  }
  return lines.join('\n');
}

export const command: Command = {
  name: 'ingest',
  summary: 'read files or folders into the store (extract, parse, check, keep the original)',
  usage: USAGE,
  async run(args, io) {
    let parsed;
    try {
      parsed = parseArgs({ args, options: { json: { type: 'boolean', default: false } }, allowPositionals: true });
    } catch (e) {
      throw new UsageError((e as Error).message);
    }
    if (parsed.positionals.length === 0) throw new UsageError('give at least one FILE or DIR');
    const config = loadConfig();
    const { files, missing } = await collectInputs(parsed.positionals);
    const store = await openStore(config);
    const extractor = createExtractor(config);
    // A big batch parses on the other cores while this thread reads and writes the store.
    const pool: AnalysePool | null = files.length >= POOL_MIN_FILES && config.analyseThreads > 0 ? startAnalysePool(config.analyseThreads) : null;
    const deps = { store, extract: extractor.extract.bind(extractor), analyse: pool ? pool.analyse.bind(pool) : undefined, dataDir: config.dataDir, actor: cliActor() };
    const bar = progressBar(files.length, io);
    const done: Array<IngestOutcome | undefined> = new Array(files.length);
    // Documents are written in batches, one transaction each (a document that fails is rolled
    // back alone). An infrastructure fault (database down, disk full) stops the run: the files
    // reported so far are stored whole, the others untouched; running the same command again
    // goes on from there (stored documents are not processed twice).
    let stopped: { error: unknown } | null = null;
    try {
      const inputs = files.map((f) => ({ name: f.name, read: () => fs.readFile(f.path) }));
      await ingestMany(deps, inputs, {
        // Enough documents in flight to keep every parse thread fed.
        concurrency: pool ? Math.max(config.concurrency, 8 * (config.analyseThreads + 1)) : config.concurrency,
        onOutcome: (o, i) => {
          done[i] = o;
          bar.tick(o.file);
        },
      });
    } catch (e) {
      stopped = { error: e };
    } finally {
      bar.done();
      await pool?.close();
      await extractor.close();
      await store.close().catch(() => {});
    }
    const outcomes = done.filter((o): o is IngestOutcome => o !== undefined);
    const all = [...missing, ...outcomes];
    if (parsed.values.json) io.out(JSON.stringify(all, null, 2));
    else if (all.length > 0 || !stopped) io.out(all.length === 0 ? 'nothing to ingest' : summary(all));
    if (stopped) {
      const left = files.length - outcomes.length;
      io.err(
        `registre ingest: stopped: ${withoutControls(errorMessage(stopped.error))}\n` +
          `${left} file(s) not ingested; nothing was half-written. Run the same command again to continue.`,
      );
      return 2;
    }
    return all.some(isFailure) ? 1 : 0;
  },
};
