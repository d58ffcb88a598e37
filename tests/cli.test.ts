// The `tzm` command as a user runs it: exit codes, one-line errors, the ingest summary.

import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BSN, tempDir, writeExport } from './ingest/helpers.js';

const tzm = path.resolve('bin/tzm.js');

function run(args: string[], env: NodeJS.ProcessEnv = {}) {
  const result = spawnSync(process.execPath, [tzm, ...args], { encoding: 'utf8', env: { ...process.env, ...env } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('tzm', () => {
  it('prints usage with --help', () => {
    const { code, stdout } = run(['--help']);
    expect(code).toBe(0);
    expect(stdout).toContain('tzm ingest   --db FILE');
  });

  it('ingest prints a summary per file with the quarantined rows and exits 0', () => {
    const dir = tempDir();
    const file = writeExport(dir, 'inschrijvingen.csv', ['bsn;brin;van', `${BSN.a};12AB;01-08-2024`, '123456789;12AB;01-08-2024']);
    const { code, stdout, stderr } = run(['ingest', '--db', path.join(dir, 'db.duckdb'), file]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toContain('inschrijvingen.csv: inschrijvingen (canonical, utf-8, \';\'): 1 geladen, 1 geweigerd');
    expect(stdout).toContain('1x kolom bsn: BSN voldoet niet aan de elfproef (eerste: regel 3)');
    // the secret was created beside the database, never printed
    expect(stdout).not.toContain('123456789');
  });

  it('a refused file exits non-zero with one line naming the file, in Dutch and English', () => {
    const dir = tempDir();
    const file = writeExport(dir, 'onbekend.csv', ['a;b;c', '1;2;3']);
    const { code, stderr } = run(['ingest', '--db', path.join(dir, 'db.duckdb'), file]);
    expect(code).toBe(1);
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toMatch(/^tzm: onbekend.csv: soort bestand niet herkend .* \/ onbekend.csv: kind of file not recognised/);
  });

  it('a missing flag is a usage error (exit 2)', () => {
    const { code, stderr } = run(['classify', '--as-of', '2026-10-31']);
    expect(code).toBe(2);
    expect(stderr).toBe('tzm: --db ontbreekt / --db is required\n');
  });
});

describe('tzm monitor and months without data (classification.md §6)', () => {
  it('refuses a month no absence data speaks for in one line, and removes stored months on request', () => {
    const dir = tempDir();
    const file = writeExport(dir, 'scholen.csv', ['brin;naam;sector;regio', '12AB;A;PO;midden']);
    const db = path.join(dir, 'db.duckdb');
    expect(run(['ingest', '--db', db, file]).code).toBe(0);
    // a school, but not one absence registration: no month is covered
    const refused = run(['monitor', '--db', db, '--from', '2026-10', '--to', '2026-10']);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/^tzm: er zijn nog geen verzuimgegevens.* \/ there is no absence data yet.*\n$/);
    const removed = run(['monitor', '--db', db, '--remove', '2026-09..2026-10']);
    expect(removed.code).toBe(0);
    expect(removed.stdout).toBe('tzm monitor: geen opgeslagen maanden in 2026-09..2026-10 / no stored months in 2026-09..2026-10\n');
  });
});

describe('tzm output into a closed pipe', () => {
  it('is not an error when the reader stops early (`| head`)', () => {
    const dir = tempDir();
    const file = writeExport(dir, 'scholen.csv', ['brin;naam;sector;regio', '12AB;A;PO;midden']);
    const db = path.join(dir, 'db.duckdb');
    expect(run(['ingest', '--db', db, file]).code).toBe(0);
    const result = spawnSync('bash', ['-c', `set -o pipefail; node ${tzm} classify --db ${db} --as-of 2026-10-31 | head -c 1 >/dev/null`], { encoding: 'utf8' });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  });
});
