// Partners' budgets: each partner with a budget, its baseline and scenario
// spend against the budget each year, and the years it is over
// (MODEL.md §16: budgetGap = scenario − budget, > 0 over budget).
import { formatPounds, formatPoundsShort } from '../../format/money';
import type { Results, Scenario } from '../../model';
import { yearLabels, yearSpan, type DataTable } from './chartData';
import { moneyUnitFor, type MoneyUnit } from './moneyAxis';

export interface PartnerBudget {
  name: string;
  budget: number[];
  baseline: number[];
  scenario: number[];
  /** Scenario spend − budget each year: > 0 over budget. */
  gap: number[];
  /** Whether the scenario is over budget each year (by a pound or more). */
  over: boolean[];
  /** "Over budget in 2029/30–2040/41 by up to £1.2m", or "Within budget every year to 2040/41". */
  verdict: string;
  /** The same for the baseline: "Without the scenario, over budget in …". */
  baselineVerdict: string;
  unit: MoneyUnit;
}

export interface PartnerBudgetsData {
  labels: string[];
  partners: PartnerBudget[];
  table: DataTable;
  summary: string;
}

/** Over by a pound or more, as the envelope rounds. */
const isOver = (gap: number) => Math.round(gap) > 0;

/** Runs of consecutive years: "2029/30–2031/32, 2034/35 and 2036/37–2040/41". */
export function yearRuns(labels: readonly string[], marked: readonly boolean[]): string {
  const runs: string[] = [];
  let start = -1;
  marked.forEach((on, t) => {
    if (on && start < 0) start = t;
    const ends = on && (t === marked.length - 1 || !marked[t + 1]);
    if (!ends) return;
    runs.push(start === t ? labels[t] : `${labels[start]}–${labels[t]}`);
    start = -1;
  });
  return runs.length < 2 ? runs.join('') : `${runs.slice(0, -1).join(', ')} and ${runs[runs.length - 1]}`;
}

/** "Over budget in 2029/30–2040/41 by up to £1.2m", or "Within budget every year to 2040/41". */
export function describeBudgetGaps(gaps: readonly number[], labels: readonly string[]): string {
  const over = gaps.map(isOver);
  if (!over.includes(true)) return `Within budget every year to ${labels[labels.length - 1]}`;
  return `Over budget in ${yearRuns(labels, over)} by up to ${formatPoundsShort(Math.max(...gaps))}`;
}

/** A table cell: "+£1,234" over, "-£5,000" under (as formatPounds writes it, which spreadsheets read as a number), "£0". */
function overUnderCell(gap: number): string {
  if (Math.round(gap) === 0) return '£0';
  return gap > 0 ? `+${formatPounds(gap)}` : formatPounds(gap);
}

/** Each partner with a budget, in file order; none when no partner has one. */
export function partnerBudgetsData(results: Results, scenario: Scenario): PartnerBudgetsData {
  const labels = yearLabels(results);
  const partners = scenario.partners.flatMap((partner): PartnerBudget[] => {
    const figures = results.partners[partner.id];
    if (!partner.budget || !figures.budgetGap || !figures.baselineBudgetGap) return [];
    const budget = partner.budget.slice(0, labels.length);
    return [
      {
        name: partner.name,
        budget,
        baseline: [...figures.baseline],
        scenario: [...figures.scenario],
        gap: [...figures.budgetGap],
        over: figures.budgetGap.map(isOver),
        verdict: describeBudgetGaps(figures.budgetGap, labels),
        baselineVerdict: `Without the scenario, ${describeBudgetGaps(figures.baselineBudgetGap, labels).replace(/^./, (first) => first.toLowerCase())}`,
        unit: moneyUnitFor([...budget, ...figures.baseline, ...figures.scenario]),
      },
    ];
  });
  const span = yearSpan(results);
  const table: DataTable = {
    caption: `Partners' spend against their budgets, ${span}`,
    columns: ['Year', 'Partner', 'Budget', 'Baseline spend', 'Scenario spend', 'Scenario over (+) or under (−) budget'],
    rows: partners.flatMap((p) =>
      labels.map((header, t) => ({
        header,
        cells: [p.name, formatPounds(p.budget[t]), formatPounds(p.baseline[t]), formatPounds(p.scenario[t]), overUnderCell(p.gap[t])],
      })),
    ),
  };
  const summary = `Partners' spend against their budgets, ${span}: ` + partners.map((p) => `${p.name}: ${p.verdict}`).join('; ') + '.';
  return { labels, partners, table, summary };
}
