// `npm run -s model -- path/to/file.upstream.json [--summary]`
// Prints the results JSON of MODEL.md §10 to stdout and exits 0; on an
// unreadable or invalid file prints nothing to stdout, lists every problem on
// stderr and exits 1.
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { financialYear } from '../model/financialYear';
import { problemLine } from '../model/problems';
import { runModel, type Results } from '../model/results';
import { readScenarioBytes } from '../model/scenarioFile';
import { formatPercent, formatPounds } from '../format/money';

export interface CliOutput {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

const USAGE = `Usage: npm run -s model -- FILE.upstream.json [--summary]

Runs the Level 1–5 and shift-investment models on a scenario file.
  (default)   the results JSON (MODEL.md §10) on standard output
  --summary   a short table: year, baseline total, scenario total, net saving, upstream share
`;

function summaryTable(results: Results): string {
  const header = ['Year', 'Baseline total', 'Scenario total', 'Net saving', 'Upstream share'];
  const body = results.years.map((year, t) => [
    financialYear(year),
    formatPounds(results.baseline.total[t]),
    formatPounds(results.scenario.total[t]),
    formatPounds(results.summary.netSaving[t]),
    `${formatPercent(results.summary.upstreamShare.baseline[t])} → ${formatPercent(results.summary.upstreamShare.scenario[t])}`,
  ]);
  const widths = header.map((h, c) => Math.max(h.length, ...body.map((row) => row[c].length)));
  const line = (row: string[]) => row.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join('  ');
  const { npv, paybackYear } = results.summary;
  const footer = [
    `NPV of net saving: ${formatPounds(npv)}`,
    `Payback year: ${paybackYear === null ? 'none within the horizon' : financialYear(paybackYear)}`,
  ];
  return [line(header), ...body.map(line), '', ...footer].join('\n') + '\n';
}

export function runCli(args: readonly string[], out: CliOutput): number {
  const flags = args.filter((a) => a.startsWith('--'));
  const files = args.filter((a) => !a.startsWith('--'));
  const unknown = flags.filter((f) => f !== '--summary' && f !== '--help');
  if (flags.includes('--help')) {
    out.stdout(USAGE);
    return 0;
  }
  if (files.length !== 1 || unknown.length > 0) {
    out.stderr(`${unknown.map((f) => `Unknown option ${f}\n`).join('')}${USAGE}`);
    return 2;
  }
  const [file] = files;
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'there is no such file' : (error as Error).message;
    out.stderr(`${file}: cannot be read: ${reason}\n`);
    return 1;
  }
  const read = readScenarioBytes(bytes);
  if (!read.ok) {
    const count = read.problems.length;
    out.stderr(`${file} was not run: ${count} problem${count === 1 ? '' : 's'} found.\n${read.problems.map((p) => `  ${problemLine(p)}\n`).join('')}`);
    return 1;
  }
  const results = runModel(read.scenario);
  out.stdout(flags.includes('--summary') ? summaryTable(results) : `${JSON.stringify(results, null, 2)}\n`);
  return 0;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  process.exitCode = runCli(process.argv.slice(2), {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
  });
}
