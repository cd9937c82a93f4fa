/**
 * Every CLI command, once. Checked at start-up: names are unique.
 * Commands are loaded lazily so `registre parse` does not load Redis or SQLite.
 */
import type { Command } from './command.ts';

type Loader = () => Promise<Command>;

export const COMMANDS: Record<string, { summary: string; load: Loader }> = {
};
