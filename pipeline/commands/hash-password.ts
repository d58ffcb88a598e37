// `tzm hash-password`: prints the hash of a password for the users file of `tzm serve`
// (schemas/users.example.json). The password is read from standard input (typed, or piped:
// `printf %s 'geheim' | tzm hash-password`), so it does not end up in the shell history.

import { createInterface } from 'node:readline';
import type { Command } from '../cli-flags.js';
import { UserError } from '../user-error.js';

/** Shorter passwords are refused: the login limiter slows guessing, it does not stop it. */
const MIN_PASSWORD_LENGTH = 10;

export const hashPasswordCommand: Command = {
  summary: 'maakt de hash van een wachtwoord voor het gebruikersbestand / hashes a password for the users file',
  flags: {},
  async run() {
    const line = await firstLine();
    if (line.length < MIN_PASSWORD_LENGTH) {
      throw new UserError(`kies minstens ${MIN_PASSWORD_LENGTH} tekens`, `choose at least ${MIN_PASSWORD_LENGTH} characters`, { exitCode: 2 });
    }
    const { hashPassword } = await import('../../dashboard/auth/password.js');
    process.stdout.write(`${await hashPassword(line)}\n`);
    return 0;
  },
};

function firstLine(): Promise<string> {
  const input = createInterface({ input: process.stdin, output: process.stderr, terminal: false });
  if (process.stdin.isTTY) process.stderr.write('Wachtwoord / password: ');
  return new Promise((resolve) => {
    let line = '';
    input.once('line', (text) => {
      line = text;
      input.close();
    });
    input.once('close', () => resolve(line));
  });
}
