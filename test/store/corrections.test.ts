import fs from 'node:fs';
import path from 'node:path';
import { openPgRunner } from '../../src/store/postgres/pg-runner.ts';
import { sqlStore } from '../../src/store/sql/sql-store.ts';
import type { SqlRunner } from '../../src/store/sql/sql-runner.ts';
import { openSqliteRunner } from '../../src/store/sqlite/sqlite-runner.ts';
import { tempDir } from './cli-harness.ts';
import { correctionsSuite, type CorrectionsHarness } from './corrections-suite.ts';
import { dropTestSchema, TEST_PG_URL, testSchemaName } from './pg-schema.ts';

function harness(runner: SqlRunner, cleanup: () => Promise<void>): CorrectionsHarness {
  return {
    store: sqlStore(runner),
    exec: (sql) => runner.run(sql),
    value: async (sql, params) => Object.values((await runner.get(sql, params)) ?? {})[0],
    async close() {
      await runner.close();
      await cleanup();
    },
  };
}

correctionsSuite('SQLite', async () => {
  const dir = tempDir('registre-corrections-sqlite-');
  return harness(openSqliteRunner(path.join(dir, 'registre.db')), async () => fs.rmSync(dir, { recursive: true, force: true }));
});

correctionsSuite('PostgreSQL', async () => {
  const schema = testSchemaName();
  const runner = await openPgRunner({ connectionString: TEST_PG_URL, schema, createSchema: true, max: 4 }).catch(async (e) => {
    await dropTestSchema(schema);
    throw e;
  });
  return harness(runner, () => dropTestSchema(schema));
});
