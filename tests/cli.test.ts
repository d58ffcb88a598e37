// The `tzm` command as a user runs it: exit codes, one-line errors, the ingest summary.

import { spawnSync } from 'node:child_process';
import { DuckDBInstance } from '@duckdb/node-api';
import { existsSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BSN, ingest, tempDir, writeExport } from './ingest/helpers.js';

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
    const { code, stdout, stderr } = run(['ingest', '--db', path.join(dir, 'db.duckdb'), file], { TZM_SECRET: '' });
    // the first ingest of a new database says where its key was written
    expect(stderr).toBe(`tzm: nieuwe sleutel geschreven naar ${path.join(dir, 'db.duckdb')}.key; bewaar een kopie apart van de database / new key written to ${path.join(dir, 'db.duckdb')}.key; keep a copy apart from the database\n`);
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

// Issue 9 items 3, 7, 8: files for their owner, an exit status that tells the truth, clear refusals.
describe('tzm: files, publishing and refusals', () => {
  const register = (dir: string) => writeExport(dir, 'leerlingen.csv', ['leerling_id;bsn;geboortedatum', `L1;${BSN.a};01-01-2014`]);

  it('creates the database, key, snapshots and --out files for their owner only', () => {
    const dir = tempDir();
    const db = path.join(dir, 'db.duckdb');
    expect(run(['ingest', '--db', db, register(dir)], { TZM_SECRET: '' }).code).toBe(0);
    expect(run(['classify', '--db', db, '--as-of', '2026-10-31', '--out', path.join(dir, 'uit.csv')]).code).toBe(0);
    const snapshots = `${db}.snapshots`;
    const files = [db, `${db}.key`, path.join(dir, 'uit.csv'), ...readdirSync(snapshots).map((name) => path.join(snapshots, name))];
    expect(files.map((file) => [path.basename(file), (statSync(file).mode & 0o777).toString(8)])).toEqual(files.map((file) => [path.basename(file), '600']));
    expect((statSync(snapshots).mode & 0o777).toString(8)).toBe('700');
  });

  it('a committed ingest that cannot publish says so and exits 3; the next run that writes publishes it', async () => {
    const dir = tempDir();
    const db = path.join(dir, 'db.duckdb');
    // The next snapshot name is one millisecond after the newest, copied first under a
    // temporary name: make that name a folder, so the copy that publishes fails after the commit.
    const obstacle = path.join(`${db}.snapshots`, '.29991231T235959999Z.duckdb.partial');
    const future = path.join(`${db}.snapshots`, '29991231T235959998Z.duckdb');
    mkdirSync(obstacle, { recursive: true });
    writeFileSync(future, '');
    const first = run(['ingest', '--db', db, register(dir)], { TZM_SECRET: 'cli-test-secret-0123456789' });
    expect(first.code).toBe(3);
    expect(first.stdout).toContain('1 geladen');
    expect(first.stderr).toMatch(/^tzm: geladen en vastgelegd, maar nog niet gepubliceerd voor de dashboards .* \/ loaded and committed, but not yet published/m);
    expect(existsSync(path.join(`${db}.snapshots`, '.unpublished'))).toBe(true);
    // the obstacle goes; the re-run loads nothing new but publishes what the first committed
    rmSync(obstacle, { recursive: true });
    rmSync(future);
    const again = run(['ingest', '--db', db, register(dir)], { TZM_SECRET: 'cli-test-secret-0123456789' });
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('al eerder geladen');
    expect(again.stderr).toContain('wat een eerdere run laadde maar niet kon publiceren, is nu gepubliceerd');
    expect(readdirSync(`${db}.snapshots`).filter((name) => name.endsWith('.duckdb'))).toHaveLength(1);
    expect(existsSync(path.join(`${db}.snapshots`, '.unpublished'))).toBe(false);
  });

  it('a database another process is writing: one line, exit 1, nothing changed', async () => {
    const dir = tempDir();
    const db = path.join(dir, 'db.duckdb');
    await ingest(db, [register(dir)]);
    const holder = await DuckDBInstance.create(db);
    try {
      const { code, stderr } = run(['ingest', '--db', db, writeExport(dir, 'scholen.csv', ['brin;naam;sector;regio', '12AB;A;PO;zuid'])], { TZM_SECRET: 'test-secret-0123456789abcdef' });
      expect(code).toBe(1);
      expect(stderr).toMatch(/^tzm: database .*db\.duckdb is in gebruik door een ander proces .*niets is gewijzigd \/ database .* is in use by another process/);
      expect(stderr.trim().split('\n')).toHaveLength(1);
    } finally {
      holder.closeSync();
    }
  });
});
