// spec/inputs.md: a school's absence code maps to ziek, geoorloofd, ongeoorloofd or onbekend by
// the code table in schemas/verzuimcodes.csv (users extend it, or pass --codes FILE with more
// rows). Matching ignores case and surrounding spaces. An unmapped code is a data error.

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../db/sql-file.js';
import { UserError } from '../user-error.js';

export type AbsenceCategory = 'ziek' | 'geoorloofd' | 'ongeoorloofd' | 'onbekend';
export type CodeTable = ReadonlyMap<string, AbsenceCategory>;

const categories = new Set<string>(['ziek', 'geoorloofd', 'ongeoorloofd', 'onbekend']);

export const defaultCodesFile = path.join(projectRoot, 'schemas', 'verzuimcodes.csv');

/** The default table, extended (and overridden) by the rows of `extraFile`. */
export function loadCodeTable(extraFile?: string): CodeTable {
  const table = new Map<string, AbsenceCategory>();
  for (const file of extraFile ? [defaultCodesFile, extraFile] : [defaultCodesFile]) {
    readCodes(file, table);
  }
  return table;
}

function readCodes(file: string, table: Map<string, AbsenceCategory>): void {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    throw new UserError(`codetabel ${file} niet gevonden`, `code table ${file} not found`);
  }
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  lines.slice(1).forEach((line, index) => {
    if (line.trim() === '') return;
    const [code, category] = line.split(/[;,]/);
    const normalised = (category ?? '').trim().toLowerCase();
    if (!categories.has(normalised)) {
      throw new UserError(
        `codetabel ${path.basename(file)} regel ${index + 2}: onbekende categorie '${category ?? ''}'`,
        `code table ${path.basename(file)} line ${index + 2}: unknown category '${category ?? ''}'`,
      );
    }
    table.set(normaliseCode(code), normalised as AbsenceCategory);
  });
}

export function normaliseCode(code: string): string {
  return code.trim().toUpperCase();
}
