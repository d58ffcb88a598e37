// Prints the hash of a password for the users file (schemas/users.example.json).
//   npm run build && node dist/dashboard/auth/hash-password.js
// Reads the password from standard input (typed, or piped: `printf %s 'geheim' | node ...`),
// so it does not end up in the shell history.

import { createInterface } from 'node:readline';
import { hashPassword } from './password.js';

const input = createInterface({ input: process.stdin, output: process.stderr, terminal: false });
if (process.stdin.isTTY) process.stderr.write('Wachtwoord / password: ');
input.once('line', async (line) => {
  input.close();
  if (line.length < 10) {
    process.stderr.write('Kies minstens 10 tekens / choose at least 10 characters\n');
    process.exitCode = 2;
    return;
  }
  process.stdout.write(`${await hashPassword(line)}\n`);
});
