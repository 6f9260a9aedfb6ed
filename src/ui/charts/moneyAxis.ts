// One money unit per chart axis, chosen from the data, so an axis reads
// £0, £0.5m, £1m, £1.5m rather than mixing £500k and £1.00m. Millions and
// billions start a little below 1: an axis over data of £947k runs to £1m,
// and "£1m" reads better than "£1,000k".
export interface MoneyUnit {
  divisor: number;
  /** "£m", "£k", "£bn" or "£", for the axis title. */
  symbol: string;
}

const UNITS: ReadonlyArray<MoneyUnit & { from: number }> = [
  { from: 0.75e9, divisor: 1e9, symbol: '£bn' },
  { from: 0.75e6, divisor: 1e6, symbol: '£m' },
  { from: 1e3, divisor: 1e3, symbol: '£k' },
  { from: 0, divisor: 1, symbol: '£' },
];

const tickNumber = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 });

/** The unit that fits the largest amount among `values` (nulls and non-finite values ignored). */
export function moneyUnitFor(values: Iterable<number | null>): MoneyUnit {
  let largest = 0;
  for (const value of values) if (value !== null && Number.isFinite(value)) largest = Math.max(largest, Math.abs(value));
  const { divisor, symbol } = UNITS.find((unit) => largest >= unit.from) ?? UNITS[UNITS.length - 1];
  return { divisor, symbol };
}

/** An axis tick in the axis's unit: 1_500_000 in £m → "£1.5m"; -300_000 in £k → "-£300k". */
export function formatMoneyTick(value: number, unit: MoneyUnit): string {
  if (value === 0) return '£0';
  const sign = value < 0 ? '-' : '';
  return `${sign}£${tickNumber.format(Math.abs(value) / unit.divisor)}${unit.symbol.slice(1)}`;
}

/** "Spend a year (£m)". */
export function moneyAxisTitle(what: string, unit: MoneyUnit): string {
  return `${what} (${unit.symbol})`;
}
