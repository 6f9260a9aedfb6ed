// The results (MODEL.md §6, §7, §10, §12–19) laid out as tables for export:
// one row a year, one column a measure with its unit in the header, and the
// single figures (NPV, payback, waterfall, projections). The CSV and the workbook both read these,
// so the two exports always agree.
import { financialYear, LEVELS, paybackCell, projectionName, PRINCIPAL_VARIANT, SETTINGS } from '../model';
import type { Indicators, Results } from '../model';
import type { Scenario } from '../model';

/**
 * What a figure is, so each export can show it right (£, a share, a level…);
 * year is a financial year by the calendar year it starts in; plain is shown as it is.
 */
export type FigureKind = 'money' | 'share' | 'level' | 'activity' | 'people' | 'perThousand' | 'rate' | 'year' | 'plain';

export interface YearlyColumn {
  header: string;
  kind: FigureKind;
  values: Array<number | null>;
}

export interface SummaryLine {
  label: string;
  kind: FigureKind;
  value: number | string | null;
}

/** The yearly figures of one table, with the title the exports give it. */
export interface YearlyTable {
  title: string;
  columns: YearlyColumn[];
}

/** Single figures under a title, with the heading of their value column. */
export interface FigureBlock {
  title: string;
  valueHeader: string;
  lines: SummaryLine[];
}

const LEVEL_NUMBERS = [1, 2, 3, 4, 5] as const;

/** Names as headers: a name shared by two items gets its id added, so columns never collide. */
function headerNames(items: ReadonlyArray<{ id: string; name: string }>): Map<string, string> {
  const count = new Map<string, number>();
  for (const item of items) count.set(item.name, (count.get(item.name) ?? 0) + 1);
  return new Map(items.map((item) => [item.id, count.get(item.name)! > 1 ? `${item.name} (${item.id})` : item.name]));
}

/** Whole-system totals, by level, savings, upstream share and gravity (MODEL.md §6). */
function totalsColumns(scenario: Scenario, results: Results): YearlyColumn[] {
  const { baseline, scenario: scn, summary } = results;
  const columns: YearlyColumn[] = [
    { header: 'Baseline total spend (£)', kind: 'money', values: baseline.total },
    { header: 'Scenario total spend (£)', kind: 'money', values: scn.total },
    ...LEVEL_NUMBERS.map((L): YearlyColumn => ({ header: `Baseline Level ${L} spend (£)`, kind: 'money', values: baseline.byLevel[L - 1] })),
    ...LEVEL_NUMBERS.map((L): YearlyColumn => ({ header: `Scenario Level ${L} spend (£)`, kind: 'money', values: scn.byLevel[L - 1] })),
    { header: 'Prevention investment (£)', kind: 'money', values: scn.investment },
    { header: 'Net saving (£)', kind: 'money', values: summary.netSaving },
    { header: 'Cumulative net saving (£)', kind: 'money', values: summary.cumulativeNetSaving },
    { header: 'Upstream share, baseline (Levels 1-3, 0 to 1)', kind: 'share', values: summary.upstreamShare.baseline },
    { header: 'Upstream share, scenario (Levels 1-3, 0 to 1)', kind: 'share', values: summary.upstreamShare.scenario },
    { header: 'Gravity, baseline (mean level, 1 to 5)', kind: 'level', values: summary.gravity.baseline },
    { header: 'Gravity, scenario (mean level, 1 to 5)', kind: 'level', values: summary.gravity.scenario },
  ];
  if (scenario.services.some((service) => service.capacity)) {
    columns.push({ header: 'Capital for new capacity (£, not in spend)', kind: 'money', values: summary.capital });
  }
  // §13: beside each rule, the people it re-homes less those it moves.
  const nameOf = new Map(scenario.services.map((service) => [service.id, service.name]));
  scenario.rebalancing.forEach((rule, k) => {
    columns.push({
      header: `Rule ${k + 1}, ${nameOf.get(rule.from)} to ${nameOf.get(rule.to)}: people re-homed less people moved (below 0: left without a service)`,
      kind: 'people',
      values: summary.rebalancingResidual[k],
    });
  });
  if (scenario.envelope && summary.envelopeGap) {
    columns.push(
      { header: 'Budget envelope (£)', kind: 'money', values: scenario.envelope },
      { header: 'Envelope gap, scenario over budget (£)', kind: 'money', values: summary.envelopeGap },
    );
  }
  return columns;
}

/** Who pays, who saves (MODEL.md §7). */
function partnerColumns(scenario: Scenario, results: Results): YearlyColumn[] {
  const names = headerNames(scenario.partners);
  return scenario.partners.flatMap((partner): YearlyColumn[] => {
    const figures = results.partners[partner.id];
    const name = names.get(partner.id)!;
    const columns: YearlyColumn[] = [
      { header: `${name}: baseline spend (£)`, kind: 'money', values: figures.baseline },
      { header: `${name}: scenario spend (£)`, kind: 'money', values: figures.scenario },
      { header: `${name}: net saving (£)`, kind: 'money', values: figures.net },
    ];
    // §16: only a partner with a budget has budget gaps.
    if (partner.budget && figures.budgetGap && figures.baselineBudgetGap) {
      columns.push(
        { header: `${name}: budget (£)`, kind: 'money', values: partner.budget },
        { header: `${name}: baseline over budget (£, below 0: under)`, kind: 'money', values: figures.baselineBudgetGap },
        { header: `${name}: scenario over budget (£, below 0: under)`, kind: 'money', values: figures.budgetGap },
      );
    }
    return columns;
  });
}

/** Activity in each service's own unit, and spend, baseline and scenario. */
function serviceColumns(scenario: Scenario, results: Results): YearlyColumn[] {
  const names = headerNames(scenario.services);
  return scenario.services.flatMap((service): YearlyColumn[] => {
    const baseline = results.baseline.byService[service.id];
    const scn = results.scenario.byService[service.id];
    const name = names.get(service.id)!;
    const unit = service.unit;
    const columns: YearlyColumn[] = [
      { header: `${name}: baseline activity (${unit})`, kind: 'activity', values: baseline.activity },
      { header: `${name}: scenario activity (${unit})`, kind: 'activity', values: scn.activity },
      { header: `${name}: demand deflected (${unit})`, kind: 'activity', values: scn.deflected },
      { header: `${name}: baseline spend (£)`, kind: 'money', values: baseline.spend },
      { header: `${name}: scenario spend (£)`, kind: 'money', values: scn.spend },
      { header: `${name}: baseline people served`, kind: 'people', values: baseline.people },
      { header: `${name}: scenario people served`, kind: 'people', values: scn.people },
    ];
    // §14: only a service with a capacity has a supply gap and capital.
    if (baseline.capacity && baseline.supplyGap && scn.supplyGap && scn.capital) {
      columns.push(
        { header: `${name}: capacity (${unit})`, kind: 'activity', values: baseline.capacity },
        { header: `${name}: baseline supply gap (${unit}, above 0 short, below 0 spare)`, kind: 'activity', values: baseline.supplyGap },
        { header: `${name}: scenario supply gap (${unit}, above 0 short, below 0 spare)`, kind: 'activity', values: scn.supplyGap },
        { header: `${name}: capital for new capacity (£)`, kind: 'money', values: scn.capital },
      );
    }
    return columns;
  });
}

/** People served by level and by setting (§13; a person using two services counts in both), then the §18 indicators. */
function peopleColumns(results: Results): YearlyColumn[] {
  const sides = [
    { side: 'baseline', figures: results.baseline, indicators: results.summary.indicators.baseline },
    { side: 'scenario', figures: results.scenario, indicators: results.summary.indicators.scenario },
  ] as const;
  const byLevel = sides.flatMap(({ side, figures }) =>
    LEVELS.map(({ level }): YearlyColumn => ({ header: `Level ${level} people served, ${side}`, kind: 'people', values: figures.peopleByLevel[level - 1] })),
  );
  const bySetting = sides.flatMap(({ side, figures }) =>
    SETTINGS.flatMap(({ id, words }): YearlyColumn[] => {
      const values = figures.peopleBySetting[id];
      return values ? [{ header: `${words}: people served, ${side}`, kind: 'people', values }] : [];
    }),
  );
  return [
    { header: 'Older people (the population in use)', kind: 'people', values: results.summary.indicators.baseline.olderPeople },
    ...byLevel,
    ...bySetting,
    ...sides.flatMap(({ side, indicators }) => indicatorColumns(side, indicators)),
  ];
}

function indicatorColumns(side: string, indicators: Indicators): YearlyColumn[] {
  return [
    { header: `Care-home places per 1,000 older people, ${side}`, kind: 'perThousand', values: indicators.careHomePer1000 },
    { header: `Share of people at Levels 4-5 supported outside care homes and hospital, ${side} (0 to 1)`, kind: 'share', values: indicators.supportedAtHomeShare },
    { header: `Share of people served at Levels 1-3, ${side} (0 to 1)`, kind: 'share', values: indicators.peopleUpstreamShare },
  ];
}

/** The results by year: the whole system, then who pays and who saves, then each service, then people and indicators. */
export function yearlyTables(scenario: Scenario, results: Results): YearlyTable[] {
  return [
    { title: 'Results by year', columns: totalsColumns(scenario, results) },
    { title: 'Results by partner', columns: partnerColumns(scenario, results) },
    { title: 'Results by service', columns: serviceColumns(scenario, results) },
    { title: 'People and balance of care', columns: peopleColumns(results) },
  ];
}

/** NPV and payback (MODEL.md §6). */
function summaryLines(scenario: Scenario, results: Results): SummaryLine[] {
  const { summary } = results;
  const lastYear = financialYear(results.years[results.years.length - 1]);
  return [
    { label: 'Scenario', kind: 'plain', value: scenario.meta.name },
    { label: 'Area', kind: 'plain', value: scenario.meta.area ?? '' },
    { label: 'Years', kind: 'plain', value: `${financialYear(results.years[0])} to ${lastYear}` },
    { label: 'Discount rate (a year, 0.035 = 3.5%)', kind: 'rate', value: scenario.meta.discountRate },
    { label: 'Net present value of the net saving (£)', kind: 'money', value: summary.npv },
    ...capitalLines(scenario, results),
    paybackLine(results),
  ];
}

/** §6: a payback later lost says so; a lasting one is a financial year. */
function paybackLine(results: Results): SummaryLine {
  const { summary } = results;
  const lastYear = financialYear(results.years[results.years.length - 1]);
  if (summary.firstBreakEvenYear !== summary.paybackYear) return { label: 'Payback year', kind: 'plain', value: paybackCell(summary) };
  return summary.paybackYear === null
    ? { label: 'Payback year', kind: 'plain', value: `no payback by ${lastYear}` }
    : { label: 'Payback year', kind: 'year', value: summary.paybackYear };
}

/** §14: capital, only when some service has a capacity. */
function capitalLines(scenario: Scenario, results: Results): SummaryLine[] {
  if (!scenario.services.some((service) => service.capacity)) return [];
  const { summary } = results;
  return [
    { label: 'Capital for new capacity, all years (£)', kind: 'money', value: summary.capital.reduce((sum, x) => sum + x, 0) },
    { label: 'Net present value after capital (£)', kind: 'money', value: summary.npvAfterCapital },
  ];
}

/** §17: the run on each projection, the principal first; none without variants. */
function variantLines(results: Results): SummaryLine[] {
  const variants = results.summary.variants;
  if (!variants) return [];
  const horizon = financialYear(results.years[results.years.length - 1]);
  const ids = [PRINCIPAL_VARIANT, ...Object.keys(variants).filter((id) => id !== PRINCIPAL_VARIANT)];
  return ids.flatMap((id): SummaryLine[] => {
    const v = variants[id];
    const name = projectionName(id);
    return [
      { label: `${name}: NPV of net saving (£)`, kind: 'money', value: v.npv },
      { label: `${name}: cumulative net saving by ${horizon} (£)`, kind: 'money', value: v.cumulativeNetSaving },
      { label: `${name}: total spend in ${horizon} (£)`, kind: 'money', value: v.scenarioTotal },
      { label: `${name}: payback year`, kind: 'plain', value: paybackCell(v) },
    ];
  });
}

/** What drives the change from the first year to the last; the steps add up (MODEL.md §6). */
function waterfallLines(results: Results): SummaryLine[] {
  const w = results.summary.waterfall;
  const first = financialYear(results.years[0]);
  const last = financialYear(results.years[results.years.length - 1]);
  const step = (label: string, value: number): SummaryLine => ({ label, kind: 'money', value });
  return [
    step(`Start: baseline total spend ${first} (£)`, w.start),
    step('Demography: more people (£)', w.demography),
    step('Cost growth: dearer units (£)', w.costGrowth),
    step('Rebalancing between services (£)', w.rebalancing),
    step('Prevention investment (£)', w.investment),
    step('Demand deflected by prevention (£)', w.deflection),
    step(`End: scenario total spend ${last} (£)`, w.end),
  ];
}

/** Spend to commission (above 0) or decommission (below 0) at each level in the last year. */
function commissioningGapLines(results: Results): SummaryLine[] {
  const gap = results.summary.commissioningGap;
  if (!gap) return [];
  const last = financialYear(results.years[results.years.length - 1]);
  return LEVEL_NUMBERS.map((L) => ({ label: `Level ${L}: commissioning gap ${last} (£, above 0 means commission more)`, kind: 'money', value: gap[L - 1] }));
}

/** The single figures: the summary, what drives the change and, when desired level shares are set, the commissioning gap. */
export function figureBlocks(scenario: Scenario, results: Results): FigureBlock[] {
  const blocks: FigureBlock[] = [
    { title: 'Summary', valueHeader: 'Value', lines: summaryLines(scenario, results) },
    { title: 'Waterfall: what drives the change', valueHeader: 'Amount (£)', lines: waterfallLines(results) },
    { title: 'Commissioning gap against the desired level shares', valueHeader: 'Amount (£)', lines: commissioningGapLines(results) },
    { title: 'The case under each population projection', valueHeader: 'Value', lines: variantLines(results) },
  ];
  return blocks.filter((block) => block.lines.length > 0);
}
