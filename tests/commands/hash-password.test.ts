// `tzm hash-password`: the hash of a password read from standard input, for the users file.

import { spawnSync } from 'node:child_process';
import { describe, expect, test } from 'vitest';
import { verifyPassword } from '../../dashboard/auth/password.js';

const tzm = (input: string) => spawnSync(process.execPath, ['bin/tzm.js', 'hash-password'], { input, encoding: 'utf8' });

describe('tzm hash-password', () => {
  test('prints a hash for a password read from standard input, which then verifies', async () => {
    const run = tzm('een lang wachtwoord\n');
    expect(run.status).toBe(0);
    expect(await verifyPassword('een lang wachtwoord', run.stdout.trim())).toBe(true);
  });

  test('refuses a password under 10 characters in one line, exit 2, nothing on stdout', () => {
    const short = tzm('kort');
    expect(short.status).toBe(2);
    expect(short.stdout).toBe('');
    expect(short.stderr).toBe('tzm: kies minstens 10 tekens / choose at least 10 characters\n');
  });
});
