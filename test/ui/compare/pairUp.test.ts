import { describe, expect, it } from 'vitest';
import { pairUp } from '../../../src/ui/compare/pairUp';

describe('pairing list items by key', () => {
  it('pairs by key whatever the order, and lists what is only on one side', () => {
    expect(pairUp(['a', 'b', 'c'], ['c', 'd', 'a'], (x) => x)).toEqual({ pairs: [[2, 0], [0, 2]], removed: [1], added: [1] });
  });

  it('pairs items sharing a key in order', () => {
    expect(pairUp(['x', 'x', 'y'], ['x', 'y', 'x', 'x'], (k) => k)).toEqual({ pairs: [[0, 0], [2, 1], [1, 2]], removed: [], added: [3] });
  });
});
