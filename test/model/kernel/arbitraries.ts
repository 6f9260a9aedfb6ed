// fast-check generators of VALID scenarios (MODEL.md §1–17) for the property
// tests: every value they make passes readScenario unchanged. Edge cases the
// engine must survive are made on purpose: zero populations in later years,
// £0 services, shares out of one service that add up to exactly 1, deflection
// rates large enough to hit the "nothing below zero" cap, lags past the horizon,
// capacity closed to exactly 0, investments that end before they ramp up.
import fc from 'fast-check';
import type { AgeBand, Capacity, Investment, Partner, RebalancingRule, Scenario, Service } from '../../../src/model/file/schema';
import { PROFILE_IDS, SETTING_IDS } from '../../../src/model/vocabulary';

/** Text users really type, with accents, dashes, £ and emoji. */
export const UNICODE_TEXTS = ['Café — Ærø 85+ 🏠', 'Résidentiel → domicile', 'Supporting People £4.292m', 'Gofal cymdeithasol', '住宅 ケア'];

/** A double in [min, max]; `+ 0` turns -0 into 0, as JSON has no -0 and round trips must compare equal. */
const between = (min: number, max: number, excluded = false) =>
  fc.double({ min, max, noNaN: true, minExcluded: excluded, maxExcluded: excluded }).map((x) => x + 0);

/** 0, a whole number or a fraction: zeros and round numbers are where ties and caps live. */
const amount = (max: number, smallest = 0.01) =>
  fc.oneof(fc.constant(0), fc.integer({ min: 1, max }), between(smallest, max));

const text = (maxChars: number) =>
  fc
    .oneof(fc.constantFrom(...UNICODE_TEXTS), fc.string({ unit: 'grapheme', minLength: 1, maxLength: 30 }))
    .filter((s) => s.length <= maxChars);

const source = fc.option(text(500), { nil: undefined });

/** `__proto__` is refused as an id (schema.ts): it cannot be a key of a plain object. */
const id = fc
  .oneof(fc.constantFrom('65-74', '75-84', '85+', 'res', 'home', 'reab', 'nhs', 'council'), fc.stringMatching(/^[A-Za-z0-9_.+-]{1,40}$/))
  .filter((s) => s !== '__proto__');

const ids = (min: number, max: number) => fc.uniqueArray(id, { minLength: min, maxLength: max });

/** `source` only when present, so a generated scenario equals what the reader returns. */
function withSource<T extends object>(value: T, text: string | undefined): T & { source?: string } {
  return text === undefined ? value : { ...value, source: text };
}

/** Shares ≥ 0 summing to 1 from whole-number weights (at least one weight is positive). */
function sharesFromWeights(weights: number[]): number[] {
  const positive = weights.some((w) => w > 0) ? weights : weights.map((_, i) => (i === 0 ? 1 : 0));
  const sum = positive.reduce((a, b) => a + b, 0);
  return positive.map((w) => w / sum);
}

interface Shape {
  baseYear: number;
  horizonYears: number;
  bandIds: string[];
  partnerIds: string[];
  serviceIds: string[];
}

const shapeArb: fc.Arbitrary<Shape> = fc.record({
  baseYear: fc.integer({ min: 2000, max: 2040 }),
  horizonYears: fc.oneof({ arbitrary: fc.integer({ min: 1, max: 12 }), weight: 9 }, { arbitrary: fc.constant(50), weight: 1 }),
  bandIds: ids(1, 4),
  partnerIds: ids(1, 3),
  serviceIds: ids(1, 8),
});

const population = fc.oneof(
  { arbitrary: fc.constant(0), weight: 1 },
  { arbitrary: fc.integer({ min: 1, max: 200_000 }), weight: 3 },
  { arbitrary: between(1, 200_000), weight: 2 },
);

const VARIANT_IDS = ['low', 'high', 'migration'];

const ageBandArb = (bandId: string, years: number): fc.Arbitrary<AgeBand> =>
  fc
    .record({
      population: fc.array(population, { minLength: years, maxLength: years }),
      variants: fc.option(fc.dictionary(fc.constantFrom(...VARIANT_IDS), fc.array(population, { minLength: years, maxLength: years }), { minKeys: 1, maxKeys: 2, noNullPrototype: true }), {
        nil: undefined,
      }),
      source,
    })
    .map(({ population, variants, source }) =>
      withSource({ id: bandId, population, ...(variants === undefined ? {} : { variants }) }, source),
    );

/** §14: changes dated around the span; closures never take capacity below 0 (the reader refuses that). */
const capacityArb = (shape: Shape): fc.Arbitrary<Capacity> =>
  fc
    .record({
      base: amount(100_000),
      changes: fc.array(
        fc.record(
          { year: fc.integer({ min: shape.baseYear - 2, max: shape.baseYear + shape.horizonYears + 1 }), units: fc.oneof(amount(5_000), amount(5_000).map((x) => -x + 0)) },
          { noNullPrototype: true },
        ),
        { maxLength: 4 },
      ),
      capitalCostPerUnit: fc.oneof(fc.constant(0), amount(200_000)),
      source,
    })
    .map(({ base, changes, capitalCostPerUnit, source }) => {
      // Raise the base until no year falls below 0, so closing to exactly 0 stays possible.
      let running = 0;
      let lowest = 0;
      for (let t = 0; t <= shape.horizonYears; t++) {
        for (const c of changes) if (t === 0 ? c.year <= shape.baseYear : c.year === shape.baseYear + t) running += c.units;
        lowest = Math.min(lowest, running);
      }
      // A hair more for fractional closures, which the reader adds up in another order.
      return withSource({ base: base - lowest * (1 + 1e-9) + 0, changes, capitalCostPerUnit }, source);
    });

/** Users by band; the caller zeroes bands with no base-year population (MODEL.md §3). */
const serviceArb = (serviceId: string, shape: Shape): fc.Arbitrary<Service> =>
  fc
    .record({
      name: text(200),
      level: fc.integer({ min: 1, max: 5 }),
      funder: fc.constantFrom(...shape.partnerIds),
      unit: text(60),
      unitCost: amount(60_000),
      costGrowth: fc.oneof(fc.constant(0), between(-0.5, 0.1, true)),
      baselineUsers: fc.dictionary(fc.constantFrom(...shape.bandIds), amount(5_000, 0.5), { maxKeys: shape.bandIds.length }),
      pooled: fc.boolean(),
      setting: fc.constantFrom(...SETTING_IDS),
      unitsPerPerson: fc.oneof(fc.constant(1), fc.constantFrom(52, 520), between(0.01, 1000)),
      capacity: fc.option(capacityArb(shape), { nil: undefined }),
      source,
    })
    .map(({ source, capacity, ...service }) => withSource({ id: serviceId, ...service, ...(capacity === undefined ? {} : { capacity }) }, source));

const rampAndStart = (shape: Shape) => ({
  startYear: fc.integer({ min: shape.baseYear - 3, max: shape.baseYear + shape.horizonYears + 2 }),
  rampYears: fc.integer({ min: 0, max: 5 }),
  profile: fc.constantFrom(...PROFILE_IDS),
});

/** A rule as indexes: `to` is an offset past `from`, so from ≠ to by construction. */
interface RuleDraft {
  from: number;
  toOffset: number;
  share: number;
  ratio: number;
  startYear: number;
  rampYears: number;
  profile: RebalancingRule['profile'];
  source?: string;
}

const ruleArb = (shape: Shape): fc.Arbitrary<RuleDraft> =>
  fc.record({
    from: fc.nat(),
    toOffset: fc.nat(),
    share: fc.oneof(fc.constantFrom(0.05, 0.15, 0.2, 0.3, 0.7, 1), between(0, 1)),
    ratio: fc.oneof(fc.constantFrom(0, 1, 520), between(0, 600)),
    ...rampAndStart(shape),
    source,
  });

/** Splits of all of one service that add up to exactly 1 in floating point. */
const EXACT_SPLITS = [[0.3, 0.7], [1], [0.5, 0.25, 0.25], [0.05, 0.15, 0.8]];

/** Rates up to 500 avoided per unit bought often hit the cap: all remaining demand deflected (§5). */
const deflectionRate = fc.oneof(fc.constant(0), between(0, 3), between(3, 500));

/** An investment as indexes: the target among services with a unit cost, deflections among the other services. */
type InvestmentDraft = Omit<Investment, 'target' | 'deflects'> & {
  target: number;
  deflects: Array<{ serviceOffset: number; rate: number }>;
};

const investmentArb = (shape: Shape): fc.Arbitrary<InvestmentDraft> =>
  fc.record({
    name: text(200),
    target: fc.nat(),
    amount: amount(2_000_000, 1),
    paidBy: fc.option(fc.constantFrom(...shape.partnerIds), { nil: undefined }),
    ...rampAndStart(shape),
    lagYears: fc.integer({ min: 0, max: 5 }),
    endAfter: fc.option(fc.integer({ min: 0, max: 6 }), { nil: undefined }),
    deflects: fc.array(fc.record({ serviceOffset: fc.nat(), rate: deflectionRate }), { maxLength: 4 }),
    source,
  }).map(({ endAfter, ...investment }) => (endAfter === undefined ? investment : { ...investment, endYear: investment.startYear + endAfter }));

/** Turns index drafts into rules, capping each service's outgoing shares so they add up to at most 1 (§4). */
function toRules(drafts: RuleDraft[], serviceIds: string[]): RebalancingRule[] {
  if (serviceIds.length < 2) return [];
  const movedOut = new Map<string, number>();
  return drafts.map(({ from, toOffset, share, source, ...rest }) => {
    const s = from % serviceIds.length;
    const fromId = serviceIds[s];
    const used = movedOut.get(fromId) ?? 0;
    const capped = Math.min(share, Math.max(0, 1 - used));
    movedOut.set(fromId, used + capped);
    const to = serviceIds[(s + 1 + (toOffset % (serviceIds.length - 1))) % serviceIds.length];
    return withSource({ from: fromId, to, share: capped, ...rest }, source);
  });
}

/** An exact split of one service that no other rule moves out of. */
function exactSplitRules(split: { from: number; shares: number[]; startYear: number }, serviceIds: string[], others: RebalancingRule[]): RebalancingRule[] {
  if (serviceIds.length < 2) return [];
  const s = split.from % serviceIds.length;
  const from = serviceIds[s];
  if (others.some((rule) => rule.from === from)) return [];
  return split.shares.map((share, i) => ({
    from,
    to: serviceIds[(s + 1 + (i % (serviceIds.length - 1))) % serviceIds.length],
    share,
    ratio: 1,
    startYear: split.startYear,
    rampYears: 0,
    profile: 'linear' as const,
  }));
}

/** Investments target only services with a unit cost (§5) and deflect only other services. */
function toInvestments(drafts: InvestmentDraft[], services: Service[]): Investment[] {
  const buyable = services.filter((s) => s.unitCost > 0).map((s) => s.id);
  if (buyable.length === 0) return [];
  return drafts.map(({ target, deflects, paidBy, source, ...rest }) => {
    const targetId = buyable[target % buyable.length];
    const others = services.map((s) => s.id).filter((sid) => sid !== targetId);
    const investment: Investment = {
      ...rest,
      target: targetId,
      deflects: others.length === 0 ? [] : deflects.map(({ serviceOffset, rate }) => ({ service: others[serviceOffset % others.length], rate })),
    };
    return withSource(paidBy === undefined ? investment : { ...investment, paidBy }, source);
  });
}

/** No usage rate can come from a band with no base-year population (§3), so its users are 0 there. */
function usersOnlyWherePeopleLive(service: Service, bands: AgeBand[]): Service {
  const empty = new Set(bands.filter((b) => b.population[0] === 0).map((b) => b.id));
  const baselineUsers = Object.fromEntries(Object.entries(service.baselineUsers).map(([band, users]) => [band, empty.has(band) ? 0 : users]));
  return { ...service, baselineUsers };
}

const scenarioFromShape = (shape: Shape): fc.Arbitrary<Scenario> => {
  const years = shape.horizonYears + 1;
  return fc
    .record({
      name: text(200),
      area: fc.option(text(200), { nil: undefined }),
      discountRate: fc.oneof(fc.constant(0.035), between(-0.05, 0.1)),
      ageBands: fc.tuple(...shape.bandIds.map((b) => ageBandArb(b, years))),
      partners: fc.tuple(
        ...shape.partnerIds.map(() =>
          fc.record({ name: text(200), budget: fc.option(fc.array(amount(50_000_000), { minLength: years, maxLength: years }), { nil: undefined }), source }),
        ),
      ),
      variantChoice: fc.option(fc.constantFrom(...VARIANT_IDS), { nil: undefined }),
      services: fc.tuple(...shape.serviceIds.map((s) => serviceArb(s, shape))),
      rules: fc.array(ruleArb(shape), { maxLength: 6 }),
      exactSplit: fc.option(fc.record({ from: fc.nat(), shares: fc.constantFrom(...EXACT_SPLITS), startYear: rampAndStart(shape).startYear })),
      investments: fc.array(investmentArb(shape), { maxLength: 4 }),
      poolWeights: fc.array(fc.integer({ min: 0, max: 10 }), { minLength: shape.partnerIds.length, maxLength: shape.partnerIds.length }),
      poolWanted: fc.boolean(),
      envelope: fc.option(fc.array(amount(50_000_000), { minLength: years, maxLength: years }), { nil: undefined }),
      targetLevelShares: fc.option(
        fc.oneof(fc.constant<number[]>([0.05, 0.1, 0.15, 0.4, 0.3]), fc.array(fc.integer({ min: 0, max: 10 }), { minLength: 5, maxLength: 5 }).map(sharesFromWeights)),
        { nil: undefined },
      ),
      monteCarlo: fc.option(fc.record({ runs: fc.integer({ min: 1, max: 1000 }), seed: fc.integer() }, { noNullPrototype: true }), {
        nil: undefined,
      }),
      rangeOnFirstCost: fc.boolean(),
    })
    .map((parts): Scenario => {
      const ageBands = parts.ageBands;
      const partners: Partner[] = parts.partners.map(({ name, budget, source }, p) =>
        withSource({ id: shape.partnerIds[p], name, ...(budget === undefined ? {} : { budget }) }, source),
      );
      const variantIds = new Set(ageBands.flatMap((b) => Object.keys(b.variants ?? {})));
      const populationVariant = parts.variantChoice !== undefined && variantIds.has(parts.variantChoice) ? parts.variantChoice : undefined;
      const services = parts.services.map((s) => usersOnlyWherePeopleLive(s, ageBands));
      const randomRules = toRules(parts.rules, shape.serviceIds);
      const rebalancing = parts.exactSplit ? [...randomRules, ...exactSplitRules(parts.exactSplit, shape.serviceIds, randomRules)] : randomRules;
      const investments = toInvestments(parts.investments, services);
      const needsPool = services.some((s) => s.pooled) || parts.poolWanted;
      const shares = sharesFromWeights(parts.poolWeights);
      const firstCost = services[0].unitCost;
      const scenario: Scenario = {
        format: 'upstream-scenario',
        version: 2,
        meta: {
          name: parts.name,
          ...(parts.area === undefined ? {} : { area: parts.area }),
          currency: 'GBP',
          baseYear: shape.baseYear,
          horizonYears: shape.horizonYears,
          discountRate: parts.discountRate,
          ...(populationVariant === undefined ? {} : { populationVariant }),
        },
        ageBands,
        partners,
        services,
        rebalancing,
        investments,
        ...(needsPool ? { pool: { contributions: Object.fromEntries(shape.partnerIds.map((p, i) => [p, shares[i]])) } } : {}),
        ...(parts.envelope === undefined ? {} : { envelope: parts.envelope }),
        ...(parts.targetLevelShares === undefined ? {} : { targetLevelShares: parts.targetLevelShares }),
        ...(parts.rangeOnFirstCost ? { uncertainty: [{ path: 'services/0/unitCost', low: firstCost * 0.8, high: firstCost * 1.25, label: 'Unit cost ±20%' }] } : {}),
        ...(parts.monteCarlo === undefined ? {} : { monteCarlo: parts.monteCarlo }),
      };
      return scenario;
    });
};

/** A valid scenario: 1–4 age bands, 1–3 partners, 1–8 services, up to 9 rules and 4 investments, with the v2 fields. */
export const scenarioArb: fc.Arbitrary<Scenario> = shapeArb.chain(scenarioFromShape);

/** The same scenario with no rebalancing and no investment: the scenario must equal the baseline. */
export const statusQuoArb: fc.Arbitrary<Scenario> = scenarioArb.map((s) => ({ ...s, rebalancing: [], investments: [] }));
