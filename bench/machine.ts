// What the numbers were measured on: they mean little without it.

import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import os from 'node:os';
import { DuckDBInstance } from '@duckdb/node-api';

export interface Machine {
  cpu: string;
  cores: number;
  memoryGiB: number;
  os: string;
  kernel: string;
  node: string;
  duckdb: string;
  chromium: string;
  /** 1-minute load average when the run started: others share this machine. */
  loadAtStart: number;
}

export async function describeMachine(): Promise<Machine> {
  return {
    cpu: os.cpus()[0]?.model.trim() ?? 'unknown',
    cores: os.cpus().length,
    memoryGiB: Math.round((os.totalmem() / 2 ** 30) * 10) / 10,
    os: osName(),
    kernel: os.release(),
    node: process.version,
    duckdb: await duckdbVersion(),
    chromium: quiet(() => execFileSync('/usr/bin/chromium', ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim()) ?? 'Chromium not installed',
    loadAtStart: Math.round(os.loadavg()[0] * 100) / 100,
  };
}

async function duckdbVersion(): Promise<string> {
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  const reader = await connection.runAndReadAll('SELECT version()');
  const version = String(reader.getRows()[0][0]);
  connection.closeSync();
  instance.closeSync();
  return version;
}

function osName(): string {
  const release = quiet(() => readFileSync('/etc/os-release', 'utf8')) ?? '';
  return /^PRETTY_NAME="?([^"\n]*)"?/m.exec(release)?.[1] ?? `${os.type()} ${os.release()}`;
}

function quiet<T>(f: () => T): T | undefined {
  try {
    return f();
  } catch {
    return undefined;
  }
}
