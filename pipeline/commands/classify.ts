// `tzm classify --db FILE --as-of YYYY-MM-DD [--format csv|json] [--out FILE]`: one row per
// classified youth with the fields of classification.md §5, as CSV or JSON.

import type { Writable } from 'node:stream';
import type { Command } from '../cli-flags.js';
import { classifyPeildatum, prepareHistory } from '../classify/classify.js';
import { classificationFields } from '../classify/classification-fields.js';
import { rowBatches, selectCsvRows, type ClassificationRow } from '../classify/classification-rows.js';
import { openExisting } from '../db/open.js';
import { parseDateFlag } from '../date-flag.js';
import { defaultSettings } from '../settings.js';
import { db, format, optional, out, text } from './flags.js';
import { removeSpillOnSignal } from './publish.js';
import { copyCsv, writeRows, type OutputFormat } from './write-rows.js';

export const classify: Command = {
  summary: 'deelt iedereen in op één peildatum / classifies everyone on one peildatum',
  flags: { db, 'as-of': { value: 'JJJJ-MM-DD', help: 'de peildatum', required: true }, format, out },
  async run({ flags }) {
    await removeSpillOnSignal(text(flags.db));
    await classifyCommand({ db: text(flags.db), asOf: text(flags['as-of']), format: text(flags.format) as OutputFormat, out: optional(flags.out) });
    return 0;
  },
};

export interface ClassifyCommandOptions {
  db: string;
  /** The peildatum, YYYY-MM-DD. */
  asOf: string;
  format: OutputFormat;
  out?: string;
  /** Where the rows go without `out`; default process.stdout. */
  stdout?: Writable;
}

export async function classifyCommand({ db, asOf, format, out, stdout }: ClassifyCommandOptions): Promise<void> {
  const peildatum = parseDateFlag(asOf, 'as-of');
  const database = await openExisting(db, { retainMemory: true });
  try {
    await prepareHistory(database.connection, { from: peildatum, until: peildatum, settings: defaultSettings });
    await classifyPeildatum(database.connection, { peildatum, settings: defaultSettings });
    if (format === 'json') await writeRows(rowBatches<ClassificationRow>(database.connection), { format, fields: classificationFields, out, stdout });
    else if (out !== undefined) await copyCsv(database.connection, selectCsvRows, out);
    else await writeRows(rowBatches<Record<string, string | null>>(database.connection, selectCsvRows), { format, fields: classificationFields, stdout });
  } finally {
    database.close();
  }
}
