// Which code was measured: the commit, and whether the pipeline or dashboard had uncommitted
// changes (several engineers share one working tree, and SQL files are read at run time).

import { execFileSync } from 'node:child_process';
import { projectRoot } from './tzm.js';

export interface SourceState {
  commit: string;
  /** Paths under pipeline/ or dashboard/ that differ from the commit. */
  uncommitted: string[];
}

export function sourceState(): SourceState {
  const git = (...args: string[]) => execFileSync('git', args, { cwd: projectRoot, encoding: 'utf8' }).trim();
  try {
    const uncommitted = git('status', '--porcelain', '--', 'pipeline', 'dashboard', 'schemas').split('\n').filter(Boolean).map((l) => l.slice(3));
    return { commit: git('rev-parse', '--short', 'HEAD'), uncommitted };
  } catch {
    return { commit: 'unknown (no git)', uncommitted: [] };
  }
}
