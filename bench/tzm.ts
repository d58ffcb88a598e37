// The real `tzm` command line, run as a child process from the project root, as a user runs it.

import { fileURLToPath } from 'node:url';
import { measureProcess, type MeasureOptions, type Measured } from './measure-process.js';

export const projectRoot = fileURLToPath(new URL('../../', import.meta.url));

/** A fixed pseudonymisation secret, so copies of one database share it (never a real one). */
export const benchEnv: NodeJS.ProcessEnv = { ...process.env, TZM_SECRET: 'tzm-bench-secret-not-for-real-data' };

export function runTzm(args: string[], options: MeasureOptions = {}): Promise<Measured> {
  return measureProcess(process.execPath, ['bin/tzm.js', ...args], { cwd: projectRoot, env: benchEnv, ...options });
}

/** Runs a compiled benchmark helper (dist/bench/NAME.js) as a child process. */
export function runHelper(name: string, args: string[], options: MeasureOptions = {}): Promise<Measured> {
  return measureProcess(process.execPath, [`dist/bench/${name}.js`, ...args], { cwd: projectRoot, env: benchEnv, ...options });
}
