/** A financial year as finance leads write it: 2025 → "2025/26" (April to March, MODEL.md §1). */
export function financialYear(startYear: number): string {
  const next = (startYear + 1) % 100;
  return `${startYear}/${String(next).padStart(2, '0')}`;
}

/** The years a scenario covers, base year first (MODEL.md §1: t = 0..H). */
export function scenarioYears(baseYear: number, horizonYears: number): number[] {
  return Array.from({ length: horizonYears + 1 }, (_, t) => baseYear + t);
}
