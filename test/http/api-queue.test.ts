/**
 * The API against the real server with REDIS_URL set: uploads go through
 * the BullMQ queue (real Redis, a prefix of the test's own, cleaned after),
 * processed by the real workers (started in this process), SQLite store.
 * A text, a text PDF and a one-page scan (OCR).
 */
import { describe } from 'vitest';
import { apiFlow, PDF, SCAN, TEXT } from './api-flow.ts';
import { startServer } from './helpers.ts';

describe('API, queue (Redis + workers), SQLite: text, text PDF, scan', () => {
  apiFlow(() => startServer({ queue: true }), [TEXT, PDF, SCAN]);
});
