// `tzm`: a thin command line over the pipeline and dashboard libraries.
// It parses flags, calls one library function with a typed options object, and prints.
// A UserError becomes one line on stderr and its exit code; anything else is a bug (--debug: stack).

import { parseArgs } from 'node:util';
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

async function main(argv: string[]): Promise<number> {
  const { values: flags, positionals } = parse(argv);
  const [command, ...files] = positionals;
  if (flags.help || command === undefined || command === 'help') {
    process.stdout.write(`${usage}\n`);
    return 0;
  }
  const stderr = process.stderr;
  switch (command) {
    case 'ingest': {
      if (files.length === 0) throw new UserError('geen bestanden opgegeven', 'no files given', { exitCode: 2 });
      const db = required(flags, 'db');
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
      // A run of files that were all loaded before changed nothing: no new snapshot to copy.
      if (summary.files.some((file) => file.status === 'loaded')) await publish(db);
      return 0;
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
      const { monitorCommand } = await import('./monitor/command.js');
      try {
        await monitorCommand(options);
      } catch (error) {
        // The run may have committed before printing failed (e.g. `| head`): publish what is there.
        await publish(options.db).catch(() => undefined);
        throw error;
      }
      await publish(options.db);
      return 0;
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
  (error: unknown) => {
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
