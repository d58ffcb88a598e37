// The order of a folder of SQL steps, derived from the steps themselves (as dbt derives it from
// `ref()`): each file leaves one table, view or macro named after the file (school-days.sql leaves
// `school_days`) and says at its top what it reads:
//   -- reads: school_days, verzuim_events
// A list may go on over the next comment lines while a line ends in a comma; `-- reads: nothing`
// for a step that reads no table. Adding a step is adding a file.

import { readdirSync } from 'node:fs';
import path from 'node:path';
import { projectRoot, sqlFile } from './sql-file.js';

export interface Step {
  /** Path from the project root, e.g. 'pipeline/classify/history/school-days.sql'. */
  file: string;
  /** What the step leaves: the file's name with '_' for '-'. */
  name: string;
  kind: 'table' | 'view' | 'macro';
  reads: string[];
}

const created = /CREATE\s+OR\s+REPLACE\s+TEMP\s+(TABLE|VIEW|MACRO)\s+(\w+)/gi;

/** The names after `-- reads:` at the top of a SQL text; undefined when it has no such line. */
export function declaredReads(sql: string): string[] | undefined {
  const lines = sql.split('\n');
  const start = lines.findIndex((line) => /^--\s*reads:/.test(line));
  if (start < 0) return undefined;
  let list = lines[start].replace(/^--\s*reads:/, '');
  for (let next = start + 1; list.trim().endsWith(',') && lines[next]?.startsWith('--'); next++) {
    list += lines[next].slice(2);
  }
  const names = list.split(',').map((name) => name.trim()).filter((name) => name !== '');
  return names.length === 1 && names[0] === 'nothing' ? [] : names;
}

/** A step file (path from the project root); fails unless it declares its reads and leaves exactly one thing, named after the file. */
export function readStep(file: string): Step {
  return parseStep(file, sqlFile(file));
}

/** The step in the SQL text `sql` of the file `file`, as readStep. */
export function parseStep(file: string, sql: string): Step {
  const name = path.basename(file, '.sql').replaceAll('-', '_');
  const made = [...sql.matchAll(created)];
  if (made.length !== 1 || made[0][2] !== name) {
    const names = made.map((m) => m[2]).join(', ') || 'nothing';
    throw new Error(`${file}: a step leaves exactly one table, view or macro named ${name}; this one leaves ${names}`);
  }
  const reads = declaredReads(sql);
  if (reads === undefined) throw new Error(`${file}: no "-- reads:" line at its top`);
  return { file, name, kind: made[0][1].toLowerCase() as Step['kind'], reads };
}

/** The steps of a folder (every .sql file in it), by file name. */
export function stepsIn(folder: string): Step[] {
  return readdirSync(path.join(projectRoot, folder))
    .filter((name) => name.endsWith('.sql'))
    .sort()
    .map((name) => readStep(`${folder}/${name}`));
}

/** The tables and views of the database itself (pipeline/db/schema.sql): what the first steps read. */
export function databaseTables(): Set<string> {
  const schema = sqlFile('pipeline/db/schema.sql');
  return new Set([...schema.matchAll(/CREATE (?:TABLE IF NOT EXISTS|OR REPLACE VIEW) (\w+)/g)].map((m) => m[1]));
}

/**
 * The steps in an order in which each runs after every step it reads; among steps that could run
 * next, the first by file name. `available`: what exists before the first step (the database's
 * tables, an earlier stage's steps). Fails on a read of something neither available nor left by
 * a step, on a step that leaves something already available, and on a cycle.
 */
export function orderSteps(steps: Step[], available: ReadonlySet<string>): Step[] {
  const byName = new Map(steps.map((step) => [step.name, step]));
  for (const step of steps) {
    if (available.has(step.name)) throw new Error(`${step.file}: leaves ${step.name}, which exists already`);
    for (const read of step.reads) {
      if (!byName.has(read) && !available.has(read)) {
        throw new Error(`${step.file}: reads ${read}, which no step here leaves and which is no table of the database`);
      }
    }
  }
  const ordered: Step[] = [];
  const done = new Set<string>();
  const pending = [...steps].sort((a, b) => a.file.localeCompare(b.file));
  while (pending.length > 0) {
    const ready = pending.findIndex((step) => step.reads.every((read) => done.has(read) || !byName.has(read)));
    if (ready < 0) throw new Error(`steps read each other in a circle: ${cycleOf(pending, byName).join(' -> ')}`);
    const [step] = pending.splice(ready, 1);
    ordered.push(step);
    done.add(step.name);
  }
  return ordered;
}

/** One cycle among steps none of which can run: follow a pending read until a step repeats. */
function cycleOf(pending: Step[], byName: Map<string, Step>): string[] {
  const waiting = new Set(pending.map((step) => step.name));
  const path: string[] = [];
  let current = pending[0];
  while (!path.includes(current.name)) {
    path.push(current.name);
    const next = current.reads.find((read) => waiting.has(read));
    current = byName.get(next as string) as Step;
  }
  return [...path.slice(path.indexOf(current.name)), current.name];
}
