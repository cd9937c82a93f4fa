/**
 * Redis connections for the queue, from config (never from process.env).
 *
 * - Producers (`enqueue`, `jobs`, the HTTP server) fail fast: `connectProducer`
 *   rejects with RedisUnavailableError within CONNECT_TIMEOUT_MS when Redis
 *   cannot be reached, and later commands error instead of queuing offline.
 * - Workers wait: `workerConnection` retries forever with a capped backoff and
 *   `maxRetriesPerRequest: null` (BullMQ's blocking connections need it), so a
 *   Redis restart pauses the workers instead of killing them.
 */
import type { ConnectionOptions } from 'bullmq';
import { Redis, type RedisOptions } from 'ioredis';
import { queueRedisUrl, type Config } from '../config.ts';

export const CONNECT_TIMEOUT_MS = 3000;

export class RedisUnavailableError extends Error {
  override readonly name = 'RedisUnavailableError';
}

/** host/port/credentials/db/tls from a redis:// or rediss:// URL. */
export function redisOptionsFromUrl(url: string): RedisOptions {
  const u = new URL(url);
  if (u.protocol !== 'redis:' && u.protocol !== 'rediss:') throw new Error(`REDIS_URL must start with redis:// or rediss:// (got ${u.protocol})`);
  const db = u.pathname.replace(/^\//, '');
  return {
    host: u.hostname || '127.0.0.1',
    port: u.port ? Number(u.port) : 6379,
    ...(u.username ? { username: decodeURIComponent(u.username) } : {}),
    ...(u.password ? { password: decodeURIComponent(u.password) } : {}),
    ...(db ? { db: Number(db) } : {}),
    ...(u.protocol === 'rediss:' ? { tls: {} } : {}),
  };
}

/** URL without its password, for messages. */
export function safeRedisUrl(config: Pick<Config, 'redisUrl'>): string {
  const u = new URL(queueRedisUrl(config as Config));
  if (u.password) u.password = '***';
  return u.toString();
}

/** Options for worker-side BullMQ objects (Worker, QueueEvents, their Queues) and plain ioredis clients. */
export function workerConnection(config: Pick<Config, 'redisUrl'>): RedisOptions & ConnectionOptions {
  return {
    ...redisOptionsFromUrl(queueRedisUrl(config as Config)),
    maxRetriesPerRequest: null,
    // 0.5 s, 1 s, 2 s … capped at 10 s, forever: workers outlive a Redis restart.
    retryStrategy: (times: number) => Math.min(500 * 2 ** Math.min(times - 1, 5), 10_000),
  };
}

/**
 * A connected client for producers; rejects with RedisUnavailableError when
 * Redis does not answer within CONNECT_TIMEOUT_MS. Commands issued while
 * the connection is down fail at once (no offline queue).
 */
export async function connectProducer(config: Pick<Config, 'redisUrl'>): Promise<Redis> {
  let connected = false;
  const client = new Redis({
    ...redisOptionsFromUrl(queueRedisUrl(config as Config)),
    lazyConnect: true,
    enableOfflineQueue: false,
    maxRetriesPerRequest: 1,
    connectTimeout: CONNECT_TIMEOUT_MS,
    // No retry for the first connection (fail fast); a long-lived producer reconnects later.
    retryStrategy: (times: number) => (connected ? Math.min(200 * times, 2000) : null),
  });
  let cause: Error | null = null;
  client.on('error', (e: Error) => (cause = e)); // surfaced through connect() and each command instead
  try {
    await Promise.race([
      client.connect(),
      new Promise((_, reject) => setTimeout(() => reject(new Error(`no answer in ${CONNECT_TIMEOUT_MS} ms`)), CONNECT_TIMEOUT_MS).unref()),
    ]);
    await client.ping();
    connected = true;
  } catch (e) {
    client.disconnect();
    const why = (cause as Error | null)?.message ?? (e instanceof Error ? e.message : String(e));
    throw new RedisUnavailableError(`Redis is unreachable at ${safeRedisUrl(config)}: ${why} (set REDIS_URL, or start Redis)`);
  }
  return client;
}

/** An error met because Redis went away in the middle of a command. */
export function isRedisDown(e: unknown): boolean {
  const m = e instanceof Error ? e.message : '';
  return /Connection is closed|enableOfflineQueue|ECONNREFUSED|ECONNRESET|EPIPE|ETIMEDOUT|max retries per request/i.test(m);
}
