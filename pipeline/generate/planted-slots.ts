// Which residents get a planted situation. The slots (situation per slot, round-robin so that a
// small municipality still gets one of each) are scattered over the pupil numbers by a keyed
// permutation, so looking up a pupil's slot needs no table of N entries.

import { hashSeed } from './random.js';
import { feistel } from './permutation.js';
import { type Situation } from './planted.js';

export interface PlantedSlots {
  count: number;
  /** The situation of pupil i, or null for an ordinary resident. */
  situationOf(i: number): { situation: Situation; slot: number } | null;
}

export function plantSlots(situations: readonly Situation[], pupils: number, seed: number): PlantedSlots {
  const counts = situations.map((s) => Math.max(1, Math.round((s.per6000 * pupils) / 6000)));
  const slots: number[] = [];
  for (let round = 0; slots.length < counts.reduce((a, b) => a + b, 0); round++) {
    counts.forEach((c, k) => {
      if (round < c) slots.push(k);
    });
  }
  const count = Math.min(slots.length, Math.floor(pupils / 2));
  const permutation = feistel(pupils, hashSeed(seed, 0x51075));
  return {
    count,
    situationOf(i) {
      const slot = permutation.inverse(i);
      return slot < count ? { situation: situations[slots[slot]], slot } : null;
    },
  };
}
