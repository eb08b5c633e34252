// A small seeded pseudo-random generator for the demo history (src/seed/history-plan.ts): the same
// seed gives the same numbers on every runtime, so the same seed number and the same `now` give
// the same history. mulberry32 (Tommy Ettinger, public domain): 32 bits of state, good enough
// statistics for picking demo data, and a few lines instead of a dependency. Never for secrets.

export interface Rng {
  /** a number in [0, 1) */
  (): number;
}

/** mulberry32: a generator of numbers in [0, 1) from a 32-bit seed. */
export function mulberry32(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A 32-bit seed for one named stream (e.g. "case 17") of a seed number (FNV-1a over the name,
 * mixed with the seed): each case and each person draws from its own stream, so adding a draw to
 * one never shifts the numbers of another.
 */
export function streamSeed(seed: number, name: string): number {
  let h = (0x811c9dc5 ^ seed) >>> 0;
  for (let i = 0; i < name.length; i++) {
    h ^= name.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

export function stream(seed: number, name: string): Rng {
  return mulberry32(streamSeed(seed, name));
}

/** true with probability p */
export function chance(rng: Rng, p: number): boolean {
  return rng() < p;
}

/** an integer from min to max, both included */
export function intBetween(rng: Rng, min: number, max: number): number {
  return min + Math.floor(rng() * (max - min + 1));
}

/** one element of a non-empty list */
export function pick<T>(rng: Rng, items: readonly T[]): T {
  if (!items.length) throw new RangeError('pick from an empty list');
  return items[Math.floor(rng() * items.length)]!;
}

/** one element, each with its weight (weights ≥ 0, not all 0) */
export function weighted<T>(rng: Rng, items: readonly (readonly [T, number])[]): T {
  const total = items.reduce((s, [, w]) => s + w, 0);
  if (!(total > 0)) throw new RangeError('weighted pick needs a positive total weight');
  let r = rng() * total;
  for (const [item, w] of items) {
    r -= w;
    if (r < 0) return item;
  }
  return items[items.length - 1]![0];
}

/** a Poisson-distributed count with mean `mean` (Knuth's method; the demo's means are small) */
export function poisson(rng: Rng, mean: number): number {
  if (!(mean > 0)) return 0;
  const limit = Math.exp(-mean);
  let k = 0;
  let p = rng();
  while (p > limit) {
    k++;
    p *= rng();
  }
  return k;
}
