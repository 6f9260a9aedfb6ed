// The scenario file, version 2 (MODEL.md §9, §12–17): the single source of
// the scenario's TypeScript types. Every leaf says its rule in plain words, so
// a refused file reads like a checklist ("must be a whole number from 1 to 5,
// got 6"); numeric leaves take their bounds and words from the input catalogue.
import { z } from 'zod';
import { fieldOf, ruleOf } from '../inputCatalogue';
import { DEFAULT_PROFILE, DEFAULT_SETTING, PROFILE_IDS, PROFILES, SETTING_IDS, SETTINGS } from '../vocabulary';
import { describeValue } from './describeValue';
import { FILE_FORMAT, FILE_VERSION, ID_PATTERN, ID_RULE, MAX_SOURCE_CHARS, RESERVED_ID, RESERVED_ID_RULE } from './fileFormat';


/** A message for every issue a schema can raise: the rule, then what was found. */
function rule(description: string) {
  return {
    error: (issue: { input?: unknown }) =>
      issue.input === undefined ? `is required: it ${description}` : `${description}, got ${describeValue(issue.input)}`,
  };
}

export const idSchema = z
  .string(rule(ID_RULE))
  .regex(ID_PATTERN, rule(ID_RULE))
  .refine((id) => id !== RESERVED_ID, { error: RESERVED_ID_RULE });

function text(min: number, max: number) {
  const r = rule(min > 0 ? `must be text of ${min} to ${max} characters` : `must be text of at most ${max} characters`);
  return z.string(r).min(min, r).max(max, r);
}

function wholeNumber(min: number, max: number, what = 'a whole number') {
  const r = rule(`must be ${what} from ${min} to ${max}`);
  return z.number(r).int(r).min(min, r).max(max, r);
}

/** A numeric leaf with the bounds and words of its catalogue entry. */
function input(pattern: string) {
  const field = fieldOf(pattern);
  const r = rule(ruleOf(field));
  let schema = z.number(r);
  if (field.whole) schema = schema.int(r);
  if (field.min !== undefined) schema = field.minExclusive ? schema.gt(field.min, r) : schema.min(field.min, r);
  if (field.max !== undefined) schema = schema.max(field.max, r);
  return schema;
}

function listOf<T extends z.ZodType>(item: T, min: number, max: number, what: string) {
  const r = rule(`must be a list of ${min} to ${max} ${what}`);
  return z.array(item, r).min(min, r).max(max, r);
}

function group<T extends z.ZodRawShape>(shape: T, what: string) {
  return z.strictObject(shape, rule(`must be ${what} (a group of named fields)`));
}

function oneOf<T extends readonly [string, ...string[]]>(ids: T, words: readonly { id: string; words: string }[], what: string) {
  const choices = words.map((w) => `"${w.id}" (${w.words.toLowerCase()})`).join(', ');
  return z.enum(ids, rule(`must be ${what}: one of ${choices}`));
}

const source = text(0, MAX_SOURCE_CHARS).optional();
const yearlySeries = (pattern: string, what: string) => z.array(input(pattern), rule(`must be a list of yearly ${what}`));
const profile = oneOf(PROFILE_IDS, PROFILES, 'a phase-in profile').default(DEFAULT_PROFILE);

export const metaSchema = group(
  {
    name: text(1, 200),
    area: text(0, 200).optional(),
    notes: text(0, 5000).optional(),
    currency: z.literal('GBP', rule('must be "GBP" (amounts are in pounds sterling)')).default('GBP'),
    baseYear: input('meta/baseYear'),
    horizonYears: input('meta/horizonYears'),
    discountRate: input('meta/discountRate').default(0.035),
    populationVariant: idSchema.optional(),
  },
  'the scenario details',
);

export const ageBandSchema = group(
  {
    id: idSchema,
    population: yearlySeries('ageBands/*/population/#', 'populations'),
    variants: z
      .record(idSchema, yearlySeries('ageBands/*/variants/*/#', 'populations'), rule('must be population series by variant id (for example "low" and "high")'))
      .optional(),
    source,
  },
  'an age band',
);

export const partnerSchema = group(
  { id: idSchema, name: text(1, 200), budget: yearlySeries('partners/*/budget/#', 'budgets in £').optional(), source },
  'a partner',
);

export const capacityChangeSchema = group(
  { year: input('services/*/capacity/changes/*/year'), units: input('services/*/capacity/changes/*/units') },
  'a capacity change',
);

export const capacitySchema = group(
  {
    base: input('services/*/capacity/base'),
    changes: listOf(capacityChangeSchema, 0, 200, 'capacity changes').default([]),
    capitalCostPerUnit: input('services/*/capacity/capitalCostPerUnit').default(0),
    source,
  },
  'a capacity',
);

export const serviceSchema = group(
  {
    id: idSchema,
    name: text(1, 200),
    level: input('services/*/level'),
    funder: idSchema,
    unit: text(1, 60),
    unitCost: input('services/*/unitCost'),
    costGrowth: input('services/*/costGrowth').default(0),
    baselineUsers: z.record(z.string(), input('services/*/baselineUsers/*'), rule('must be users by age band id')),
    pooled: z.boolean(rule('must be true or false')).default(false),
    setting: oneOf(SETTING_IDS, SETTINGS, 'a setting').default(DEFAULT_SETTING),
    unitsPerPerson: input('services/*/unitsPerPerson').default(1),
    capacity: capacitySchema.optional(),
    source,
  },
  'a service',
);

export const rebalancingRuleSchema = group(
  {
    from: idSchema,
    to: idSchema,
    share: input('rebalancing/*/share'),
    ratio: input('rebalancing/*/ratio').default(1),
    startYear: input('rebalancing/*/startYear'),
    rampYears: input('rebalancing/*/rampYears').default(0),
    profile,
    source,
  },
  'a rebalancing rule',
);

export const deflectionSchema = group(
  { service: idSchema, rate: input('investments/*/deflects/*/rate') },
  'a deflection',
);

export const investmentSchema = group(
  {
    name: text(1, 200),
    target: idSchema,
    amount: input('investments/*/amount'),
    paidBy: idSchema.optional(),
    startYear: input('investments/*/startYear'),
    endYear: input('investments/*/endYear').optional(),
    rampYears: input('investments/*/rampYears').default(0),
    lagYears: input('investments/*/lagYears').default(0),
    profile,
    deflects: listOf(deflectionSchema, 0, 100, 'deflections'),
    source,
  },
  'an investment',
);

export const poolSchema = group(
  { contributions: z.record(z.string(), input('pool/contributions/*'), rule('must be shares by partner id')) },
  'the pooled budget',
);

export const uncertaintyRangeSchema = group(
  {
    path: text(1, 200),
    low: z.number(rule('must be a number')),
    high: z.number(rule('must be a number')),
    label: text(0, 200).optional(),
  },
  'a range',
);

export const monteCarloSchema = group(
  { runs: wholeNumber(1, 100_000), seed: wholeNumber(-2_147_483_648, 4_294_967_295) },
  'the Monte Carlo settings',
);

export const scenarioSchema = group(
  {
    format: z.literal(FILE_FORMAT, rule(`must be "${FILE_FORMAT}"`)),
    version: z.literal(FILE_VERSION, rule(`must be ${FILE_VERSION}`)),
    meta: metaSchema,
    ageBands: listOf(ageBandSchema, 1, 20, 'age bands'),
    partners: listOf(partnerSchema, 1, 50, 'partners'),
    services: listOf(serviceSchema, 0, 500, 'services'),
    rebalancing: listOf(rebalancingRuleSchema, 0, 500, 'rebalancing rules'),
    investments: listOf(investmentSchema, 0, 500, 'investments'),
    pool: poolSchema.optional(),
    envelope: yearlySeries('envelope/#', 'budgets in £').optional(),
    targetLevelShares: z
      .array(input('targetLevelShares/#'), rule('must be a list of five shares, Level 1 first'))
      .length(5, rule('must be a list of five shares, Level 1 first'))
      .optional(),
    uncertainty: listOf(uncertaintyRangeSchema, 0, 1000, 'ranges').optional(),
    monteCarlo: monteCarloSchema.optional(),
  },
  'an Upstream scenario',
);

/** A valid scenario, with every default filled in. */
export type Scenario = z.output<typeof scenarioSchema>;
/** What a file may hold: defaults may be left out. */
export type ScenarioInput = z.input<typeof scenarioSchema>;
export type Meta = Scenario['meta'];
export type AgeBand = Scenario['ageBands'][number];
export type Partner = Scenario['partners'][number];
export type Service = Scenario['services'][number];
export type RebalancingRule = Scenario['rebalancing'][number];
export type Investment = Scenario['investments'][number];
export type Deflection = Investment['deflects'][number];
export type Capacity = NonNullable<Service['capacity']>;
export type CapacityChange = Capacity['changes'][number];
export type UncertaintyRange = NonNullable<Scenario['uncertainty']>[number];
export type MonteCarloSettings = NonNullable<Scenario['monteCarlo']>;
