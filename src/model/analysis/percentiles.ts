// Percentiles of many runs without sorting them: selecting the few order
// statistics needed takes linear time, so summing up 100,000 Monte Carlo runs
// over 50 years holds a worker's thread for tens of milliseconds, not seconds.
//
// The definition is Excel's PERCENTILE.INC: with the n values in ascending
// order x[0..n−1] and h = (n − 1) × p, P = x[⌊h⌋] + (h − ⌊h⌋) × (x[⌊h⌋ + 1] − x[⌊h⌋]).

function median3(a: number, b: number, c: number): number {
  return Math.max(Math.min(a, b), Math.min(Math.max(a, b), c));
}

/** Hoare's selection: the k-th smallest of values[left..right] to index k, smaller before, larger after. */
function select(values: Float64Array, k: number, left: number, right: number): void {
  while (left < right) {
    const pivot = median3(values[left], values[(left + right) >>> 1], values[right]);
    let i = left;
    let j = right;
    while (i <= j) {
      while (values[i] < pivot) i++;
      while (pivot < values[j]) j--;
      if (i <= j) {
        const swap = values[i];
        values[i] = values[j];
        values[j] = swap;
        i++;
        j--;
      }
    }
    if (j < k) left = i;
    if (k < i) right = j;
  }
}

function smallestFrom(values: Float64Array, from: number): number {
  let smallest = values[from];
  for (let i = from + 1; i < values.length; i++) if (values[i] < smallest) smallest = values[i];
  return smallest;
}

/**
 * The PERCENTILE.INC of `values` at each share in `shares` (ascending, 0–1).
 * Reorders `values`, which must hold at least one number and no NaN.
 */
export function percentilesInPlace(values: Float64Array, shares: readonly number[]): number[] {
  const n = values.length;
  let left = 0;
  return shares.map((p) => {
    const h = (n - 1) * p;
    const k = Math.floor(h);
    select(values, k, left, n - 1);
    left = k;
    const at = values[k];
    return h === k ? at : at + (h - k) * (smallestFrom(values, k + 1) - at);
  });
}
