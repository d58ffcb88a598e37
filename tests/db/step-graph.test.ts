// pipeline/db/step-graph.ts: the order of SQL steps comes from their `-- reads:` lines.

import { describe, expect, it } from 'vitest';
import { databaseTables, declaredReads, orderSteps, parseStep, type Step } from '../../pipeline/db/step-graph.js';

/** A table step in folder f/ that reads `reads`. */
const step = (name: string, ...reads: string[]): Step =>
  ({ file: `f/${name.replaceAll('_', '-')}.sql`, name, kind: 'table', reads });

const names = (steps: Step[]) => steps.map((s) => s.name);

describe('declaredReads', () => {
  it('reads the list after "-- reads:", also when it goes on over the next comment lines', () => {
    expect(declaredReads('-- W4 and W12.\n-- reads: school_days, in_beeld\n\nCREATE ...')).toEqual(['school_days', 'in_beeld']);
    expect(declaredReads('-- reads: a, b,\n--   c,\n--   d\n-- Parameters: $x.\nSELECT 1')).toEqual(['a', 'b', 'c', 'd']);
  });

  it('"nothing" is an empty list; no line at all is undefined', () => {
    expect(declaredReads('-- reads: nothing\nCREATE ...')).toEqual([]);
    expect(declaredReads('-- a step that forgot\nCREATE ...')).toBeUndefined();
  });
});

describe('parseStep', () => {
  it('names the step after its file and keeps what it leaves and reads', () => {
    const sql = '-- reads: school_days\n\nCREATE OR REPLACE TEMP MACRO last_pupil_ord_on(d) AS TABLE SELECT 1';
    expect(parseStep('x/last-pupil-ord-on.sql', sql))
      .toEqual({ file: 'x/last-pupil-ord-on.sql', name: 'last_pupil_ord_on', kind: 'macro', reads: ['school_days'] });
  });

  it('refuses a file that leaves two tables, or one with another name, or says nothing of its reads', () => {
    const two = '-- reads: scholen\nCREATE OR REPLACE TEMP TABLE schools AS SELECT 1;\nCREATE OR REPLACE TEMP TABLE school_days AS SELECT 1;';
    expect(() => parseStep('x/school-days.sql', two)).toThrow('x/school-days.sql: a step leaves exactly one table, view or macro named school_days; this one leaves schools, school_days');
    expect(() => parseStep('x/scope.sql', '-- reads: register\nCREATE OR REPLACE TEMP TABLE in_beeld AS SELECT 1'))
      .toThrow('named scope; this one leaves in_beeld');
    expect(() => parseStep('x/streak.sql', 'CREATE OR REPLACE TEMP TABLE streak AS SELECT 1'))
      .toThrow('x/streak.sql: no "-- reads:" line at its top');
  });
});

describe('orderSteps', () => {
  const database = new Set(['leerlingen', 'inschrijvingen']);

  it('runs each step after the steps it reads; among those ready, the first by file name', () => {
    // c reads b, b reads a; d reads only the database: a and d are ready first (a before d by
    // name), then b, then c.
    const ordered = orderSteps([step('c', 'b'), step('b', 'a', 'leerlingen'), step('d', 'inschrijvingen'), step('a')], database);
    expect(names(ordered)).toEqual(['a', 'b', 'c', 'd']);
  });

  it('lets a step read what an earlier stage left', () => {
    const history = orderSteps([step('absent_days', 'leerlingen')], database);
    const peildatum = orderSteps([step('streak', 'absent_days')], new Set([...database, ...names(history)]));
    expect(names(peildatum)).toEqual(['streak']);
  });

  it('fails on a read of a table that no step leaves and the database does not have', () => {
    expect(() => orderSteps([step('streak', 'pupil_windows')], database))
      .toThrow('f/streak.sql: reads pupil_windows, which no step here leaves and which is no table of the database');
  });

  it('fails on a cycle and names it', () => {
    // a -> b -> c -> a; d is fine and runs, then nothing can
    const steps = [step('a', 'c'), step('b', 'a'), step('c', 'b'), step('d')];
    expect(() => orderSteps(steps, database)).toThrow('steps read each other in a circle: a -> c -> b -> a');
  });

  it('fails on a step that leaves a table that exists already', () => {
    expect(() => orderSteps([step('leerlingen')], database)).toThrow('f/leerlingen.sql: leaves leerlingen, which exists already');
  });
});

describe('databaseTables', () => {
  it('are the tables and views of schema.sql, the inputs among them', () => {
    const tables = databaseTables();
    for (const input of ['leerlingen', 'inschrijvingen', 'verzuim_events', 'verzuim_periods', 'scholen', 'vakanties']) {
      expect(tables.has(input)).toBe(true);
    }
    expect(tables.has('absent_days')).toBe(false);
  });
});
