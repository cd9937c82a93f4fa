/**
 * `registre export --format scdl|json|csv [--body --from --to] [--out FILE]`:
 * open-data exports of the stored records. A thin shell over src/export/.
 * SCDL: every row is checked against the SCDL rules before it is written; a
 * row that would fail is not written but reported on stderr with its
 * reasons, and the exit code is 1. Exit 0: all written; 2: bad options or
 * an unavailable store.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig } from '../../config.ts';
import { parseCollectivites, type CollectiviteOptions } from '../../export/collectivites.ts';
import { recordsCsv, recordsJson } from '../../export/records.ts';
import { scdlCsv } from '../../export/scdl-csv.ts';
import { scdlRows } from '../../export/scdl-rows.ts';
import { selectDocuments } from '../../report/select-documents.ts';
import { openStore } from '../../store/open-store.ts';
import { dateOption, UsageError, type Command } from '../command.ts';

const FORMATS = ['scdl', 'json', 'csv'] as const;

const USAGE = `usage: registre export [--format scdl|json|csv] [--body TEXT] [--from DATE] [--to DATE] [--out FILE]
                       [--siret SIRET] [--coll-nom NAME] [--collectivites FILE]

Exports the stored deliberations.
  --format scdl   SCDL « Délibérations » 2.1.5 (default): the 17 columns in order,
                  comma-separated UTF-8 (RFC 4180); matière in ACTES form, stated
                  in the text or else classified from the subject. Rows that would
                  fail the SCDL rules are reported on stderr, not written (exit 1).
  --format json   the full records, one object per document
  --format csv    one row per deliberation with the main fields
  --body TEXT            part of the body's name
  --from DATE --to DATE  session dates, YYYY-MM-DD, inclusive
  --out FILE             write to FILE instead of stdout
  --siret SIRET          COLL_SIRET of the body exported (14 digits)
  --coll-nom NAME        COLL_NOM (default: from the body's name)
  --collectivites FILE   CSV organe,coll_nom,siret for several bodies`;

export const command: Command = {
  name: 'export',
  summary: 'export the stored deliberations (SCDL Délibérations CSV, JSON, CSV)',
  usage: USAGE,
  async run(args, io) {
    let values;
    try {
      ({ values } = parseArgs({
        args,
        options: {
          format: { type: 'string', default: 'scdl' }, body: { type: 'string' }, from: { type: 'string' }, to: { type: 'string' }, out: { type: 'string' },
          siret: { type: 'string' }, 'coll-nom': { type: 'string' }, collectivites: { type: 'string' },
        },
        allowPositionals: false,
      }));
    } catch (e) {
      throw new UsageError((e as Error).message);
    }
    const format = values.format as (typeof FORMATS)[number];
    if (!FORMATS.includes(format)) throw new UsageError(`--format wants one of ${FORMATS.join(', ')}, got "${values.format}"`);
    const siret = values.siret?.replace(/\s+/g, '');
    if (siret !== undefined && !/^\d{14}$/.test(siret)) throw new UsageError(`--siret wants 14 digits, got "${values.siret}"`);
    const coll: CollectiviteOptions = { siret, collNom: values['coll-nom'] };
    if (values.collectivites) {
      try {
        coll.table = parseCollectivites(fs.readFileSync(values.collectivites, 'utf8'));
      } catch (e) {
        throw new UsageError(`--collectivites: ${(e as Error).message}`);
      }
    }
    const filter = { body: values.body, from: dateOption(values.from, 'from'), to: dateOption(values.to, 'to') };
    const store = await openStore(loadConfig());
    let docs;
    try {
      docs = (await selectDocuments(store, filter)).shown;
    } finally {
      await store.close();
    }
    let text: string;
    let code = 0;
    if (format === 'scdl') {
      const result = scdlRows(docs, coll);
      text = scdlCsv(result.rows);
      for (const r of result.rejected) io.err(`ligne refusée — ${r.file}, point ${r.deliberation + 1} (DELIB_ID ${r.delib_id || '—'}) : ${r.reasons.join(' ; ')}`);
      const skipped = docs.filter((d) => d.status !== 'parsed').length;
      io.err(`SCDL : ${result.rows.length} ligne(s) écrite(s), ${result.rejected.length} refusée(s)${skipped ? `, ${skipped} document(s) sans délibération lue (échec ou autre acte) non exporté(s)` : ''}`);
      if (result.rejected.length > 0) code = 1;
    } else text = format === 'json' ? recordsJson(docs) : recordsCsv(docs);
    if (values.out) {
      fs.mkdirSync(path.dirname(path.resolve(values.out)), { recursive: true });
      fs.writeFileSync(values.out, text);
    } else io.out(text);
    return code;
  },
};
