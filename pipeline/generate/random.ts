// Seeded randomness: the output depends only on (pupils, seed), never on Math.random or the clock.
// mulberry32 is small, fast and good enough for synthetic data; every pupil gets its own stream
// (hashed from seed and index) so that one pupil's draws never shift another's.

export interface Rng {
  /** A number in [0, 1). */
  next(): number;
  /** A whole number in [lo, hi], both inclusive. */
  int(lo: number, hi: number): number;
  chance(p: number): boolean;
  pick<T>(items: readonly T[]): T;
}

/** Mixes whole numbers into one 32-bit seed (FNV-1a over the parts, then murmur3's finaliser). */
export function hashSeed(...parts: number[]): number {
  let h = 0x811c9dc5;
  for (const part of parts) {
    h = Math.imul(h ^ (part >>> 0), 0x01000193);
    h = Math.imul(h ^ Math.floor(part / 0x100000000), 0x01000193);
  }
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

export function createRng(seed: number): Rng {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (lo, hi) => lo + Math.floor(next() * (hi - lo + 1)),
    chance: (p) => next() < p,
    pick: (items) => items[Math.floor(next() * items.length)],
  };
}

/** A function picking a key with probability proportional to its weight (prepared once: hot paths). */
export function weightedPicker<K extends string>(weights: Readonly<Partial<Record<K, number>>>): (rng: Rng) => K {
  const keys = Object.keys(weights) as K[];
  const cumulative: number[] = [];
  let total = 0;
  for (const key of keys) cumulative.push((total += weights[key] ?? 0));
  return (rng) => {
    const r = rng.next() * total;
    for (let k = 0; k < keys.length; k++) if (r < cumulative[k]) return keys[k];
    return keys[keys.length - 1];
  };
}

/** Picks a key with probability proportional to its weight. */
export function weighted<K extends string>(rng: Rng, weights: Readonly<Partial<Record<K, number>>>): K {
  return weightedPicker(weights)(rng);
}
