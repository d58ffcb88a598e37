// `tzm report`: one self-contained HTML file with the public council figures of one month:
// the same view as the council page (suppression applied), drawn now into static SVG and
// tables with the styles inlined, so it opens offline, without scripts, and prints on A4.
// With --schooljaar it adds the council's jaarverslag of that year (the same view as the page
// /jaarverslag). The disclosure audit (data/disclosure/audit.ts) of everything in the file must
// pass first: a report that fails it is not written.

import { existsSync, readFileSync } from 'node:fs';
import { rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { openDatabase, type Database } from '../../pipeline/db/open.js';
import { latestSnapshot } from '../../pipeline/db/snapshot.js';
import { projectRoot } from '../../pipeline/db/sql-file.js';
import { resolveSettings, type Settings } from '../../pipeline/settings.js';
import { UserError } from '../../pipeline/user-error.js';
import { DataError } from '../data/data-error.js';
import { audit } from '../data/disclosure/audit.js';
import { pagePublication } from '../data/disclosure/page.js';
import { parseSchooljaar } from '../data/jaartelling-lines.js';
import { readJaarverslag, reportPublication, type Jaarverslag } from '../data/jaarverslag.js';
import { monthPattern } from '../data/months.js';
import { readRaad } from '../data/raad.js';
import { escapeHtml } from './inline.js';
import { renderStatic } from './render-static.js';
import { reportPage } from './report-page.js';

export interface ReportOptions {
  db: string;
  /** YYYY-MM */
  month: string;
  /** The HTML file to write. */
  out: string;
  /** '2025-2026': add the jaarverslag of this school year (counted first by tzm jaartelling). */
  schooljaar?: string;
  settings?: Partial<Settings>;
  /** When the report was made (printed in its footer). Default now. */
  now?: Date;
}

export async function writeReport({ db, month, out, schooljaar, settings = {}, now = new Date() }: ReportOptions): Promise<void> {
  if (!monthPattern.test(month)) {
    throw new UserError(`--month moet de vorm JJJJ-MM hebben, niet '${month}'`, `--month must be YYYY-MM, not '${month}'`, { exitCode: 2 });
  }
  if (schooljaar !== undefined && parseSchooljaar(schooljaar) === undefined) {
    throw new UserError(
      `--schooljaar moet de vorm JJJJ-JJJJ hebben (twee opeenvolgende jaren), niet '${schooljaar}'`,
      `--schooljaar must be YYYY-YYYY (two consecutive years), not '${schooljaar}'`,
      { exitCode: 2 },
    );
  }
  const upTo = resolveSettings(settings).suppressUpTo;
  const database = await openForReading(db);
  let raad;
  let jaarverslag: Jaarverslag | undefined;
  try {
    const connection = await database.instance.connect();
    raad = await readRaad(connection, month, upTo).catch((error: unknown) => {
      if (error instanceof DataError && error.kind === 'not_found') {
        throw new UserError(`geen monitorgegevens voor ${month}; draai eerst tzm monitor`, `no monitor results for ${month}; run tzm monitor first`);
      }
      throw error;
    });
    if (schooljaar !== undefined) {
      // the same year as the page /jaarverslag shows it (suppressed with the council page's month ends)
      const [year] = (await readJaarverslag(connection, schooljaar, upTo)).jaren;
      if (!year.geteld) {
        throw new UserError(
          `schooljaar ${schooljaar} is nog niet geteld; draai eerst tzm jaartelling --db ${db} --schooljaar ${schooljaar}`,
          `school year ${schooljaar} has not been counted; run tzm jaartelling --db ${db} --schooljaar ${schooljaar} first`,
        );
      }
      jaarverslag = { stand: raad.stand, kleinTot: upTo, jaren: [year] };
    }
    connection.closeSync();
  } finally {
    database.close();
  }
  // the disclosure audit before anything is written; it names cells, never their values
  const findings = await audit(jaarverslag ? reportPublication(pagePublication(raad), raad, jaarverslag.jaren[0]) : pagePublication(raad), upTo);
  if (findings.length > 0) {
    const cells = findings.map((f) => `${f.cell} (${f.rule})`).join(', ');
    throw new UserError(
      `openbaarheidscontrole afgekeurd, er is niets geschreven: verborgen cijfers zijn te herleiden: ${cells}`,
      `disclosure audit failed, nothing was written: hidden figures can be worked out: ${cells}`,
    );
  }

  const read = (file: string) => readFileSync(file, 'utf8');
  const html = reportPage({
    title: escapeHtml(`Thuiszitters — maandrapportage ${month}`),
    month,
    made: now,
    style: read(path.join(projectRoot, 'dashboard', 'client', 'style.css')) + read(path.join(projectRoot, 'dashboard', 'report', 'report.css')),
    content: await renderStatic('views/report-view.js', 'renderReport', jaarverslag ? { ...raad, jaarverslag } : raad),
  });
  // written under a temporary name first: an interrupted run leaves no half report
  const temporary = `${out}.partial`;
  await writeFile(temporary, html, 'utf8');
  await rename(temporary, out);
}

/** The database READ_ONLY; while a writer holds it, the newest published snapshot. */
async function openForReading(db: string): Promise<Database> {
  if (!existsSync(db)) throw new UserError(`database ${db} bestaat niet`, `database ${db} does not exist`);
  try {
    return await openDatabase(db, { readOnly: true });
  } catch (error) {
    const snapshot = await latestSnapshot(db);
    if (snapshot === undefined) {
      const detail = error instanceof Error ? error.message : String(error);
      throw new UserError(`database ${db} is niet te openen (${detail})`, `cannot open database ${db} (${detail})`);
    }
    return openDatabase(snapshot, { readOnly: true });
  }
}
