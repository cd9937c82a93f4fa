/**
 * The API against the real server with the embedded runner (no Redis:
 * documents processed in the server's process) — on SQLite with a text and
 * a text PDF, then on PostgreSQL (a schema of the test's own, dropped after)
 * with a text.
 */
import { describe } from 'vitest';
import { openPostgresStore } from '../../src/store/open-store.ts';
import { dropTestSchema, testSchemaName, TEST_PG_URL } from '../store/pg-schema.ts';
import { apiFlow, PDF, TEXT } from './api-flow.ts';
import { startServer } from './helpers.ts';

describe('API, in-process processing, SQLite', () => {
  apiFlow(() => startServer(), [TEXT, PDF]);
});

describe('API, in-process processing, PostgreSQL', () => {
  apiFlow(async () => {
    const schema = testSchemaName();
    const store = await openPostgresStore({ connectionString: TEST_PG_URL, schema, createSchema: true });
    const s = await startServer({ store });
    return {
      ...s,
      async close() {
        await s.close();
        await store.close();
        await dropTestSchema(schema);
      },
    };
  }, [TEXT]);
});
