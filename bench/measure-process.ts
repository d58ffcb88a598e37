// Runs one command as a child process and measures it from the outside: wall time, and peak
// resident memory of the child (its high-water mark). `/usr/bin/time` reports the peak from the
// kernel's own accounting at exit; without it, /proc/<pid>/status VmHWM is polled.

import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface Measured {
  wallMs: number;
  /** Peak resident set size of the child, in MiB. */
  peakRssMiB: number;
  exitCode: number;
  /** The last 64 KiB of standard output and error. */
  stdout: string;
  stderr: string;
  /** Why the benchmark killed the child, when it did. */
  killed?: 'timeout' | 'memory';
}

export interface MeasureOptions {
  env?: NodeJS.ProcessEnv;
  cwd?: string;
  /** Give up (kill the child) after this long. Default: no limit. */
  timeoutMs?: number;
  /**
   * Kill the child when its resident memory passes this many MiB: the machine is shared, and a
   * runaway step must not push the others' processes out of memory. Default: no limit.
   */
  maxRssMiB?: number;
}

const GNU_TIME = '/usr/bin/time';
const KEEP = 64 * 1024;

export async function measureProcess(command: string, args: string[], { env, cwd, timeoutMs, maxRssMiB }: MeasureOptions = {}): Promise<Measured> {
  const useTime = existsSync(GNU_TIME);
  const dir = mkdtempSync(join(tmpdir(), 'tzm-bench-time-'));
  const rssFile = join(dir, 'rss');
  const [file, argv] = useTime ? [GNU_TIME, ['-f', '%M', '-o', rssFile, command, ...args]] : [command, args];
  const started = performance.now();
  const child = spawn(file, argv, { env: env ?? process.env, cwd, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout = (stdout + chunk.toString()).slice(-KEEP)));
  child.stderr.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-KEEP)));
  let polledKiB = 0;
  let killed: Measured['killed'];
  const stop = (why: Measured['killed']) => {
    killed = why;
    // The command first (under /usr/bin/time it is time's child), so it is never left orphaned.
    for (const pid of childrenOf(child.pid)) killQuietly(pid);
    child.kill('SIGKILL');
  };
  const poll = setInterval(() => {
    // Under /usr/bin/time the command itself is time's only child.
    const pid = useTime ? childrenOf(child.pid)[0] : child.pid;
    const kib = highWaterKiB(pid);
    polledKiB = Math.max(polledKiB, kib);
    if (maxRssMiB !== undefined && kib > maxRssMiB * 1024 && !killed) stop('memory');
  }, 50);
  const timer = timeoutMs ? setTimeout(() => stop('timeout'), timeoutMs) : undefined;
  const exitCode = await new Promise<number>((resolve, reject) => {
    child.once('error', reject);
    child.once('close', (code, signal) => resolve(code ?? (signal ? 128 : 1)));
  });
  const wallMs = performance.now() - started;
  clearInterval(poll);
  if (timer) clearTimeout(timer);
  const peakKiB = Math.max(useTime ? timeOutput(rssFile) || 0 : 0, polledKiB);
  rmSync(dir, { recursive: true, force: true });
  if (useTime) stderr = stderr.replace(/^Command (exited with non-zero status|terminated by signal) \d+\n/m, '');
  return { wallMs, peakRssMiB: peakKiB / 1024, exitCode, stdout, stderr, ...(killed ? { killed } : {}) };
}

function childrenOf(pid: number | undefined): number[] {
  if (pid === undefined) return [];
  try {
    return readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number);
  } catch {
    return [];
  }
}

function killQuietly(pid: number): void {
  try {
    process.kill(pid, 'SIGKILL');
  } catch {
    // already gone
  }
}

function timeOutput(file: string): number {
  if (!existsSync(file)) return Number.NaN;
  const lines = readFileSync(file, 'utf8').trim().split('\n');
  return Number(lines.at(-1));
}

function highWaterKiB(pid: number | undefined): number {
  if (pid === undefined) return 0;
  try {
    const match = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) : 0;
  } catch {
    return 0; // the process is gone
  }
}

/** Throws with the child's own words when it failed. */
export function assertOk(what: string, run: Measured): Measured {
  if (run.exitCode !== 0) {
    throw new Error(`${what} failed (exit ${run.exitCode}): ${(run.stderr || run.stdout).trim().slice(-2000)}`);
  }
  return run;
}
