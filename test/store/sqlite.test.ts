import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { storeContract } from './contract.ts';
import { openSqliteRunner } from '../../src/store/sqlite/sqlite-runner.ts';
import { sqlStore } from '../../src/store/sql/sql-store.ts';

storeContract('SQLite', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'registre-sqlite-'));
  const runner = openSqliteRunner(path.join(dir, 'registre.db'));
  return {
    store: sqlStore(runner),
    exec: (sql) => runner.run(sql),
    async close() {
      await runner.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
});
