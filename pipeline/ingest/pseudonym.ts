// spec/inputs.md "Privacy": the BSN is replaced on ingest by HMAC-SHA256 under a secret kept
// outside the database (computed in check-rows.ts). The secret comes from TZM_SECRET, or
// --secret-file, or else a key file beside the database (<db>.key), created with mode 0600 on
// first use.

import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { UserError } from '../user-error.js';

export interface SecretOptions {
  db: string;
  secretFile?: string;
  env?: NodeJS.ProcessEnv;
}

export function loadSecret({ db, secretFile, env = process.env }: SecretOptions): string {
  if (env.TZM_SECRET) return env.TZM_SECRET;
  if (db === ':memory:' && secretFile === undefined) {
    throw new UserError('geen geheim voor pseudonimisering: zet TZM_SECRET', 'no pseudonymisation secret: set TZM_SECRET');
  }
  const file = secretFile ?? `${db}.key`;
  if (!existsSync(file)) {
    if (secretFile !== undefined) {
      throw new UserError(`sleutelbestand ${file} bestaat niet`, `secret file ${file} does not exist`);
    }
    mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
    writeFileSync(file, `${randomBytes(32).toString('hex')}\n`, { mode: 0o600, flag: 'wx' });
  }
  if ((statSync(file).mode & 0o077) !== 0) chmodSync(file, 0o600); // never readable by others
  const secret = readFileSync(file, 'utf8').trim();
  if (secret.length < 16) {
    throw new UserError(`sleutelbestand ${file} is te kort (minimaal 16 tekens)`, `secret file ${file} is too short (at least 16 characters)`);
  }
  return secret;
}
