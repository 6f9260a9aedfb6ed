// The shape of test/bench/results.json and the table printed for people.
// Every figure has its place even before it can be measured: a figure not
// measured yet holds null and says why, so the lead can fill it in later.
import type { Machine } from './machine';

export interface Figure {
  value: number | null;
  unit: string;
  /** 95th percentile, for latencies */
  p95?: number;
  /** The aim in words, e.g. "≥ 100,000" or "≤ 17"; null when none has been set. */
  aim: string | null;
  /** null when there is no aim or no value */
  met: boolean | null;
  /** How the value was measured (repeats, what is timed), or why there is none. */
  how: string;
}

export const FIGURE_NAMES = [
  'engineRunsPerSecond',
  'engineV1RunsPerSecond',
  'engineFullRunsPerSecond',
  'spreadsheetRecalcMs',
  'engineRecalcMs',
  'spreadsheetPeerRatio',
  'monteCarlo10kMs',
  'monteCarlo10kWorkerMs',
  'editToChartP50Ms',
  'editToChartP95Ms',
  'coldLoadMs',
  'bundleGzipKB',
  'bundleStartupGzipKB',
  'bundleLazyGzipKB',
] as const;

export type FigureName = (typeof FIGURE_NAMES)[number];

export interface BenchResults {
  machine: Machine;
  scenario: { file: string; name: string; ageBands: number; services: number; rebalancing: number; investments: number; years: number };
  figures: Record<FigureName, Figure>;
  notes: {
    uncertainInputs: string | null;
    spreadsheetFormulas: number | null;
    bundleStartupChunks: Array<{ file: string; gzipKB: number }>;
    bundleLargestChunks: Array<{ file: string; gzipKB: number }>;
  };
}

/** A speed is aimed at from below (runs a second), a latency from above (milliseconds). */
export type Aim = { atLeast: number } | { atMost: number };

function aimText(aim: Aim): string {
  return 'atLeast' in aim ? `≥ ${formatNumber(aim.atLeast)}` : `≤ ${formatNumber(aim.atMost)}`;
}

function aimMet(aim: Aim, value: number): boolean {
  return 'atLeast' in aim ? value >= aim.atLeast : value <= aim.atMost;
}

export function measured(value: number, unit: string, how: string, aim?: Aim, p95?: number): Figure {
  return {
    value,
    unit,
    ...(p95 === undefined ? {} : { p95 }),
    aim: aim ? aimText(aim) : null,
    met: aim ? aimMet(aim, value) : null,
    how,
  };
}

export function notMeasured(unit: string, why: string): Figure {
  return { value: null, unit, aim: null, met: null, how: why };
}

/** en-GB, with thousands separators and about three significant figures below 100. */
export function formatNumber(x: number): string {
  const digits = Math.abs(x) >= 100 ? 0 : Math.abs(x) >= 10 ? 1 : Math.abs(x) >= 1 ? 2 : 4;
  return x.toLocaleString('en-GB', { maximumFractionDigits: digits, minimumFractionDigits: 0 });
}

function valueText({ value, unit, p95 }: Figure): string {
  if (value === null) return 'not measured';
  const text = `${formatNumber(value)} ${unit}`;
  return p95 === undefined ? text : `${text} (p95 ${formatNumber(p95)})`;
}

const metText = (met: boolean | null) => (met === null ? '—' : met ? 'yes' : 'NO');

/** The figures as a plain-text table (figure, value, aim, met?), then how each was measured. */
export function formatTable(results: BenchResults): string {
  const rows = FIGURE_NAMES.map((name) => {
    const figure = results.figures[name];
    return [name, valueText(figure), figure.aim ?? '—', metText(figure.met)];
  });
  const header = ['figure', 'value', 'aim', 'met?'];
  const widths = header.map((h, c) => Math.max(h.length, ...rows.map((r) => r[c].length)));
  const line = (cells: string[]) => cells.map((cell, c) => cell.padEnd(widths[c])).join('  ').trimEnd();
  const { machine, scenario, notes } = results;
  return [
    `Upstream bench — ${scenario.name} (${scenario.file}: ${scenario.services} services, ${scenario.ageBands} age bands, ${scenario.years} years)`,
    `${machine.cpuModel}, ${machine.cores} cores; Node ${machine.node}; ${machine.chromium ?? 'no Chromium'}; ${machine.date}`,
    '',
    line(header),
    line(widths.map((w) => '-'.repeat(w))),
    ...rows.map(line),
    '',
    ...FIGURE_NAMES.map((name) => `${name}: ${results.figures[name].how}`),
    ...(notes.uncertainInputs ? [`uncertain inputs: ${notes.uncertainInputs}`] : []),
    ...(notes.bundleLargestChunks.length > 0
      ? [`largest chunks (gzip): ${notes.bundleLargestChunks.map((c) => `${c.file} ${formatNumber(c.gzipKB)} KB`).join(', ')}`]
      : []),
  ].join('\n');
}
