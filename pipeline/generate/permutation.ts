// A keyed bijection on [0, size) with its inverse, in O(1) memory: a four-round Feistel network
// on [0, m*m) (m = ceil(sqrt(size))), walking the cycle until the value falls inside the range.
// Used to scatter planted pupils over the ids and pupils over the BSN range without patterns.

import { hashSeed } from './random.js';

export interface Permutation {
  forward(x: number): number;
  inverse(y: number): number;
}

const rounds = 4;

export function feistel(size: number, key: number): Permutation {
  const m = Math.ceil(Math.sqrt(size));
  const f = (value: number, round: number): number => hashSeed(key, round, value) % m;
  const once = (x: number): number => {
    let l = Math.floor(x / m);
    let r = x % m;
    for (let k = 0; k < rounds; k++) [l, r] = [r, (l + f(r, k)) % m];
    return l * m + r;
  };
  const back = (y: number): number => {
    let l = Math.floor(y / m);
    let r = y % m;
    for (let k = rounds - 1; k >= 0; k--) [l, r] = [(r - f(l, k) + m) % m, l];
    return l * m + r;
  };
  return {
    forward(x) {
      let y = once(x);
      while (y >= size) y = once(y);
      return y;
    },
    inverse(y) {
      let x = back(y);
      while (x >= size) x = back(x);
      return x;
    },
  };
}
