import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSecret } from '../../pipeline/ingest/pseudonym.js';
import { ingestFiles } from '../../pipeline/ingest/ingest.js';
import { BSN, query, tempDir, writeExport } from './helpers.js';
import { createHmac } from 'node:crypto';

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
