/**
 * `registre worker [--concurrency N] [--stages a,b]`: runs queue workers
 * until SIGINT/SIGTERM. Start as many as you like, on one machine or many
 * (same REDIS_URL, REGISTRE_QUEUE_PREFIX, data directory and database).
 * First signal: stop taking jobs, finish or hand back the current ones, exit
 * 0. Second signal: exit at once (running jobs are taken over by another
 * worker once their lock expires). Redis down: the workers wait and reconnect.
 */
import { parseArgs } from 'node:util';
import { loadConfig } from '../../config.ts';
import { QUEUE_NAMES, QueueName } from '../../domain/index.ts';
import { safeRedisUrl } from '../../queue/connection.ts';
import { UsageError, type Command } from '../command.ts';

const USAGE = `usage: registre worker [--concurrency N] [--stages ${QUEUE_NAMES.join(',')}]

Processes queued documents until stopped (SIGINT/SIGTERM: graceful).

  --concurrency N   documents at once per stage (default REGISTRE_CONCURRENCY);
                    OCR pages at once = REGISTRE_OCR_WORKERS (1 per process when
                    several worker processes share a machine)
  --stages LIST     which queues this process serves (default all):
                    extract  read originals, render scanned pages, hand pages to ocr
                    ocr      recognise page images (CPU heavy)
                    analyse  parse and check (pure)
                    store    write records to the store`;

export const command: Command = {
  name: 'worker',
  summary: 'process queued documents (several processes share the work)',
  usage: USAGE,
  async run(args, io) {
    let parsed;
    try {
      parsed = parseArgs({ args, options: { concurrency: { type: 'string' }, stages: { type: 'string' } }, allowPositionals: false });
    } catch (e) {
      throw new UsageError((e as Error).message);
    }
    const concurrency = parsed.values.concurrency === undefined ? undefined : Number(parsed.values.concurrency);
    if (concurrency !== undefined && !(Number.isInteger(concurrency) && concurrency >= 1)) throw new UsageError('--concurrency takes an integer ≥ 1');
    const stages = parsed.values.stages === undefined ? [...QUEUE_NAMES] : parsed.values.stages.split(',').map((s) => s.trim()).filter(Boolean);
    const bad = stages.filter((s) => !QueueName.safeParse(s).success);
    if (bad.length > 0 || stages.length === 0) throw new UsageError(`unknown stage(s) ${bad.join(', ') || '(none given)'}: choose among ${QUEUE_NAMES.join(', ')}`);
    const config = loadConfig();

    const { startWorkers } = await import('../../../workers/run.ts');
    const handle = await startWorkers({ config, stages: stages as QueueName[], concurrency, log: (l) => io.err(l) });
    io.err(
      `worker ${process.pid}: stages ${handle.stages.join(',')}, concurrency ${concurrency ?? config.concurrency}, ` +
        `OCR workers ${handle.stages.includes('ocr') ? config.ocrWorkers : 0}, queue prefix "${config.queuePrefix}" on ${safeRedisUrl(config)}`,
    );

    await new Promise<void>((resolve) => {
      let stopping = false;
      const stop = (signal: NodeJS.Signals) => {
        if (stopping) {
          io.err(`worker ${process.pid}: ${signal} again, exiting now`);
          process.exit(130);
        }
        stopping = true;
        io.err(`worker ${process.pid}: ${signal}, finishing or handing back current jobs`);
        handle.close().then(resolve, (e) => {
          io.err(`worker ${process.pid}: error while closing: ${(e as Error).message}`);
          resolve();
        });
      };
      process.on('SIGINT', stop);
      process.on('SIGTERM', stop);
    });
    io.err(`worker ${process.pid}: stopped`);
    // Nothing should be left running; if a library keeps a handle open, do not hang.
    setTimeout(() => process.exit(0), 3000).unref();
    return 0;
  },
};
