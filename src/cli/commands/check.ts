import { parseArgs } from 'node:util';
import { loadConfig } from '../../config.ts';
import { formatFindings } from '../../report/terminal.ts';
import type { Command } from '../command.ts';
import { collectInputs } from '../inputs.ts';
import { processFiles } from '../process-files.ts';

const usage = `usage: registre check FILE|DIR… [--json] [--errors-only]

Consistency report in the terminal: one block per document, each finding
with its message, expected vs read, and the evidence lines.
Exit code: 0 no finding, 1 findings (or a file failed), 2 the command could not run.`;

const command: Command = {
  name: 'check',
  summary: 'consistency report in the terminal',
  usage,
  async run(args, io) {
    const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { json: { type: 'boolean' }, 'errors-only': { type: 'boolean' } } });
    const files = await collectInputs(positionals);
    let dirty = false;
    const all: unknown[] = [];
    for await (const { doc } of processFiles(files, loadConfig())) {
      if (values['errors-only']) doc.findings = doc.findings.filter((f) => f.severity === 'error');
      if (doc.status === 'failed' || doc.findings.some((f) => f.severity !== 'info')) dirty = true;
      if (values.json) all.push({ file: doc.file, status: doc.status, error: doc.error, findings: doc.findings });
      else io.out(formatFindings(doc) + '\n');
    }
    if (values.json) io.out(JSON.stringify(all, null, 2));
    return dirty ? 1 : 0;
  },
};
export default command;
