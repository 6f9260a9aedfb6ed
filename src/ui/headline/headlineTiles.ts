// The four figures a finance lead reads first, each with one plain sentence
// saying what it means (MODEL.md §6), the NPV after capital beside the NPV
// whenever the scenario spends capital (§14), and where the scenario sets a
// budget envelope, a line on spend against it at the horizon.
import { formatPercent, formatPounds, formatPoundsShort } from '../../format/money';
import { describePayback, financialYear, lostBreakEvenYear } from '../../model';
import type { Results } from '../../model';
import type { Scenario } from '../../model';

export interface HeadlineTile {
  key: 'npv' | 'payback' | 'upstream' | 'netSaving';
  label: string;
  value: string;
  /** A short line under the value: the years or the exact amount. */
  detail: string;
  /** A second figure under the first, labelled: the NPV after capital. */
  also?: { label: string; value: string };
  explanation: string;
}

const GREEN_BOOK_RATE = 0.035;

function discountWords(rate: number): string {
  const percent = formatPercent(rate, 1);
  return rate === GREEN_BOOK_RATE ? `${percent} a year (the HM Treasury Green Book rate)` : `${percent} a year`;
}

/** MODEL.md §6: a payback later lost is worded as such, never shown as a year that pays back. */
function paybackTile(results: Results, invested: boolean, last: string): HeadlineTile {
  const { summary, years } = results;
  const explanation = 'The first year, once investment starts, from which the net savings added up so far stay at zero or more to the horizon.';
  if (lostBreakEvenYear(summary) !== null) {
    const words = describePayback(summary, years);
    return { key: 'payback', label: 'Payback year', value: words.headline, detail: words.sentence, explanation };
  }
  return {
    key: 'payback',
    label: 'Payback year',
    value: summary.paybackYear !== null ? financialYear(summary.paybackYear) : invested ? 'Not within the horizon' : 'Nothing invested',
    detail: summary.paybackYear !== null ? 'Savings so far cover the cost, and go on covering it' : invested ? `Looked for up to ${last}` : 'No prevention to pay back',
    explanation,
  };
}

/** MODEL.md §14: the NPV less the discounted capital, shown only when the scenario spends capital. */
function npvTile(results: Results, scenario: Scenario, first: string, last: string): HeadlineTile {
  const { npv, npvAfterCapital, capital } = results.summary;
  const tile: HeadlineTile = {
    key: 'npv',
    label: 'Net present value',
    value: formatPoundsShort(npv),
    detail: `${formatPounds(npv)}, ${first} to ${last}`,
    explanation: `Every year's net saving to ${last}, discounted at ${discountWords(scenario.meta.discountRate)} and added up.`,
  };
  if (capital.every((amount) => amount === 0)) return tile;
  const capitalTotal = capital.reduce((sum, amount) => sum + amount, 0);
  return {
    ...tile,
    also: { label: 'NPV after capital', value: formatPoundsShort(npvAfterCapital) },
    explanation: `${tile.explanation} After capital: less the ${formatPoundsShort(capitalTotal)} spent on new places, discounted too (${formatPounds(npvAfterCapital)}).`,
  };
}

export function headlineTiles(results: Results, scenario: Scenario): HeadlineTile[] {
  const { summary, years } = results;
  const H = years.length - 1;
  const first = financialYear(years[0]);
  const last = financialYear(years[H]);
  const invested = results.scenario.investment.some((amount) => amount > 0);
  return [
    npvTile(results, scenario, first, last),
    paybackTile(results, invested, last),
    {
      key: 'upstream',
      label: 'Upstream share',
      value: `${formatPercent(summary.upstreamShare.baseline[0])} → ${formatPercent(summary.upstreamShare.scenario[H])}`,
      detail: `${first} now → ${last} in the scenario; ${formatPercent(summary.upstreamShare.baseline[H])} in ${last} without it`,
      explanation:
        'The share of spend on Levels 1 to 3 (citizenship, prevention and short-term help): today, and at the horizon with the scenario and without it (the baseline).',
    },
    {
      key: 'netSaving',
      label: `Net saving in ${last}`,
      value: formatPoundsShort(summary.netSaving[H]),
      detail: `${formatPounds(summary.cumulativeNetSaving[H])} over all years`,
      explanation: `Baseline spend minus scenario spend in ${last}; below zero means the scenario costs more that year.`,
    },
  ];
}

/** Spend against the budget envelope at the horizon (MODEL.md §6, envelopeGap), or null when the scenario sets none. */
export function envelopeLine(results: Results, scenario: Scenario): { text: string; over: boolean } | null {
  const gaps = results.summary.envelopeGap;
  if (!gaps || !scenario.envelope) return null;
  const H = results.years.length - 1;
  const gap = gaps[H];
  const spend = results.scenario.total[H];
  const envelope = scenario.envelope[H];
  const against = `the scenario spends ${formatPoundsShort(spend)} against ${formatPoundsShort(envelope)}`;
  const share = envelope > 0 ? ` (${formatPercent(spend / envelope, 0)} of it)` : '';
  const rounded = Math.round(gap);
  const by = rounded === 0 ? 'exactly on it' : rounded > 0 ? `${formatPoundsShort(gap)} over` : `${formatPoundsShort(-gap)} within it`;
  return { text: `Budget envelope in ${financialYear(results.years[H])}: ${against}${share}, ${by}.`, over: rounded > 0 };
}
