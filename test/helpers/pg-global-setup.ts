/**
 * Vitest global setup: the PostgreSQL store creates the unaccent extension
 * (database-wide) when the test database lacks it. Tests drop their own
 * schemas; this drops the extension at the end of the run when the run
 * created it, so the database is left as it was found.
 */
import { dropUnaccentIfUnused, hasUnaccent } from '../store/pg-schema.ts';

export default async function setup(): Promise<(() => Promise<void>) | undefined> {
  let before: boolean;
  try {
    before = await hasUnaccent();
  } catch {
    return undefined; // no PostgreSQL: the tests that need it report it themselves
  }
  return async () => {
    if (!before) await dropUnaccentIfUnused();
  };
}
