// The results JSON of MODEL.md §10, built from a kernel run.
import { compileScenario, type CompiledModel } from './compile';
import { evaluateModel, LEVELS, type ModelRun } from './evaluate';
import type { Scenario } from '../file/schema';

export type Series = number[];

export interface ServiceResult {
  activity: Series;
  spend: Series;
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
  baseline: { total: Series; byLevel: Series[]; byService: Record<string, ServiceResult> };
  scenario: {
    total: Series;
    byLevel: Series[];
    investment: Series;
    byService: Record<string, ServiceResult & { deflected: Series }>;
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
  };
  partners: Record<string, { baseline: Series; scenario: Series; net: Series }>;
}

const WATERFALL_KEYS = ['start', 'demography', 'costGrowth', 'rebalancing', 'investment', 'deflection', 'end'] as const;

function row(values: Float64Array, r: number, T: number): Series {
  return Array.from(values.subarray(r * T, r * T + T));
}

function rows(values: Float64Array, count: number, T: number): Series[] {
  return Array.from({ length: count }, (_, r) => row(values, r, T));
}

const orNull = (x: number) => (Number.isNaN(x) ? null : x);

export function buildResults(m: CompiledModel, run: ModelRun): Results {
  const T = m.years;
  const baselineByService: Results['baseline']['byService'] = {};
  const scenarioByService: Results['scenario']['byService'] = {};
  m.serviceIds.forEach((id, s) => {
    baselineByService[id] = { activity: row(run.demand, s, T), spend: row(run.baselineSpend, s, T) };
    scenarioByService[id] = {
      activity: row(run.activity, s, T),
      spend: row(run.scenarioSpend, s, T),
      deflected: row(run.deflected, s, T),
    };
  });
  const partners: Results['partners'] = {};
  m.partnerIds.forEach((id, p) => {
    const baseline = row(run.partnerBaseline, p, T);
    const scenario = row(run.partnerScenario, p, T);
    partners[id] = { baseline, scenario, net: baseline.map((b, t) => b - scenario[t]) };
  });
  const summary: Results['summary'] = {
    netSaving: Array.from(run.netSaving),
    cumulativeNetSaving: Array.from(run.cumulativeNetSaving),
    npv: run.npv,
    paybackYear: run.paybackIndex < 0 ? null : m.baseYear + run.paybackIndex,
    firstBreakEvenYear: run.firstBreakEvenIndex < 0 ? null : m.baseYear + run.firstBreakEvenIndex,
    upstreamShare: { baseline: Array.from(run.upstreamBaseline), scenario: Array.from(run.upstreamScenario) },
    gravity: { baseline: Array.from(run.gravityBaseline, orNull), scenario: Array.from(run.gravityScenario, orNull) },
    waterfall: Object.fromEntries(WATERFALL_KEYS.map((key, i) => [key, run.waterfall[i]])) as unknown as Waterfall,
  };
  if (m.envelope) summary.envelopeGap = Array.from(run.envelopeGap);
  if (m.targetLevelShares) summary.commissioningGap = Array.from(run.commissioningGap);
  return {
    years: Array.from({ length: T }, (_, t) => m.baseYear + t),
    baseline: { total: Array.from(run.baselineTotal), byLevel: rows(run.baselineByLevel, LEVELS, T), byService: baselineByService },
    scenario: {
      total: Array.from(run.scenarioTotal),
      byLevel: rows(run.scenarioByLevel, LEVELS, T),
      investment: Array.from(run.investment),
      byService: scenarioByService,
    },
    summary,
    partners,
  };
}

/** Both models for a valid scenario, as the results JSON of MODEL.md §10. */
export function runModel(scenario: Scenario): Results {
  const model = compileScenario(scenario);
  return buildResults(model, evaluateModel(model));
}
