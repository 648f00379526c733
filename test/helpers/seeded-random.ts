// A small deterministic generator (mulberry32) for tests that draw many inputs by hand: the same seed gives the same
// inputs on every run, so a failure names them again.
export function seededRandom(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Made for the tests that mutate inputs by a seed (the XML scanner's, the flags' order): one generator, not a copy each.
