// The kernel: the Level 1–5 and shift-investment models of MODEL.md §3–7 over
// typed arrays. Series are laid out [row × years]; nothing here allocates, so
// a workspace can be reused for thousands of Monte Carlo runs.
import type { CompiledModel } from './compile';

export const LEVELS = 5;

export interface ModelRun {
  /** [service × years] static demand (§3) */
  demand: Float64Array;
  cost: Float64Array;
  /** activity after rebalancing (§4) */
  rebalanced: Float64Array;
  deflected: Float64Array;
  /** scenario activity (§5) */
  activity: Float64Array;
  baselineSpend: Float64Array;
  scenarioSpend: Float64Array;
  /** [investment × years] extra activity bought, and its cost */
  extra: Float64Array;
  invest: Float64Array;
  /** [years] */
  baselineTotal: Float64Array;
  scenarioTotal: Float64Array;
  investment: Float64Array;
  netSaving: Float64Array;
  cumulativeNetSaving: Float64Array;
  upstreamBaseline: Float64Array;
  upstreamScenario: Float64Array;
  /** NaN where total spend is 0 (shown as null) */
  gravityBaseline: Float64Array;
  gravityScenario: Float64Array;
  /** [level × years], Level 1 first */
  baselineByLevel: Float64Array;
  scenarioByLevel: Float64Array;
  /** [partner × years] */
  partnerBaseline: Float64Array;
  partnerScenario: Float64Array;
  envelopeGap: Float64Array;
  /** [level] */
  commissioningGap: Float64Array;
  /** start, demography, costGrowth, rebalancing, investment, deflection, end */
  waterfall: Float64Array;
  npv: number;
  /** index t of the payback year, or -1 */
  paybackIndex: number;
  // scratch
  rate: Float64Array;
  outShare: Float64Array;
  potential: Float64Array;
  poolBaseline: Float64Array;
  poolScenario: Float64Array;
}

export function createRun(model: CompiledModel): ModelRun {
  const T = model.years;
  const S = model.serviceIds.length;
  const J = model.investmentNames.length;
  const P = model.partnerIds.length;
  const f = (n: number) => new Float64Array(n);
  return {
    demand: f(S * T), cost: f(S * T), rebalanced: f(S * T), deflected: f(S * T), activity: f(S * T),
    baselineSpend: f(S * T), scenarioSpend: f(S * T), extra: f(J * T), invest: f(J * T),
    baselineTotal: f(T), scenarioTotal: f(T), investment: f(T), netSaving: f(T), cumulativeNetSaving: f(T),
    upstreamBaseline: f(T), upstreamScenario: f(T), gravityBaseline: f(T), gravityScenario: f(T),
    baselineByLevel: f(LEVELS * T), scenarioByLevel: f(LEVELS * T),
    partnerBaseline: f(P * T), partnerScenario: f(P * T), envelopeGap: f(T), commissioningGap: f(LEVELS),
    waterfall: f(7), npv: 0, paybackIndex: -1,
    rate: f(S * model.bandIds.length), outShare: f(S * T), potential: f(S * T),
    poolBaseline: f(T), poolScenario: f(T),
  };
}

/** MODEL.md §1: how far a rule has ramped up in year t. */
export function phase(year: number, startYear: number, rampYears: number): number {
  if (year < startYear) return 0;
  if (rampYears <= 0) return 1;
  return Math.min(1, (year - startYear + 1) / rampYears);
}

/** §3: usage rates, static demand and unit costs with growth. */
function projectDemand(m: CompiledModel, run: ModelRun): void {
  const T = m.years;
  const B = m.bandIds.length;
  const S = m.serviceIds.length;
  const { rate, demand, cost } = run;
  const { population, users } = m;
  for (let s = 0; s < S; s++) {
    for (let b = 0; b < B; b++) {
      const u = users[s * B + b];
      rate[s * B + b] = u === 0 ? 0 : u / population[b * T];
    }
    // A running product, not Math.pow: the same figures to ~1e-16 and most of
    // the kernel's time saved (profiled under Monte Carlo).
    const growth = 1 + m.costGrowth[s];
    let unitCost = m.unitCost[s];
    for (let t = 0; t < T; t++) {
      let d = 0;
      for (let b = 0; b < B; b++) d += rate[s * B + b] * population[b * T + t];
      demand[s * T + t] = d;
      cost[s * T + t] = unitCost;
      unitCost *= growth;
    }
  }
}

/**
 * §4: moves are taken from static demand, so rule order never matters. What
 * leaves a service is capped at all of it, so shares summing to exactly 1
 * cannot leave floating-point dust below zero.
 */
function rebalance(m: CompiledModel, run: ModelRun): void {
  const T = m.years;
  const { demand, rebalanced, outShare } = run;
  rebalanced.fill(0);
  outShare.fill(0);
  for (let k = 0; k < m.ruleShare.length; k++) {
    const from = m.ruleFrom[k] * T;
    const to = m.ruleTo[k] * T;
    for (let t = 0; t < T; t++) {
      const moved = m.ruleShare[k] * phase(m.baseYear + t, m.ruleStart[k], m.ruleRamp[k]);
      outShare[from + t] += moved;
      rebalanced[to + t] += m.ruleRatio[k] * moved * demand[from + t];
    }
  }
  for (let i = 0; i < demand.length; i++) rebalanced[i] += demand[i] * Math.max(0, 1 - outShare[i]);
}

/** §5: prevention bought, and the demand it deflects after its lag. */
function shiftInvestment(m: CompiledModel, run: ModelRun): void {
  const T = m.years;
  const { extra, invest, potential, deflected, rebalanced, activity, cost } = run;
  potential.fill(0);
  for (let j = 0; j < m.investmentAmount.length; j++) {
    const target = m.investmentTarget[j] * T;
    for (let t = 0; t < T; t++) {
      const units = (m.investmentAmount[j] * phase(m.baseYear + t, m.investmentStart[j], m.investmentRamp[j])) / m.unitCost[m.investmentTarget[j]];
      extra[j * T + t] = units;
      invest[j * T + t] = units * cost[target + t];
    }
  }
  for (let d = 0; d < m.deflectionRate.length; d++) {
    const j = m.deflectionInvestment[d];
    const lag = Math.round(m.investmentLag[j]);
    const s = m.deflectionService[d] * T;
    for (let t = lag; t < T; t++) potential[s + t] += m.deflectionRate[d] * extra[j * T + t - lag];
  }
  for (let i = 0; i < rebalanced.length; i++) {
    deflected[i] = Math.min(potential[i], Math.max(0, rebalanced[i]));
    activity[i] = rebalanced[i] - deflected[i];
  }
  for (let j = 0; j < m.investmentAmount.length; j++) {
    const target = m.investmentTarget[j] * T;
    for (let t = 0; t < T; t++) activity[target + t] += extra[j * T + t];
  }
  run.investment.fill(0);
  for (let i = 0; i < invest.length; i++) run.investment[i % T] += invest[i];
}

/** §6: spend, totals and spend by level, for baseline and scenario. */
function spendByLevel(m: CompiledModel, run: ModelRun): void {
  const T = m.years;
  const { demand, cost, activity, baselineSpend, scenarioSpend, baselineTotal, scenarioTotal, baselineByLevel, scenarioByLevel } = run;
  baselineTotal.fill(0);
  scenarioTotal.fill(0);
  baselineByLevel.fill(0);
  scenarioByLevel.fill(0);
  for (let s = 0; s < m.serviceIds.length; s++) {
    const level = (m.serviceLevel[s] - 1) * T;
    for (let t = 0; t < T; t++) {
      const i = s * T + t;
      baselineSpend[i] = demand[i] * cost[i];
      scenarioSpend[i] = activity[i] * cost[i];
      baselineTotal[t] += baselineSpend[i];
      scenarioTotal[t] += scenarioSpend[i];
      baselineByLevel[level + t] += baselineSpend[i];
      scenarioByLevel[level + t] += scenarioSpend[i];
    }
  }
}

/** §6: the spend-weighted position on the ladder. */
function ladderPosition(byLevel: Float64Array, total: Float64Array, T: number, upstream: Float64Array, gravity: Float64Array): void {
  for (let t = 0; t < T; t++) {
    const sum = total[t];
    upstream[t] = sum === 0 ? 0 : (byLevel[t] + byLevel[T + t] + byLevel[2 * T + t]) / sum;
    let weighted = 0;
    for (let L = 0; L < LEVELS; L++) weighted += (L + 1) * byLevel[L * T + t];
    // Clamped to the ladder: 5·x/x can round a hair above 5.
    gravity[t] = sum === 0 ? NaN : Math.min(LEVELS, Math.max(1, weighted / sum));
  }
}

/** §6: net saving, NPV and payback. */
function savings(m: CompiledModel, run: ModelRun): void {
  const T = m.years;
  const { baselineTotal, scenarioTotal, netSaving, cumulativeNetSaving, investment } = run;
  const discount = 1 + m.discountRate[0];
  let cumulative = 0;
  let npv = 0;
  let firstInvested = -1;
  run.paybackIndex = -1;
  for (let t = 0; t < T; t++) {
    netSaving[t] = baselineTotal[t] - scenarioTotal[t];
    cumulative += netSaving[t];
    cumulativeNetSaving[t] = cumulative;
    npv += netSaving[t] / Math.pow(discount, t);
    if (firstInvested < 0 && investment[t] > 0) firstInvested = t;
    if (firstInvested >= 0 && run.paybackIndex < 0 && cumulative >= 0) run.paybackIndex = t;
  }
  run.npv = npv;
}

/** §6: what drives the change from year 0 to year H; adds up exactly. */
function waterfall(m: CompiledModel, run: ModelRun): void {
  const T = m.years;
  const H = T - 1;
  const { demand, cost, rebalanced, deflected, invest } = run;
  let demography = 0;
  let costGrowth = 0;
  let rebalancing = 0;
  let deflection = 0;
  for (let s = 0; s < m.serviceIds.length; s++) {
    const first = s * T;
    const last = s * T + H;
    demography += (demand[last] - demand[first]) * cost[first];
    costGrowth += demand[last] * (cost[last] - cost[first]);
    rebalancing += (rebalanced[last] - demand[last]) * cost[last];
    deflection -= deflected[last] * cost[last];
  }
  let investment = 0;
  for (let j = 0; j < m.investmentAmount.length; j++) investment += invest[j * T + H];
  run.waterfall.set([run.baselineTotal[0], demography, costGrowth, rebalancing, investment, deflection, run.scenarioTotal[H]]);
}

/** §7: who pays and who saves, with pooled spend shared by contribution. */
function partnerShares(m: CompiledModel, run: ModelRun): void {
  const T = m.years;
  const { partnerBaseline, partnerScenario, poolBaseline, poolScenario, baselineSpend, rebalanced, deflected, cost, invest } = run;
  partnerBaseline.fill(0);
  partnerScenario.fill(0);
  poolBaseline.fill(0);
  poolScenario.fill(0);
  for (let s = 0; s < m.serviceIds.length; s++) {
    const pooled = m.servicePooled[s] === 1;
    const owner = m.serviceFunder[s] * T;
    for (let t = 0; t < T; t++) {
      const i = s * T + t;
      const scenario = (rebalanced[i] - deflected[i]) * cost[i];
      if (pooled) {
        poolBaseline[t] += baselineSpend[i];
        poolScenario[t] += scenario;
      } else {
        partnerBaseline[owner + t] += baselineSpend[i];
        partnerScenario[owner + t] += scenario;
      }
    }
  }
  for (let j = 0; j < m.investmentAmount.length; j++) {
    const pooled = m.servicePooled[m.investmentTarget[j]] === 1;
    const payer = m.investmentPayer[j] * T;
    for (let t = 0; t < T; t++) {
      if (pooled) poolScenario[t] += invest[j * T + t];
      else partnerScenario[payer + t] += invest[j * T + t];
    }
  }
  for (let p = 0; p < m.partnerIds.length; p++) {
    const share = m.poolShare[p];
    for (let t = 0; t < T; t++) {
      partnerBaseline[p * T + t] += share * poolBaseline[t];
      partnerScenario[p * T + t] += share * poolScenario[t];
    }
  }
}

/** §6: the optional envelope and desired level shares. */
function gaps(m: CompiledModel, run: ModelRun): void {
  const T = m.years;
  const H = T - 1;
  if (m.envelope) for (let t = 0; t < T; t++) run.envelopeGap[t] = run.scenarioTotal[t] - m.envelope[t];
  if (m.targetLevelShares) {
    for (let L = 0; L < LEVELS; L++) {
      run.commissioningGap[L] = m.targetLevelShares[L] * run.scenarioTotal[H] - run.scenarioByLevel[L * T + H];
    }
  }
}

/** Runs both models for the compiled inputs, writing every output into `run`. */
export function evaluateModel(m: CompiledModel, run: ModelRun = createRun(m)): ModelRun {
  projectDemand(m, run);
  rebalance(m, run);
  shiftInvestment(m, run);
  spendByLevel(m, run);
  ladderPosition(run.baselineByLevel, run.baselineTotal, m.years, run.upstreamBaseline, run.gravityBaseline);
  ladderPosition(run.scenarioByLevel, run.scenarioTotal, m.years, run.upstreamScenario, run.gravityScenario);
  savings(m, run);
  waterfall(m, run);
  partnerShares(m, run);
  gaps(m, run);
  return run;
}
