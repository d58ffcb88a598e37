// Recognising a file from its header: which layout (source system) and which kind of file, and
// which column holds which canonical field. spec/inputs.md: header names match case- and
// space-insensitively, with aliases per source system kept in schemas/layouts/.

import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../db/sql-file.js';

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
  kinds: Partial<Record<Kind, Record<string, string[]>>>;
  required: Partial<Record<Kind, string[]>>;
}

/** How one file's header maps onto a layout's kind. */
export interface HeaderMatch {
  layout: Layout;
  kind: Kind;
  /** canonical field -> column index in the file */
  columns: Map<string, number>;
  score: number;
}

export const layoutsDir = path.join(projectRoot, 'schemas', 'layouts');

export function loadLayouts(dir = layoutsDir): Layout[] {
  return readdirSync(dir)
    .filter((file) => file.endsWith('.json'))
    .sort()
    .map((file) => JSON.parse(readFileSync(path.join(dir, file), 'utf8')) as Layout);
}

/** 'BSN leerling', 'bsn_leerling' and 'Bsn-Leerling ' are the same header. */
export function normaliseHeader(name: string): string {
  return name
    .replace(/^\uFEFF/, '')
    .toLowerCase()
    .replace(/[\s_\-./()]/g, '');
}

/**
 * Every (layout, kind) whose required fields all appear in the header, best first. The score
 * counts matched columns, so a per-period absence file (with a code) beats an enrollment file
 * (bsn, brin, van) that it also resembles.
 */
export function matchHeader(header: string[], layouts: Layout[], onlyKinds?: readonly Kind[]): HeaderMatch[] {
  const normalised = header.map(normaliseHeader);
  const matches: HeaderMatch[] = [];
  for (const layout of layouts) {
    for (const kind of KINDS) {
      const fields = layout.kinds[kind];
      if (!fields || (onlyKinds && !onlyKinds.includes(kind))) continue;
      const columns = new Map<string, number>();
      for (const [field, aliases] of Object.entries(fields)) {
        const wanted = new Set(aliases.map(normaliseHeader));
        const index = normalised.findIndex((name) => wanted.has(name));
        if (index !== -1) columns.set(field, index);
      }
      const required = layout.required[kind] ?? [];
      if (required.every((field) => columns.has(field))) {
        const unmatched = normalised.filter((name, i) => name !== '' && ![...columns.values()].includes(i)).length;
        matches.push({ layout, kind, columns, score: columns.size * 10 - unmatched });
      }
    }
  }
  return matches.sort((a, b) => b.score - a.score);
}

/** The kinds a --kind flag allows: 'verzuim' covers both absence shapes. */
export function kindsForFlag(flag: string): Kind[] | null {
  const value = flag.trim().toLowerCase();
  if (value === 'verzuim') return ['verzuim_events', 'verzuim_periods'];
  return (KINDS as readonly string[]).includes(value) ? [value as Kind] : null;
}
