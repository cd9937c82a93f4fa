import { parseArgs } from 'node:util';
import { loadConfig } from '../../config.ts';
import { toSummary } from '../../report/summary.ts';
import { formatRecordTable } from '../../report/terminal.ts';
import { UsageError, type Command } from '../command.ts';
import { collectInputs } from '../inputs.ts';
import { processFiles } from '../process-files.ts';

const usage = `usage: registre parse FILE|DIR… [--json] [--view summary|table]

Reads each document (text, PDF, image) into deliberation records.
  (default)        a short table per document
  --json           the full records, one JSON array
  --view summary   one JSON object per document per line: the corpus label fields + error finding codes
Exit code: 0 all read, 1 some files failed, 2 the command could not run.`;

const command: Command = {
  name: 'parse',
  summary: 'read documents into records',
  usage,
  async run(args, io) {
    const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { json: { type: 'boolean' }, view: { type: 'string' } } });
    const view = values.view ?? (values.json ? 'json' : 'table');
    if (!['summary', 'table', 'json'].includes(view)) throw new UsageError(`unknown view "${view}"`);
    const files = await collectInputs(positionals);
    const config = loadConfig();
    let failed = 0;
    const all: unknown[] = [];
    for await (const { doc } of processFiles(files, config)) {
      if (doc.status === 'failed') {
        failed++;
        io.err(`registre parse: ${doc.error}`);
      }
      if (view === 'summary') io.out(JSON.stringify(toSummary(doc.file, doc.parsed, doc.findings)));
      else if (view === 'table') io.out(formatRecordTable(doc) + '\n');
      else all.push(doc);
    }
    if (view === 'json') io.out(JSON.stringify(all, null, 2));
    return failed > 0 ? 1 : 0;
  },
};
export default command;
