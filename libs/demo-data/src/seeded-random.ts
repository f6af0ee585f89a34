/** A small seeded generator (mulberry32): the same seed always gives the same dataset. */
export class SeededRandom {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** In [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  }

  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)];
  }

  shuffle<T>(items: T[]): T[] {
    for (let i = items.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      [items[i], items[j]] = [items[j], items[i]];
    }
    return items;
  }
}

/**
 * Counts multiplied by `factor`, rounded so they still add up to the scaled total (largest
 * remainder): at factor 1 every count is exactly the original.
 */
export function scaleCounts<K extends string | number>(
  counts: Record<K, number>,
  factor: number,
): Record<K, number> {
  const entries = Object.entries(counts) as Array<[K, number]>;
  const total = Math.round(entries.reduce((sum, [, n]) => sum + n, 0) * factor);
  const exact = entries.map(([key, n]) => ({ key, value: n * factor }));
  const floors = exact.map(({ key, value }) => ({ key, n: Math.floor(value), rest: value % 1 }));
  let missing = total - floors.reduce((sum, { n }) => sum + n, 0);
  [...floors]
    .sort((a, b) => b.rest - a.rest)
    .forEach((entry) => {
      if (missing > 0) {
        entry.n += 1;
        missing -= 1;
      }
    });
  return Object.fromEntries(floors.map(({ key, n }) => [key, n])) as Record<K, number>;
}

/** [key, count] pairs spelled out: {a: 2, b: 1} -> [a, a, b]. */
export function expand<K>(counts: Array<[K, number]>): K[] {
  return counts.flatMap(([key, n]) => Array.from({ length: n }, () => key));
}
