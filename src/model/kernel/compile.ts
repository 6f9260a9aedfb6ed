// Turns a valid scenario into flat typed arrays the kernel loops over.
// Objects with string keys were 65× slower (ENGINEERING.md), and Monte Carlo
// runs the kernel thousands of times, so every numeric input gets a slot that
// a draw can overwrite in place without rebuilding anything.
import type { Scenario } from '../file/schema';

/** Where one numeric input lives in a compiled model. */
export interface InputSlot {
  values: Float64Array;
  index: number;
  /** Years and year counts: draws are rounded to whole numbers. */
  wholeNumber: boolean;
}

export interface CompiledModel {
  baseYear: number;
  /** Number of years, H + 1 (MODEL.md §1). */
  years: number;
  bandIds: string[];
  serviceIds: string[];
  partnerIds: string[];
  investmentNames: string[];
  serviceLevel: Uint8Array;
  serviceFunder: Int32Array;
  servicePooled: Uint8Array;
  /** [band × years] */
  population: Float64Array;
  /** [service × band] baseline users in year 0 */
  users: Float64Array;
  unitCost: Float64Array;
  costGrowth: Float64Array;
  ruleFrom: Int32Array;
  ruleTo: Int32Array;
  ruleShare: Float64Array;
  ruleRatio: Float64Array;
  ruleStart: Float64Array;
  ruleRamp: Float64Array;
  investmentTarget: Int32Array;
  investmentPayer: Int32Array;
  investmentAmount: Float64Array;
  investmentStart: Float64Array;
  investmentRamp: Float64Array;
  investmentLag: Float64Array;
  deflectionInvestment: Int32Array;
  deflectionService: Int32Array;
  deflectionRate: Float64Array;
  /** [partner] share of the pooled budget; all 0 without a pool */
  poolShare: Float64Array;
  discountRate: Float64Array;
  envelope: Float64Array | null;
  targetLevelShares: Float64Array | null;
  /** Every numeric input by its JSON path in the scenario file. */
  slots: Map<string, InputSlot>;
}

function indexById(ids: readonly string[]): Map<string, number> {
  return new Map(ids.map((id, i) => [id, i]));
}

export function compileScenario(scenario: Scenario): CompiledModel {
  const { meta, ageBands, services, partners, rebalancing, investments } = scenario;
  const years = meta.horizonYears + 1;
  const nBands = ageBands.length;
  const bandIndex = indexById(ageBands.map((b) => b.id));
  const serviceIndex = indexById(services.map((s) => s.id));
  const partnerIndex = indexById(partners.map((p) => p.id));
  const slots = new Map<string, InputSlot>();
  const slot = (path: string, values: Float64Array, index: number, wholeNumber = false) =>
    slots.set(path, { values, index, wholeNumber });

  const population = new Float64Array(nBands * years);
  ageBands.forEach((band, b) =>
    band.population.forEach((value, t) => {
      population[b * years + t] = value;
      slot(`ageBands/${b}/population/${t}`, population, b * years + t);
    }),
  );

  const users = new Float64Array(services.length * nBands);
  const unitCost = new Float64Array(services.length);
  const costGrowth = new Float64Array(services.length);
  services.forEach((service, s) => {
    unitCost[s] = service.unitCost;
    costGrowth[s] = service.costGrowth;
    slot(`services/${s}/unitCost`, unitCost, s);
    slot(`services/${s}/costGrowth`, costGrowth, s);
    for (const [bandId, value] of Object.entries(service.baselineUsers)) {
      const b = bandIndex.get(bandId)!;
      users[s * nBands + b] = value;
      slot(`services/${s}/baselineUsers/${bandId}`, users, s * nBands + b);
    }
  });

  const ruleShare = new Float64Array(rebalancing.length);
  const ruleRatio = new Float64Array(rebalancing.length);
  const ruleStart = new Float64Array(rebalancing.length);
  const ruleRamp = new Float64Array(rebalancing.length);
  rebalancing.forEach((rule, k) => {
    ruleShare[k] = rule.share;
    ruleRatio[k] = rule.ratio;
    ruleStart[k] = rule.startYear;
    ruleRamp[k] = rule.rampYears;
    slot(`rebalancing/${k}/share`, ruleShare, k);
    slot(`rebalancing/${k}/ratio`, ruleRatio, k);
    slot(`rebalancing/${k}/startYear`, ruleStart, k, true);
    slot(`rebalancing/${k}/rampYears`, ruleRamp, k, true);
  });

  const investmentAmount = new Float64Array(investments.length);
  const investmentStart = new Float64Array(investments.length);
  const investmentRamp = new Float64Array(investments.length);
  const investmentLag = new Float64Array(investments.length);
  const deflections = investments.flatMap((inv, j) => inv.deflects.map((d, i) => ({ j, i, d })));
  const deflectionRate = new Float64Array(deflections.length);
  investments.forEach((inv, j) => {
    investmentAmount[j] = inv.amount;
    investmentStart[j] = inv.startYear;
    investmentRamp[j] = inv.rampYears;
    investmentLag[j] = inv.lagYears;
    slot(`investments/${j}/amount`, investmentAmount, j);
    slot(`investments/${j}/startYear`, investmentStart, j, true);
    slot(`investments/${j}/rampYears`, investmentRamp, j, true);
    slot(`investments/${j}/lagYears`, investmentLag, j, true);
  });
  deflections.forEach(({ j, i, d }, n) => {
    deflectionRate[n] = d.rate;
    slot(`investments/${j}/deflects/${i}/rate`, deflectionRate, n);
  });

  const poolShare = new Float64Array(partners.length);
  for (const [partnerId, share] of Object.entries(scenario.pool?.contributions ?? {})) {
    poolShare[partnerIndex.get(partnerId)!] = share;
  }

  const discountRate = Float64Array.of(meta.discountRate);
  slot('meta/discountRate', discountRate, 0);

  let envelope: Float64Array | null = null;
  if (scenario.envelope) {
    const values = Float64Array.from(scenario.envelope);
    values.forEach((_, t) => slot(`envelope/${t}`, values, t));
    envelope = values;
  }

  return {
    baseYear: meta.baseYear,
    years,
    bandIds: ageBands.map((b) => b.id),
    serviceIds: services.map((s) => s.id),
    partnerIds: partners.map((p) => p.id),
    investmentNames: investments.map((inv) => inv.name),
    serviceLevel: Uint8Array.from(services, (s) => s.level),
    serviceFunder: Int32Array.from(services, (s) => partnerIndex.get(s.funder)!),
    servicePooled: Uint8Array.from(services, (s) => (s.pooled ? 1 : 0)),
    population,
    users,
    unitCost,
    costGrowth,
    ruleFrom: Int32Array.from(rebalancing, (r) => serviceIndex.get(r.from)!),
    ruleTo: Int32Array.from(rebalancing, (r) => serviceIndex.get(r.to)!),
    ruleShare,
    ruleRatio,
    ruleStart,
    ruleRamp,
    investmentTarget: Int32Array.from(investments, (inv) => serviceIndex.get(inv.target)!),
    investmentPayer: Int32Array.from(investments, (inv) =>
      partnerIndex.get(inv.paidBy ?? services[serviceIndex.get(inv.target)!].funder)!,
    ),
    investmentAmount,
    investmentStart,
    investmentRamp,
    investmentLag,
    deflectionInvestment: Int32Array.from(deflections, ({ j }) => j),
    deflectionService: Int32Array.from(deflections, ({ d }) => serviceIndex.get(d.service)!),
    deflectionRate,
    poolShare,
    discountRate,
    envelope,
    targetLevelShares: scenario.targetLevelShares ? Float64Array.from(scenario.targetLevelShares) : null,
    slots,
  };
}
