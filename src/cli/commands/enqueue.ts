/**
 * `registre enqueue FILE|DIR… [--wait]`: stores each original and puts it on
 * the queue for the workers; prints `<document id>  <file>` per file.
 * Exit 0: all enqueued (with --wait: all stored as deliberations); 1: some
 * failed, each listed with its reason; 2: the command could not run (Redis
 * unreachable — checked first, fast — or bad arguments).
 */
import fs from 'node:fs/promises';
import os from 'node:os';
import { parseArgs } from 'node:util';
import { loadConfig } from '../../config.ts';
import { isRedisDown } from '../../queue/connection.ts';
import { followDocuments, type DocumentOutcome } from '../../queue/follow.ts';
import { enqueueBytes, type Enqueued } from '../../queue/producer.ts';
import { closeQueues, openQueues } from '../../queue/queues.ts';
import { collectInputs, mapBounded } from '../../store/ingest.ts';
import { UsageError, type Command } from '../command.ts';
import { producerOrExplain } from '../producer.ts';

const USAGE = `usage: registre enqueue FILE|DIR… [--wait] [--timeout SECONDS] [--json]

Stores each file's original (REGISTRE_DATA_DIR/originals, content-addressed)
and queues it for \`registre worker\` processes (REDIS_URL, REGISTRE_QUEUE_PREFIX).
A directory means every file under it, skipping *.json and *.md. The same
bytes enqueued twice are processed once.

  --wait           follow the documents until each is stored or failed; progress
                   on stderr, one outcome line per file on stdout
  --timeout SECS   with --wait: stop waiting after this long (unfinished: exit 1)
  --json           print the results as JSON`;

/** Same actor as `registre ingest` records (not imported: that module loads the extractors). */
function cliActor(): string {
  try {
    return `cli:${os.userInfo().username}`;
  } catch {
    return 'cli';
  }
}

const ENQUEUE_AT_ONCE = 8;

function stateNote(state: string): string {
  if (state === 'unknown') return '';
  if (state === 'completed' || state === 'failed') return `  (seen before, ${state}: checked again against the store)`;
  return `  (already queued: ${state})`;
}

function outcomeLine(o: DocumentOutcome): string {
  const short = o.id.slice(0, 12);
  if (o.ok) return `ok      ${short}  ${o.file}  (${o.outcome === 'unchanged' ? 'already stored' : o.outcome ?? 'stored'}, ${o.findings} finding(s))`;
  return `FAILED  ${short}  ${o.file}: ${(o.error ?? o.status ?? 'failed').replace(`${o.file}: `, '')}`;
}

export const command: Command = {
  name: 'enqueue',
  summary: 'queue files for the workers (stores the original; --wait follows them)',
  usage: USAGE,
  async run(args, io) {
    let parsed;
    try {
      parsed = parseArgs({
        args,
        options: { wait: { type: 'boolean', default: false }, timeout: { type: 'string' }, json: { type: 'boolean', default: false } },
        allowPositionals: true,
      });
    } catch (e) {
      throw new UsageError((e as Error).message);
    }
    if (parsed.positionals.length === 0) throw new UsageError('give at least one FILE or DIR');
    const timeoutS = parsed.values.timeout === undefined ? undefined : Number(parsed.values.timeout);
    if (timeoutS !== undefined && !(timeoutS > 0)) throw new UsageError('--timeout takes a number of seconds > 0');
    const config = loadConfig();

    const redis = await producerOrExplain('enqueue', config, io);
    if (!redis) return 2;
    const queues = openQueues(config, redis);
    try {
      const { files, missing } = await collectInputs(parsed.positionals);
      const failed: Array<{ file: string; error: string }> = missing.map((m) => ({ file: m.file, error: m.error ?? 'cannot read' }));
      const enqueued: Enqueued[] = [];
      const deps = { queues, dataDir: config.dataDir, actor: cliActor() };
      // A few at once: each waits on a disk write and two Redis round trips. Printed in input order.
      const results = await mapBounded(files, ENQUEUE_AT_ONCE, async (f) => {
        let bytes: Buffer;
        try {
          bytes = await fs.readFile(f.path);
        } catch (e) {
          return { file: f.name, error: `${f.name}: cannot read: ${(e as Error).message}` };
        }
        try {
          return await enqueueBytes(deps, bytes, f.name);
        } catch (e) {
          if (isRedisDown(e)) throw e;
          // Storing the original failed (disk full, permissions): said as such, not as a bad file.
          return { file: f.name, error: `${f.name}: cannot store the original: ${(e as Error).message}` };
        }
      });
      for (const r of results) {
        if ('error' in r) failed.push(r);
        else {
          enqueued.push(r);
          if (!parsed.values.json) io.out(`${r.id}  ${r.file}${stateNote(r.state)}`);
        }
      }
      for (const f of failed) io.err(`registre enqueue: ${f.error}`);
      if (!parsed.values.wait) {
        if (parsed.values.json) io.out(JSON.stringify({ enqueued, failed }, null, 2));
        return failed.length > 0 ? 1 : 0;
      }

      const unique = [...new Map(enqueued.map((q) => [q.id, { id: q.id, file: q.file }])).values()];
      const r = await followDocuments(config, queues, unique, {
        timeoutMs: timeoutS === undefined ? undefined : timeoutS * 1000,
        onProgress: (file, text) => io.err(`${file}: ${text}`),
      });
      if (parsed.values.json) io.out(JSON.stringify({ outcomes: r.done, pending: r.pending, failed }, null, 2));
      else {
        io.out('');
        for (const o of r.done) io.out(outcomeLine(o));
        for (const p of r.pending) io.out(`PENDING ${p.id.slice(0, 12)}  ${p.file}: not finished after ${timeoutS} s`);
        for (const f of failed) io.out(`FAILED  ${f.file}: ${f.error.replace(`${f.file}: `, '')}`);
      }
      return failed.length > 0 || r.pending.length > 0 || r.done.some((o) => !o.ok) ? 1 : 0;
    } catch (e) {
      if (!isRedisDown(e)) throw e;
      io.err(`registre enqueue: lost the connection to Redis: ${(e as Error).message}`);
      return 2;
    } finally {
      await closeQueues(queues);
      redis.disconnect();
    }
  },
};
