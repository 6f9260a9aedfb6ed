// The kernel: the Level 1–5 and shift-investment models of MODEL.md §3–7 and
// §13–18 over typed arrays. Series are laid out [row × years]; nothing here
// allocates, so a workspace can be reused for thousands of Monte Carlo runs.
// People and places, and capacity and capital, are steps of their own files.
import { SETTING_IDS } from '../vocabulary';
import { projectCapacity } from './capacity';
import type { CompiledModel } from './compile';
import { PAID_BACK } from './paidBack';
import { phase, profiled } from './phaseIn';
import { countPeople, peopleSides, type PeopleSide } from './people';

export const LEVELS = 5;
export const SETTINGS_COUNT = SETTING_IDS.length;

export interface ModelRun {
  /** [band × years] the population in use: each band's own, or the variant run on (§17) */
  population: Float64Array;
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
  /** [rule × years] units moved by each rebalancing rule (§4) */
  moved: Float64Array;
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
  /** §13: [service × years] people served, baseline and scenario */
  basePeople: Float64Array;
  people: Float64Array;
  /** [level × years] and [setting × years] */
  baselinePeopleByLevel: Float64Array;
  scenarioPeopleByLevel: Float64Array;
  baselinePeopleBySetting: Float64Array;
  scenarioPeopleBySetting: Float64Array;
  /** [years] people at Levels 4–5 in settings outside care homes and hospital (scratch for §18) */
  baselineLongTermOutside: Float64Array;
  scenarioLongTermOutside: Float64Array;
  /** The people arrays above, grouped by side for the people step. */
  peopleSides: { baseline: PeopleSide; scenario: PeopleSide };
  /** [rule × years] people in minus people out */
  residual: Float64Array;
  /** §18: [years]; shares are NaN where they have no meaning (shown as null) */
  olderPeople: Float64Array;
  baselineCareHomePer1000: Float64Array;
  scenarioCareHomePer1000: Float64Array;
  baselineAtHomeShare: Float64Array;
  scenarioAtHomeShare: Float64Array;
  baselinePeopleUpstream: Float64Array;
  scenarioPeopleUpstream: Float64Array;
  /** §14: [service × years], meaningful for services with a capacity */
  capacity: Float64Array;
  capital: Float64Array;
  /** [years] */
  capitalTotal: Float64Array;
  npvAfterCapital: number;
  /** §16: [partner × years], meaningful for partners with a budget */
  budgetGap: Float64Array;
  baselineBudgetGap: Float64Array;
  npv: number;
  /** index t of the payback that lasts (§6), or -1 */
  paybackIndex: number;
  /** index t of the first year cumulative net saving is back to 0 after investing (§6), or -1 */
  firstBreakEvenIndex: number;
  // scratch
  rate: Float64Array;
  outShare: Float64Array;
  potential: Float64Array;
  poolBaseline: Float64Array;
  poolScenario: Float64Array;
  /** The populations, then the baseline users, that `demand` was last worked out from (none before the first run). */
  demandInputs: Float64Array;
  demandInputsKept: boolean;
  /** This run reuses the last demand, and the baseline people and indicators too (§13, §18 depend on nothing else). */
  demandKnown: boolean;
  baselinePeopleKnown: boolean;
  /** [years] (1 + discount rate)^t, for the rate in `discountFactorsRate` (NaN before the first run). */
  discountFactors: Float64Array;
  discountFactorsRate: number;
}

export function createRun(model: CompiledModel): ModelRun {
  const T = model.years;
  const S = model.serviceIds.length;
  const J = model.investmentNames.length;
  const P = model.partnerIds.length;
  const K = model.ruleShare.length;
  const B = model.bandIds.length;
  const f = (n: number) => new Float64Array(n);
  const run = {
    population: f(B * T), moved: f(K * T),
    demand: f(S * T), cost: f(S * T), rebalanced: f(S * T), deflected: f(S * T), activity: f(S * T),
    baselineSpend: f(S * T), scenarioSpend: f(S * T), extra: f(J * T), invest: f(J * T),
    baselineTotal: f(T), scenarioTotal: f(T), investment: f(T), netSaving: f(T), cumulativeNetSaving: f(T),
    upstreamBaseline: f(T), upstreamScenario: f(T), gravityBaseline: f(T), gravityScenario: f(T),
    baselineByLevel: f(LEVELS * T), scenarioByLevel: f(LEVELS * T),
    partnerBaseline: f(P * T), partnerScenario: f(P * T), envelopeGap: f(T), commissioningGap: f(LEVELS),
    waterfall: f(7), npv: 0, paybackIndex: -1, firstBreakEvenIndex: -1,
    basePeople: f(S * T), people: f(S * T),
    baselinePeopleByLevel: f(LEVELS * T), scenarioPeopleByLevel: f(LEVELS * T),
    baselinePeopleBySetting: f(SETTINGS_COUNT * T), scenarioPeopleBySetting: f(SETTINGS_COUNT * T), residual: f(K * T),
    baselineLongTermOutside: f(T), scenarioLongTermOutside: f(T),
    olderPeople: f(T), baselineCareHomePer1000: f(T), scenarioCareHomePer1000: f(T), baselineAtHomeShare: f(T), scenarioAtHomeShare: f(T),
    baselinePeopleUpstream: f(T), scenarioPeopleUpstream: f(T),
    capacity: f(S * T), capital: f(S * T), capitalTotal: f(T), npvAfterCapital: 0,
    budgetGap: f(P * T), baselineBudgetGap: f(P * T),
    rate: f(S * model.bandIds.length), outShare: f(S * T), potential: f(S * T),
    poolBaseline: f(T), poolScenario: f(T),
    demandInputs: f(2 * model.population.length + model.users.length + S), demandInputsKept: false,
    demandKnown: false, baselinePeopleKnown: false,
    discountFactors: f(T), discountFactorsRate: NaN,
  };
  return { ...run, peopleSides: peopleSides(run) };
}

/**
 * §17: the population the run uses — the variant's series for bands that have
 * it, each band's own elsewhere. `variant` is an index into m.variants, or −1.
 */
function choosePopulation(m: CompiledModel, run: ModelRun, variant: number): void {
  const T = m.years;
  run.population.set(m.population);
  if (variant < 0) return;
  const { population, banded } = m.variants[variant];
  for (let b = 0; b < banded.length; b++) {
    if (banded[b] === 1) run.population.set(population.subarray(b * T, b * T + T), b * T);
  }
}

/** Copies `inputs` into `kept` from `at`, saying whether every value was already there. */
function keep(inputs: Float64Array, kept: Float64Array, at: number): boolean {
  let same = true;
  for (let i = 0; i < inputs.length; i++) {
    // Object.is: a NaN still matches itself, and -0 is told from 0 (it changes the sign of a rate).
    if (Object.is(kept[at + i], inputs[i])) continue;
    kept[at + i] = inputs[i];
    same = false;
  }
  return same;
}

/**
 * Whether the populations and baseline users are the ones `run.demand` was
 * last worked out from (and units per person the ones baseline people were),
 * keeping them for next time. Compared value by value, so a draw or an edit
 * written into any of their slots is always seen.
 */
function sameDemandInputs(m: CompiledModel, run: ModelRun): void {
  const P = m.population.length;
  const samePopulation = keep(run.population, run.demandInputs, 0);
  const samePrincipal = keep(m.population, run.demandInputs, P);
  const sameUsers = keep(m.users, run.demandInputs, 2 * P);
  const samePerPerson = keep(m.unitsPerPerson, run.demandInputs, 2 * P + m.users.length);
  run.demandKnown = run.demandInputsKept && samePopulation && samePrincipal && sameUsers;
  run.baselinePeopleKnown = run.demandKnown && samePerPerson;
  run.demandInputsKept = true;
}

/**
 * §3: usage rates and static demand, worked out again only when a population
 * or baseline users figure changed (Monte Carlo, the tornado and goal seek
 * rarely vary them), and unit costs with growth. Rates always come from each
 * band's own base-year population (§17); demand follows the population in use.
 */
function projectDemand(m: CompiledModel, run: ModelRun): void {
  const T = m.years;
  const B = m.bandIds.length;
  const S = m.serviceIds.length;
  const { rate, demand, cost, population } = run;
  const { users, unitCost: unitCosts, costGrowth } = m;
  sameDemandInputs(m, run);
  const { demandKnown } = run;
  for (let s = 0; s < S; s++) {
    const rates = s * B;
    const row = s * T;
    if (!demandKnown) {
      for (let b = 0; b < B; b++) {
        const u = users[rates + b];
        rate[rates + b] = u === 0 ? 0 : u / m.population[b * T];
      }
      for (let t = 0; t < T; t++) {
        let d = 0;
        for (let b = 0, p = t; b < B; b++, p += T) d += rate[rates + b] * population[p];
        demand[row + t] = d;
      }
    }
    // A running product, not Math.pow: the same figures to ~1e-16 and most of
    // the kernel's time saved (profiled under Monte Carlo).
    const growth = 1 + costGrowth[s];
    let unitCost = unitCosts[s];
    for (let t = 0; t < T; t++) {
      cost[row + t] = unitCost;
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
  const { demand, rebalanced, outShare, moved } = run;
  rebalanced.fill(0);
  outShare.fill(0);
  for (let k = 0; k < m.ruleShare.length; k++) {
    const from = m.ruleFrom[k] * T;
    const to = m.ruleTo[k] * T;
    const share = m.ruleShare[k];
    const ratio = m.ruleRatio[k];
    const start = m.ruleStart[k];
    const ramp = m.ruleRamp[k];
    const profile = m.ruleProfile[k];
    for (let t = 0, year = m.baseYear; t < T; t++, year++) {
      const part = share * profiled(profile, phase(year, start, ramp));
      const units = part * demand[from + t];
      moved[k * T + t] = units;
      outShare[from + t] += part;
      rebalanced[to + t] += ratio * units;
    }
  }
  for (let i = 0; i < demand.length; i++) rebalanced[i] += demand[i] * Math.max(0, 1 - outShare[i]);
}

/** §5: prevention bought, and the demand it deflects after its lag. */
function shiftInvestment(m: CompiledModel, run: ModelRun): void {
  const T = m.years;
  const J = m.investmentAmount.length;
  const { extra, invest, investment, potential, deflected, rebalanced, activity, cost } = run;
  investment.fill(0);
  for (let j = 0; j < J; j++) {
    const row = j * T;
    const target = m.investmentTarget[j] * T;
    const amount = m.investmentAmount[j];
    const start = m.investmentStart[j];
    const end = m.investmentEnd[j];
    const ramp = m.investmentRamp[j];
    const profile = m.investmentProfile[j];
    const unitCost = m.unitCost[m.investmentTarget[j]];
    for (let t = 0, year = m.baseYear; t < T; t++, year++) {
      // §15: nothing is bought after the last year funded.
      const bought = year > end ? 0 : profiled(profile, phase(year, start, ramp));
      const units = (amount * bought) / unitCost;
      const spent = units * cost[target + t];
      extra[row + t] = units;
      invest[row + t] = spent;
      investment[t] += spent;
    }
  }
  potential.fill(0);
  for (let d = 0; d < m.deflectionRate.length; d++) {
    const j = m.deflectionInvestment[d];
    const lag = Math.round(m.investmentLag[j]);
    const s = m.deflectionService[d] * T;
    const rate = m.deflectionRate[d];
    const from = j * T - lag;
    for (let t = lag; t < T; t++) potential[s + t] += rate * extra[from + t];
  }
  for (let i = 0; i < rebalanced.length; i++) {
    const kept = rebalanced[i];
    const cut = Math.min(potential[i], Math.max(0, kept));
    deflected[i] = cut;
    activity[i] = kept - cut;
  }
  for (let j = 0; j < J; j++) {
    const row = j * T;
    const target = m.investmentTarget[j] * T;
    for (let t = 0; t < T; t++) activity[target + t] += extra[row + t];
  }
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
    const row = s * T;
    const level = (m.serviceLevel[s] - 1) * T;
    for (let t = 0; t < T; t++) {
      const i = row + t;
      const unitCost = cost[i];
      const baseline = demand[i] * unitCost;
      const scenario = activity[i] * unitCost;
      baselineSpend[i] = baseline;
      scenarioSpend[i] = scenario;
      baselineTotal[t] += baseline;
      scenarioTotal[t] += scenario;
      baselineByLevel[level + t] += baseline;
      scenarioByLevel[level + t] += scenario;
    }
  }
}

/** §6: the spend-weighted position on the ladder. */
function ladderPosition(byLevel: Float64Array, total: Float64Array, T: number, upstream: Float64Array, gravity: Float64Array): void {
  for (let t = 0; t < T; t++) {
    const sum = total[t];
    upstream[t] = sum === 0 ? 0 : (byLevel[t] + byLevel[T + t] + byLevel[2 * T + t]) / sum;
    let weighted = 0;
    for (let L = 0, i = t; L < LEVELS; L++, i += T) weighted += (L + 1) * byLevel[i];
    // Clamped to the ladder: 5·x/x can round a hair above 5.
    gravity[t] = sum === 0 ? NaN : Math.min(LEVELS, Math.max(1, weighted / sum));
  }
}

/**
 * (1 + r)^t for each year, worked out again only when r changes: a power for
 * every year was most of this step's time (profiled), and Monte Carlo and
 * live edits rarely vary r. The cache is keyed by r itself, so a draw written
 * into r's slot is always seen.
 */
function discountFactors(run: ModelRun, discount: number): Float64Array {
  const factors = run.discountFactors;
  if (run.discountFactorsRate !== discount) {
    for (let t = 0; t < factors.length; t++) factors[t] = Math.pow(discount, t);
    run.discountFactorsRate = discount;
  }
  return factors;
}

/** §6: net saving, NPV, the first break-even and the payback that lasts. */
function savings(m: CompiledModel, run: ModelRun): void {
  const T = m.years;
  const { baselineTotal, scenarioTotal, netSaving, cumulativeNetSaving, investment } = run;
  const factors = discountFactors(run, 1 + m.discountRate[0]);
  let cumulative = 0;
  let npv = 0;
  let firstInvested = -1;
  let firstBreakEven = -1;
  // The year after the last one in deficit: from there on it stays paid back.
  let lastingFrom = 0;
  for (let t = 0; t < T; t++) {
    const net = baselineTotal[t] - scenarioTotal[t];
    netSaving[t] = net;
    cumulative += net;
    cumulativeNetSaving[t] = cumulative;
    npv += net / factors[t];
    if (firstInvested < 0 && investment[t] > 0) firstInvested = t;
    const paidBack = cumulative > PAID_BACK;
    if (!paidBack) lastingFrom = t + 1;
    if (firstInvested >= 0 && firstBreakEven < 0 && paidBack) firstBreakEven = t;
  }
  run.npv = npv;
  run.firstBreakEvenIndex = firstBreakEven;
  run.paybackIndex = firstInvested < 0 || lastingFrom >= T ? -1 : Math.max(firstInvested, lastingFrom);
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
  // Written one by one: an array literal here would allocate on every run.
  const steps = run.waterfall;
  steps[0] = run.baselineTotal[0];
  steps[1] = demography;
  steps[2] = costGrowth;
  steps[3] = rebalancing;
  steps[4] = investment;
  steps[5] = deflection;
  steps[6] = run.scenarioTotal[H];
}

/** §7: who pays and who saves, with pooled spend shared by contribution. */
function partnerShares(m: CompiledModel, run: ModelRun): void {
  const T = m.years;
  const { partnerBaseline, partnerScenario, poolBaseline, poolScenario, baselineSpend, rebalanced, deflected, cost, invest } = run;
  partnerBaseline.fill(0);
  partnerScenario.fill(0);
  poolBaseline.fill(0);
  poolScenario.fill(0);
  // Each service's spend goes to the pool or to its funder's row: one pair of
  // rows per service, chosen once, keeps the loops free of branches.
  for (let s = 0; s < m.serviceIds.length; s++) {
    const pooled = m.servicePooled[s] === 1;
    const baselineTo = pooled ? poolBaseline : partnerBaseline;
    const scenarioTo = pooled ? poolScenario : partnerScenario;
    const into = pooled ? 0 : m.serviceFunder[s] * T;
    const row = s * T;
    for (let t = 0; t < T; t++) {
      const i = row + t;
      baselineTo[into + t] += baselineSpend[i];
      scenarioTo[into + t] += (rebalanced[i] - deflected[i]) * cost[i];
    }
  }
  for (let j = 0; j < m.investmentAmount.length; j++) {
    const pooled = m.servicePooled[m.investmentTarget[j]] === 1;
    const scenarioTo = pooled ? poolScenario : partnerScenario;
    const into = pooled ? 0 : m.investmentPayer[j] * T;
    const row = j * T;
    for (let t = 0; t < T; t++) scenarioTo[into + t] += invest[row + t];
  }
  for (let p = 0; p < m.partnerIds.length; p++) {
    const share = m.poolShare[p];
    const row = p * T;
    for (let t = 0; t < T; t++) {
      partnerBaseline[row + t] += share * poolBaseline[t];
      partnerScenario[row + t] += share * poolScenario[t];
    }
  }
}

/** §16: each partner's spend against its budget. */
function budgetGaps(m: CompiledModel, run: ModelRun): void {
  const T = m.years;
  for (let p = 0; p < m.partnerIds.length; p++) {
    if (m.hasBudget[p] !== 1) continue;
    for (let i = p * T; i < p * T + T; i++) {
      run.budgetGap[i] = run.partnerScenario[i] - m.budget[i];
      run.baselineBudgetGap[i] = run.partnerBaseline[i] - m.budget[i];
    }
  }
}

/** §14: NPV less the discounted capital spent on new capacity. */
function npvAfterCapital(m: CompiledModel, run: ModelRun): void {
  const factors = discountFactors(run, 1 + m.discountRate[0]);
  let capital = 0;
  for (let t = 0; t < m.years; t++) capital += run.capitalTotal[t] / factors[t];
  run.npvAfterCapital = run.npv - capital;
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

/**
 * Runs both models for the compiled inputs, writing every output into `run`,
 * on the population variant the scenario names, or on `variant` (an index
 * into m.variants, −1 for each band's own population) when given.
 */
export function evaluateModel(m: CompiledModel, run: ModelRun = createRun(m), variant = m.variantInUse): ModelRun {
  choosePopulation(m, run, variant);
  projectDemand(m, run);
  rebalance(m, run);
  shiftInvestment(m, run);
  spendByLevel(m, run);
  ladderPosition(run.baselineByLevel, run.baselineTotal, m.years, run.upstreamBaseline, run.gravityBaseline);
  ladderPosition(run.scenarioByLevel, run.scenarioTotal, m.years, run.upstreamScenario, run.gravityScenario);
  savings(m, run);
  waterfall(m, run);
  partnerShares(m, run);
  budgetGaps(m, run);
  gaps(m, run);
  countPeople(m, run);
  projectCapacity(m, run);
  npvAfterCapital(m, run);
  return run;
}
