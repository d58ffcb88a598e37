// `tzm`: a thin command line over the pipeline and dashboard libraries.
// It parses flags, calls one library function with a typed options object, and prints.
// A UserError becomes one line on stderr and its exit code; anything else is a bug (--debug: stack).

import { parseArgs } from 'node:util';
import { databaseError } from './db/open-errors.js';
import { scrubBsn } from './privacy/scrub-bsn.js';
import { UserError } from './user-error.js';

const usage = `tzm — thuiszittersmonitor

  tzm ingest   --db FILE [--kind KIND] [--delimiter D] [--encoding E] [--secret-file F] [--codes F] FILE|MAP...
  tzm classify --db FILE --as-of YYYY-MM-DD [--format csv|json] [--out FILE]
  tzm monitor  --db FILE --from YYYY-MM --to YYYY-MM [--format csv|json] [--out FILE] [--targets F]
  tzm serve    --db FILE [--port N] [--users F]
  tzm report   --db FILE --month YYYY-MM --out FILE.html
  tzm generate --out DIR [--pupils N] [--seed N]

  --debug  toont de volledige fout / shows the full error`;

const options = {
  db: { type: 'string' },
  kind: { type: 'string' },
  delimiter: { type: 'string' },
  encoding: { type: 'string' },
  'secret-file': { type: 'string' },
  codes: { type: 'string' },
  'as-of': { type: 'string' },
  format: { type: 'string' },
  out: { type: 'string' },
  from: { type: 'string' },
  to: { type: 'string' },
  targets: { type: 'string' },
  port: { type: 'string' },
  users: { type: 'string' },
  month: { type: 'string' },
  pupils: { type: 'string' },
  seed: { type: 'string' },
  debug: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

type Flags = ReturnType<typeof parse>['values'];

function parse(argv: string[]) {
  return parseArgs({ args: argv, options, allowPositionals: true, strict: true });
}

function required(flags: Flags, name: keyof Flags): string {
  const value = flags[name];
  if (typeof value !== 'string' || value === '') {
    throw new UserError(`--${name} ontbreekt`, `--${name} is required`, { exitCode: 2 });
  }
  return value;
}

function integer(flags: Flags, name: keyof Flags, fallback: number): number {
  const value = flags[name];
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) {
    throw new UserError(`--${name} moet een geheel getal zijn`, `--${name} must be a whole number`, { exitCode: 2 });
  }
  return n;
}

function format(flags: Flags): 'csv' | 'json' {
  const value = flags.format ?? 'csv';
  if (value !== 'csv' && value !== 'json') {
    throw new UserError('--format is csv of json', '--format must be csv or json', { exitCode: 2 });
  }
  return value;
}

/** After a committed batch, the dashboard server gets a fresh read-only copy (pipeline/db/snapshot.ts). */
async function publish(db: string): Promise<void> {
  const { publishSnapshot } = await import('./db/snapshot.js');
  await publishSnapshot(db);
}

/**
 * Issue 9 item 3: what DuckDB spilled to <db>.tmp/ (raw values) goes on every way out; close()
 * removes it on success and error, this on Ctrl-C and kill (not kill -9: the next writer does).
 * The transaction is not committed, so the database stays as it was.
 */
async function removeSpillOnSignal(db: string): Promise<void> {
  const { removeOwnSpill } = await import('./db/open.js');
  for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143], ['SIGHUP', 129]] as const) {
    process.once(signal, () => {
      removeOwnSpill(db);
      process.exit(code);
    });
  }
}

/** An earlier run committed but did not publish (snapshot.ts unpublishedMarker). */
async function unpublishedBefore(db: string): Promise<boolean> {
  const { isUnpublished } = await import('./db/snapshot.js');
  return isUnpublished(db);
}

/** Exit status of a run that committed but could not publish its snapshot (README "Regels"). */
const EXIT_NOT_PUBLISHED = 3;

/**
 * Issue 9 item 7: publishes after a committed run, and what an earlier run committed but could not
 * publish; says so. Returns the exit status: 0, or EXIT_NOT_PUBLISHED with a line saying that the
 * data is loaded but not yet on the dashboards.
 */
async function publishCommitted(db: string, { committed, earlier, stderr }: { committed: boolean; earlier: boolean; stderr: NodeJS.WriteStream }): Promise<number> {
  if (!committed && !earlier) return 0;
  try {
    await publish(db);
  } catch (error) {
    const reason = error instanceof UserError ? error.nl : error instanceof Error ? error.message.split('\n')[0] : String(error);
    stderr.write(
      scrubBsn(`tzm: geladen en vastgelegd, maar nog niet gepubliceerd voor de dashboards (${reason}); de volgende opdracht die schrijft publiceert het / ` +
        `loaded and committed, but not yet published to the dashboards; the next command that writes will publish it\n`),
    );
    return EXIT_NOT_PUBLISHED;
  }
  if (earlier) stderr.write('tzm: wat een eerdere run laadde maar niet kon publiceren, is nu gepubliceerd / what an earlier run loaded but could not publish is published now\n');
  return 0;
}

async function main(argv: string[]): Promise<number> {
  const { values: flags, positionals } = parse(argv);
  const [command, ...files] = positionals;
  if (flags.help || command === undefined || command === 'help') {
    process.stdout.write(`${usage}\n`);
    return 0;
  }
  const stderr = process.stderr;
  process.umask(0o077); // every file tzm writes (--out of report too) is its owner's only (issue 9)
  if (typeof flags.db === 'string' && ['ingest', 'classify', 'monitor'].includes(command)) await removeSpillOnSignal(flags.db);
  switch (command) {
    case 'ingest': {
      if (files.length === 0) throw new UserError('geen bestanden opgegeven', 'no files given', { exitCode: 2 });
      const db = required(flags, 'db');
      const earlier = await unpublishedBefore(db);
      const { ingestFiles } = await import('./ingest/ingest.js');
      const { printIngestSummary } = await import('./ingest/summary.js');
      const summary = await ingestFiles({
        db,
        files,
        kind: flags.kind,
        delimiter: flags.delimiter,
        encoding: flags.encoding,
        secretFile: flags['secret-file'],
        codesFile: flags.codes,
        progress: stderr.isTTY ? stderr : undefined,
      });
      printIngestSummary(summary, process.stdout);
      if (summary.keyFileWritten) {
        stderr.write(`tzm: nieuwe sleutel geschreven naar ${summary.keyFileWritten}; bewaar een kopie apart van de database / new key written to ${summary.keyFileWritten}; keep a copy apart from the database\n`);
      }
      // A run of files that were all loaded before changed nothing: no new snapshot to copy,
      // unless an earlier run left its commit unpublished.
      return publishCommitted(db, { committed: summary.files.some((file) => file.status === 'loaded'), earlier, stderr });
    }
    case 'classify': {
      const options = { db: required(flags, 'db'), asOf: required(flags, 'as-of'), format: format(flags), out: flags.out };
      const { classifyCommand } = await import('./classify/command.js');
      await classifyCommand(options);
      return 0;
    }
    case 'monitor': {
      const options = {
        db: required(flags, 'db'),
        from: required(flags, 'from'),
        to: required(flags, 'to'),
        format: format(flags),
        out: flags.out,
        targetsFile: flags.targets,
        progress: stderr.isTTY ? stderr : undefined,
      };
      const earlier = await unpublishedBefore(options.db);
      const { monitorCommand } = await import('./monitor/command.js');
      try {
        await monitorCommand(options);
      } catch (error) {
        // The run may have committed before printing failed (e.g. `| head`): publish what is there.
        await publish(options.db).catch(() => undefined);
        throw error;
      }
      return publishCommitted(options.db, { committed: true, earlier, stderr });
    }
    case 'serve': {
      const options = { db: required(flags, 'db'), port: integer(flags, 'port', 3000), usersFile: flags.users };
      const { serve } = await import('../dashboard/serve.js');
      await serve(options);
      return 0;
    }
    case 'report': {
      const options = { db: required(flags, 'db'), month: required(flags, 'month'), out: required(flags, 'out') };
      const { writeReport } = await import('../dashboard/report/write-report.js');
      await writeReport(options);
      return 0;
    }
    case 'generate': {
      const options = { out: required(flags, 'out'), pupils: integer(flags, 'pupils', 6000), seed: integer(flags, 'seed', 1) };
      const { generate } = await import('./generate/generate.js');
      const summary = await generate(options);
      process.stdout.write(`${summary}\n`);
      return 0;
    }
    default:
      throw new UserError(`onbekende opdracht '${command}'`, `unknown command '${command}'`, { exitCode: 2 });
  }
}

/** The --db of this run, when the error is one openDatabase knows how to explain (db/open-errors.ts). */
function asDatabaseError(error: unknown): UserError | undefined {
  const at = argv.indexOf('--db');
  const db = at === -1 ? undefined : argv[at + 1];
  return db === undefined ? undefined : databaseError(db, error);
}

/** The reader of our output went away (`tzm classify ... | head`): not an error of ours. */
function isClosedPipe(error: unknown): boolean {
  return error instanceof Error && 'code' in error && error.code === 'EPIPE';
}

const argv = process.argv.slice(2);
process.stdout.on('error', (error) => {
  if (!isClosedPipe(error)) throw error;
});
main(argv).then(
  (code) => {
    process.exitCode = code;
  },
  (thrown: unknown) => {
    // A database DuckDB could not use (locked, full disk, read-only) is a user's matter too.
    const error = thrown instanceof UserError ? thrown : (asDatabaseError(thrown) ?? thrown);
    if (isClosedPipe(error)) {
      process.exitCode = 0;
    } else if (error instanceof UserError) {
      process.stderr.write(scrubBsn(`tzm: ${error.nl} / ${error.en}\n`));
      if (argv.includes('--debug')) process.stderr.write(scrubBsn(`${error.stack}\n`));
      process.exitCode = error.exitCode;
    } else if (error instanceof TypeError && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS')) {
      process.stderr.write(scrubBsn(`tzm: ongeldige optie / invalid option: ${error.message}\n`));
      process.exitCode = 2;
    } else {
      const full = (error instanceof Error ? error.message : String(error)).split('\n')[0];
      const message = full.length > 300 ? `${full.slice(0, 300).replace(/\d+$/, '')}…` : full;
      // DuckDB's own messages may quote a raw line: cut short and scrubbed (spec/inputs.md "Privacy").
      process.stderr.write(scrubBsn(`tzm: interne fout / internal error: ${message}\n`));
      if (argv.includes('--debug') && error instanceof Error) process.stderr.write(scrubBsn(`${error.stack}\n`));
      else process.stderr.write('tzm: draai opnieuw met --debug voor details / rerun with --debug for details\n');
      process.exitCode = 70;
    }
  },
);
