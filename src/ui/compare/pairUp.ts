// Matching the items of two lists by what they are, not where they sit, so
// that a reordered list is no difference and an inserted item does not make
// every later one look changed.

export interface Paired {
  /** Index in the first list, index in the second. */
  pairs: Array<[number, number]>;
  /** Indexes in the first list with no partner in the second. */
  removed: number[];
  /** Indexes in the second list with no partner in the first. */
  added: number[];
}

/** Pairs items with the same key; items sharing a key pair up in order. */
export function pairUp<T>(before: readonly T[], after: readonly T[], key: (item: T) => string): Paired {
  const waiting = new Map<string, number[]>();
  before.forEach((item, i) => {
    const k = key(item);
    waiting.set(k, [...(waiting.get(k) ?? []), i]);
  });
  const pairs: Array<[number, number]> = [];
  const added: number[] = [];
  after.forEach((item, j) => {
    const i = waiting.get(key(item))?.shift();
    if (i === undefined) added.push(j);
    else pairs.push([i, j]);
  });
  const paired = new Set(pairs.map(([i]) => i));
  const removed = before.map((_, i) => i).filter((i) => !paired.has(i));
  return { pairs, removed, added };
}
