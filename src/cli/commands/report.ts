/**
 * `registre report [--body --from --to] [--format F] [--out FILE]`: the
 * consistency report over the stored records. A thin shell: options →
 * loadReport (store) → a pure renderer → stdout or FILE.
 * Exit 0 when the report is produced (findings or not), 2 for bad options
 * or an unavailable store.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig } from '../../config.ts';
import { isReportFormat, REPORT_FORMATS } from '../../report/formats.ts';
import { loadReport } from '../../report/load-report.ts';
import { openStore } from '../../store/open-store.ts';
import { dateOption, UsageError, type Command } from '../command.ts';

const USAGE = `usage: registre report [--body TEXT] [--from DATE] [--to DATE] [--format F] [--out FILE]

Consistency report over the stored records: a summary (documents,
deliberations, findings by code and severity, by body, by month, attendance
rate per session), the ACTES stamps and their findings, then each document
with its findings (message, expected vs read, evidence lines with page and
line). Includes the session checks (between the items of one session) and
the cross-session checks of each body (proxies renewed, members in office).

  --body TEXT            part of the body's name ("bréval")
  --from DATE --to DATE  session dates, YYYY-MM-DD, inclusive
  --format F             ${Object.keys(REPORT_FORMATS).join(' | ')} (default text)
                         html: one self-contained, printable page with charts
                         csv: one row per finding
  --out FILE             write to FILE instead of stdout`;

export const command: Command = {
  name: 'report',
  summary: 'consistency report over the stored records (text, md, html, csv, json)',
  usage: USAGE,
  async run(args, io) {
    let values;
    try {
      ({ values } = parseArgs({
        args,
        options: { body: { type: 'string' }, from: { type: 'string' }, to: { type: 'string' }, format: { type: 'string', default: 'text' }, out: { type: 'string' } },
        allowPositionals: false,
      }));
    } catch (e) {
      throw new UsageError((e as Error).message);
    }
    const format = values.format!;
    if (!isReportFormat(format)) throw new UsageError(`--format wants one of ${Object.keys(REPORT_FORMATS).join(', ')}, got "${format}"`);
    const filter = { body: values.body, from: dateOption(values.from, 'from'), to: dateOption(values.to, 'to') };
    const store = await openStore(loadConfig());
    let text: string;
    let summary: string;
    try {
      const report = await loadReport(store, filter, new Date().toISOString());
      text = REPORT_FORMATS[format](report);
      const s = report.summary;
      summary = `${s.documents.total} document(s), ${s.deliberations} délibération(s), ${s.findings.total} constat(s) (${s.findings.error} erreur(s), ${s.findings.warning} alerte(s))`;
    } finally {
      await store.close();
    }
    if (values.out) {
      fs.mkdirSync(path.dirname(path.resolve(values.out)), { recursive: true });
      fs.writeFileSync(values.out, text);
      io.out(`rapport ${format} écrit dans ${values.out} : ${summary}`);
    } else io.out(text);
    return 0;
  },
};
