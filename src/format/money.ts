// Money as finance leads read it: pounds, en-GB thousands separators.
const pounds = new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'GBP', maximumFractionDigits: 0 });
const poundsPence = new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'GBP', minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** £1,370,000 (whole pounds); amounts under £100 keep their pence. */
export function formatPounds(value: number): string {
  if (!Number.isFinite(value)) return '–';
  const text = Math.abs(value) < 100 && !Number.isInteger(value) ? poundsPence.format(value) : pounds.format(value);
  return text === '-£0' ? '£0' : text;
}

/** £1.37m, £947k, £850: short forms for headlines and chart axes. */
export function formatPoundsShort(value: number): string {
  if (!Number.isFinite(value)) return '–';
  const size = Math.abs(value);
  const sign = value < 0 ? '-' : '';
  if (size >= 1e9) return `${sign}£${(size / 1e9).toLocaleString('en-GB', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}bn`;
  if (size >= 1e6) return `${sign}£${(size / 1e6).toFixed(size >= 1e8 ? 0 : size >= 1e7 ? 1 : 2)}m`;
  if (size >= 1e3) return `${sign}£${(size / 1e3).toFixed(0)}k`;
  return formatPounds(value);
}

/** 0.0684 → "6.8%". */
export function formatPercent(share: number, digits = 1): string {
  return Number.isFinite(share) ? `${(share * 100).toFixed(digits)}%` : '–';
}

const counts = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 });

/** 5,242,880: a count (bytes, problems, people) with en-GB thousands separators. */
export function formatCount(value: number): string {
  return counts.format(value);
}
