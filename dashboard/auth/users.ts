// Who may log in, from a JSON file (`tzm serve --users FILE`, see schemas/users.example.json):
// { "users": [{ "username": "...", "role": "analist" | "school:<BRIN>", "passwordHash": "scrypt$..." }] }
// Without a file only the public pages work.

import { readFile, stat } from 'node:fs/promises';
import { UserError } from '../../pipeline/user-error.js';
import { isPasswordHash } from './password.js';

export type Role = { kind: 'analist' } | { kind: 'school'; brin: string };

export interface User {
  username: string;
  role: Role;
  passwordHash: string;
}

export function parseRole(text: string): Role | undefined {
  if (text === 'analist') return { kind: 'analist' };
  const school = /^school:(\d{2}[A-Z]{2})$/.exec(text);
  return school ? { kind: 'school', brin: school[1] } : undefined;
}

export function roleName(role: Role): string {
  return role.kind === 'analist' ? 'analist' : `school:${role.brin}`;
}

export async function loadUsers(file: string): Promise<User[]> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new UserError(`gebruikersbestand ${file} is niet te lezen: ${detail}`, `users file ${file} cannot be read: ${detail}`);
  }
  return parseUsers(parsed, file);
}

export function parseUsers(parsed: unknown, file = 'users'): User[] {
  const list = (parsed as { users?: unknown })?.users;
  if (!Array.isArray(list)) {
    throw new UserError(`${file}: "users" moet een lijst zijn`, `${file}: "users" must be a list`);
  }
  const seen = new Set<string>();
  return list.map((entry: Record<string, unknown>, i) => {
    const where = `${file}: gebruiker ${i + 1}`;
    const username = typeof entry?.username === 'string' ? entry.username.trim().toLowerCase() : '';
    const role = typeof entry?.role === 'string' ? parseRole(entry.role) : undefined;
    const passwordHash = typeof entry?.passwordHash === 'string' ? entry.passwordHash : '';
    if (!username || seen.has(username)) {
      throw new UserError(`${where}: ontbrekende of dubbele username`, `${where.replace('gebruiker', 'user')}: missing or duplicate username`);
    }
    if (!role) {
      throw new UserError(`${where}: role is 'analist' of 'school:<BRIN>'`, `${where.replace('gebruiker', 'user')}: role must be 'analist' or 'school:<BRIN>'`);
    }
    if (!isPasswordHash(passwordHash)) {
      throw new UserError(
        `${where}: passwordHash is geen scrypt-hash (maak er een met tzm hash-password)`,
        `${where.replace('gebruiker', 'user')}: passwordHash is not a scrypt hash (create one with tzm hash-password)`,
      );
    }
    seen.add(username);
    return { username, role, passwordHash };
  });
}

/**
 * The users of a file, read again when it changes (its inode, modification time or size,
 * checked at each login and each request with a session): an added user or a new password works without restarting the server. A file
 * that is broken after an edit (half saved, bad JSON) keeps the last good list, and says so once.
 */
export function usersFromFile(file: string, initial: User[], logError: (error: unknown) => void = () => {}): () => Promise<User[]> {
  let users = initial;
  let seen: string | undefined;
  let reading: Promise<User[]> | undefined;
  const version = async () => {
    const info = await stat(file);
    return `${info.ino}:${info.mtimeMs}:${info.size}`; // an editor that saves by renaming changes the inode
  };
  const first = version().then((v) => (seen = v), () => undefined);
  const refresh = async () => {
    await first;
    let current: string;
    try {
      current = await version();
    } catch (error) {
      if (seen !== 'gone') logError(error); // moved away: keep who could log in
      seen = 'gone';
      return users;
    }
    if (current === seen) return users;
    seen = current;
    try {
      users = await loadUsers(file);
    } catch (error) {
      logError(error);
    }
    return users;
  };
  // one reading at a time: parallel logins share it
  return () => (reading ??= refresh().finally(() => (reading = undefined)));
}
