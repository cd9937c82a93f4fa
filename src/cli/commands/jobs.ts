/**
 * `registre jobs [STATE]` lists jobs under the configured prefix;
 * `registre jobs retry ID|--all-failed` re-runs failed ones with fresh
 * attempts. Exit 0 done; 1 nothing matched the retry; 2 could not run
 * (Redis unreachable, bad arguments).
 */
import { parseArgs } from 'node:util';
import { loadConfig } from '../../config.ts';
import { QUEUE_NAMES, QueueName } from '../../domain/index.ts';
import { isRedisDown } from '../../queue/connection.ts';
import { countJobs, LIST_STATES, listJobs, retryAllFailed, retryJob, type ListState } from '../../queue/jobs-admin.ts';
import { closeQueues, openQueues } from '../../queue/queues.ts';
import { UsageError, type Command } from '../command.ts';
import { producerOrExplain } from '../producer.ts';

const USAGE = `usage: registre jobs [${LIST_STATES.join('|')}] [--stage S] [--limit N] [--json]
       registre jobs retry JOB-ID|DOCUMENT-ID|--all-failed [--stage S]

Without a state: job counts per queue. With one: the jobs in that state,
newest first (failed: with their reason). \`retry\` re-runs failed jobs with
a fresh set of attempts: one job, the failed jobs of one document (its id
or 8+ first hex digits), or every failed job (--all-failed).

  --stage S   only this queue (${QUEUE_NAMES.join(', ')})
  --limit N   at most N jobs listed (default 50)`;

export const command: Command = {
  name: 'jobs',
  summary: 'list queued, running and failed jobs; retry failed ones',
  usage: USAGE,
  async run(args, io) {
    let parsed;
    try {
      parsed = parseArgs({
        args,
        options: { stage: { type: 'string' }, limit: { type: 'string' }, json: { type: 'boolean', default: false }, 'all-failed': { type: 'boolean', default: false } },
        allowPositionals: true,
      });
    } catch (e) {
      throw new UsageError((e as Error).message);
    }
    const [verb, ref, ...extra] = parsed.positionals;
    const stage = parsed.values.stage;
    if (stage !== undefined && !QueueName.safeParse(stage).success) throw new UsageError(`unknown stage "${stage}": choose among ${QUEUE_NAMES.join(', ')}`);
    const only = stage ? [stage as QueueName] : undefined;
    const limit = parsed.values.limit === undefined ? 50 : Number(parsed.values.limit);
    if (!(Number.isInteger(limit) && limit >= 1)) throw new UsageError('--limit takes an integer ≥ 1');
    const retrying = verb === 'retry';
    if (retrying && !ref === !parsed.values['all-failed']) throw new UsageError('retry takes one JOB-ID or DOCUMENT-ID, or --all-failed');
    if (!retrying && (extra.length > 0 || ref !== undefined || (verb !== undefined && !(LIST_STATES as readonly string[]).includes(verb)))) {
      throw new UsageError(`unknown state "${verb}": choose among ${LIST_STATES.join(', ')}, or retry`);
    }
    const config = loadConfig();

    const redis = await producerOrExplain('jobs', config, io);
    if (!redis) return 2;
    const queues = openQueues(config, redis);
    try {
      if (retrying) {
        const ids = ref ? await retryJob(queues, ref) : await retryAllFailed(queues, only);
        if (parsed.values.json) io.out(JSON.stringify({ retried: ids }, null, 2));
        else io.out(ids.length === 0 ? `no failed job matches ${ref ?? '(any)'}` : ids.map((id) => `retrying ${id}`).join('\n'));
        return ids.length === 0 ? 1 : 0;
      }
      if (verb === undefined) {
        const counts = await countJobs(queues);
        if (parsed.values.json) io.out(JSON.stringify(counts, null, 2));
        else {
          const head = ['queue', ...LIST_STATES];
          const rows = Object.entries(counts).map(([q, c]) => [q, ...LIST_STATES.map((s) => String(c[s]))]);
          const w = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
          for (const r of [head, ...rows]) io.out(r.map((c, i) => (i === 0 ? c.padEnd(w[i]!) : c.padStart(w[i]!))).join('  '));
        }
        return 0;
      }
      const rows = await listJobs(queues, verb as ListState, { queues: only, limit });
      if (parsed.values.json) io.out(JSON.stringify(rows, null, 2));
      else if (rows.length === 0) io.out(`no ${verb} jobs`);
      else for (const r of rows) io.out(`${r.at}  ${r.id}  ${r.attempts}  ${r.file ?? ''}${r.note ? `: ${r.note}` : ''}`);
      return 0;
    } catch (e) {
      if (!isRedisDown(e)) throw e;
      io.err(`registre jobs: lost the connection to Redis: ${(e as Error).message}`);
      return 2;
    } finally {
      await closeQueues(queues);
      redis.disconnect();
    }
  },
};
