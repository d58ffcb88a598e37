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
    expect(stdout).toMatch(/tzm ingest +--db FILE/);
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
    // without the school's own code table, S is the general schorsing (geoorloofd)
    expect(stdout).toContain('codes (code categorie regels): Z ziek 2, S geoorloofd 1, T te_laat 1');
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

describe('tzm flags per command', () => {
  it('tzm alone prints the overview on stderr and exits 2; --help prints it on stdout and exits 0', () => {
    const bare = run([]);
    expect(bare.code).toBe(2);
    expect(bare.stdout).toBe('');
    expect(bare.stderr).toMatch(/tzm classify +--db FILE --as-of JJJJ-MM-DD \[--format csv\|json\] \[--out FILE\]/);
    const help = run(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toBe(bare.stderr);
  });

  it('--version prints the version of package.json', () => {
    const { code, stdout } = run(['--version']);
    expect(code).toBe(0);
    expect(stdout).toBe('tzm 0.1.0\n');
  });

  it('each command has its own --help: its flags with allowed values and defaults, not the overview', () => {
    const classify = run(['classify', '--help']);
    expect(classify.code).toBe(0);
    expect(classify.stdout).toContain('tzm classify --db FILE --as-of JJJJ-MM-DD [--format csv|json] [--out FILE]');
    expect(classify.stdout).toMatch(/--format csv\|json +uitvoervorm \(standaard: csv\)/);
    expect(classify.stdout).not.toContain('tzm ingest');
    expect(classify.stdout).not.toContain('--port');
    const serve = run(['serve', '-h']);
    expect(serve.stdout).toMatch(/--port N +poort \(standaard: 3000; 1 t\/m 65535\)/);
    expect(run(['help', 'generate']).stdout).toMatch(/--pupils N +aantal leerlingen \(standaard: 6000/);
  });

  it("another command's flag is an error that names the command it belongs to (exit 2)", () => {
    const { code, stdout, stderr } = run(['classify', '--port', '99', '--pupils', '3']);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toBe('tzm: --port hoort niet bij tzm classify (wel bij tzm serve) / --port is not an option of tzm classify (it is of tzm serve)\n');
  });

  it('unknown flags, missing values, bad values and stray arguments: one Dutch and English line, exit 2', () => {
    const cases: [string[], string][] = [
      [['classify', '--db', 'x', '--as-of', '2026-10-31', '--bogus'], 'tzm: onbekende optie --bogus bij tzm classify (zie tzm classify --help) / unknown option --bogus for tzm classify (see tzm classify --help)\n'],
      [['serve', '--db', 'x', '--port', '99999'], "tzm: --port moet een geheel getal van 1 t/m 65535 zijn, niet '99999' / --port must be a whole number from 1 to 65535, not '99999'\n"],
      [['serve', '--db', 'x', '--port', '80a'], "tzm: --port moet een geheel getal van 1 t/m 65535 zijn, niet '80a' / --port must be a whole number from 1 to 65535, not '80a'\n"],
      [['classify', '--db', 'x', '--as-of', '2026-10-31', '--format', 'xml'], "tzm: --format is een van csv, json, niet 'xml' / --format must be one of csv, json, not 'xml'\n"],
      [['classify', '--as-of', '2026-10-31', '--db'], 'tzm: --db heeft een waarde nodig (FILE) / --db needs a value (FILE)\n'],
      [['classify', '--db', 'a', '--db', 'b', '--as-of', '2026-10-31'], 'tzm: --db staat er twee keer / --db is given twice\n'],
      [['classify', 'extra.csv', '--db', 'x', '--as-of', '2026-10-31'], "tzm: onverwacht argument 'extra.csv' bij tzm classify / unexpected argument 'extra.csv' for tzm classify\n"],
      [['classify', '--debug=ja', '--db', 'x', '--as-of', '2026-10-31'], 'tzm: --debug neemt geen waarde / --debug takes no value\n'],
      [['jaartelling', '--db', 'x', '--schooljaar', '2025/2026'], "tzm: --schooljaar '2025/2026' is geen schooljaar; schrijf het als 2025-2026 / --schooljaar '2025/2026' is not a school year; write it as 2025-2026\n"],
      [['jaartelling', '--db', 'x', '--schooljaar', '2025-2026', '--tot', '2026-08-01'], 'tzm: --tot 2026-08-01 ligt niet in schooljaar 2025-2026 (2025-08-01 t/m 2026-07-31) / --tot 2026-08-01 is not in school year 2025-2026 (2025-08-01 to 2026-07-31)\n'],
      [['rapport'], "tzm: onbekende opdracht 'rapport' (zie tzm --help) / unknown command 'rapport' (see tzm --help)\n"],
      [['--db', 'x', 'classify'], 'tzm: zet eerst de opdracht, dan --db (zie tzm --help) / give the command first, then --db (see tzm --help)\n'],
    ];
    for (const [args, line] of cases) {
      const { code, stderr } = run(args);
      expect({ args, code, stderr }).toEqual({ args, code: 2, stderr: line });
    }
  });

  it('nothing is created by a run refused for its flags', () => {
    const dir = tempDir();
    const db = path.join(dir, 'db.duckdb');
    expect(run(['serve', '--db', db, '--port', '99999']).code).toBe(2);
    expect(run(['ingest', '--db', db, '--pupils', '3', path.join(dir, 'x.csv')]).code).toBe(2);
    expect(run(['jaartelling', '--db', db, '--schooljaar', '2025-2026', '--tot', '2025-07-31']).code).toBe(2);
    expect(readdirSync(dir)).toEqual([]);
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
