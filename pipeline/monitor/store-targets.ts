// classification.md §6 targets: per target and month of the run, the metric's value, the path
// value and whether the month is on track, stored in monitor_targets (replacing those months).

import type { DuckDBConnection } from '@duckdb/node-api';
import { runSqlFile } from '../classify/run-sql.js';
import { UserError } from '../user-error.js';
import { monthRange } from './months.js';
import { onTrack, targetPath } from './target-path.js';
import { dimensionKeys, phaseKeys, type Target } from './targets.js';

export interface StoreTargetsOptions {
  from: string;
  to: string;
  targets: Target[];
}

export async function storeTargets(connection: DuckDBConnection, { from, to, targets }: StoreTargetsOptions): Promise<void> {
  const months = monthRange(from, to);
  await connection.run('DELETE FROM monitor_targets WHERE maand BETWEEN $from AND $to', { from, to });
  const counted = await countedMonths(connection);
  for (const target of targets) {
    const values = await metricValues(connection, target);
    const valueIn = (month: string) => values.get(month) ?? 0;
    const baselineMonth = target.baseline ?? from;
    if (!counted.has(baselineMonth)) {
      throw new UserError(
        `doel '${target.id}': geen tellingen voor basismaand ${baselineMonth} (neem die maand op in de run)`,
        `target '${target.id}': no counts for baseline month ${baselineMonth} (include that month in the run)`,
      );
    }
    const context = { baselineMonth, baselineValue: valueIn(baselineMonth), lastMonth: to };
    for (const month of months) {
      const value = valueIn(month);
      const path = targetPath(target, month, context);
      await connection.run(
        'INSERT INTO monitor_targets VALUES ($id, $naam, $maand, $waarde, $pad, $op_koers)',
        { id: target.id, naam: target.naam, maand: month, waarde: value, pad: path, op_koers: onTrack(value, path) },
      );
    }
  }
}

async function countedMonths(connection: DuckDBConnection): Promise<Set<string>> {
  const reader = await connection.runAndReadAll(`SELECT DISTINCT maand FROM monitor_counts WHERE dimensie = 'totaal'`);
  return new Set(reader.getRowObjectsJS().map((r) => String(r.maand)));
}

/** The metric's value per month that has counts; months without a matching row count 0. */
async function metricValues(connection: DuckDBConnection, target: Target): Promise<Map<string, number>> {
  const dimension = Object.keys(target.metric).find((k) => (dimensionKeys as readonly string[]).includes(k));
  const params: Record<string, string | null> = {
    dimensie: dimension ?? 'totaal',
    waarde: dimension === undefined ? '' : target.metric[dimension],
  };
  for (const key of phaseKeys) params[key] = target.metric[key] ?? null;
  const result = await runSqlFile(connection, 'pipeline/monitor/target-values.sql', params);
  const rows = result ? await result.getRowObjectsJS() : [];
  return new Map(rows.map((r) => [String(r.maand), Number(r.waarde)]));
}
