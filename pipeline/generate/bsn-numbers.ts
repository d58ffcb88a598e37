// Distinct synthetic BSNs that pass the elfproef (spec/inputs.md). Pupil k tries the prefixes of
// k, k + space, k + 2*space, ... through a keyed bijection of the 8-digit range, so no two pupils
// can ever share one, and keeps the first prefix whose check digit exists.

import { type Permutation, feistel } from './permutation.js';

const prefixes = 100_000_000;
const scramblers = new Map<number, Permutation>();

function checkDigit(prefix: string): number {
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += Number(prefix[i]) * (9 - i);
  return sum % 11; // 10 means: no digit completes this prefix
}

/** The BSN of pupil k (0 <= k < space); with leadingZero, one that starts with 0 where possible. */
export function bsnFor(k: number, space: number, key: number, leadingZero = false): string {
  let scramble = scramblers.get(key);
  if (!scramble) scramblers.set(key, (scramble = feistel(prefixes, key)));
  let fallback: string | null = null;
  for (let candidate = k; candidate < prefixes; candidate += space) {
    const prefix = String(scramble.forward(candidate)).padStart(8, '0');
    const digit = checkDigit(prefix);
    if (digit === 10 || prefix === '00000000') continue;
    const bsn = `${prefix}${digit}`;
    if (!leadingZero || bsn.startsWith('0')) return bsn;
    fallback ??= bsn;
    if (candidate > k + 200 * space) break;
  }
  if (fallback) return fallback;
  throw new Error(`no BSN left for pupil ${k}`);
}

/** A 9-digit number that fails the elfproef: a valid BSN with its check digit changed. */
export function failingBsn(valid: string): string {
  const last = (Number(valid[8]) + 1) % 10;
  return `${valid.slice(0, 8)}${last}`;
}
