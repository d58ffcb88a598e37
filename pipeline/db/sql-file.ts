import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

// SQL lives in .sql files beside the code that runs it. The compiled JS runs from dist/,
// so files are resolved against the project root, which holds both trees.
export const projectRoot = findRoot(path.dirname(fileURLToPath(import.meta.url)));

function findRoot(dir: string): string {
  let current = dir;
  for (;;) {
    if (path.basename(current) !== 'dist' && existsPackage(current)) return current;
    const parent = path.dirname(current);
    if (parent === current) throw new Error(`package.json not found above ${dir}`);
    current = parent;
  }
}

function existsPackage(dir: string): boolean {
  try {
    readFileSync(path.join(dir, 'package.json'));
    return true;
  } catch {
    return false;
  }
}

const cache = new Map<string, string>();

/** The text of a .sql file, by its path from the project root (e.g. 'pipeline/db/schema.sql'). */
export function sqlFile(relativePath: string): string {
  let text = cache.get(relativePath);
  if (text === undefined) {
    text = readFileSync(path.join(projectRoot, relativePath), 'utf8');
    cache.set(relativePath, text);
  }
  return text;
}
