/**
 * HTTP benchmark (wired by bench/main.ts): requests per second and p99
 * latency of `GET /api/search` on the real server (fastify, the API's
 * validation and auth, an archivist token) over 100,000 stored records,
 * measured with autocannon (load generated in a worker thread of this
 * process, 10 connections, 10 s per scenario, after a warm-up).
 *
 * The records are generated (bench/store-corpus.ts, seeded) and loaded
 * through the store API directly into a temporary SQLite database, removed
 * at the end. Two scenarios: one full-text query, and a mix cycling
 * through the store's filters (words, body, dates, amounts, finding,
 * member and status, outcome, a later page).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { loadConfig } from '../src/config.ts';
import { openAppContext } from '../src/http/app-context.ts';
import { buildServer } from '../src/http/server.ts';
import { mapBounded } from '../src/store/ingest.ts';
import { sqlStore } from '../src/store/sql/sql-store.ts';
import { openSqliteRunner } from '../src/store/sqlite/sqlite-runner.ts';
import { bodies, processedDocument, rng } from './store-corpus.ts';

export interface HttpBenchResult {
  name: string;
  value: number;
  unit: string;
  input: string;
}

const RECORDS = 100_000;
const PER_DOC = 10;
const TOKEN = 'bench-archivist-token';
const CONNECTIONS = 10;
const DURATION_S = 10;

const MIXED = [
  '/api/search?q=subventions',
  '/api/search?q=pistes%20cyclables&body=hautval',
  '/api/search?from=2018-01-01&to=2018-03-31',
  '/api/search?amount_min=800000',
  '/api/search?finding=TALLY_MISMATCH&body=valbrune',
  '/api/search?member=GARNIER&member_status=gave_proxy',
  '/api/search?outcome=rejected&body=pradelles',
  '/api/search?q=budget&offset=100',
];

async function load(file: string): Promise<number> {
  const runner = openSqliteRunner(file);
  const store = sqlStore(runner);
  const r = rng(11);
  const councils = bodies(r, 50, 30);
  const t0 = performance.now();
  await mapBounded(Array.from({ length: RECORDS / PER_DOC }, (_, i) => i), 8, (i) =>
    store.upsert(processedDocument(rng(1000 + i), councils[i % councils.length]!, i, PER_DOC), { actor: 'bench' }),
  );
  await runner.run('ANALYZE');
  await runner.close();
  return (performance.now() - t0) / 1000;
}

async function run(url: string, paths: string[]) {
  const r = await autocannon({
    url,
    connections: CONNECTIONS,
    duration: DURATION_S,
    workers: 1,
    headers: { authorization: `Bearer ${TOKEN}` },
    requests: paths.map((p) => ({ method: 'GET', path: p })),
  });
  if (r.errors || r.timeouts || r.non2xx) throw new Error(`bench http: ${r.errors} errors, ${r.timeouts} timeouts, ${r.non2xx} non-2xx responses`);
  return r;
}

export async function benchHttp(): Promise<HttpBenchResult[]> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'registre-bench-http-'));
  try {
    const config = loadConfig({ REGISTRE_DATA_DIR: dir, REGISTRE_API_TOKENS: `archivist:${TOKEN}`, REGISTRE_CONCURRENCY: '1' });
    const seconds = await load(config.sqlitePath);
    const ctx = await openAppContext(config);
    const app = await buildServer(ctx, { log: false });
    try {
      const url = await app.listen({ port: 0, host: '127.0.0.1' });
      for (const p of MIXED) await fetch(url + p, { headers: { authorization: `Bearer ${TOKEN}` } }); // warm caches
      const input = `${RECORDS} generated records (${RECORDS / PER_DOC} documents, 50 bodies, SQLite, loaded in ${seconds.toFixed(0)} s); autocannon ${CONNECTIONS} connections × ${DURATION_S} s, bearer token, logs off; ${os.availableParallelism()} cores, load average ${os.loadavg()[0]!.toFixed(1)}`;
      const text = await run(url, ['/api/search?q=subventions']);
      const mixed = await run(url, MIXED);
      return [
        { name: 'http.search_rps.text', value: Math.round(text.requests.average), unit: 'req/s', input: `${input}; GET /api/search?q=subventions` },
        { name: 'http.search_p99.text', value: text.latency.p99, unit: 'ms', input: `${input}; GET /api/search?q=subventions` },
        { name: 'http.search_rps.mixed', value: Math.round(mixed.requests.average), unit: 'req/s', input: `${input}; ${MIXED.length} query shapes cycled (words, body, dates, amounts, finding, member + status, outcome, page 6)` },
        { name: 'http.search_p99.mixed', value: mixed.latency.p99, unit: 'ms', input: `${input}; ${MIXED.length} query shapes cycled` },
      ];
    } finally {
      await app.close();
      await ctx.close();
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

// Run directly: node bin/run-ts.js bench/http.ts
if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename ?? '')) {
  for (const r of await benchHttp()) console.log(`${r.name}\t${r.value} ${r.unit}\t${r.input}`);
}
