// The files an ingest was given: a folder stands for the exports in it (*.csv, *.tsv, *.txt,
// *.json, not in subfolders), so `tzm ingest --db monitor.duckdb export-oktober/` loads a
// month's delivery as it was saved.

import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { UserError } from '../user-error.js';

const EXPORT = /\.(csv|tsv|txt|json)$/i;

export function expandInputFiles(args: string[]): string[] {
  const files: string[] = [];
  for (const arg of args) {
    let isDirectory: boolean;
    try {
      isDirectory = statSync(arg).isDirectory();
    } catch {
      throw new UserError(`${arg}: bestand of map niet gevonden`, `${arg}: file or folder not found`);
    }
    if (!isDirectory) {
      files.push(arg);
      continue;
    }
    const inside = readdirSync(arg)
      .filter((name) => EXPORT.test(name) && !name.startsWith('.'))
      .sort()
      .map((name) => path.join(arg, name))
      .filter((file) => statSync(file).isFile());
    if (inside.length === 0) throw new UserError(`${arg}: geen exportbestanden in deze map`, `${arg}: no export files in this folder`);
    files.push(...inside);
  }
  return files;
}
