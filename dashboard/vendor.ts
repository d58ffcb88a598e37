// The browser bundles of Plot and d3 (UMD: they define window.Plot and window.d3), served under
// /vendor/ and inlined into the printed report. Found through Node's resolution, so they are
// found wherever npm put the packages.

import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);

export const vendorFiles: Record<string, { pkg: string; file: string }> = {
  'd3.min.js': { pkg: 'd3', file: 'dist/d3.min.js' },
  'plot.umd.min.js': { pkg: '@observablehq/plot', file: 'dist/plot.umd.min.js' },
};

export function vendorPath(name: string): string | undefined {
  if (!Object.hasOwn(vendorFiles, name)) return undefined; // not `constructor` and the like
  const entry = vendorFiles[name];
  let dir = path.dirname(require.resolve(entry.pkg));
  while (!existsSync(path.join(dir, 'package.json')) || readPackageName(dir) !== entry.pkg) {
    const parent = path.dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
  return path.join(dir, entry.file);
}

function readPackageName(dir: string): string | undefined {
  try {
    return JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')).name;
  } catch {
    return undefined;
  }
}
