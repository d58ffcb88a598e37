// `tzm jaartelling --db FILE --schooljaar 2025-2026 [--tot YYYY-MM-DD] [--format csv|json] [--out FILE]`
// (jaartelling.md §5): computes the annual count of a school year, stores it for the pages
// (store.ts) and writes its rows: schooljaar, tot, regel, onderwijssoort, aantal.

import type { Writable } from 'node:stream';
import type { Command } from '../cli-flags.js';
import { memoryLimitFor, openExisting } from '../db/open.js';
import { computeJaartelling, dropJaartellingTables } from '../jaartelling/count.js';
import { defaultTot } from '../jaartelling/default-tot.js';
import { countDays, parseSchoolYear, parseTot } from '../jaartelling/school-year.js';
import { storeJaartelling } from '../jaartelling/store.js';
import { defaultSettings } from '../settings.js';
import { db, format, optional, out, text } from './flags.js';
import { publish, publishCommitted, removeSpillOnSignal, unpublishedBefore } from './publish.js';
import { writeRows, type OutputFormat } from './write-rows.js';

export const jaartelling: Command = {
  summary: 'de jaartelling (Leerplichttelling, jaarverslag) over een schooljaar / the annual count of a school year',
  flags: {
    db,
    schooljaar: { value: 'JJJJ-JJJJ', help: 'het schooljaar, 1 augustus t/m 31 juli (bijvoorbeeld 2025-2026)', required: true },
    tot: { value: 'JJJJ-MM-DD', help: 'laatste getelde dag, binnen het schooljaar (standaard: laatste dag van de nieuwste maand met verzuimgegevens, hoogstens 31 juli)' },
    format,
    out,
  },
  async run({ flags }) {
    const stderr = process.stderr;
    const options = {
      db: text(flags.db),
      schooljaar: text(flags.schooljaar),
      tot: optional(flags.tot),
      format: text(flags.format) as OutputFormat,
      out: optional(flags.out),
      progress: stderr.isTTY ? stderr : undefined,
    };
    await removeSpillOnSignal(options.db);
    // a bad --schooljaar or --tot is refused before anything is opened (and nothing is published)
    const year = parseSchoolYear(options.schooljaar);
    if (options.tot !== undefined) parseTot(options.tot, year);
    const earlier = await unpublishedBefore(options.db);
    try {
      await jaartellingCommand(options);
    } catch (error) {
      // The count may have committed before printing failed (e.g. `| head`): publish what is there.
      await publish(options.db).catch(() => undefined);
      throw error;
    }
    return publishCommitted(options.db, { committed: true, earlier, stderr });
  },
};

export interface JaartellingCommandOptions {
  db: string;
  /** '2025-2026' */
  schooljaar: string;
  /** The count's last day; default: see defaultTot. */
  tot?: string;
  format: OutputFormat;
  out?: string;
  /** A progress line per step goes here when given. */
  progress?: Writable;
  /** Where the rows go without `out`; default process.stdout. */
  stdout?: Writable;
}

export const jaartellingFields = ['schooljaar', 'tot', 'regel', 'onderwijssoort', 'aantal'] as const;

export async function jaartellingCommand(options: JaartellingCommandOptions): Promise<void> {
  const year = parseSchoolYear(options.schooljaar);
  const givenTot = options.tot === undefined ? undefined : parseTot(options.tot, year);
  const database = await openExisting(options.db, { memoryLimit: memoryLimitFor('monitor'), retainMemory: true });
  try {
    const connection = database.connection;
    const days = countDays(year, givenTot ?? await defaultTot(connection, year));
    const started = performance.now();
    const say = (step: string) => options.progress?.write(
      `tzm jaartelling: ${step} (${((performance.now() - started) / 1000).toFixed(1)} s)\n`);
    // Compute into temp tables first, then write in one transaction (pipeline/classify/README.md).
    const { figures } = await computeJaartelling(connection, { days, settings: defaultSettings, progress: say });
    await storeJaartelling(connection, { schooljaar: year.schooljaar, figures });
    say(`${year.schooljaar} t/m ${days.tot} opgeslagen / stored`);
    await dropJaartellingTables(connection);
    await writeRows([figures], { format: options.format, fields: jaartellingFields, out: options.out, stdout: options.stdout });
  } finally {
    database.close();
  }
}
