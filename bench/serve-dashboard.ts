// Starts the real `tzm serve` as a child process on a free loopback port, with one analyst user
// made for the benchmark, logs in as that user, and stops the server again.

import { spawn, type ChildProcess } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { hashPassword } from '../dashboard/auth/password.js';
import { benchEnv, projectRoot } from './tzm.js';

export interface RunningDashboard {
  url: string;
  child: ChildProcess;
  command: string;
  stop(): Promise<void>;
}

const username = 'bench-analist';
const password = 'bench-wachtwoord-lokaal';

export async function startDashboard(work: string, db: string, { timeoutMs = 120_000 } = {}): Promise<RunningDashboard> {
  const usersFile = join(work, 'users.json');
  writeFileSync(usersFile, JSON.stringify({ users: [{ username, role: 'analist', passwordHash: await hashPassword(password) }] }));
  const port = await freePort();
  const args = ['bin/tzm.js', 'serve', '--db', db, '--port', String(port), '--users', usersFile];
  const child = spawn(process.execPath, args, { cwd: projectRoot, env: { ...benchEnv, TZM_HOST: '127.0.0.1' }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`tzm serve did not start within ${timeoutMs} ms: ${output}`)), timeoutMs);
    const onData = (chunk: Buffer) => {
      output = (output + chunk.toString()).slice(-8000);
      const match = /(http:\/\/127\.0\.0\.1:\d+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`tzm serve exited (${code}): ${output.trim()}`));
    });
  });
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    });
  return { url, child, stop, command: `node ${args.join(' ')}` };
}

/** Logs in through the form (as a browser does) and returns the session cookie. */
export async function logIn(url: string): Promise<string> {
  const response = await fetch(new URL('/inloggen', url), {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', origin: url },
    body: new URLSearchParams({ gebruiker: username, wachtwoord: password }),
  });
  const cookie = response.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
  if (response.status !== 303 || cookie === '' || /fout=/.test(response.headers.get('location') ?? '')) {
    throw new Error(`login failed: ${response.status} ${response.headers.get('location') ?? ''}`);
  }
  return cookie;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}
