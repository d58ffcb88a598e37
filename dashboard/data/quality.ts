// Data quality for the analyst: what was loaded, what was refused and why, which schools sent
// no absence export this month, and how many enrolled pupils live outside the municipality
// (classification.md §2 leaves them unclassified; they are counted here).

import type { DuckDBConnection } from '@duckdb/node-api';
import { chooseMonth } from './months.js';
import { queryRows } from '../../pipeline/db/run-sql.js';

export async function readQuality(connection: DuckDBConnection, requested: string | undefined) {
  const { maanden, gekozen } = await chooseMonth(connection, requested);
  const scholen = gekozen
    ? await queryRows<{ export_ontbreekt: boolean }>(connection, 'dashboard/data/sql/schools.sql', { maand: gekozen.maand, peildatum: gekozen.peildatum })
    : [];
  const [{ aantal }] = await queryRows<{ aantal: number }>(connection, 'dashboard/data/sql/quarantine-count.sql');
  return {
    maanden,
    maand: gekozen?.maand ?? null,
    bestanden: await queryRows(connection, 'dashboard/data/sql/ingest-log.sql'),
    quarantaine: { aantal, rijen: await queryRows(connection, 'dashboard/data/sql/quarantine.sql', { limit: 500 }) },
    monitorRuns: await queryRows(connection, 'dashboard/data/sql/monitor-runs.sql'),
    exportOntbreekt: scholen.filter((s) => s.export_ontbreekt),
    buitenGemeente: gekozen
      ? (await queryRows<{ aantal: number }>(connection, 'dashboard/data/sql/outside-municipality.sql', { peildatum: gekozen.peildatum }))[0].aantal
      : null,
  };
}
