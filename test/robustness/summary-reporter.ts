/**
 * Vitest reporter (in `npm test`, `npm run test:robustness` and CI): adds up the tallies the
 * robustness tests attach to themselves (tally.ts) and prints one line:
 *
 *   robustness: 1207 inputs tried (…), 176 failures handled, 0 documents lost, 0 crashes
 *
 * A robustness test that failed, or an error outside any test (a test
 * process that died), is counted as a crash too: the line can only say
 * "0 crashes" when everything held.
 */
import type { Reporter, TestCase, TestModule } from 'vitest/node';
import type { Tally } from './tally.ts';

export default class RobustnessSummary implements Reporter {
  private tallies: Tally[] = [];
  private failedTests: string[] = [];

  onTestCaseResult(testCase: TestCase): void {
    if (!testCase.module.moduleId.includes('/test/robustness/')) return;
    this.tallies.push(...(testCase.meta().robustness ?? []));
    if (testCase.result().state === 'failed') this.failedTests.push(testCase.fullName);
  }

  onTestRunEnd(_modules: ReadonlyArray<TestModule>, unhandled: ReadonlyArray<unknown>): void {
    // a run without the robustness tests (vitest run test/parse) has nothing to sum up
    if (this.tallies.length === 0 && this.failedTests.length === 0) return;
    const sum = (k: keyof Omit<Tally, 'kind'>, kind?: Tally['kind']) => this.tallies.filter((t) => !kind || t.kind === kind).reduce((n, t) => n + t[k], 0);
    const parts = (['hostile', 'names', 'fuzz', 'faults'] as const)
      .map((k) => [k, sum('tried', k)] as const)
      .filter(([, n]) => n > 0)
      .map(([k, n]) => `${n} ${{ hostile: 'hostile-file runs', names: 'hostile-name runs', fuzz: 'fuzzed extracts', faults: 'fault scenarios' }[k]}`);
    const crashes = sum('crashes') + this.failedTests.length + unhandled.length;
    const line =
      `robustness: ${sum('tried')} inputs tried (${parts.join(', ') || 'none'}), ${sum('handled')} failures handled, ` +
      `${sum('lost')} documents lost, ${crashes} crashes` +
      (this.failedTests.length + unhandled.length > 0 ? ` (${this.failedTests.length} failed test(s), ${unhandled.length} error(s) outside tests)` : '');
    process.stdout.write(`\n${line}\n`);
  }
}
