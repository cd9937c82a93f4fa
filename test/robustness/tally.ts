/**
 * What each robustness test counts, attached to the test (vitest task meta)
 * so the summary reporter (summary-reporter.ts) can add it up across files
 * and processes. A test records its tally BEFORE asserting, so the summary
 * shows what really happened even when an assertion then fails.
 */
import type { TestContext } from 'vitest';

export interface Tally {
  /** Hostile files, hostile names, fuzzed extracts or fault scenarios run (each path counts). */
  tried: number;
  /** Bad inputs that ended as a visible outcome with their reason (failed / not a deliberation). */
  handled: number;
  /** Documents expected in an outcome or the store and not found there. */
  lost: number;
  /** A throw where an outcome was due, a process killed by a signal, a command exiting 2. */
  crashes: number;
  /** Which family the counts belong to: "hostile", "names", "fuzz", "faults". */
  kind: 'hostile' | 'names' | 'fuzz' | 'faults';
}

declare module 'vitest' {
  interface TaskMeta {
    robustness?: Tally[];
  }
}

export function record(ctx: TestContext, tally: Tally): void {
  (ctx.task.meta.robustness ??= []).push(tally);
}
