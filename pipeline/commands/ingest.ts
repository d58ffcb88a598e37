// `tzm ingest --db FILE [flags] FILE|MAP...`: loads export files (spec/inputs.md) into the database.

import type { Command } from '../cli-flags.js';
import { UserError } from '../user-error.js';
import { db, delimiter, encoding, layouts, list, optional, text } from './flags.js';
import { publishCommitted, removeSpillOnSignal, unpublishedBefore } from './publish.js';

export const ingest: Command = {
  summary: 'laadt exportbestanden in de database / loads export files into the database',
  positionals: 'FILE|MAP...',
  flags: {
    db,
    kind: { value: 'KIND', help: 'soort van alle bestanden: scholen, vakanties, leerlingen, inschrijvingen, vrijstellingen, trajecten, redenen, verzuim (standaard: herkend aan de kolommen)' },
    delimiter,
    encoding,
    'secret-file': { value: 'F', help: 'het geheim voor de pseudoniemen (standaard: naast de database)' },
    codes: { value: 'F', help: 'eigen verzuimcodes (CSV: code;categorie;omschrijving, met brin en layout per school), bijv. één tabel per school', multiple: 'repeat' },
    layout: { value: 'NAAM', help: 'de layout van alle bestanden (standaard: herkend aan de kopregel; verplicht zonder kopregel)' },
    layouts,
    brin: { value: '12AB', help: 'de school van een export zonder BRIN-kolom' },
    vestiging: { value: '00', help: 'de vestiging bij --brin' },
  },
  async run({ flags, positionals: files }) {
    if (files.length === 0) throw new UserError('geen bestanden opgegeven', 'no files given', { exitCode: 2 });
    const database = text(flags.db);
    const stderr = process.stderr;
    await removeSpillOnSignal(database);
    const earlier = await unpublishedBefore(database);
    const { ingestFiles } = await import('../ingest/ingest.js');
    const { printIngestSummary } = await import('../ingest/summary.js');
    const summary = await ingestFiles({
      db: database,
      files,
      kind: optional(flags.kind),
      delimiter: optional(flags.delimiter),
      encoding: optional(flags.encoding),
      secretFile: optional(flags['secret-file']),
      codesFile: list(flags.codes),
      layout: optional(flags.layout),
      layoutsDir: optional(flags.layouts),
      brin: optional(flags.brin),
      vestiging: optional(flags.vestiging),
      progress: stderr.isTTY ? stderr : undefined,
    });
    printIngestSummary(summary, process.stdout);
    if (summary.keyFileWritten) {
      stderr.write(`tzm: nieuwe sleutel geschreven naar ${summary.keyFileWritten}; bewaar een kopie apart van de database / new key written to ${summary.keyFileWritten}; keep a copy apart from the database\n`);
    }
    // A run of files that were all loaded before changed nothing: no new snapshot to copy,
    // unless an earlier run left its commit unpublished.
    return publishCommitted(database, { committed: summary.files.some((file) => file.status === 'loaded'), earlier, stderr });
  },
};
