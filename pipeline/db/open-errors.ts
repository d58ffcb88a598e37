// Issue 9 item 8: a database that cannot be used is refused with one Dutch and English line and
// exit 1, never DuckDB's English as "interne fout": locked by another process, read-only, not a
// DuckDB file at all (SQLite), another program's DuckDB file, an older tzm schema, a full disk.

import { closeSync, existsSync, openSync, readSync, statSync } from 'node:fs';
import { scrubBsn } from '../privacy/scrub-bsn.js';
import { UserError } from '../user-error.js';

/** A DuckDB file says DUCK at byte 8; anything else non-empty is not ours to open (DuckDB would try an extension for SQLite). */
export function refuseNonDuckDb(file: string): void {
  if (file === ':memory:' || !existsSync(file) || !statSync(file).isFile() || statSync(file).size === 0) return;
  const head = Buffer.alloc(16);
  const fd = openSync(file, 'r');
  try {
    readSync(fd, head, 0, 16, 0);
  } finally {
    closeSync(fd);
  }
  if (head.subarray(8, 12).toString('latin1') === 'DUCK') return;
  const what = head.toString('latin1').startsWith('SQLite format 3') ? 'een SQLite-bestand' : 'geen DuckDB-bestand';
  const whatEn = what === 'een SQLite-bestand' ? 'a SQLite file' : 'not a DuckDB file';
  throw new UserError(`${file} is ${what}, geen tzm-database; niets is gewijzigd`, `${file} is ${whatEn}, not a tzm database; nothing was changed`);
}

/** The error DuckDB gave, as the line a user can act on; undefined when it is not one we know. */
export function databaseError(file: string, error: unknown): UserError | undefined {
  const message = error instanceof Error ? error.message : String(error);
  if (/could not set lock|conflicting lock/i.test(message)) {
    return new UserError(
      `database ${file} is in gebruik door een ander proces (een andere tzm-opdracht?); probeer het later opnieuw, niets is gewijzigd`,
      `database ${file} is in use by another process (another tzm command?); try again later, nothing was changed`,
    );
  }
  if (/no space left on device|disk is full|out of disk space/i.test(message)) {
    return new UserError(
      `de schijf is vol (database ${file} of zijn map ${file}.tmp/); maak ruimte en probeer opnieuw, niets is gewijzigd`,
      `the disk is full (database ${file} or its folder ${file}.tmp/); free some space and try again, nothing was changed`,
    );
  }
  if (/permission denied|read-only file system|cannot open database .* in read-only mode|read only/i.test(message)) {
    return new UserError(
      `database ${file} kan niet worden geschreven (alleen-lezen of geen rechten); niets is gewijzigd`,
      `database ${file} cannot be written (read-only or no permission); nothing was changed`,
    );
  }
  if (/not a valid DuckDB database file|the file is not a valid|unable to open database|IO Error/i.test(message)) {
    return new UserError(
      `database ${file} kan niet worden geopend: ${scrubBsn(message.split('\n')[0].slice(0, 200))}; niets is gewijzigd`,
      `database ${file} cannot be opened: ${scrubBsn(message.split('\n')[0].slice(0, 200))}; nothing was changed`,
    );
  }
  return undefined;
}
