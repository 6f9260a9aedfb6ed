// The results JSON of MODEL.md §10 and §19, built from a kernel run.
import { compileScenario, type CompiledModel } from './compile';
import { createRun, evaluateModel, LEVELS, type ModelRun } from './evaluate';
import type { Scenario } from '../file/schema';
import { PRINCIPAL_VARIANT, SETTING_IDS, type Setting } from '../vocabulary';

export type Series = number[];

/** A yearly series that is null in years where it has no meaning (a share of nothing). */
export type SeriesOrNull = Array<number | null>;

export interface ServiceResult {
  activity: Series;
  spend: Series;
  /** §13: people served, activity / unitsPerPerson */
  people: Series;
  /** §14, only for a service with a capacity */
  capacity?: Series;
  /** §14: activity − capacity (> 0 units short, < 0 units spare) */
  supplyGap?: Series;
}

export interface ScenarioServiceResult extends ServiceResult {
  deflected: Series;
  /** §14: capital spent on new capacity, scenario only */
  capital?: Series;
}

/** §18: balance-of-care indicators for one side. */
export interface Indicators {
  olderPeople: Series;
  careHomePer1000: Series;
  supportedAtHomeShare: SeriesOrNull;
  peopleUpstreamShare: SeriesOrNull;
}

/** §17: the run on one demography, its figures at the horizon. */
export interface VariantSummary {
  npv: number;
  cumulativeNetSaving: number;
  scenarioTotal: number;
  paybackYear: number | null;
  firstBreakEvenYear: number | null;
}

export interface PartnerResult {
  baseline: Series;
  scenario: Series;
  net: Series;
  /** §16, only for a partner with a budget */
  budgetGap?: Series;
  baselineBudgetGap?: Series;
}

export interface Waterfall {
  start: number;
  demography: number;
  costGrowth: number;
  rebalancing: number;
  investment: number;
  deflection: number;
  end: number;
}

export interface Results {
  years: number[];
  baseline: {
    total: Series;
    byLevel: Series[];
    byService: Record<string, ServiceResult>;
    peopleByLevel: Series[];
    peopleBySetting: Partial<Record<Setting, Series>>;
  };
  scenario: {
    total: Series;
    byLevel: Series[];
    investment: Series;
    byService: Record<string, ScenarioServiceResult>;
    peopleByLevel: Series[];
    peopleBySetting: Partial<Record<Setting, Series>>;
  };
  summary: {
    netSaving: Series;
    cumulativeNetSaving: Series;
    npv: number;
    paybackYear: number | null;
    firstBreakEvenYear: number | null;
    upstreamShare: { baseline: Series; scenario: Series };
    gravity: { baseline: Array<number | null>; scenario: Array<number | null> };
    envelopeGap?: Series;
    commissioningGap?: Series;
    waterfall: Waterfall;
    /** §13: one yearly series per rebalancing rule, in file order */
    rebalancingResidual: Series[];
    /** §14: capitalTotal each year */
    capital: Series;
    npvAfterCapital: number;
    indicators: { baseline: Indicators; scenario: Indicators };
    /** §17: only when some band has variants; keyed by variant id and "principal" */
    variants?: Record<string, VariantSummary>;
  };
  partners: Record<string, PartnerResult>;
}

const WATERFALL_KEYS = ['start', 'demography', 'costGrowth', 'rebalancing', 'investment', 'deflection', 'end'] as const;

function row(values: Float64Array, r: number, T: number): Series {
  return Array.from(values.subarray(r * T, r * T + T));
}

function rows(values: Float64Array, count: number, T: number): Series[] {
  return Array.from({ length: count }, (_, r) => row(values, r, T));
}

const orNull = (x: number) => (Number.isNaN(x) ? null : x);
const yearOf = (m: CompiledModel, index: number) => (index < 0 ? null : m.baseYear + index);

/** §19: a service's figures; capacity and supply gap only where it has a capacity. */
function serviceResults(m: CompiledModel, run: ModelRun): Pick<Results['baseline'], 'byService'> & { scenario: Results['scenario']['byService'] } {
  const T = m.years;
  const byService: Results['baseline']['byService'] = {};
  const scenario: Results['scenario']['byService'] = {};
  m.serviceIds.forEach((id, s) => {
    const activity = row(run.demand, s, T);
    const scenarioActivity = row(run.activity, s, T);
    byService[id] = { activity, spend: row(run.baselineSpend, s, T), people: row(run.basePeople, s, T) };
    scenario[id] = {
      activity: scenarioActivity,
      spend: row(run.scenarioSpend, s, T),
      deflected: row(run.deflected, s, T),
      people: row(run.people, s, T),
    };
    if (m.hasCapacity[s] !== 1) return;
    const capacity = row(run.capacity, s, T);
    // §14: > 0 units short, to commission; < 0 units spare.
    byService[id] = { ...byService[id], capacity, supplyGap: activity.map((a, t) => a - capacity[t]) };
    scenario[id] = { ...scenario[id], capacity, supplyGap: scenarioActivity.map((a, t) => a - capacity[t]), capital: row(run.capital, s, T) };
  });
  return { byService, scenario };
}

/** §13: people by setting, for the settings some service has (a service without one is at home). */
function bySetting(m: CompiledModel, values: Float64Array): Partial<Record<Setting, Series>> {
  const present = new Set(m.serviceSetting);
  return Object.fromEntries(SETTING_IDS.flatMap((id, g) => (present.has(g) ? [[id, row(values, g, m.years)]] : [])));
}

function partnerResults(m: CompiledModel, run: ModelRun): Results['partners'] {
  const T = m.years;
  const partners: Results['partners'] = {};
  m.partnerIds.forEach((id, p) => {
    const baseline = row(run.partnerBaseline, p, T);
    const scenario = row(run.partnerScenario, p, T);
    partners[id] = { baseline, scenario, net: baseline.map((b, t) => b - scenario[t]) };
    if (m.hasBudget[p] === 1) {
      partners[id].budgetGap = row(run.budgetGap, p, T);
      partners[id].baselineBudgetGap = row(run.baselineBudgetGap, p, T);
    }
  });
  return partners;
}

function indicatorResults(run: ModelRun, careHomePer1000: Float64Array, atHome: Float64Array, upstream: Float64Array): Indicators {
  return {
    olderPeople: Array.from(run.olderPeople),
    careHomePer1000: Array.from(careHomePer1000),
    supportedAtHomeShare: Array.from(atHome, orNull),
    peopleUpstreamShare: Array.from(upstream, orNull),
  };
}

function summaryResults(m: CompiledModel, run: ModelRun): Results['summary'] {
  const summary: Results['summary'] = {
    netSaving: Array.from(run.netSaving),
    cumulativeNetSaving: Array.from(run.cumulativeNetSaving),
    npv: run.npv,
    paybackYear: yearOf(m, run.paybackIndex),
    firstBreakEvenYear: yearOf(m, run.firstBreakEvenIndex),
    upstreamShare: { baseline: Array.from(run.upstreamBaseline), scenario: Array.from(run.upstreamScenario) },
    gravity: { baseline: Array.from(run.gravityBaseline, orNull), scenario: Array.from(run.gravityScenario, orNull) },
    waterfall: Object.fromEntries(WATERFALL_KEYS.map((key, i) => [key, run.waterfall[i]])) as unknown as Waterfall,
    rebalancingResidual: rows(run.residual, m.ruleShare.length, m.years),
    capital: Array.from(run.capitalTotal),
    npvAfterCapital: run.npvAfterCapital,
    indicators: {
      baseline: indicatorResults(run, run.baselineCareHomePer1000, run.baselineAtHomeShare, run.baselinePeopleUpstream),
      scenario: indicatorResults(run, run.scenarioCareHomePer1000, run.scenarioAtHomeShare, run.scenarioPeopleUpstream),
    },
  };
  if (m.envelope) summary.envelopeGap = Array.from(run.envelopeGap);
  if (m.targetLevelShares) summary.commissioningGap = Array.from(run.commissioningGap);
  return summary;
}

/** §17: the run on each demography, the principal first; `undefined` when no band has variants. */
function variantResults(m: CompiledModel): Record<string, VariantSummary> | undefined {
  if (m.variants.length === 0) return undefined;
  const run = createRun(m);
  const summaryOf = (variant: number): VariantSummary => {
    evaluateModel(m, run, variant);
    const H = m.years - 1;
    return {
      npv: run.npv,
      cumulativeNetSaving: run.cumulativeNetSaving[H],
      scenarioTotal: run.scenarioTotal[H],
      paybackYear: yearOf(m, run.paybackIndex),
      firstBreakEvenYear: yearOf(m, run.firstBreakEvenIndex),
    };
  };
  return Object.fromEntries([[PRINCIPAL_VARIANT, summaryOf(-1)], ...m.variants.map((v, i) => [v.id, summaryOf(i)])]);
}

export function buildResults(m: CompiledModel, run: ModelRun): Results {
  const T = m.years;
  const { byService, scenario } = serviceResults(m, run);
  const summary = summaryResults(m, run);
  const variants = variantResults(m);
  if (variants) summary.variants = variants;
  return {
    years: Array.from({ length: T }, (_, t) => m.baseYear + t),
    baseline: {
      total: Array.from(run.baselineTotal),
      byLevel: rows(run.baselineByLevel, LEVELS, T),
      byService,
      peopleByLevel: rows(run.baselinePeopleByLevel, LEVELS, T),
      peopleBySetting: bySetting(m, run.baselinePeopleBySetting),
    },
    scenario: {
      total: Array.from(run.scenarioTotal),
      byLevel: rows(run.scenarioByLevel, LEVELS, T),
      investment: Array.from(run.investment),
      byService: scenario,
      peopleByLevel: rows(run.scenarioPeopleByLevel, LEVELS, T),
      peopleBySetting: bySetting(m, run.scenarioPeopleBySetting),
    },
    summary,
    partners: partnerResults(m, run),
  };
}

/** Both models for a valid scenario, as the results JSON of MODEL.md §10. */
export function runModel(scenario: Scenario): Results {
  const model = compileScenario(scenario);
  return buildResults(model, evaluateModel(model));
}
