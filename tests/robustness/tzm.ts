// Running the built `tzm` command as a user would (tests/global-setup.ts builds dist/), with a
// fixed secret so pseudonyms are the same in every run, and measuring its peak memory.

import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';

export const TZM = path.resolve('bin/tzm.js');
export const TZM_SECRET = 'robustness-secret-0123456789abcdef';

export interface TzmResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function runTzm(args: string[], env: NodeJS.ProcessEnv = {}): TzmResult {
  const result = spawnSync(process.execPath, [TZM, ...args], {
    encoding: 'utf8',
    env: { ...process.env, TZM_SECRET, ...env },
    maxBuffer: 64 * 1024 * 1024,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

export function spawnTzm(args: string[], env: NodeJS.ProcessEnv = {}): ChildProcess {
  return spawn(process.execPath, [TZM, ...args], { env: { ...process.env, TZM_SECRET, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
}

export interface MeasuredRun extends TzmResult {
  /** Peak resident memory of the tzm process in bytes (VmHWM, read until it exits). */
  peakRss: number;
}

/**
 * Runs tzm and polls /proc/<pid>/status for VmHWM, the kernel's own high-water mark of the
 * process's resident memory: the last value read before exit is the peak (give or take the
 * last poll interval).
 */
export function runTzmMeasured(args: string[], env: NodeJS.ProcessEnv = {}): Promise<MeasuredRun> {
  const child = spawnTzm(args, env);
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  let peakRss = 0;
  const poll = () => {
    try {
      const match = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'));
      if (match) peakRss = Math.max(peakRss, Number(match[1]) * 1024);
    } catch {
      // the process has just exited
    }
  };
  const timer = setInterval(poll, 20);
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => {
      clearInterval(timer);
      resolve({ code, stdout, stderr, peakRss });
    });
  });
}
