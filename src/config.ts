/**
 * The only reader of process.env. Parsed once with zod, frozen, then passed
 * to whoever needs it: a bad value fails at start-up with a clear message.
 */
import os from 'node:os';
import path from 'node:path';
import { z } from 'zod';
import type { InputKind } from './domain/codes.ts';

const int = (def: number, min = 0) => z.coerce.number().int().min(min).default(def);
const bool = (def: boolean) =>
  z
    .enum(['1', '0', 'true', 'false', 'yes', 'no', 'on', 'off', ''])
    .default(def ? 'true' : 'false')
    .transform((v) => ['1', 'true', 'yes', 'on'].includes(v));

const EnvSchema = z.object({
  REDIS_URL: z.string().url().optional(),
  REGISTRE_QUEUE_PREFIX: z
    .string()
    .regex(/^[A-Za-z0-9_.:-]+$/, 'letters, digits and _ . : - only')
    .default('registre'),
  REGISTRE_DATA_DIR: z.string().min(1).default('./data'),
  DATABASE_URL: z.string().optional(),
  /** Documents processed at once by a worker or by `ingest`. */
  REGISTRE_CONCURRENCY: int(2, 1),
  /** Threads parsing beside the main one in a big `ingest` (default: the other cores, at most 4; 0: none). */
  REGISTRE_ANALYSE_THREADS: int(Math.max(0, Math.min(4, os.availableParallelism() - 1)), 0),
  /** tesseract.js workers in the OCR pool (default: cores, at most 2 pays off). */
  REGISTRE_OCR_WORKERS: int(Math.max(1, Math.min(2, os.availableParallelism())), 1),
  REGISTRE_OCR_LANGS: z.string().regex(/^[a-z_]+(\+[a-z_]+)*$/).default('fra'),
  REGISTRE_JOB_ATTEMPTS: int(5, 1),
  REGISTRE_JOB_BACKOFF_MS: int(2000, 1),
  /** BullMQ job lock: renewed every half of it while the worker's event loop is free. */
  REGISTRE_LOCK_MS: int(60_000, 1000),
  /** How often workers look for jobs whose lock expired (their worker died). */
  REGISTRE_STALLED_INTERVAL_MS: int(30_000, 500),
  /** Pages of one document sent to the OCR queue at once (each rendered page is in memory). */
  REGISTRE_OCR_FANOUT: int(4, 1),
  /** How long an extract job waits for one OCR page job before it counts as a transient fault. */
  REGISTRE_OCR_WAIT_MS: int(30 * 60_000, 1000),
  /** Limits enforced before the expensive work. */
  REGISTRE_MAX_BYTES: int(100 * 1024 * 1024, 1),
  REGISTRE_MAX_PAGES: int(500, 1),
  REGISTRE_MAX_PIXELS: int(60_000_000, 1),
  REGISTRE_OCR_PAGE_TIMEOUT_MS: int(120_000, 1000),
  /** Characters of text one document may yield (parsing costs ~1 s per MB of text). */
  REGISTRE_MAX_TEXT_CHARS: int(4_000_000, 1),
  REGISTRE_OCR_MIN_CONFIDENCE: int(60, 0),
  /** "role:token,role:token" with role clerk | archivist | admin. */
  REGISTRE_API_TOKENS: z.string().default(''),
  REGISTRE_PUBLIC_READ: bool(false),
  REGISTRE_UPLOAD_RATE_PER_MIN: int(60, 1),
  /** Files accepted in one upload request. */
  REGISTRE_UPLOAD_MAX_FILES: int(20, 1),
  /** Input kinds the server accepts (sniffed from the bytes), comma list of text|pdf|png|jpeg|tiff. */
  REGISTRE_UPLOAD_KINDS: z
    .string()
    .regex(/^\s*(text|pdf|png|jpeg|tiff)\s*(,\s*(text|pdf|png|jpeg|tiff)\s*)*$/, 'a comma list of text, pdf, png, jpeg, tiff')
    .default('text,pdf,png,jpeg,tiff'),
  /** Behind a reverse proxy: take the client address from X-Forwarded-For (rate limits per IP). */
  REGISTRE_TRUST_PROXY: bool(false),
  PORT: int(8080, 0),
});

export type Role = 'clerk' | 'archivist' | 'admin';

export interface Config {
  readonly redisUrl: string | null;
  readonly queuePrefix: string;
  readonly dataDir: string;
  readonly databaseUrl: string | null;
  readonly sqlitePath: string;
  readonly concurrency: number;
  readonly analyseThreads: number;
  readonly ocrWorkers: number;
  readonly ocrLangs: string;
  readonly jobAttempts: number;
  readonly jobBackoffMs: number;
  readonly lockMs: number;
  readonly stalledIntervalMs: number;
  readonly ocrFanout: number;
  readonly ocrWaitMs: number;
  readonly limits: Readonly<{
    maxBytes: number;
    maxPages: number;
    maxPixels: number;
    maxTextChars: number;
    ocrPageTimeoutMs: number;
    ocrMinConfidence: number;
  }>;
  readonly apiTokens: ReadonlyArray<Readonly<{ role: Role; token: string }>>;
  readonly publicRead: boolean;
  readonly uploadRatePerMin: number;
  readonly uploadMaxFiles: number;
  readonly uploadKinds: readonly InputKind[];
  readonly trustProxy: boolean;
  readonly port: number;
}

export class ConfigError extends Error {}

function parseTokens(spec: string): Array<{ role: Role; token: string }> {
  const out: Array<{ role: Role; token: string }> = [];
  for (const part of spec.split(',').map((s) => s.trim()).filter(Boolean)) {
    const i = part.indexOf(':');
    const role = part.slice(0, i);
    const token = part.slice(i + 1);
    if (i < 1 || !['clerk', 'archivist', 'admin'].includes(role) || token.length < 8) {
      throw new ConfigError(
        'REGISTRE_API_TOKENS: each entry must be role:token with role clerk|archivist|admin and a token of 8+ characters',
      );
    }
    out.push({ role: role as Role, token });
  }
  return out;
}

/** Reads the configuration from an environment (process.env by default). */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    const msg = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new ConfigError(`invalid configuration: ${msg}`);
  }
  const e = parsed.data;
  const dataDir = path.resolve(e.REGISTRE_DATA_DIR);
  return Object.freeze({
    redisUrl: e.REDIS_URL ?? null,
    queuePrefix: e.REGISTRE_QUEUE_PREFIX,
    dataDir,
    databaseUrl: e.DATABASE_URL && e.DATABASE_URL.trim() ? e.DATABASE_URL.trim() : null,
    sqlitePath: path.join(dataDir, 'registre.db'),
    concurrency: e.REGISTRE_CONCURRENCY,
    analyseThreads: e.REGISTRE_ANALYSE_THREADS,
    ocrWorkers: e.REGISTRE_OCR_WORKERS,
    ocrLangs: e.REGISTRE_OCR_LANGS,
    jobAttempts: e.REGISTRE_JOB_ATTEMPTS,
    jobBackoffMs: e.REGISTRE_JOB_BACKOFF_MS,
    lockMs: e.REGISTRE_LOCK_MS,
    stalledIntervalMs: e.REGISTRE_STALLED_INTERVAL_MS,
    ocrFanout: e.REGISTRE_OCR_FANOUT,
    ocrWaitMs: e.REGISTRE_OCR_WAIT_MS,
    limits: Object.freeze({
      maxBytes: e.REGISTRE_MAX_BYTES,
      maxPages: e.REGISTRE_MAX_PAGES,
      maxPixels: e.REGISTRE_MAX_PIXELS,
      maxTextChars: e.REGISTRE_MAX_TEXT_CHARS,
      ocrPageTimeoutMs: e.REGISTRE_OCR_PAGE_TIMEOUT_MS,
      ocrMinConfidence: e.REGISTRE_OCR_MIN_CONFIDENCE,
    }),
    apiTokens: Object.freeze(parseTokens(e.REGISTRE_API_TOKENS)),
    publicRead: e.REGISTRE_PUBLIC_READ,
    uploadRatePerMin: e.REGISTRE_UPLOAD_RATE_PER_MIN,
    uploadMaxFiles: e.REGISTRE_UPLOAD_MAX_FILES,
    uploadKinds: Object.freeze([...new Set(e.REGISTRE_UPLOAD_KINDS.split(',').map((k) => k.trim() as InputKind))]),
    trustProxy: e.REGISTRE_TRUST_PROXY,
    port: e.PORT,
  });
}

/** Redis URL for the queue: configured, else the local default. */
export function queueRedisUrl(config: Config): string {
  return config.redisUrl ?? 'redis://127.0.0.1:6379';
}
