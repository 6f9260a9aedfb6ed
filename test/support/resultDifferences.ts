// Compares results with an expected results JSON, number by number, to 1e-9
// relative: the worked examples' tolerance (MODEL.md). Keys the expected file
// does not hold are not compared; null and every number it holds are.

/** Every number in `want`, by its path, where `got` differs by more than `tolerance` relative. */
export function resultDifferences(got: unknown, want: unknown, tolerance = 1e-9, path = ''): string[] {
  if (typeof want === 'number') {
    const ok = typeof got === 'number' && Math.abs(got - want) <= tolerance * Math.max(Math.abs(want), 1e-300);
    return ok || (want === 0 && got === 0) ? [] : [`${path}: got ${String(got)}, want ${want}`];
  }
  if (want === null) return got === null ? [] : [`${path}: got ${String(got)}, want null`];
  if (typeof want !== 'object') return got === want ? [] : [`${path}: got ${String(got)}, want ${String(want)}`];
  return Object.entries(want as Record<string, unknown>).flatMap(([key, value]) =>
    resultDifferences((got as Record<string, unknown> | undefined)?.[key], value, tolerance, `${path}/${key}`),
  );
}

/** How many numbers a results JSON holds. */
export function countNumbers(x: unknown): number {
  if (typeof x === 'number') return 1;
  return x && typeof x === 'object' ? Object.values(x).reduce((n: number, v) => n + countNumbers(v), 0) : 0;
}
