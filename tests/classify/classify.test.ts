// pipeline/classify/classify.ts: the steps run in the order their `-- reads:` lines give, and those
// lines say what the SQL really reads. The jaartelling's steps (pipeline/jaartelling), which read
// the history's tables, are held to the same reads.

import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { classifySteps } from '../../pipeline/classify/classify.js';
import { projectRoot, sqlFile } from '../../pipeline/db/sql-file.js';
import { databaseTables, declaredReads } from '../../pipeline/db/step-graph.js';

const { history, peildatum } = classifySteps();
const steps = [...history, ...peildatum];
const stepNames = new Set(steps.map((s) => s.name));
const macros = new Set(steps.filter((s) => s.kind === 'macro').map((s) => s.name));

/**
 * The step tables, macros and database tables a SQL text uses, comments left out: a name after
 * FROM or JOIN, a macro called, or a table a macro is given by name
 * (absent_hours('absence_pieces_after_horizon')).
 */
function referenced(sql: string, known: Set<string>): Set<string> {
  const code = sql.replace(/--.*$/gm, '');
  const names = [
    ...[...code.matchAll(/\b(?:FROM|JOIN)\s+(\w+)/gi)].map((m) => m[1]),
    ...[...code.matchAll(/\b(\w+)\s*\(/g)].map((m) => m[1]).filter((name) => macros.has(name)),
    ...[...code.matchAll(/\b(\w+)\s*\(\s*'(\w+)'/g)].filter((m) => macros.has(m[1])).map((m) => m[2]),
  ];
  return new Set(names.filter((name) => known.has(name)));
}

describe('the order of the classify steps', () => {
  it('runs every step after each step it reads, the history before any peildatum step', () => {
    const position = new Map(steps.map((s, i) => [s.name, i]));
    for (const [i, step] of steps.entries()) {
      for (const read of step.reads.filter((r) => stepNames.has(r))) expect(position.get(read)).toBeLessThan(i);
    }
    expect(history.length).toBeGreaterThan(10);
    expect(peildatum.at(-1)?.name).toBe('classification');
  });

  it('works out the absent hours in two passes, each a step of its own that runs once', () => {
    const passes = ['absence_horizon', 'absence_pieces_after_horizon', 'absent_days_after_horizon',
      'absence_pieces_before_horizon', 'absent_days_before_horizon', 'absent_days'];
    const order = history.map((s) => s.name).filter((name) => passes.includes(name));
    expect(order).toEqual(passes);
    expect(new Set(steps.map((s) => s.file)).size).toBe(steps.length);
  });
});

describe('each step file reads what its -- reads: line says', () => {
  const known = new Set([...stepNames, ...databaseTables()]);

  it.each(steps.map((s) => [s.file, s] as const))('%s', (file, step) => {
    const own = new Set([step.name]);
    const uses = [...referenced(sqlFile(file), known)].filter((name) => !own.has(name)).sort();
    expect(uses).toEqual([...step.reads].sort());
  });

  it('finds what a step reads that its line leaves out, and what the line names that it does not read', () => {
    // reads absent_days and pupils (and the macro elapsed_days), declares in_beeld: all four differ
    const sql = `-- reads: in_beeld
      CREATE OR REPLACE TEMP TABLE w AS SELECT elapsed_days(a.datum, DATE '2025-01-01') AS n, 'in_beeld' AS label
      FROM absent_days a JOIN pupils p ON p.pupil_id = a.pupil_id -- not from streak`;
    expect([...referenced(sql, known)].sort()).toEqual(['absent_days', 'elapsed_days', 'pupils']);
    expect(declaredReads(sql)).toEqual(['in_beeld']);
  });

  const jaartelling = readdirSync(path.join(projectRoot, 'pipeline/jaartelling')).filter((f) => f.endsWith('.sql'));
  const jaartellingTables = new Set(jaartelling.map((f) => path.basename(f, '.sql').replaceAll('-', '_')));

  it.each(jaartelling)('pipeline/jaartelling/%s', (name) => {
    const sql = sqlFile(`pipeline/jaartelling/${name}`);
    const own = path.basename(name, '.sql').replaceAll('-', '_');
    const uses = [...referenced(sql, new Set([...known, ...jaartellingTables]))].filter((n) => n !== own).sort();
    expect(uses).toEqual([...(declaredReads(sql) ?? [])].sort());
  });
});
