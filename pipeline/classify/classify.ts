// Classification of every youth on a peildatum (spec/classification.md), as a chain of SQL steps
// over temp tables on one connection. The work that does not depend on the peildatum (calendars,
// pupil school days, absent hours, runs of absence) is done once by prepareHistory; the monitor
// then calls classifyPeildatum for each month end on top of it.
// Given the first peildatum (`from`), absent hours are worked out only as far back as the rules
// can look from it (absence-horizon.sql, in two passes): the same result as the full history, for
// a fraction of the work.
// Run these outside an open transaction: there DuckDB has no statistics for the new temp tables
// and plans the ASOF joins as nested loops (minutes instead of seconds at municipality scale).

import type { DuckDBConnection } from '@duckdb/node-api';
import { defaultSettings, type Settings } from '../settings.js';
import { databaseTables, orderSteps, stepsIn, type Step } from '../db/step-graph.js';
import { runSqlFile, type SqlParams } from '../db/run-sql.js';
import { readClassificationRows, type ClassificationRow } from './classification-rows.js';

let steps: { history: Step[]; peildatum: Step[] } | undefined;

/**
 * The steps in the order their `-- reads:` lines give (pipeline/db/step-graph.ts): first those of
 * history/, which look at the history up to `until` and never at a peildatum, then those of
 * peildatum/, which may read the history's tables too and leave the temp table `classification`.
 */
export function classifySteps(): { history: Step[]; peildatum: Step[] } {
  if (steps === undefined) {
    const database = databaseTables();
    const history = orderSteps(stepsIn('pipeline/classify/history'), database);
    const peildatum = orderSteps(stepsIn('pipeline/classify/peildatum'), new Set([...database, ...history.map((s) => s.name)]));
    steps = { history, peildatum };
  }
  return steps;
}

export interface HistoryOptions {
  /**
   * The first peildatum that will be classified (YYYY-MM-DD). Without it the absent hours of the
   * whole history are worked out (valid for every peildatum up to `until`).
   */
  from?: string;
  /** The last peildatum that will be classified (YYYY-MM-DD). */
  until: string;
  /**
   * With `from`: absent hours are also needed from this day on, by a measure that looks further
   * back than the rules do (the monitor's shares of the school year missed, from 1 August).
   */
  absenceFrom?: string;
  settings?: Settings;
}

export interface PeildatumOptions {
  /** D, as YYYY-MM-DD. */
  peildatum: string;
  settings?: Settings;
}

function params(dates: SqlParams, settings: Settings): SqlParams {
  return { ...dates, ...(settings as unknown as SqlParams) };
}

/**
 * Builds the peildatum-independent temp tables, valid for every peildatum from `from` (when given)
 * up to `until`.
 */
export async function prepareHistory(
  connection: DuckDBConnection,
  { from, until, absenceFrom, settings = defaultSettings }: HistoryOptions,
): Promise<void> {
  // Without `from` there is no horizon (absence-horizon.sql): pass 1 covers the whole history.
  const dates = { until, firstPeildatum: from ?? null, absenceFrom: absenceFrom ?? null };
  for (const step of classifySteps().history) await runSqlFile(connection, step.file, params(dates, settings));
}

/**
 * Classifies on one peildatum into the temp table `classification` (the columns of the
 * `classifications` table). Needs prepareHistory with an `until` on or after the peildatum.
 */
export async function classifyPeildatum(
  connection: DuckDBConnection,
  { peildatum, settings = defaultSettings }: PeildatumOptions,
): Promise<void> {
  for (const step of classifySteps().peildatum) await runSqlFile(connection, step.file, params({ peildatum }, settings));
}

/** Classifies every youth in scope on the peildatum; one row per youth, sorted by leerling_id. */
export async function classify(connection: DuckDBConnection, options: PeildatumOptions): Promise<ClassificationRow[]> {
  await prepareHistory(connection, { from: options.peildatum, until: options.peildatum, settings: options.settings });
  await classifyPeildatum(connection, options);
  const rows = await readClassificationRows(connection);
  await dropClassificationTables(connection);
  return rows;
}

/**
 * Drops the temp tables of the steps (they hold the absence history: hundreds of MB at
 * municipality scale), for callers that keep their connection open, like the server; `keep`
 * names the ones a caller still reads (a view kept keeps what it reads).
 */
export async function dropClassificationTables(connection: DuckDBConnection, { keep = [] }: { keep?: readonly string[] } = {}): Promise<void> {
  const { history, peildatum } = classifySteps();
  const steps = [...history, ...peildatum];
  const kept = new Set<string>();
  const hold = (name: string) => {
    if (kept.has(name)) return;
    kept.add(name);
    const step = steps.find((s) => s.name === name);
    if (step?.kind === 'view') step.reads.forEach(hold);
  };
  keep.forEach(hold);
  for (const step of steps) {
    if (step.kind !== 'macro' && !kept.has(step.name)) await connection.run(`DROP ${step.kind} IF EXISTS temp.main.${step.name}`);
  }
}
