// A municipality's export folder ingested into a fresh database and run through the monitor,
// for the tests that audit the public pages on realistic data (the sample, generated towns).

import path from 'node:path';
import { openDatabase, type Database } from '../../../pipeline/db/open.js';
import { runMonitor } from '../../../pipeline/monitor/run-monitor.js';
import { loadTargets } from '../../../pipeline/monitor/targets.js';
import { defaultSettings } from '../../../pipeline/settings.js';
import { ingest, tempDir } from '../../ingest/helpers.js';

export async function monitoredDatabase(folder: string, { from, to }: { from: string; to: string }): Promise<Database> {
  const file = path.join(tempDir(), 'gemeente.duckdb');
  await ingest(file, [folder]);
  const db = await openDatabase(file);
  await runMonitor(db.connection, { from, to, settings: defaultSettings, targets: loadTargets() });
  return db;
}
