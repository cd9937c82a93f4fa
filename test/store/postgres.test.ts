import { storeContract } from './contract.ts';
import { openPgRunner } from '../../src/store/postgres/pg-runner.ts';
import { sqlStore } from '../../src/store/sql/sql-store.ts';
import { dropTestSchema, TEST_PG_URL, testSchemaName } from './pg-schema.ts';

storeContract('PostgreSQL', async () => {
  const schema = testSchemaName();
  const runner = await openPgRunner({ connectionString: TEST_PG_URL, schema, createSchema: true, max: 4 }).catch(async (e) => {
    await dropTestSchema(schema);
    throw e;
  });
  return {
    store: sqlStore(runner),
    exec: (sql) => runner.run(sql),
    async close() {
      await runner.close();
      await dropTestSchema(schema);
    },
  };
});
