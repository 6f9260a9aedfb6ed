// The scenario file, version 1 (MODEL.md §9): the single source of the
// scenario's TypeScript types. Every leaf says its rule in plain words, so a
// refused file reads like a checklist ("must be a whole number from 1 to 5, got 6").
import { z } from 'zod';
import { formatCount, formatPounds } from '../../format/money';
import { describeValue } from './describeValue';
import { BOUNDS, FILE_FORMAT, FILE_VERSION, MAX_SOURCE_CHARS } from './fileFormat';


/** A message for every issue a schema can raise: the rule, then what was found. */
function rule(description: string) {
  return {
    error: (issue: { input?: unknown }) =>
      issue.input === undefined ? `is required: it ${description}` : `${description}, got ${describeValue(issue.input)}`,
  };
}

const ID_PATTERN = /^[A-Za-z0-9_.+-]{1,40}$/;
// Ids become keys of plain objects (baselineUsers, pool, results by service and
// partner), where "__proto__" silently vanishes: users of such a band were lost.
const RESERVED_ID = '__proto__';
export const idSchema = z
  .string(rule('must be an id of 1 to 40 letters, digits or the signs . _ + -'))
  .regex(ID_PATTERN, rule('must be an id of 1 to 40 letters, digits or the signs . _ + -'))
  .refine((id) => id !== RESERVED_ID, { error: `cannot be "${RESERVED_ID}", a name reserved by JavaScript; choose another id` });

function text(min: number, max: number) {
  const r = rule(min > 0 ? `must be text of ${min} to ${max} characters` : `must be text of at most ${max} characters`);
  return z.string(r).min(min, r).max(max, r);
}

function wholeNumber(min: number, max: number, what = 'a whole number') {
  const r = rule(`must be ${what} from ${min} to ${max}`);
  return z.number(r).int(r).min(min, r).max(max, r);
}

function numberFromZero(what: string, max: number, maxShown: string) {
  const r = rule(`must be ${what} from 0 to ${maxShown}`);
  return z.number(r).min(0, r).max(max, r);
}

/** An amount in £ from 0 to `max`. */
export const money = (what: string, max: number) => numberFromZero(what, max, formatPounds(max));
/** A count or a ratio (people, users, units per unit) from 0 to `max`. */
export const count = (what: string, max: number) => numberFromZero(what, max, formatCount(max));

function shareOfOne(what: string) {
  const r = rule(`must be ${what} from 0 to 1 (for example 0.2 for 20%)`);
  return z.number(r).min(0, r).max(1, r);
}

function listOf<T extends z.ZodType>(item: T, min: number, max: number, what: string) {
  const r = rule(`must be a list of ${min} to ${max} ${what}`);
  return z.array(item, r).min(min, r).max(max, r);
}

function group<T extends z.ZodRawShape>(shape: T, what: string) {
  return z.strictObject(shape, rule(`must be ${what} (a group of named fields)`));
}

const source = text(0, MAX_SOURCE_CHARS).optional();
const calendarYear = wholeNumber(1900, 2200, 'a whole calendar year');
// Growth of at most 100% a year and discounting at no less than -50% keep 50 years of results finite.
export const growthRate = (what: string) => {
  const r = rule(`must be ${what} above -1 and at most 1 (for example 0.02 for 2% a year)`);
  return z.number(r).gt(-1, r).max(1, r);
};
const discountRate = (() => {
  const r = rule('must be a yearly discount rate from -0.5 to 1 (for example 0.035 for 3.5%)');
  return z.number(r).min(-0.5, r).max(1, r);
})();
const yearlySeries = (item: z.ZodNumber, what: string) => z.array(item, rule(`must be a list of yearly ${what}s`));

export const metaSchema = group(
  {
    name: text(1, 200),
    area: text(0, 200).optional(),
    notes: text(0, 5000).optional(),
    currency: z.literal('GBP', rule('must be "GBP" (amounts are in pounds sterling)')).default('GBP'),
    baseYear: wholeNumber(1990, 2100, 'a whole year'),
    horizonYears: wholeNumber(1, 50),
    discountRate: discountRate.default(0.035),
  },
  'the scenario details',
);

export const ageBandSchema = group(
  { id: idSchema, population: yearlySeries(count('a population', BOUNDS.population), 'population'), source },
  'an age band',
);

export const partnerSchema = group({ id: idSchema, name: text(1, 200), source }, 'a partner');

export const serviceSchema = group(
  {
    id: idSchema,
    name: text(1, 200),
    level: wholeNumber(1, 5),
    funder: idSchema,
    unit: text(1, 60),
    unitCost: money('a unit cost in £', BOUNDS.unitCost),
    costGrowth: growthRate('a yearly cost growth rate').default(0),
    baselineUsers: z.record(z.string(), count('a number of users', BOUNDS.users), rule('must be users by age band id')),
    pooled: z.boolean(rule('must be true or false')).default(false),
    source,
  },
  'a service',
);

export const rebalancingRuleSchema = group(
  {
    from: idSchema,
    to: idSchema,
    share: shareOfOne('a share'),
    ratio: count('a ratio of new units per unit moved', BOUNDS.unitsPerUnit).default(1),
    startYear: calendarYear,
    rampYears: wholeNumber(0, 50, 'a whole number of years').default(0),
    source,
  },
  'a rebalancing rule',
);

export const deflectionSchema = group(
  { service: idSchema, rate: count('a rate of units avoided per unit bought', BOUNDS.unitsPerUnit) },
  'a deflection',
);

export const investmentSchema = group(
  {
    name: text(1, 200),
    target: idSchema,
    amount: money('an amount in £ a year', BOUNDS.amountPerYear),
    paidBy: idSchema.optional(),
    startYear: calendarYear,
    rampYears: wholeNumber(0, 50, 'a whole number of years').default(0),
    lagYears: wholeNumber(0, 50, 'a whole number of years').default(0),
    deflects: listOf(deflectionSchema, 0, 100, 'deflections'),
    source,
  },
  'an investment',
);

export const poolSchema = group(
  { contributions: z.record(z.string(), shareOfOne('a share of the pool'), rule('must be shares by partner id')) },
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
    envelope: yearlySeries(money('a budget in £', BOUNDS.budgetPerYear), 'budget').optional(),
    targetLevelShares: z
      .array(shareOfOne('a share'), rule('must be a list of five shares, Level 1 first'))
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
export type UncertaintyRange = NonNullable<Scenario['uncertainty']>[number];
export type MonteCarloSettings = NonNullable<Scenario['monteCarlo']>;
