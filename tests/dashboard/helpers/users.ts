// Test users with real scrypt hashes (made once per test file).

import { hashPassword } from '../../../dashboard/auth/password.js';
import { parseUsers, type User } from '../../../dashboard/auth/users.js';

export const passwords = {
  analist: 'analist-wachtwoord-1',
  regenboog: 'regenboog-wachtwoord-1',
  script: 'script-wachtwoord-1',
};

export async function testUsers(): Promise<User[]> {
  return parseUsers({
    users: [
      { username: 'analist', role: 'analist', passwordHash: await hashPassword(passwords.analist) },
      { username: 'regenboog', role: 'school:12AB', passwordHash: await hashPassword(passwords.regenboog) },
      { username: 'script', role: 'school:34CD', passwordHash: await hashPassword(passwords.script) },
    ],
  });
}
