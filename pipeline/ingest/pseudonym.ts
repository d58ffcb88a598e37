// spec/inputs.md "Privacy": the BSN is replaced on ingest by HMAC-SHA256 under a secret kept
// outside the database (computed in check-rows.ts). The secret comes from TZM_SECRET, or
// --secret-file, or else a key file beside the database (<db>.key), created with mode 0600.
//
// One key per database (issue 9): the database keeps a fingerprint of its key (an HMAC of a fixed
// label, never the key), and an ingest under another key is refused before anything changes, so a
// moved key file can no longer silently re-key half the data. A new key file is only written when
// an ingest is about to commit (writeKeyFile): a run that fails before that leaves none behind.

import { createHmac, randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { UserError } from '../user-error.js';

export interface SecretOptions {
  db: string;
  secretFile?: string;
  env?: NodeJS.ProcessEnv;
}

export interface Secret {
  secret: string;
  /** A key file to write when the run commits: the key is new (no file beside the database yet). */
  newKeyFile?: string;
}

/** The same minimum for a key file and TZM_SECRET. */
export const MIN_SECRET_LENGTH = 16;

/** Finds the run's secret; a missing default key file gives a new key, written only by writeKeyFile. */
export function resolveSecret({ db, secretFile, env = process.env }: SecretOptions): Secret {
  if (env.TZM_SECRET !== undefined && env.TZM_SECRET !== '') {
    if (env.TZM_SECRET.trim().length < MIN_SECRET_LENGTH) {
      throw new UserError(`TZM_SECRET is te kort (minimaal ${MIN_SECRET_LENGTH} tekens)`, `TZM_SECRET is too short (at least ${MIN_SECRET_LENGTH} characters)`);
    }
    return { secret: env.TZM_SECRET };
  }
  if (db === ':memory:' && secretFile === undefined) {
    throw new UserError('geen geheim voor pseudonimisering: zet TZM_SECRET', 'no pseudonymisation secret: set TZM_SECRET');
  }
  const file = secretFile ?? `${db}.key`;
  if (!existsSync(file)) {
    if (secretFile !== undefined) {
      throw new UserError(`sleutelbestand ${file} bestaat niet`, `secret file ${file} does not exist`);
    }
    return { secret: randomBytes(32).toString('hex'), newKeyFile: file };
  }
  if ((statSync(file).mode & 0o077) !== 0) chmodSync(file, 0o600); // never readable by others
  const secret = readFileSync(file, 'utf8').trim();
  if (secret.length < MIN_SECRET_LENGTH) {
    throw new UserError(`sleutelbestand ${file} is te kort (minimaal ${MIN_SECRET_LENGTH} tekens)`, `secret file ${file} is too short (at least ${MIN_SECRET_LENGTH} characters)`);
  }
  return { secret };
}

/** Writes a new key file, owner only; refuses to overwrite one that appeared meanwhile. */
export function writeKeyFile(file: string, secret: string): void {
  mkdirSync(path.dirname(path.resolve(file)), { recursive: true, mode: 0o700 });
  writeFileSync(file, `${secret}\n`, { mode: 0o600, flag: 'wx' });
}

/** resolveSecret, writing a new key file at once (for callers outside an ingest run). */
export function loadSecret(options: SecretOptions): string {
  const { secret, newKeyFile } = resolveSecret(options);
  if (newKeyFile !== undefined) writeKeyFile(newKeyFile, secret);
  return secret;
}

/** What the database keeps to recognise its key: HMAC(key, a fixed label). Tells nothing of the key. */
export function keyFingerprint(secret: string): string {
  return createHmac('sha256', secret).update('tzm key fingerprint v1').digest('hex');
}

/** The key under which file contents are hashed (ingest_files.sha256): derived, not the key itself. */
export function contentHashKey(secret: string): Buffer {
  return createHmac('sha256', secret).update('tzm file content v1').digest();
}
