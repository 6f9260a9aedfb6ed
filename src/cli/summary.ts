// The CLI's --summary (MODEL.md §6, §13, §14, §17, §18): spend and saving by
// year, then payback, capital, people served by setting, the balance-of-care
// indicators and, when the file has them, the population variants.
import { formatPercent, formatPounds } from '../format/money';
import { describePayback, financialYear, lostBreakEvenYear, paybackCell, PRINCIPAL_VARIANT, projectionName, settingWords, type Results } from '../model';

/** Columns padded to line up: the first to the left, the figures to the right. */
function textTable(header: readonly string[], body: readonly string[][]): string[] {
  const widths = header.map((h, c) => Math.max(h.length, ...body.map((row) => row[c].length)));
  const line = (row: readonly string[]) => row.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join('  ');
  return [line(header), ...body.map(line)];
}

function yearTable(results: Results): string[] {
  const header = ['Year', 'Baseline total', 'Scenario total', 'Net saving', 'Upstream share'];
  const body = results.years.map((year, t) => [
    financialYear(year),
    formatPounds(results.baseline.total[t]),
    formatPounds(results.scenario.total[t]),
    formatPounds(results.summary.netSaving[t]),
    `${formatPercent(results.summary.upstreamShare.baseline[t])} → ${formatPercent(results.summary.upstreamShare.scenario[t])}`,
  ]);
  return textTable(header, body);
}

/** NPV, payback (and, §6, in words when it is lost), capital and NPV after capital (§14). */
function moneyLines(results: Results): string[] {
  const { summary, years } = results;
  const capital = summary.capital.reduce((sum, x) => sum + x, 0);
  return [
    `NPV of net saving: ${formatPounds(summary.npv)}`,
    `Payback year: ${summary.paybackYear === null ? 'none within the horizon' : financialYear(summary.paybackYear)}`,
    ...(lostBreakEvenYear(summary) === null ? [] : [describePayback(summary, years).sentence]),
    `Capital for new capacity: ${formatPounds(capital)} in total, at base-year prices (not in the spend above)`,
    `NPV after capital: ${formatPounds(summary.npvAfterCapital)}`,
  ];
}

/** The columns of year 0 and the horizon, baseline and scenario. */
function endYearsHeader(results: Results, first: string): string[] {
  const [start, end] = [results.years[0], results.years[results.years.length - 1]].map(financialYear);
  return [first, `${start} baseline`, `${start} scenario`, `${end} baseline`, `${end} scenario`];
}

/** A baseline and a scenario series at year 0 and at the horizon. */
function endYearsCells(baseline: ReadonlyArray<number | null>, scenario: ReadonlyArray<number | null>, show: (x: number) => string): string[] {
  const H = baseline.length - 1;
  const cell = (x: number | null) => (x === null ? '–' : show(x));
  return [cell(baseline[0]), cell(scenario[0]), cell(baseline[H]), cell(scenario[H])];
}

const people = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 });
const perThousand = new Intl.NumberFormat('en-GB', { minimumFractionDigits: 1, maximumFractionDigits: 1 });

/** §13: people served by setting. */
function peopleTable(results: Results): string[] {
  const { baseline, scenario } = results;
  const body = Object.keys(baseline.peopleBySetting).map((id) => {
    const key = id as keyof typeof baseline.peopleBySetting;
    return [settingWords(id), ...endYearsCells(baseline.peopleBySetting[key]!, scenario.peopleBySetting[key]!, (x) => people.format(x))];
  });
  return ['People served, by where they live (a person who uses two services counts in both)', ...textTable(endYearsHeader(results, 'Setting'), body)];
}

/** §18: the balance-of-care indicators. */
function indicatorTable(results: Results): string[] {
  const { baseline, scenario } = results.summary.indicators;
  const share = (x: number) => formatPercent(x, 1);
  const body = [
    ['Older people', ...endYearsCells(baseline.olderPeople, scenario.olderPeople, (x) => people.format(x))],
    ['Care-home places per 1,000 older people', ...endYearsCells(baseline.careHomePer1000, scenario.careHomePer1000, (x) => perThousand.format(x))],
    ['Levels 4–5 supported outside care homes and hospital', ...endYearsCells(baseline.supportedAtHomeShare, scenario.supportedAtHomeShare, share)],
    ['People served at Levels 1–3', ...endYearsCells(baseline.peopleUpstreamShare, scenario.peopleUpstreamShare, share)],
  ];
  return ['Balance of care', ...textTable(endYearsHeader(results, 'Indicator'), body)];
}

/** §17: the run on each demography, the principal first; nothing when the file has no variants. */
function variantTable(results: Results): string[] {
  const { variants } = results.summary;
  if (!variants) return [];
  const horizon = financialYear(results.years[results.years.length - 1]);
  const header = ['Population', 'NPV of net saving', `Cumulative net saving by ${horizon}`, `Total spend in ${horizon}`, 'Payback year'];
  const ids = [PRINCIPAL_VARIANT, ...Object.keys(variants).filter((id) => id !== PRINCIPAL_VARIANT)];
  const body = ids.map((id) => {
    const v = variants[id];
    return [projectionName(id), formatPounds(v.npv), formatPounds(v.cumulativeNetSaving), formatPounds(v.scenarioTotal), paybackCell(v)];
  });
  return ['', 'Population variants', ...textTable(header, body)];
}

export function summaryText(results: Results): string {
  const sections = [yearTable(results), moneyLines(results), peopleTable(results), indicatorTable(results)];
  return [...sections.flatMap((lines) => [...lines, '']).slice(0, -1), ...variantTable(results)].join('\n') + '\n';
}
