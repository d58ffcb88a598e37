// The flags of each `tzm` command, read from a table per command (pipeline/cli.ts): a flag of
// another command, an unknown flag, a missing or bad value is one Dutch and English line and
// exit 2; `--help` after a command prints that command's flags with their allowed values and
// defaults. Every flag is written `--name VALUE` or `--name=VALUE`.

import { parseArgs } from 'node:util';
import { UserError } from './user-error.js';

export interface FlagSpec {
  /** Placeholder in the help (`FILE`, `JJJJ-MM`); absent for an on/off flag. */
  value?: string;
  /** What it does, in Dutch, for the help. */
  help: string;
  required?: boolean;
  /** Shown in the help; parsed like a given value when the flag is absent. */
  default?: string;
  /** The only values allowed (checked here). */
  choices?: readonly string[];
  /** A whole number in this range (the value is then a number). */
  integer?: { min: number; max: number };
  /**
   * May be given more than once: the value is a list. true: also as a comma-separated list;
   * 'repeat': only by repeating the flag, each value whole (a file name may hold a comma).
   */
  multiple?: boolean | 'repeat';
}

export interface CommandSpec {
  /** One line: Dutch / English. */
  summary: string;
  /** Positional arguments in the help (`FILE|MAP...`); absent: none allowed. */
  positionals?: string;
  flags: Record<string, FlagSpec>;
}

/** A `tzm` command: its flag table and what it does with the parsed flags (pipeline/commands/). */
export interface Command extends CommandSpec {
  /** Resolves to the exit status. */
  run(parsed: ParsedCommand): Promise<number>;
}

/** Flags every command takes. */
export const commonFlags: Record<string, FlagSpec> = {
  debug: { help: 'toont de volledige fout / shows the full error' },
  help: { help: 'deze hulp / this help' },
};

export type FlagValue = string | number | boolean | string[] | undefined;

export interface ParsedCommand {
  flags: Record<string, FlagValue>;
  positionals: string[];
}

const usageError = (nl: string, en: string) => new UserError(nl, en, { exitCode: 2 });

/** Reads argv (after the command name) against one command's table. */
export function parseCommand(name: string, spec: CommandSpec, argv: string[], all: Record<string, CommandSpec>): ParsedCommand {
  const table = { ...spec.flags, ...commonFlags };
  const options = Object.fromEntries(
    Object.entries(table).map(([flag, f]) => [flag, { type: f.value ? 'string' : 'boolean', ...(flag === 'help' ? { short: 'h' } : {}) } as const]),
  );
  const { tokens } = parseArgs({ args: argv, options, allowPositionals: true, strict: false, tokens: true });
  const given = new Map<string, string | boolean | string[]>();
  const positionals: string[] = [];
  for (const token of tokens) {
    if (token.kind === 'positional') {
      if (!spec.positionals) {
        throw usageError(`onverwacht argument '${token.value}' bij tzm ${name}`, `unexpected argument '${token.value}' for tzm ${name}`);
      }
      positionals.push(token.value);
      continue;
    }
    if (token.kind !== 'option') continue; // `--`: the rest are positionals
    const flag = table[token.name];
    if (!flag) throw unknownFlag(name, token.rawName, all);
    if (!flag.value) {
      if (token.value !== undefined) throw usageError(`${token.rawName} neemt geen waarde`, `${token.rawName} takes no value`);
      given.set(token.name, true);
      continue;
    }
    if (token.value === undefined || (token.inlineValue === false && token.value.startsWith('--'))) {
      throw usageError(`${token.rawName} heeft een waarde nodig (${flag.value})`, `${token.rawName} needs a value (${flag.value})`);
    }
    const previous = given.get(token.name);
    if (flag.multiple) {
      const values = flag.multiple === 'repeat' ? [token.value].filter((v) => v.trim() !== '') : token.value.split(',').map((v) => v.trim()).filter((v) => v !== '');
      given.set(token.name, [...((previous as string[] | undefined) ?? []), ...values]);
    } else if (previous !== undefined) {
      throw usageError(`--${token.name} staat er twee keer`, `--${token.name} is given twice`);
    } else {
      given.set(token.name, token.value);
    }
  }
  if (given.get('help')) return { flags: { help: true }, positionals };

  const flags: Record<string, FlagValue> = {};
  for (const [flagName, flag] of Object.entries(table)) {
    const raw = given.get(flagName) ?? flag.default;
    if (raw === undefined || raw === '') {
      if (flag.required) throw usageError(`--${flagName} ontbreekt`, `--${flagName} is required`);
      flags[flagName] = flag.multiple ? [] : undefined;
      continue;
    }
    flags[flagName] = typeof raw === 'string' ? checkValue(flagName, flag, raw) : raw;
  }
  return { flags, positionals };
}

function checkValue(name: string, flag: FlagSpec, value: string): string | number {
  if (flag.choices && !flag.choices.includes(value)) {
    const list = flag.choices.join(', ');
    throw usageError(`--${name} is een van ${list}, niet '${value}'`, `--${name} must be one of ${list}, not '${value}'`);
  }
  if (flag.integer) {
    const { min, max } = flag.integer;
    const n = /^\d+$/.test(value) ? Number(value) : Number.NaN;
    if (!(n >= min && n <= max)) {
      throw usageError(
        `--${name} moet een geheel getal van ${min} t/m ${max} zijn, niet '${value}'`,
        `--${name} must be a whole number from ${min} to ${max}, not '${value}'`,
      );
    }
    return n;
  }
  return value;
}

function unknownFlag(command: string, rawName: string, all: Record<string, CommandSpec>): UserError {
  const name = rawName.replace(/^-+/, '');
  const owners = Object.entries(all).filter(([, spec]) => Object.hasOwn(spec.flags, name)).map(([other]) => `tzm ${other}`);
  if (owners.length > 0) {
    return usageError(
      `${rawName} hoort niet bij tzm ${command} (wel bij ${owners.join(', ')})`,
      `${rawName} is not an option of tzm ${command} (it is of ${owners.join(', ')})`,
    );
  }
  return usageError(
    `onbekende optie ${rawName} bij tzm ${command} (zie tzm ${command} --help)`,
    `unknown option ${rawName} for tzm ${command} (see tzm ${command} --help)`,
  );
}

/** `--db FILE [--format csv|json]`: the command's flags in one line. */
export function synopsis(spec: CommandSpec): string {
  const parts = Object.entries(spec.flags).map(([name, flag]) => {
    const text = flag.value ? `--${name} ${flag.choices ? flag.choices.join('|') : flag.value}` : `--${name}`;
    return flag.required ? text : `[${text}]`;
  });
  return [...parts, ...(spec.positionals ? [spec.positionals] : [])].join(' ');
}

/** `tzm <command> --help`. */
export function commandHelp(name: string, spec: CommandSpec): string {
  const rows = Object.entries({ ...spec.flags, ...commonFlags }).map(([flagName, flag]) => {
    const left = `${flagName === 'help' ? '-h, ' : ''}--${flagName}${flag.value ? ` ${flag.choices ? flag.choices.join('|') : flag.value}` : ''}`;
    const notes = [
      flag.required ? 'verplicht' : undefined,
      flag.default !== undefined ? `standaard: ${flag.default}` : undefined,
      flag.integer ? `${flag.integer.min} t/m ${flag.integer.max}` : undefined,
      flag.multiple === 'repeat' ? 'mag vaker' : flag.multiple ? 'mag vaker, of met komma\'s' : undefined,
    ].filter(Boolean);
    return [left, `${flag.help}${notes.length > 0 ? ` (${notes.join('; ')})` : ''}`];
  });
  const width = Math.max(...rows.map(([left]) => left.length)) + 2;
  return [
    `tzm ${name} — ${spec.summary}`,
    '',
    `  tzm ${name} ${synopsis(spec)}`,
    '',
    ...rows.map(([left, right]) => `  ${left.padEnd(width)}${right}`),
  ].join('\n');
}

/** `tzm --help`: every command in one line each. */
export function overview(all: Record<string, CommandSpec>): string {
  const width = Math.max(...Object.keys(all).map((name) => name.length));
  return [
    'tzm — thuiszittersmonitor',
    '',
    ...Object.entries(all).map(([name, spec]) => `  tzm ${name.padEnd(width)} ${synopsis(spec)}`),
    '',
    '  tzm OPDRACHT --help   de opties van een opdracht, met hun waarden / the options of a command',
    '  tzm --version         de versie / the version',
    '  --debug               toont de volledige fout / shows the full error',
  ].join('\n');
}
