// What every command that writes the database does around its run: publish the committed state
// to the dashboards' read-only copy (pipeline/db/snapshot.ts), say when that failed (exit 3), and
// remove DuckDB's spill files when the run is interrupted.

import { UserError } from '../user-error.js';
import { scrubBsn } from '../privacy/scrub-bsn.js';

/** After a committed batch, the dashboard server gets a fresh read-only copy (pipeline/db/snapshot.ts). */
export async function publish(db: string): Promise<void> {
  const { publishSnapshot } = await import('../db/snapshot.js');
  await publishSnapshot(db);
}

/**
 * Issue 9 item 3: what DuckDB spilled to <db>.tmp/ (raw values) goes on every way out; close()
 * removes it on success and error, this on Ctrl-C and kill (not kill -9: the next writer does).
 * The transaction is not committed, so the database stays as it was.
 */
export async function removeSpillOnSignal(db: string): Promise<void> {
  const { removeOwnSpill } = await import('../db/open.js');
  for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143], ['SIGHUP', 129]] as const) {
    process.once(signal, () => {
      removeOwnSpill(db);
      process.exit(code);
    });
  }
}

/** An earlier run committed but did not publish (snapshot.ts unpublishedMarker). */
export async function unpublishedBefore(db: string): Promise<boolean> {
  const { isUnpublished } = await import('../db/snapshot.js');
  return isUnpublished(db);
}

/** Exit status of a run that committed but could not publish its snapshot (README "Regels"). */
const EXIT_NOT_PUBLISHED = 3;

/**
 * Issue 9 item 7: publishes after a committed run, and what an earlier run committed but could not
 * publish; says so. Returns the exit status: 0, or EXIT_NOT_PUBLISHED with a line saying that the
 * data is loaded but not yet on the dashboards.
 */
export async function publishCommitted(db: string, { committed, earlier, stderr }: { committed: boolean; earlier: boolean; stderr: NodeJS.WriteStream }): Promise<number> {
  if (!committed && !earlier) return 0;
  try {
    await publish(db);
  } catch (error) {
    const reason = error instanceof UserError ? error.nl : error instanceof Error ? error.message.split('\n')[0] : String(error);
    stderr.write(
      scrubBsn(`tzm: geladen en vastgelegd, maar nog niet gepubliceerd voor de dashboards (${reason}); de volgende opdracht die schrijft publiceert het / ` +
        `loaded and committed, but not yet published to the dashboards; the next command that writes will publish it\n`),
    );
    return EXIT_NOT_PUBLISHED;
  }
  if (earlier) stderr.write('tzm: wat een eerdere run laadde maar niet kon publiceren, is nu gepubliceerd / what an earlier run loaded but could not publish is published now\n');
  return 0;
}
