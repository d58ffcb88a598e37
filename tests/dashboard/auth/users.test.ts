import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { hashPassword, verifyPassword } from '../../../dashboard/auth/password.js';
import { loadUsers, parseUsers, usersFromFile } from '../../../dashboard/auth/users.js';
import { UserError } from '../../../pipeline/user-error.js';

describe('passwords', () => {
  test('a salted scrypt hash: the same password hashes differently each time and verifies', async () => {
    const a = await hashPassword('correct paard batterij');
    const b = await hashPassword('correct paard batterij');
    expect(a).toMatch(/^scrypt\$16384\$8\$1\$[\w-]{22}\$[\w-]{43}$/);
    expect(a).not.toBe(b);
    expect(await verifyPassword('correct paard batterij', a)).toBe(true);
    expect(await verifyPassword('correct paard batterij ', a)).toBe(false);
    expect(await verifyPassword('x', 'geen-hash')).toBe(false);
  });
});

describe('users file', () => {
  test('the example file in schemas/ is valid: an analyst and two schools', async () => {
    const users = await loadUsers('schemas/users.example.json');
    expect(users.map((u) => [u.username, u.role])).toEqual([
      ['analist', { kind: 'analist' }],
      ['regenboog', { kind: 'school', brin: '12AB' }],
      ['lyceum', { kind: 'school', brin: '34CD' }],
    ]);
  });

  test.each([
    [{ users: [{ username: 'a', role: 'beheerder', passwordHash: 'scrypt$1$1$1$aaaaaaaaaaaaaaaaaaaaaa$' + 'b'.repeat(43) }] }, /role/],
    [{ users: [{ username: 'a', role: 'school:12ab', passwordHash: 'scrypt$1$1$1$aaaaaaaaaaaaaaaaaaaaaa$' + 'b'.repeat(43) }] }, /role/],
    [{ users: [{ username: 'a', role: 'analist', passwordHash: 'geheim' }] }, /scrypt/],
    [{ users: [{ username: '', role: 'analist' }] }, /username/],
    [{ gebruikers: [] }, /lijst/],
  ])('a bad entry is refused with a Dutch + English reason (%#)', (parsed, message) => {
    expect(() => parseUsers(parsed)).toThrow(UserError);
    expect(() => parseUsers(parsed)).toThrow(message);
  });

  test('an unreadable file is a user error', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'tzm-users-'));
    await writeFile(path.join(dir, 'users.json'), '{ niet: json');
    await expect(loadUsers(path.join(dir, 'users.json'))).rejects.toThrow(/niet te lezen/);
    await rm(dir, { recursive: true, force: true });
  });
});

describe('users file read again when it changes', () => {
  const entry = (username: string, role: string, passwordHash: string) => ({ username, role, passwordHash });

  test('a user added to the file can log in without a restart; a broken edit keeps the last good list', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'tzm-users-'));
    const file = path.join(dir, 'users.json');
    const hash = await hashPassword('een-lang-wachtwoord');
    await writeFile(file, JSON.stringify({ users: [entry('analist', 'analist', hash)] }));
    const errors: unknown[] = [];
    const users = usersFromFile(file, await loadUsers(file), (e) => errors.push(e));
    expect((await users()).map((u) => u.username)).toEqual(['analist']);

    // a second user added (the file's size and time change)
    await writeFile(file, JSON.stringify({ users: [entry('analist', 'analist', hash), entry('zonnetje', 'school:40NL', hash)] }));
    expect((await users()).map((u) => u.username)).toEqual(['analist', 'zonnetje']);

    // half saved: the two users stay, the error is reported once
    await writeFile(file, '{ "users": [');
    expect((await users()).map((u) => u.username)).toEqual(['analist', 'zonnetje']);
    expect((await users()).map((u) => u.username)).toEqual(['analist', 'zonnetje']);
    expect(errors).toHaveLength(1);

    // fixed again, now without zonnetje: removed users can no longer log in
    await writeFile(file, JSON.stringify({ users: [entry('analist', 'analist', hash)] }));
    expect((await users()).map((u) => u.username)).toEqual(['analist']);
    await rm(dir, { recursive: true });
  });
});
