/**
 * `registre serve [--port N] [--host H] [--workers]`: the HTTP API and the
 * web pages until SIGINT/SIGTERM (then: stop listening, let running
 * requests and in-process documents finish, close the store).
 * Exit 0 after a signal; 2 when it cannot start (store, Redis, port).
 */
import type { AddressInfo } from 'node:net';
import { parseArgs } from 'node:util';
import { ConfigError, loadConfig } from '../../config.ts';
import { UsageError, type Command } from '../command.ts';

const USAGE = `usage: registre serve [--port N] [--host H] [--workers]

Serves the JSON API (/api, description at /api/openapi.json, /healthz) and
the web pages (upload, search, documents, members, report) in French.

  --port N     port (default PORT, else 8080; 0 picks a free one)
  --host H     address to listen on (default 127.0.0.1; 0.0.0.0 for every interface)
  --workers    with REDIS_URL: also run the queue workers in this process

Without REDIS_URL, uploads are processed in this process (REGISTRE_CONCURRENCY
at once). With REDIS_URL they go to the queue, for \`registre worker\`.
Access: REGISTRE_API_TOKENS="clerk:TOKEN,archivist:TOKEN,admin:TOKEN";
reading is public when REGISTRE_PUBLIC_READ=true. With no token configured
the server is read-only (open reading, no upload or correction).`;

export const command: Command = {
  name: 'serve',
  summary: 'HTTP API and web pages (upload, search, documents, members, report)',
  usage: USAGE,
  async run(args, io) {
    let values;
    try {
      ({ values } = parseArgs({ args, options: { port: { type: 'string' }, host: { type: 'string', default: '127.0.0.1' }, workers: { type: 'boolean', default: false } }, allowPositionals: false }));
    } catch (e) {
      throw new UsageError((e as Error).message);
    }
    const port = values.port === undefined ? undefined : Number(values.port);
    if (port !== undefined && !(Number.isInteger(port) && port >= 0 && port < 65536)) throw new UsageError('--port takes an integer 0–65535');
    let config;
    try {
      config = loadConfig();
    } catch (e) {
      if (e instanceof ConfigError) throw new UsageError(e.message);
      throw e;
    }
    const { openAppContext } = await import('../../http/app-context.ts');
    const { buildServer } = await import('../../http/server.ts');
    let ctx;
    try {
      ctx = await openAppContext(config, { onJobError: (e, file) => io.err(`registre serve: ${file}: ${(e as Error).message}`) });
    } catch (e) {
      io.err(`registre serve: cannot start: ${(e as Error).message}`);
      return 2;
    }
    let workers: { close(): Promise<void> } | null = null;
    if (values.workers && config.redisUrl) {
      const { startWorkers } = await import('../../../workers/run.ts');
      workers = await startWorkers({ config, store: ctx.store, log: (l) => io.err(l) });
    }
    const app = await buildServer(ctx);
    try {
      await app.listen({ port: port ?? config.port, host: values.host });
    } catch (e) {
      io.err(`registre serve: cannot listen: ${(e as Error).message}`);
      await workers?.close();
      await ctx.close();
      return 2;
    }
    const a = app.server.address() as AddressInfo;
    const mode = config.redisUrl ? `queue (REDIS_URL, prefix "${config.queuePrefix}")${workers ? ' with workers in this process' : ''}` : `in-process, ${config.concurrency} at once`;
    io.err(`registre serve: listening on http://${a.family === 'IPv6' ? `[${a.address}]` : a.address}:${a.port} — store ${ctx.store.backend}, processing ${mode}`);
    if (ctx.policy.readOnly) io.err('registre serve: no REGISTRE_API_TOKENS: read-only (anyone can read; nobody can upload or correct)');
    else if (config.publicRead) io.err('registre serve: REGISTRE_PUBLIC_READ=true: reading is open to anyone');

    await new Promise<void>((resolve) => {
      let stopping = false;
      const stop = (signal: NodeJS.Signals) => {
        if (stopping) process.exit(130);
        stopping = true;
        io.err(`registre serve: ${signal}, stopping`);
        void (async () => {
          await app.close().catch(() => {});
          await workers?.close().catch(() => {});
          await ctx.close().catch(() => {});
          resolve();
        })();
      };
      process.on('SIGINT', stop);
      process.on('SIGTERM', stop);
    });
    io.err('registre serve: stopped');
    setTimeout(() => process.exit(0), 3000).unref();
    return 0;
  },
};
