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

describe('tzm with real exports (inputs.md 1.1)', () => {
  const samples = path.resolve('data-samples/bronsystemen');

  it('tzm layout drafts a layout as JSON on stdout and says what it matched on stderr', () => {
    const { code, stdout, stderr } = run(['layout', '--kind', 'verzuim', '--name', 'eduarte-eigen', path.join(samples, 'eduarte-absentiemeldingen.csv')]);
    expect(code).toBe(0);
    const layout = JSON.parse(stdout);
    expect(layout.name).toBe('eduarte-eigen');
    expect(layout.kinds.verzuim_periods).toEqual({
      bsn: ['BSN'], brin: ['BRIN'], van: ['Begindatum'], tot: ['Einddatum'], lesuur_van: ['Beginlesuur'], lesuur_tot: ['Eindlesuur'], code: ['Reden'],
    });
    expect(stderr).toContain("niet gebruikt (genegeerd, nooit bewaard): 'Deelnemernummer', 'Begintijd', 'Eindtijd', 'Opmerkingen'");
  });

  it('tzm ingest --brin loads a single-school export and lists an unknown code with its school', () => {
    const dir = tempDir();
    const db = path.join(dir, 'db.duckdb');
    const { code, stdout } = run(['ingest', '--db', db, '--brin', '21MG', path.join(samples, 'magister-absenties-21MG.csv')]);
    expect(code).toBe(0);
    expect(stdout).toContain("magister-absenties-21MG.csv: verzuim_events (magister, utf-8, ';'): 4 geladen, 0 geweigerd");
    const file = writeExport(dir, 'v.csv', ['bsn;brin;datum;uren;code', `${BSN.a};12AB;06-10-2025;1;QQ`]);
    const second = run(['ingest', '--db', db, file]);
    expect(second.code).toBe(0);
    expect(second.stdout).toContain("onbekende verzuimcode 'QQ' van school 12AB: 1x");
    expect(second.stdout).toContain(`Onbekende verzuimcodes staan in ${db}.onbekende-codes.csv`);
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
