// A small seeded random generator for the benchmark data set (sfc32: fast, 128 bits of state,
// good enough for simulation). The same seed gives the same data set on every machine; each case
// and each person draws from their own stream (`fork`), so adding a kind of event to one case's
// life does not reshuffle every other case.

export interface Rng {
  /** uniform in [0, 1) */
  next(): number;
  /** integer in [min, max] */
  int(min: number, max: number): number;
  /** true with probability p */
  chance(p: number): boolean;
  pick<T>(items: readonly T[]): T;
  /** one of `items`, each with its weight */
  weighted<T>(items: readonly T[], weights: readonly number[]): T;
  /** exponential with this mean */
  exp(mean: number): number;
  /** log-normal with this median and spread (sigma of the log) */
  logNormal(median: number, sigma: number): number;
  /** normal */
  normal(mean: number, sd: number): number;
  /** a new independent stream, named by `key` */
  fork(key: number): Rng;
}

/** Mixes integers into a 32-bit seed (murmur3 finaliser). */
function mix(...parts: number[]): number {
  let h = 0x9e3779b9;
  for (const p of parts) {
    h ^= Math.imul(p | 0, 0xcc9e2d51);
    h = Math.imul((h << 15) | (h >>> 17), 0x1b873593);
    h ^= h >>> 16;
    h = Math.imul(h, 0x85ebca6b);
    h ^= h >>> 13;
    h = Math.imul(h, 0xc2b2ae35);
    h ^= h >>> 16;
  }
  return h >>> 0;
}

export function makeRng(seed: number, ...path: number[]): Rng {
  let a = mix(seed, ...path, 1);
  let b = mix(seed, ...path, 2);
  let c = mix(seed, ...path, 3);
  let d = 1;
  const next = () => {
    a |= 0;
    b |= 0;
    c |= 0;
    d |= 0;
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return (t >>> 0) / 4294967296;
  };
  for (let i = 0; i < 12; i++) next();
  let spare: number | null = null;
  const rng: Rng = {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    chance: (p) => next() < p,
    pick: (items) => items[Math.floor(next() * items.length)]!,
    weighted(items, weights) {
      let total = 0;
      for (const w of weights) total += w;
      let r = next() * total;
      for (let i = 0; i < items.length; i++) {
        r -= weights[i]!;
        if (r < 0) return items[i]!;
      }
      return items[items.length - 1]!;
    },
    exp: (mean) => -Math.log(1 - next()) * mean,
    logNormal: (median, sigma) => median * Math.exp(rng.normal(0, sigma)),
    normal(mean, sd) {
      if (spare !== null) {
        const s = spare;
        spare = null;
        return mean + sd * s;
      }
      // Box–Muller
      const u = 1 - next();
      const v = next();
      const r = Math.sqrt(-2 * Math.log(u));
      spare = r * Math.sin(2 * Math.PI * v);
      return mean + sd * r * Math.cos(2 * Math.PI * v);
    },
    fork: (key) => makeRng(seed, ...path, key),
  };
  return rng;
}

/** A UUID (version 4 layout) drawn from the generator: deterministic ids for the data set. */
export function uuidFrom(rng: Rng): string {
  const hex: string[] = [];
  for (let i = 0; i < 4; i++) hex.push(Math.floor(rng.next() * 4294967296).toString(16).padStart(8, '0'));
  const s = hex.join('');
  const variant = ((parseInt(s[16]!, 16) & 0x3) | 0x8).toString(16);
  return `${s.slice(0, 8)}-${s.slice(8, 12)}-4${s.slice(13, 16)}-${variant}${s.slice(17, 20)}-${s.slice(20, 32)}`;
}
