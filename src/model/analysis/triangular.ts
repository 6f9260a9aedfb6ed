// MODEL.md §8: Monte Carlo draws each ranged input from a triangular
// distribution (low, value, high). Inverting the distribution function turns
// one uniform draw into one sample, so a run needs no rejection loop.

/**
 * The value below which a share `u` (0 ≤ u < 1) of a triangular distribution
 * with the given low, mode and high lies. A zero-width range gives its value.
 */
export function triangularQuantile(u: number, low: number, mode: number, high: number): number {
  const width = high - low;
  if (width <= 0) return mode;
  const modeShare = (mode - low) / width;
  return u < modeShare
    ? low + Math.sqrt(u * width * (mode - low))
    : high - Math.sqrt((1 - u) * width * (high - mode));
}
