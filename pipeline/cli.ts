// `tzm`: a thin command line over the pipeline and dashboard libraries.
// It parses each command's own flags (the tables below), calls one library function with a
// typed options object, and prints. `tzm` alone prints the overview and exits 2.
// A UserError becomes one line on stderr and its exit code; anything else is a bug (--debug: stack).

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { commandHelp, overview, parseCommand, type CommandSpec, type FlagValue } from './cli-flags.js';
import { databaseError } from './db/open-errors.js';
import { projectRoot } from './db/sql-file.js';
import { scrubBsn } from './privacy/scrub-bsn.js';
import { UserError } from './user-error.js';

// One table per command: its flags, their allowed values and defaults (pipeline/cli-flags.ts).
// A new flag is one line in its command's table.
const db = { value: 'FILE', help: 'de database', required: true } as const;
const format = { value: 'FORMAT', help: 'uitvoervorm', choices: ['csv', 'json'], default: 'csv' } as const;
const out = { value: 'FILE', help: 'schrijf naar dit bestand in plaats van naar standaarduitvoer' } as const;
const delimiter = { value: 'D', help: "scheidingsteken: ';', ',' of tab (standaard: herkend)" } as const;
const encoding = { value: 'E', help: 'tekenset: utf-8, windows-1252 of utf-16 (standaard: herkend)' } as const;
const layouts = { value: 'MAP', help: 'een map met eigen layouts (JSON), naast die van het pakket' } as const;

const commands = {
  ingest: {
    summary: 'laadt exportbestanden in de database / loads export files into the database',
    positionals: 'FILE|MAP...',
    flags: {
      db,
      kind: { value: 'KIND', help: 'soort van alle bestanden: scholen, vakanties, leerlingen, inschrijvingen, vrijstellingen, trajecten, redenen, verzuim (standaard: herkend aan de kolommen)' },
      delimiter,
      encoding,
      'secret-file': { value: 'F', help: 'het geheim voor de pseudoniemen (standaard: naast de database)' },
      codes: { value: 'F', help: 'eigen verzuimcodes (CSV: code;categorie;omschrijving, met brin en layout per school)' },
      layout: { value: 'NAAM', help: 'de layout van alle bestanden (standaard: herkend aan de kopregel; verplicht zonder kopregel)' },
      layouts,
      brin: { value: '12AB', help: 'de school van een export zonder BRIN-kolom' },
      vestiging: { value: '00', help: 'de vestiging bij --brin' },
    },
  },
  layout: {
    summary: 'ontwerpt een layout uit een voorbeeldbestand / drafts a layout from a sample file',
    positionals: 'FILE',
    flags: {
      kind: { value: 'KIND', help: 'de soort bestand', required: true },
      name: { value: 'NAAM', help: 'de naam van de nieuwe layout' },
      out: { value: 'FILE.json', help: 'schrijf de layout hierheen in plaats van naar standaarduitvoer' },
      layouts,
      delimiter,
      encoding,
    },
  },
  classify: {
    summary: 'deelt iedereen in op één peildatum / classifies everyone on one peildatum',
    flags: { db, 'as-of': { value: 'JJJJ-MM-DD', help: 'de peildatum', required: true }, format, out },
  },
  monitor: {
    summary: 'maandmonitor over een reeks maanden / monthly monitor over a range of months',
    flags: {
      db,
      from: { value: 'JJJJ-MM', help: 'eerste maand (verplicht, behalve met --remove)' },
      to: { value: 'JJJJ-MM', help: 'laatste maand (verplicht, behalve met --remove)' },
      format,
      out,
      targets: { value: 'F', help: 'doelen (JSON)' },
      remove: { value: 'JJJJ-MM[..JJJJ-MM]', help: 'verwijdert deze bewaarde maanden in plaats van te rekenen' },
    },
  },
  jaartelling: {
    summary: 'de jaartelling (Leerplichttelling, jaarverslag) over een schooljaar / the annual count of a school year',
    flags: {
      db,
      schooljaar: { value: 'JJJJ-JJJJ', help: 'het schooljaar, 1 augustus t/m 31 juli (bijvoorbeeld 2025-2026)', required: true },
      tot: { value: 'JJJJ-MM-DD', help: 'laatste getelde dag, binnen het schooljaar (standaard: laatste dag van de nieuwste maand met verzuimgegevens, hoogstens 31 juli)' },
      format,
      out,
    },
  },
  serve: {
    summary: 'de dashboards / the dashboards',
    flags: {
      db,
      port: { value: 'N', help: 'poort', default: '3000', integer: { min: 1, max: 65535 } },
      users: { value: 'F', help: 'gebruikers (JSON); zonder: alleen de openbare pagina' },
      'allowed-host': { value: 'NAAM', help: 'hostnaam waarop de server ook antwoordt (naast localhost)', multiple: true },
      'trusted-proxy': { value: 'ADRES', help: 'proxy waarvan X-Forwarded-For wordt geloofd', multiple: true },
    },
  },
  report: {
    summary: 'het maandrapport voor de raad / the monthly council report',
    flags: { db, month: { value: 'JJJJ-MM', help: 'de maand', required: true }, out: { ...out, help: 'het HTML-bestand', required: true } },
  },
  generate: {
    summary: 'een verzonnen gemeente om mee te oefenen / a made-up municipality to practise on',
    flags: {
      out: { value: 'DIR', help: 'map voor de bestanden', required: true },
      pupils: { value: 'N', help: 'aantal leerlingen', default: '6000', integer: { min: 1, max: 10_000_000 } },
      seed: { value: 'N', help: 'startwaarde van het toeval', default: '1', integer: { min: 0, max: 2 ** 31 - 1 } },
    },
  },
} satisfies Record<string, CommandSpec>;

type CommandName = keyof typeof commands;

const text = (value: FlagValue) => value as string;
const optional = (value: FlagValue) => value as string | undefined;

function version(): string {
  return (JSON.parse(readFileSync(path.join(projectRoot, 'package.json'), 'utf8')) as { version: string }).version;
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
  const [command, ...rest] = argv;
  if (command === undefined) {
    process.stderr.write(`${overview(commands)}\n`);
    return 2;
  }
  if (command === '--help' || command === '-h' || command === 'help') {
    const topic = rest[0];
    if (topic !== undefined && Object.hasOwn(commands, topic)) process.stdout.write(`${commandHelp(topic, commands[topic as CommandName])}\n`);
    else process.stdout.write(`${overview(commands)}\n`);
    return 0;
  }
  if (command === '--version' || command === '-v') {
    process.stdout.write(`tzm ${version()}\n`);
    return 0;
  }
  if (!Object.hasOwn(commands, command)) {
    throw command.startsWith('-')
      ? new UserError(`zet eerst de opdracht, dan ${command} (zie tzm --help)`, `give the command first, then ${command} (see tzm --help)`, { exitCode: 2 })
      : new UserError(`onbekende opdracht '${command}' (zie tzm --help)`, `unknown command '${command}' (see tzm --help)`, { exitCode: 2 });
  }
  const name = command as CommandName;
  const { flags, positionals: files } = parseCommand(name, commands[name], rest, commands);
  if (flags.help) {
    process.stdout.write(`${commandHelp(name, commands[name])}\n`);
    return 0;
  }
  const stderr = process.stderr;
  process.umask(0o077); // every file tzm writes (--out of report too) is its owner's only (issue 9)
  if (typeof flags.db === 'string' && ['ingest', 'classify', 'monitor', 'jaartelling'].includes(name)) await removeSpillOnSignal(flags.db);
  switch (name) {
    case 'ingest': {
      if (files.length === 0) throw new UserError('geen bestanden opgegeven', 'no files given', { exitCode: 2 });
      const db = text(flags.db);
      const earlier = await unpublishedBefore(db);
      const { ingestFiles } = await import('./ingest/ingest.js');
      const { printIngestSummary } = await import('./ingest/summary.js');
      const summary = await ingestFiles({
        db,
        files,
        kind: optional(flags.kind),
        delimiter: optional(flags.delimiter),
        encoding: optional(flags.encoding),
        secretFile: optional(flags['secret-file']),
        codesFile: optional(flags.codes),
        layout: optional(flags.layout),
        layoutsDir: optional(flags.layouts),
        brin: optional(flags.brin),
        vestiging: optional(flags.vestiging),
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
    case 'layout': {
      if (files.length !== 1) throw new UserError('geef één voorbeeldbestand', 'give one sample file', { exitCode: 2 });
      const { draftLayout, describeDraft } = await import('./ingest/layout-draft.js');
      const { loadLayouts } = await import('./ingest/layouts.js');
      const draft = await draftLayout(files[0], loadLayouts(optional(flags.layouts)), {
        kind: text(flags.kind), name: optional(flags.name), delimiter: optional(flags.delimiter), encoding: optional(flags.encoding),
      });
      const json = `${JSON.stringify(draft.layout, null, 2)}\n`;
      if (flags.out) (await import('node:fs')).writeFileSync(text(flags.out), json);
      else process.stdout.write(json);
      stderr.write(`${describeDraft(draft)}\n`);
      return 0;
    }
    case 'classify': {
      const options = { db: text(flags.db), asOf: text(flags['as-of']), format: text(flags.format) as 'csv' | 'json', out: optional(flags.out) };
      const { classifyCommand } = await import('./classify/command.js');
      await classifyCommand(options);
      return 0;
    }
    case 'monitor': {
      if (flags.remove !== undefined) {
        const { removeMonthsCommand } = await import('./monitor/remove-months.js');
        await removeMonthsCommand({ db: text(flags.db), range: text(flags.remove) });
        return publishCommitted(text(flags.db), { committed: true, earlier: false, stderr });
      }
      for (const name of ['from', 'to'] as const) {
        if (flags[name] === undefined) throw new UserError(`--${name} ontbreekt`, `--${name} is required`, { exitCode: 2 });
      }
      const options = {
        db: text(flags.db),
        from: text(flags.from),
        to: text(flags.to),
        format: text(flags.format) as 'csv' | 'json',
        out: optional(flags.out),
        targetsFile: optional(flags.targets),
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
    case 'jaartelling': {
      const options = {
        db: text(flags.db),
        schooljaar: text(flags.schooljaar),
        tot: optional(flags.tot),
        format: text(flags.format) as 'csv' | 'json',
        out: optional(flags.out),
        progress: stderr.isTTY ? stderr : undefined,
      };
      // a bad --schooljaar or --tot is refused before anything is opened (and nothing is published)
      const { parseSchoolYear, parseTot } = await import('./jaartelling/school-year.js');
      const year = parseSchoolYear(options.schooljaar);
      if (options.tot !== undefined) parseTot(options.tot, year);
      const earlier = await unpublishedBefore(options.db);
      const { jaartellingCommand } = await import('./jaartelling/command.js');
      try {
        await jaartellingCommand(options);
      } catch (error) {
        // The count may have committed before printing failed (e.g. `| head`): publish what is there.
        await publish(options.db).catch(() => undefined);
        throw error;
      }
      return publishCommitted(options.db, { committed: true, earlier, stderr });
    }
    case 'serve': {
      const options = {
        db: text(flags.db),
        port: flags.port as number,
        usersFile: optional(flags.users),
        server: { allowedHosts: flags['allowed-host'] as string[], trustedProxies: flags['trusted-proxy'] as string[] },
      };
      const { serve } = await import('../dashboard/serve.js');
      await serve(options);
      return 0;
    }
    case 'report': {
      const options = { db: text(flags.db), month: text(flags.month), out: text(flags.out) };
      const { writeReport } = await import('../dashboard/report/write-report.js');
      await writeReport(options);
      return 0;
    }
    case 'generate': {
      const options = { out: text(flags.out), pupils: flags.pupils as number, seed: flags.seed as number };
      const { generate } = await import('./generate/generate.js');
      const summary = await generate(options);
      process.stdout.write(`${summary}\n`);
      return 0;
    }
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
