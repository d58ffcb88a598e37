// Recognising a file from its header: which layout (source system) and which kind of file, and
// which column holds which canonical field. spec/inputs.md: header names match case- and
// space-insensitively, with aliases per source system kept in schemas/layouts/ (and in a folder
// of the user's own, --layouts DIR). A layout may also describe a file without a header (columns
// by position) and fixed values for fields the export lacks. The kind is never guessed between
// two candidates (inputs.md 1.1): see candidatesFor.

import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../db/sql-file.js';
import { UserError } from '../user-error.js';
import { ABSENCE_ONLY_FIELDS, ABSENCE_ONLY_HEADERS, FIXABLE_BY_FLAG, HOURS_FIELDS, fieldNames, requiredFields } from './fields.js';

export const KINDS = [
  'scholen',
  'vakanties',
  'leerlingen',
  'inschrijvingen',
  'vrijstellingen',
  'trajecten',
  'redenen',
  'verzuim_events',
  'verzuim_periods',
] as const;
export type Kind = (typeof KINDS)[number];

export interface Layout {
  name: string;
  description: string;
  /** Hours one row stands for when the file has no hours column (a lesson counts as an hour). */
  hoursPerRow?: number;
  /** false: the file has no header row and every field is a column number (1 = the first). */
  header?: boolean;
  /** Values for fields the export lacks, e.g. { "brin": "12AB" } for one school's export. */
  fixed?: Record<string, string>;
  /** Per kind: field -> the header names it goes by (or, without a header, its column number). */
  kinds: Partial<Record<Kind, Record<string, string[] | number>>>;
  /** Per kind: the fields a header must have to be this layout (default: the kind's required fields). */
  required?: Partial<Record<Kind, string[]>>;
  /** Where the layout was read from (messages). */
  file?: string;
}

/** A layout as its JSON file has it, before the check: `tzm layout` drafts hoursPerRow as text to fill in. */
export type LayoutFile = Omit<Layout, 'hoursPerRow'> & { hoursPerRow?: number | string };

/** How one file's header maps onto a layout's kind. */
export interface HeaderMatch {
  layout: Layout;
  kind: Kind;
  /** canonical field -> column index in the file */
  columns: Map<string, number>;
  score: number;
}

export const layoutsDir = path.join(projectRoot, 'schemas', 'layouts');

/**
 * The package's layouts and, with `extraDir` (--layouts DIR), the user's: a user's layout of the
 * same name replaces the package's. Every layout is checked against the field list (fields.ts).
 */
export function loadLayouts(extraDir?: string): Layout[] {
  const byName = new Map<string, Layout>();
  for (const dir of extraDir ? [layoutsDir, extraDir] : [layoutsDir]) {
    for (const layout of readLayoutDir(dir)) byName.set(layout.name.toLowerCase(), layout);
  }
  return [...byName.values()];
}

function readLayoutDir(dir: string): Layout[] {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    throw new UserError(`--layouts ${dir}: map niet gevonden`, `--layouts ${dir}: folder not found`, { exitCode: 2 });
  }
  return readdirSync(dir)
    .filter((file) => file.endsWith('.json'))
    .sort()
    .map((file) => readLayout(path.join(dir, file)));
}

export function readLayout(file: string): Layout {
  const name = path.basename(file);
  let layout: LayoutFile;
  try {
    layout = JSON.parse(readFileSync(file, 'utf8').replace(/^\uFEFF/, '')) as LayoutFile;
  } catch (error) {
    throw new UserError(`layout ${name}: geen geldige JSON (${(error as Error).message})`, `layout ${name}: not valid JSON (${(error as Error).message})`);
  }
  const problem = layoutProblem(layout);
  if (problem) throw new UserError(`layout ${name}: ${problem.nl}`, `layout ${name}: ${problem.en}`);
  return { ...(layout as Layout), file };
}

/** What is wrong with a layout, naming the field; null when it is fine. */
export function layoutProblem(layout: LayoutFile): { nl: string; en: string } | null {
  if (typeof layout !== 'object' || layout === null || typeof layout.name !== 'string' || layout.name.trim() === '') {
    return { nl: '"name" ontbreekt', en: '"name" is missing' };
  }
  if (typeof layout.kinds !== 'object' || layout.kinds === null || Object.keys(layout.kinds).length === 0) {
    return { nl: '"kinds" ontbreekt of is leeg', en: '"kinds" is missing or empty' };
  }
  const headerless = layout.header === false;
  const fixed = Object.keys(layout.fixed ?? {});
  for (const [kind, fields] of Object.entries(layout.kinds)) {
    if (!(KINDS as readonly string[]).includes(kind)) {
      return { nl: `onbekende soort '${kind}' (bekend: ${KINDS.join(', ')})`, en: `unknown kind '${kind}' (known: ${KINDS.join(', ')})` };
    }
    const known = fieldNames(kind as Kind);
    for (const [field, value] of Object.entries(fields ?? {})) {
      if (!known.includes(field)) {
        return { nl: `${kind}: onbekend veld '${field}' (velden: ${known.join(', ')})`, en: `${kind}: unknown field '${field}' (fields: ${known.join(', ')})` };
      }
      const ok = headerless ? Number.isInteger(value) && (value as number) >= 1 : Array.isArray(value) && value.every((v) => typeof v === 'string');
      if (!ok) {
        return headerless
          ? { nl: `${kind}.${field}: geef het kolomnummer (1 = de eerste kolom)`, en: `${kind}.${field}: give the column number (1 = the first column)` }
          : { nl: `${kind}.${field}: geef een lijst kopnamen, bijv. ["BSN"]`, en: `${kind}.${field}: give a list of header names, e.g. ["BSN"]` };
      }
    }
    for (const field of fixed) {
      if (!known.includes(field)) return { nl: `fixed: onbekend veld '${field}' voor ${kind}`, en: `fixed: unknown field '${field}' for ${kind}` };
    }
    const given = new Set([...Object.keys(fields ?? {}), ...fixed]);
    // brin may come from --brin at run time (a single-school export)
    const missing = requiredFields(kind as Kind).filter((f) => !given.has(f) && !FIXABLE_BY_FLAG.includes(f));
    if (missing.length > 0) {
      return { nl: `${kind}: verplicht veld '${missing[0]}' ontbreekt`, en: `${kind}: required field '${missing[0]}' is missing` };
    }
    for (const field of layout.required?.[kind as Kind] ?? []) {
      if (!given.has(field) && !FIXABLE_BY_FLAG.includes(field)) {
        return { nl: `required.${kind}: '${field}' staat niet bij de velden`, en: `required.${kind}: '${field}' is not among the fields` };
      }
    }
    const hoursFields = HOURS_FIELDS[kind as Kind];
    if (hoursFields && !hoursFields.some((f) => given.has(f))) {
      const list = hoursFields.map((f) => `'${f}'`);
      const nlList = `${list.slice(0, -1).join(', ')} of ${list.at(-1)}`;
      const enList = `${list.slice(0, -1).join(', ')} or ${list.at(-1)}`;
      return {
        nl: `${kind}: geen veld geeft de verzuimde uren: wijs ${nlList} toe aan een kolom (met alleen 'lesuur' telt elke regel als één les van "hoursPerRow" uur)`,
        en: `${kind}: no field gives the hours absent: map ${enList} to a column (with only 'lesuur' each row counts as one lesson of "hoursPerRow" hours)`,
      };
    }
  }
  // At most a day, like uren itself (checks/verzuim_events.sql); the draft's placeholder is text.
  const hours = layout.hoursPerRow;
  if (hours !== undefined && !(typeof hours === 'number' && hours > 0 && hours <= 24)) {
    return {
      nl: `"hoursPerRow": vul de uren in die één les telt, een getal groter dan 0 en hoogstens 24 (meestal 1: een lesuur telt als uur)`,
      en: `"hoursPerRow": fill in the hours one lesson counts, a number above 0 and at most 24 (usually 1: a lesson counts as an hour)`,
    };
  }
  return null;
}

/** 'BSN leerling', 'bsn_leerling' and 'Bsn-Leerling ' are the same header. */
export function normaliseHeader(name: string): string {
  return name
    .replace(/^\uFEFF/, '')
    .toLowerCase()
    .replace(/[\s_\-./()]/g, '');
}

/** The fields a header must have for a layout's kind; `present` are given otherwise (fixed, --brin). */
function requiredFor(layout: Layout, kind: Kind, present: readonly string[]): string[] {
  const wanted = new Set([...requiredFields(kind), ...(layout.required?.[kind] ?? [])]);
  for (const field of [...Object.keys(layout.fixed ?? {}), ...present]) wanted.delete(field);
  return [...wanted];
}

/**
 * Every (layout, kind) whose required fields all appear in the header, best first. The score
 * counts matched columns. `present`: fields the run gives for every file (--brin).
 */
export function matchHeader(header: string[], layouts: Layout[], onlyKinds?: readonly Kind[], present: readonly string[] = []): HeaderMatch[] {
  const normalised = header.map(normaliseHeader);
  const matches: HeaderMatch[] = [];
  for (const layout of layouts) {
    if (layout.header === false) continue; // only by --layout (positionMatch)
    for (const kind of KINDS) {
      const fields = layout.kinds[kind];
      if (!fields || (onlyKinds && !onlyKinds.includes(kind))) continue;
      const columns = new Map<string, number>();
      for (const [field, aliases] of Object.entries(fields)) {
        const wanted = new Set((aliases as string[]).map(normaliseHeader));
        const index = normalised.findIndex((name) => wanted.has(name));
        if (index !== -1) columns.set(field, index);
      }
      if (requiredFor(layout, kind, present).every((field) => columns.has(field))) {
        const unmatched = normalised.filter((name, i) => name !== '' && ![...columns.values()].includes(i)).length;
        matches.push({ layout, kind, columns, score: columns.size * 10 - unmatched });
      }
    }
  }
  return matches.sort((a, b) => b.score - a.score);
}

/** The columns of a header that any layout reads as an absence-only field (a lesson, a code). */
function absenceOnlyColumns(header: string[], layouts: Layout[]): number[] {
  const names = new Set<string>([...ABSENCE_ONLY_FIELDS.map(normaliseHeader), ...ABSENCE_ONLY_HEADERS]);
  for (const layout of layouts) {
    if (layout.header === false) continue;
    for (const kind of ['verzuim_events', 'verzuim_periods'] as const) {
      for (const field of ABSENCE_ONLY_FIELDS) {
        const aliases = layout.kinds[kind]?.[field];
        if (Array.isArray(aliases)) for (const alias of aliases) names.add(normaliseHeader(alias));
      }
    }
  }
  return header.map(normaliseHeader).flatMap((name, i) => (names.has(name) ? [i] : []));
}

/**
 * The candidates that remain for a header, without a guess (inputs.md 1.1):
 * 1. a candidate that leaves a column unread that only absence exports have (a lesson number,
 *    begin/end lesson, an absence code or reason) is out: it would take an absence export for
 *    another kind (an EduArte export for enrolments);
 * 2. a candidate that reads a strict subset of the columns another reads is out (the other
 *    explains the same file with more of its columns).
 * More than one left: the caller refuses the file, naming them.
 */
export function candidatesFor(header: string[], layouts: Layout[], onlyKinds?: readonly Kind[], present: readonly string[] = []): HeaderMatch[] {
  const absenceOnly = absenceOnlyColumns(header, layouts);
  const read = (m: HeaderMatch) => new Set(m.columns.values());
  const fitting = matchHeader(header, layouts, onlyKinds, present).filter((m) => absenceOnly.every((i) => read(m).has(i)));
  const isSubset = (a: Set<number>, b: Set<number>) => a.size < b.size && [...a].every((i) => b.has(i));
  return fitting.filter((m) => !fitting.some((other) => other !== m && isSubset(read(m), read(other))));
}

/** A layout without a header, chosen by --layout: its fields by column number. */
export function positionMatch(layout: Layout, onlyKinds?: readonly Kind[]): HeaderMatch[] {
  const matches: HeaderMatch[] = [];
  for (const kind of KINDS) {
    const fields = layout.kinds[kind];
    if (!fields || (onlyKinds && !onlyKinds.includes(kind))) continue;
    const columns = new Map(Object.entries(fields).map(([field, n]) => [field, (n as number) - 1]));
    matches.push({ layout, kind, columns, score: columns.size * 10 });
  }
  return matches;
}

/** The kinds a --kind flag allows: 'verzuim' covers both absence shapes. */
export function kindsForFlag(flag: string): Kind[] | null {
  const value = flag.trim().toLowerCase();
  if (value === 'verzuim') return ['verzuim_events', 'verzuim_periods'];
  return (KINDS as readonly string[]).includes(value) ? [value as Kind] : null;
}

/** A description of a candidate for messages: 'lesregistratie/verzuim_events'. */
export const candidateName = (m: Pick<HeaderMatch, 'layout' | 'kind'>) => `${m.layout.name}/${m.kind}`;
