// Turns a valid scenario into flat typed arrays the kernel loops over.
// Objects with string keys were 65× slower (ENGINEERING.md), and Monte Carlo
// runs the kernel thousands of times, so every numeric input gets a slot that
// a draw can overwrite in place without rebuilding anything. One function per
// list of the file; a scenario is compiled once per run.
import type { Scenario } from '../file/schema';
import { PROFILE_IDS, SETTING_IDS } from '../vocabulary';

/** Where one numeric input lives in a compiled model. */
export interface InputSlot {
  values: Float64Array;
  index: number;
  /** Years and year counts: draws are rounded to whole numbers. */
  wholeNumber: boolean;
}

/** §17: one population variant, as a [band × years] grid and the bands that have it. */
export interface PopulationVariant {
  id: string;
  population: Float64Array;
  /** 1 where the band has this variant; other bands use their own population. */
  banded: Uint8Array;
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
  /** [service] index into SETTING_IDS (§13) */
  serviceSetting: Uint8Array;
  /** [band × years] each band's own (principal) population */
  population: Float64Array;
  /** §17: every variant id found on any band, in order of first appearance */
  variants: PopulationVariant[];
  /** Index into `variants` of the one the scenario runs on, or −1 for the principal. */
  variantInUse: number;
  /** [service × band] baseline users in year 0 */
  users: Float64Array;
  unitCost: Float64Array;
  costGrowth: Float64Array;
  unitsPerPerson: Float64Array;
  /** §14: 1 for a service with a capacity */
  hasCapacity: Uint8Array;
  capacityBase: Float64Array;
  capitalCostPerUnit: Float64Array;
  /** [service + 1] where each service's changes start in the lists below (they are grouped by service) */
  capacityChangeStart: Int32Array;
  capacityChangeYear: Float64Array;
  capacityChangeUnits: Float64Array;
  ruleFrom: Int32Array;
  ruleTo: Int32Array;
  ruleShare: Float64Array;
  ruleRatio: Float64Array;
  ruleStart: Float64Array;
  ruleRamp: Float64Array;
  /** index into PROFILE_IDS (§15) */
  ruleProfile: Uint8Array;
  investmentTarget: Int32Array;
  investmentPayer: Int32Array;
  investmentAmount: Float64Array;
  investmentStart: Float64Array;
  /** §15: the last year funded; Infinity when the investment has no end */
  investmentEnd: Float64Array;
  investmentRamp: Float64Array;
  investmentLag: Float64Array;
  investmentProfile: Uint8Array;
  deflectionInvestment: Int32Array;
  deflectionService: Int32Array;
  deflectionRate: Float64Array;
  /** [partner] share of the pooled budget; all 0 without a pool */
  poolShare: Float64Array;
  /** §16: 1 for a partner with a budget */
  hasBudget: Uint8Array;
  /** [partner × years] */
  budget: Float64Array;
  discountRate: Float64Array;
  envelope: Float64Array | null;
  targetLevelShares: Float64Array | null;
  /** Every numeric input by its JSON path in the scenario file. */
  slots: Map<string, InputSlot>;
}

type Slot = (path: string, values: Float64Array, index: number, wholeNumber?: boolean) => void;

function indexById(ids: readonly string[]): Map<string, number> {
  return new Map(ids.map((id, i) => [id, i]));
}

/** Copies a yearly series into row `row` of a [row × years] grid, giving each figure its slot. */
function yearlyRow(series: readonly number[], grid: Float64Array, row: number, years: number, path: string, slot: Slot): void {
  series.forEach((value, t) => {
    grid[row * years + t] = value;
    slot(`${path}/${t}`, grid, row * years + t);
  });
}

function compileBands(scenario: Scenario, years: number, slot: Slot) {
  const { ageBands, meta } = scenario;
  const population = new Float64Array(ageBands.length * years);
  ageBands.forEach((band, b) => yearlyRow(band.population, population, b, years, `ageBands/${b}/population`, slot));
  const variantIds = [...new Set(ageBands.flatMap((band) => Object.keys(band.variants ?? {})))];
  const variants = variantIds.map((id): PopulationVariant => {
    const grid = new Float64Array(ageBands.length * years);
    const banded = new Uint8Array(ageBands.length);
    ageBands.forEach((band, b) => {
      const series = band.variants?.[id];
      if (!series) return;
      banded[b] = 1;
      yearlyRow(series, grid, b, years, `ageBands/${b}/variants/${id}`, slot);
    });
    return { id, population: grid, banded };
  });
  return { population, variants, variantInUse: meta.populationVariant === undefined ? -1 : variantIds.indexOf(meta.populationVariant) };
}

function compileServices(scenario: Scenario, slot: Slot) {
  const { services, ageBands } = scenario;
  const S = services.length;
  const bandIndex = indexById(ageBands.map((b) => b.id));
  const users = new Float64Array(S * ageBands.length);
  const unitCost = new Float64Array(S);
  const costGrowth = new Float64Array(S);
  const unitsPerPerson = new Float64Array(S);
  services.forEach((service, s) => {
    unitCost[s] = service.unitCost;
    costGrowth[s] = service.costGrowth;
    unitsPerPerson[s] = service.unitsPerPerson;
    slot(`services/${s}/unitCost`, unitCost, s);
    slot(`services/${s}/costGrowth`, costGrowth, s);
    slot(`services/${s}/unitsPerPerson`, unitsPerPerson, s);
    for (const [bandId, value] of Object.entries(service.baselineUsers)) {
      const i = s * ageBands.length + bandIndex.get(bandId)!;
      users[i] = value;
      slot(`services/${s}/baselineUsers/${bandId}`, users, i);
    }
  });
  return {
    serviceLevel: Uint8Array.from(services, (s) => s.level),
    servicePooled: Uint8Array.from(services, (s) => (s.pooled ? 1 : 0)),
    serviceSetting: Uint8Array.from(services, (s) => SETTING_IDS.indexOf(s.setting)),
    users,
    unitCost,
    costGrowth,
    unitsPerPerson,
  };
}

/** §14: capacity, its dated changes and the capital cost of opening a unit. */
function compileCapacity(scenario: Scenario, slot: Slot) {
  const { services } = scenario;
  const hasCapacity = new Uint8Array(services.length);
  const capacityBase = new Float64Array(services.length);
  const capitalCostPerUnit = new Float64Array(services.length);
  const changes = services.flatMap((service, s) => (service.capacity?.changes ?? []).map((change, i) => ({ s, i, change })));
  const capacityChangeYear = new Float64Array(changes.length);
  const capacityChangeUnits = new Float64Array(changes.length);
  services.forEach((service, s) => {
    if (!service.capacity) return;
    hasCapacity[s] = 1;
    capacityBase[s] = service.capacity.base;
    capitalCostPerUnit[s] = service.capacity.capitalCostPerUnit;
    slot(`services/${s}/capacity/base`, capacityBase, s);
    slot(`services/${s}/capacity/capitalCostPerUnit`, capitalCostPerUnit, s);
  });
  changes.forEach(({ s, i, change }, n) => {
    capacityChangeYear[n] = change.year;
    capacityChangeUnits[n] = change.units;
    slot(`services/${s}/capacity/changes/${i}/year`, capacityChangeYear, n, true);
    slot(`services/${s}/capacity/changes/${i}/units`, capacityChangeUnits, n);
  });
  return {
    hasCapacity,
    capacityBase,
    capitalCostPerUnit,
    capacityChangeStart: Int32Array.from({ length: services.length + 1 }, (_, s) => changes.filter((c) => c.s < s).length),
    capacityChangeYear,
    capacityChangeUnits,
  };
}

function compileRules(scenario: Scenario, serviceIndex: Map<string, number>, slot: Slot) {
  const { rebalancing } = scenario;
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
  return {
    ruleFrom: Int32Array.from(rebalancing, (r) => serviceIndex.get(r.from)!),
    ruleTo: Int32Array.from(rebalancing, (r) => serviceIndex.get(r.to)!),
    ruleShare,
    ruleRatio,
    ruleStart,
    ruleRamp,
    ruleProfile: Uint8Array.from(rebalancing, (r) => PROFILE_IDS.indexOf(r.profile)),
  };
}

function compileInvestments(scenario: Scenario, serviceIndex: Map<string, number>, partnerIndex: Map<string, number>, slot: Slot) {
  const { investments, services } = scenario;
  const J = investments.length;
  const investmentAmount = new Float64Array(J);
  const investmentStart = new Float64Array(J);
  const investmentEnd = new Float64Array(J);
  const investmentRamp = new Float64Array(J);
  const investmentLag = new Float64Array(J);
  const deflections = investments.flatMap((inv, j) => inv.deflects.map((d, i) => ({ j, i, d })));
  const deflectionRate = new Float64Array(deflections.length);
  investments.forEach((inv, j) => {
    investmentAmount[j] = inv.amount;
    investmentStart[j] = inv.startYear;
    investmentEnd[j] = inv.endYear ?? Infinity;
    investmentRamp[j] = inv.rampYears;
    investmentLag[j] = inv.lagYears;
    slot(`investments/${j}/amount`, investmentAmount, j);
    slot(`investments/${j}/startYear`, investmentStart, j, true);
    if (inv.endYear !== undefined) slot(`investments/${j}/endYear`, investmentEnd, j, true);
    slot(`investments/${j}/rampYears`, investmentRamp, j, true);
    slot(`investments/${j}/lagYears`, investmentLag, j, true);
  });
  deflections.forEach(({ j, i, d }, n) => {
    deflectionRate[n] = d.rate;
    slot(`investments/${j}/deflects/${i}/rate`, deflectionRate, n);
  });
  return {
    investmentNames: investments.map((inv) => inv.name),
    investmentTarget: Int32Array.from(investments, (inv) => serviceIndex.get(inv.target)!),
    investmentPayer: Int32Array.from(investments, (inv) => partnerIndex.get(inv.paidBy ?? services[serviceIndex.get(inv.target)!].funder)!),
    investmentAmount,
    investmentStart,
    investmentEnd,
    investmentRamp,
    investmentLag,
    investmentProfile: Uint8Array.from(investments, (inv) => PROFILE_IDS.indexOf(inv.profile)),
    deflectionInvestment: Int32Array.from(deflections, ({ j }) => j),
    deflectionService: Int32Array.from(deflections, ({ d }) => serviceIndex.get(d.service)!),
    deflectionRate,
  };
}

/** §7 and §16: the pool's shares and each partner's budget. */
function compilePartners(scenario: Scenario, years: number, partnerIndex: Map<string, number>, slot: Slot) {
  const { partners } = scenario;
  const poolShare = new Float64Array(partners.length);
  for (const [partnerId, share] of Object.entries(scenario.pool?.contributions ?? {})) {
    poolShare[partnerIndex.get(partnerId)!] = share;
  }
  const hasBudget = new Uint8Array(partners.length);
  const budget = new Float64Array(partners.length * years);
  partners.forEach((partner, p) => {
    if (!partner.budget) return;
    hasBudget[p] = 1;
    yearlyRow(partner.budget, budget, p, years, `partners/${p}/budget`, slot);
  });
  return { poolShare, hasBudget, budget };
}

export function compileScenario(scenario: Scenario): CompiledModel {
  const { meta, ageBands, services, partners } = scenario;
  const years = meta.horizonYears + 1;
  const serviceIndex = indexById(services.map((s) => s.id));
  const partnerIndex = indexById(partners.map((p) => p.id));
  const slots = new Map<string, InputSlot>();
  const slot: Slot = (path, values, index, wholeNumber = false) => slots.set(path, { values, index, wholeNumber });

  const discountRate = Float64Array.of(meta.discountRate);
  slot('meta/discountRate', discountRate, 0);
  let envelope: Float64Array | null = null;
  if (scenario.envelope) {
    envelope = new Float64Array(years);
    yearlyRow(scenario.envelope, envelope, 0, years, 'envelope', slot);
  }

  return {
    baseYear: meta.baseYear,
    years,
    bandIds: ageBands.map((b) => b.id),
    serviceIds: services.map((s) => s.id),
    partnerIds: partners.map((p) => p.id),
    serviceFunder: Int32Array.from(services, (s) => partnerIndex.get(s.funder)!),
    ...compileBands(scenario, years, slot),
    ...compileServices(scenario, slot),
    ...compileCapacity(scenario, slot),
    ...compileRules(scenario, serviceIndex, slot),
    ...compileInvestments(scenario, serviceIndex, partnerIndex, slot),
    ...compilePartners(scenario, years, partnerIndex, slot),
    discountRate,
    envelope,
    targetLevelShares: scenario.targetLevelShares ? Float64Array.from(scenario.targetLevelShares) : null,
    slots,
  };
}
