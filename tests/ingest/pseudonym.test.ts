import { existsSync, readFileSync, renameSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentHashKey, loadSecret, resolveSecret } from '../../pipeline/ingest/pseudonym.js';
import { ingestFiles } from '../../pipeline/ingest/ingest.js';
import { BSN, query, tempDir, writeExport } from './helpers.js';
import { createHash, createHmac } from 'node:crypto';

describe('pseudonym', () => {
  it('is HMAC-SHA256 of the 9-digit BSN under the secret, also for a secret longer than a block', async () => {
    for (const secret of ['geheim-geheim-geheim', 'x'.repeat(100)]) {
      const dir = tempDir();
      const db = path.join(dir, 'db.duckdb');
      await ingestFiles({ db, secret, files: [writeExport(dir, 'leerlingen.csv', ['leerling_id;bsn;geboortedatum', 'L1;12345672;01-01-2012'])] });
      const expected = createHmac('sha256', secret).update('012345672').digest('hex');
      expect(await query(db, 'SELECT pupil_key FROM leerlingen')).toEqual([{ pupil_key: expected }]);
    }
  });

  it('creates a key file beside the database on first use, readable by the owner only', () => {
    const dir = tempDir();
    const db = path.join(dir, 'monitor.duckdb');
    const secret = loadSecret({ db, env: {} });
    expect(existsSync(`${db}.key`)).toBe(true);
    expect(statSync(`${db}.key`).mode & 0o777).toBe(0o600);
    expect(loadSecret({ db, env: {} })).toBe(secret); // stable across runs
    expect(loadSecret({ db, env: { TZM_SECRET: 'uit-de-omgeving-123' } })).toBe('uit-de-omgeving-123');
  });

  it('no raw BSN of the input appears in the database file, its WAL or the quarantine', async () => {
    const dir = tempDir();
    const db = path.join(dir, 'db.duckdb');
    const bsns = [BSN.a, BSN.b, '123456789' /* fails the elfproef */];
    await ingestFiles({
      db,
      secret: 'geheim-voor-deze-test',
      files: [
        // CONTROLE-ID-4711 is a positive control: it must be findable, or the scan proves nothing.
        writeExport(dir, 'leerlingen.csv', ['leerling_id;bsn;geboortedatum', `CONTROLE-ID-4711;${BSN.a};01-01-2012`, `L2;${BSN.b};01-01-2013`, `L3;123456789;01-01-2013`]),
        writeExport(dir, 'verzuim.csv', ['bsn;brin;datum;uren;code', `${BSN.a};12AB;02-03-2026;5;Z`, `${BSN.b};12AB;31-02-2026;5;Z`]),
      ],
    });
    const files = [db, `${db}.wal`].filter((file) => existsSync(file));
    expect(files.some((file) => readFileSync(file).toString('latin1').includes('CONTROLE-ID-4711'))).toBe(true);
    for (const file of files) {
      const bytes = readFileSync(file).toString('latin1');
      for (const bsn of bsns) {
        expect(bytes.includes(bsn), `${bsn} in ${path.basename(file)}`).toBe(false);
        expect(bytes.includes(bsn.replace(/^0/, '')), `${bsn} without leading zero`).toBe(false);
      }
    }
  });
});

describe('key file in a folder that does not exist yet', () => {
  it('creates the folder, as the database will be created there too', () => {
    const dir = tempDir();
    const db = path.join(dir, 'nieuw', 'monitor.duckdb');
    loadSecret({ db, env: {} });
    expect(existsSync(`${db}.key`)).toBe(true);
  });
});

// Issue 9: one key per database, and nothing stored about a file that gives a BSN away.
describe('one key per database', () => {
  const register = (dir: string, name = 'leerlingen.csv', bsn = BSN.a) => writeExport(dir, name, ['leerling_id;bsn;geboortedatum', `L-${name};${bsn};01-01-2012`]);

  it('the first ingest writes the key file and says so; the database keeps a fingerprint, never the key', async () => {
    const dir = tempDir();
    const db = path.join(dir, 'db.duckdb');
    const summary = await ingestFiles({ db, files: [register(dir)] });
    expect(summary.keyFileWritten).toBe(`${db}.key`);
    const key = readFileSync(`${db}.key`, 'utf8').trim();
    const [{ fingerprint }] = await query(db, 'SELECT fingerprint FROM tzm_key');
    expect(fingerprint).toBe(createHmac('sha256', key).update('tzm key fingerprint v1').digest('hex'));
    expect(fingerprint).not.toContain(key);
    // the second run uses the same key and writes none
    expect((await ingestFiles({ db, files: [register(dir, 'leerlingen-2.csv', BSN.b)] })).keyFileWritten).toBeUndefined();
  });

  it('a moved key file is refused, writes no new key and changes nothing', async () => {
    const dir = tempDir();
    const db = path.join(dir, 'db.duckdb');
    await ingestFiles({ db, files: [register(dir)] });
    renameSync(`${db}.key`, path.join(dir, 'elders.key'));
    await expect(ingestFiles({ db, files: [register(dir, 'leerlingen-2.csv', BSN.b)] })).rejects.toThrow(/gevuld met een andere sleutel.*niets is gewijzigd/);
    expect(existsSync(`${db}.key`)).toBe(false);
    expect(await query(db, 'SELECT count(*) AS n FROM leerlingen')).toEqual([{ n: 1 }]);
    // another secret, given outright, is refused the same way
    await expect(ingestFiles({ db, secret: 'een-heel-andere-sleutel', files: [register(dir, 'leerlingen-3.csv', BSN.c)] })).rejects.toThrow(/andere sleutel/);
    // the right key, back in place, loads
    renameSync(path.join(dir, 'elders.key'), `${db}.key`);
    await ingestFiles({ db, files: [register(dir, 'leerlingen-2.csv', BSN.b)] });
    expect(await query(db, 'SELECT count(*) AS n FROM leerlingen')).toEqual([{ n: 2 }]);
  });

  it('a run that fails before loading writes no key file', async () => {
    const dir = tempDir();
    const db = path.join(dir, 'db.duckdb');
    await expect(ingestFiles({ db, files: [register(dir), writeExport(dir, 'leeg.csv', '')] })).rejects.toThrow(/leeg/);
    expect(existsSync(`${db}.key`)).toBe(false);
  });

  it('TZM_SECRET needs the same 16 characters as a key file', () => {
    expect(() => resolveSecret({ db: 'x.duckdb', env: { TZM_SECRET: 'a' } })).toThrow(/TZM_SECRET is te kort \(minimaal 16 tekens\)/);
    expect(resolveSecret({ db: 'x.duckdb', env: { TZM_SECRET: '0123456789abcdef' } })).toEqual({ secret: '0123456789abcdef' });
  });
});

describe('the content hash of a file is keyed', () => {
  it('is HMAC-SHA256 under a key derived from the secret, not a plain sha256 anyone can recompute', async () => {
    const dir = tempDir();
    const db = path.join(dir, 'db.duckdb');
    const secret = 'geheim-voor-de-hash-1234';
    const file = writeExport(dir, 'correctie.csv', ['leerling_id;bsn;geboortedatum', `L1;${BSN.a};01-01-2012`]);
    await ingestFiles({ db, secret, files: [file] });
    const bytes = readFileSync(file);
    const [{ sha256 }] = await query(db, 'SELECT sha256 FROM ingest_files');
    expect(sha256).not.toBe(createHash('sha256').update(bytes).digest('hex'));
    expect(sha256).toBe(createHmac('sha256', contentHashKey(secret)).update(bytes).digest('hex'));
    // still idempotent: the same file again changes nothing
    const again = await ingestFiles({ db, secret, files: [file] });
    expect(again.files[0].status).toBe('already_loaded');
  });
});
