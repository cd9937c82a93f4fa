/**
 * What the server works with, opened once at start and closed at the end:
 * the store, the job runner (queue with REDIS_URL, else in-process with its
 * own extractor), the access policy and the upload rate limiter. Tests
 * build the same context on a temporary data directory.
 */
import type { Config } from '../config.ts';
import { createExtractor } from '../extract/index.ts';
import { openStore } from '../store/open-store.ts';
import type { RecordStore } from '../store/record-store.ts';
import { accessPolicy, type AccessPolicy } from './auth/access.ts';
import { rateLimiter, type RateLimiter } from './auth/rate-limit.ts';
import type { JobRunner } from './jobs/job-runner.ts';
import { localRunner } from './jobs/local-runner.ts';
import { queueRunner } from './jobs/queue-runner.ts';

export interface AppContext {
  readonly config: Config;
  readonly store: RecordStore;
  readonly jobs: JobRunner;
  readonly policy: AccessPolicy;
  readonly uploads: RateLimiter;
  close(): Promise<void>;
}

export interface OpenOptions {
  /** A store opened by the caller (left open by close). */
  store?: RecordStore;
  onJobError?: (e: unknown, file: string) => void;
}

/** Rejects when the store cannot open or, with REDIS_URL, Redis does not answer (fail at boot). */
export async function openAppContext(config: Config, options: OpenOptions = {}): Promise<AppContext> {
  const store = options.store ?? (await openStore(config));
  const closeStore = options.store ? async () => {} : () => store.close();
  let jobs: JobRunner;
  let closeExtractor = async () => {};
  try {
    if (config.redisUrl) jobs = await queueRunner({ config, store });
    else {
      const extractor = createExtractor(config);
      closeExtractor = () => extractor.close();
      jobs = localRunner({ store, extractor, dataDir: config.dataDir, concurrency: config.concurrency, onError: options.onJobError });
    }
  } catch (e) {
    await closeStore();
    throw e;
  }
  return {
    config,
    store,
    jobs,
    policy: accessPolicy(config),
    uploads: rateLimiter(config.uploadRatePerMin),
    async close() {
      await jobs.close();
      await closeExtractor();
      await closeStore();
    },
  };
}
