// classification.md §6 targets: per target and stored month, the metric's value, the path value
// and whether the month is on track, in monitor_targets. Every stored month is recomputed each
// time (a run, a removal), so stored months never mix two sets of targets.

import type { DuckDBConnection } from '@duckdb/node-api';
import { runSqlFile } from '../db/run-sql.js';
import { UserError } from '../user-error.js';
import { monthsBetween } from './months.js';
import { onTrack, targetPath } from './target-path.js';
import { dimensionKeys, phaseKeys, type Target } from './targets.js';

export async function storeTargets(connection: DuckDBConnection, targets: Target[]): Promise<void> {
  await connection.run('DELETE FROM monitor_targets');
  const months = await storedMonths(connection);
  if (months.length === 0) return;
  for (const target of targets) {
    const values = await metricValues(connection, target);
    const valueIn = (month: string) => values.get(month) ?? 0;
    // README "Regels": without a baseline, the earliest stored month
    const baselineMonth = target.baseline ?? months[0];
    if (!months.includes(baselineMonth)) {
      throw new UserError(
        `doel '${target.id}': geen tellingen voor basismaand ${baselineMonth} (neem die maand op in de run)`,
        `target '${target.id}': no counts for baseline month ${baselineMonth} (include that month in the run)`,
      );
    }
    if (target.endMonth !== undefined && monthsBetween(baselineMonth, target.endMonth) <= 0) {
      throw new UserError(
        `doel '${target.id}': eindmaand ${target.endMonth} ligt niet na basismaand ${baselineMonth}`,
        `target '${target.id}': end month ${target.endMonth} is not after baseline month ${baselineMonth}`,
      );
    }
    const context = { baselineMonth, baselineValue: valueIn(baselineMonth) };
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

/** Every month with stored counts, oldest first. */
async function storedMonths(connection: DuckDBConnection): Promise<string[]> {
  const reader = await connection.runAndReadAll(`SELECT DISTINCT maand FROM monitor_counts WHERE dimensie = 'totaal' ORDER BY maand`);
  return reader.getRowObjectsJS().map((r) => String(r.maand));
}

/** The metric's value per month that has counts; months without a matching row count 0. */
async function metricValues(connection: DuckDBConnection, target: Target): Promise<Map<string, number>> {
  if (typeof target.metric === 'string') return figureValues(connection, target.id, target.metric);
  const metric = target.metric;
  const dimension = Object.keys(metric).find((k) => (dimensionKeys as readonly string[]).includes(k));
  const params: Record<string, string | null> = {
    dimensie: dimension ?? 'totaal',
    waarde: dimension === undefined ? '' : metric[dimension],
  };
  for (const key of phaseKeys) params[key] = metric[key] ?? null;
  const result = await runSqlFile(connection, 'pipeline/monitor/target-values.sql', params);
  const rows = result ? await result.getRowObjectsJS() : [];
  return new Map(rows.map((r) => [String(r.maand), Number(r.waarde)]));
}

/** A published figure's value per stored month (figures.sql); an id it does not publish is refused. */
async function figureValues(connection: DuckDBConnection, targetId: string, figure: string): Promise<Map<string, number>> {
  const result = await runSqlFile(connection, 'pipeline/monitor/figure-values.sql', { figuur: figure });
  const rows = result ? await result.getRowObjectsJS() : [];
  if (rows.length === 0) {
    const known = await connection.runAndReadAll('SELECT DISTINCT figuur FROM monitor_figures ORDER BY figuur');
    const ids = known.getRowObjectsJS().map((r) => String(r.figuur)).join(', ');
    throw new UserError(
      `doel '${targetId}': metric '${figure}' is geen cijfer van pipeline/monitor/figures.sql (wel: ${ids})`,
      `target '${targetId}': metric '${figure}' is not a figure of pipeline/monitor/figures.sql (figures: ${ids})`,
    );
  }
  return new Map(rows.map((r) => [String(r.maand), Number(r.waarde)]));
}
