// `tzm`: a thin command line over the pipeline and dashboard libraries.
// Each command (pipeline/commands/) has its own flag table; this file parses against it, runs
// the command, and turns errors into one line. `tzm` alone prints the overview and exits 2.
// A UserError becomes one line on stderr and its exit code; anything else is a bug (--debug: stack).

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { commandHelp, overview, parseCommand, type Command } from './cli-flags.js';
import { classify } from './commands/classify.js';
import { generate } from './commands/generate.js';
import { hashPasswordCommand } from './commands/hash-password.js';
import { ingest } from './commands/ingest.js';
import { jaartelling } from './commands/jaartelling.js';
import { layout } from './commands/layout.js';
import { monitor } from './commands/monitor.js';
import { report } from './commands/report.js';
import { serve } from './commands/serve.js';
import { databaseError } from './db/open-errors.js';
import { projectRoot } from './db/sql-file.js';
import { scrubBsn } from './privacy/scrub-bsn.js';
import { UserError } from './user-error.js';

// Every command lives in pipeline/commands/<name>.ts with its own flag table and help; a new
// command is one file there and one line here.
const commands: Record<string, Command> = {
  ingest, layout, classify, monitor, jaartelling, serve, report, generate, 'hash-password': hashPasswordCommand,
};

function version(): string {
  return (JSON.parse(readFileSync(path.join(projectRoot, 'package.json'), 'utf8')) as { version: string }).version;
}

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined) {
    process.stderr.write(`${overview(commands)}\n`);
    return 2;
  }
  if (name === '--help' || name === '-h' || name === 'help') {
    const topic = rest[0];
    if (topic !== undefined && Object.hasOwn(commands, topic)) process.stdout.write(`${commandHelp(topic, commands[topic])}\n`);
    else process.stdout.write(`${overview(commands)}\n`);
    return 0;
  }
  if (name === '--version' || name === '-v') {
    process.stdout.write(`tzm ${version()}\n`);
    return 0;
  }
  if (!Object.hasOwn(commands, name)) {
    throw name.startsWith('-')
      ? new UserError(`zet eerst de opdracht, dan ${name} (zie tzm --help)`, `give the command first, then ${name} (see tzm --help)`, { exitCode: 2 })
      : new UserError(`onbekende opdracht '${name}' (zie tzm --help)`, `unknown command '${name}' (see tzm --help)`, { exitCode: 2 });
  }
  const command = commands[name];
  const parsed = parseCommand(name, command, rest, commands);
  if (parsed.flags.help) {
    process.stdout.write(`${commandHelp(name, command)}\n`);
    return 0;
  }
  process.umask(0o077); // every file tzm writes (--out of report too) is its owner's only (issue 9)
  return command.run(parsed);
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
