// The raw limit for ingest: DuckDB's own read_csv of the same absence files into bare tables in
// a fresh database file, with nothing else (no checks, no pseudonyms, no merge). Run as a child
// process so it is measured exactly like `tzm ingest`:
//   node dist/bench/raw-read.js SPEC.json
// SPEC.json: { "db": FILE, "groups": [{ "files": [...], "encoding": "utf-8" | "latin-1" }] }.
// Files with the same header form one group and are read by one read_csv call (in parallel).
// Prints {"rows": N, "queryMs": M} on standard output.

import { readFileSync } from 'node:fs';
import { DuckDBInstance, listValue } from '@duckdb/node-api';

export interface RawReadGroup {
  files: string[];
  encoding: 'utf-8' | 'latin-1';
}

export interface RawReadSpec {
  db: string;
  groups: RawReadGroup[];
}

async function rawRead(spec: RawReadSpec): Promise<{ rows: number; queryMs: number }> {
  const instance = await DuckDBInstance.create(spec.db);
  const connection = await instance.connect();
  const started = performance.now();
  let rows = 0;
  for (const [n, group] of spec.groups.entries()) {
    // The table name is ours (raw_0, raw_1...); paths and encoding are parameters.
    await connection.run(`CREATE TABLE raw_${n} AS SELECT * FROM read_csv($files, header = true, encoding = $encoding)`, {
      files: listValue(group.files),
      encoding: group.encoding,
    });
    const reader = await connection.runAndReadAll(`SELECT count(*) FROM raw_${n}`);
    rows += Number(reader.getRows()[0][0]);
  }
  await connection.run('CHECKPOINT');
  const queryMs = performance.now() - started;
  connection.closeSync();
  instance.closeSync();
  return { rows, queryMs };
}

const specFile = process.argv[2];
if (specFile) {
  rawRead(JSON.parse(readFileSync(specFile, 'utf8')) as RawReadSpec).then(
    (result) => process.stdout.write(`${JSON.stringify(result)}\n`),
    (error: unknown) => {
      process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
      process.exitCode = 1;
    },
  );
}
