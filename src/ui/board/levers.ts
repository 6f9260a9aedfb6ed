// The main levers the board view puts on sliders: each investment's amount,
// each rebalancing share and each deflection rate, by their JSON paths
// (MODEL.md §4, §5), with ranges drawn from the values when the board opens;
// and the choices it puts on menus: the population projection (§17) and each
// rule's and investment's phase-in (§15).
import { formatPercent, formatPounds } from '../../format/money';
import { PRINCIPAL_VARIANT, PROFILES, projectionShortName } from '../../model';
import type { Scenario } from '../../model';

export type LeverKind = 'pounds' | 'share' | 'rate';

export interface Lever {
  path: string;
  kind: LeverKind;
  label: string;
  value: number;
  /** For rates: the unit of the service avoided, "places". */
  unit?: string;
}

export interface LeverGroup {
  title: string;
  levers: Lever[];
}

export interface LeverRange {
  min: number;
  max: number;
  step: number;
}

/** The smallest of 1, 2, 2.5, 5 × 10^k at or above `value` (positive). */
export function niceCeiling(value: number): number {
  const power = 10 ** Math.floor(Math.log10(value));
  const mantissa = [1, 2, 2.5, 5, 10].find((m) => m * power >= value * (1 - 1e-12)) ?? 10;
  return mantissa * power;
}

/** A round step (1, 2 or 5 × 10^k) giving about 200 positions from 0 to `max`. */
function niceStep(max: number): number {
  const rough = max / 200;
  const power = 10 ** Math.floor(Math.log10(rough));
  const mantissa = [5, 2, 1].find((m) => m * power <= rough) ?? 1;
  return mantissa * power;
}

/** The high end of the lever's uncertainty range (MODEL.md §8), or 0 when it has none. */
function uncertaintyHigh(lever: Lever, scenario: Scenario): number {
  return scenario.uncertainty?.find((range) => range.path === lever.path)?.high ?? 0;
}

/**
 * The slider range for a lever, spanning its uncertainty range as well:
 * amounts 0 to 3×, shares up to what the other moves leave, rates 0 to 2× (at least 1).
 * A slider past a range is safe: the store widens the range to take it.
 */
export function leverRange(lever: Lever, scenario: Scenario): LeverRange {
  const high = uncertaintyHigh(lever, scenario);
  if (lever.kind === 'share') {
    // Shares moved out of one service may not add up to more than 1 (MODEL.md §4).
    const index = Number(lever.path.split('/')[1]);
    const from = scenario.rebalancing[index].from;
    const others = scenario.rebalancing.reduce((sum, rule, k) => (k !== index && rule.from === from ? sum + rule.share : sum), 0);
    return { min: 0, max: Math.max(lever.value, Math.min(1, 1 - others)), step: 0.01 };
  }
  const max = lever.kind === 'pounds' ? niceCeiling(Math.max(3 * lever.value, high, 10_000)) : niceCeiling(Math.max(1, 2 * lever.value, high));
  return { min: 0, max, step: niceStep(max) };
}

const rateNumber = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 3 });

/** "£20,000 a year", "20%", "0.25 places per unit bought". */
export function formatLeverValue(lever: Lever, value: number): string {
  if (lever.kind === 'pounds') return `${formatPounds(value)} a year`;
  if (lever.kind === 'share') return formatPercent(value, 0);
  return `${rateNumber.format(value)} ${lever.unit} per unit bought`;
}

/** The short form for the ends of a slider's scale: "£100,000", "85%", "2". */
export function formatLeverEnd(lever: Lever, value: number): string {
  if (lever.kind === 'pounds') return formatPounds(value);
  if (lever.kind === 'share') return formatPercent(value, 0);
  return rateNumber.format(value);
}

export function boardLevers(scenario: Scenario): LeverGroup[] {
  const serviceName = new Map(scenario.services.map((s) => [s.id, s.name]));
  const serviceUnit = new Map(scenario.services.map((s) => [s.id, s.unit]));
  const investments: Lever[] = scenario.investments.map((investment, j) => ({
    path: `investments/${j}/amount`,
    kind: 'pounds',
    label: `${investment.name}: amount`,
    value: investment.amount,
  }));
  const rebalancing: Lever[] = scenario.rebalancing.map((rule, k) => ({
    path: `rebalancing/${k}/share`,
    kind: 'share',
    label: `Share of ${serviceName.get(rule.from)} moved to ${serviceName.get(rule.to)}`,
    value: rule.share,
  }));
  const deflections: Lever[] = scenario.investments.flatMap((investment, j) =>
    investment.deflects.map((deflection, d) => ({
      path: `investments/${j}/deflects/${d}/rate`,
      kind: 'rate' as const,
      label: `${investment.name}: ${serviceName.get(deflection.service)} avoided`,
      value: deflection.rate,
      unit: serviceUnit.get(deflection.service),
    })),
  );
  return [
    { title: 'Prevention investment', levers: investments },
    { title: 'Rebalancing', levers: rebalancing },
    { title: 'Demand deflected by prevention', levers: deflections },
  ].filter((group) => group.levers.length > 0);
}

export interface ChoiceOption {
  value: string;
  label: string;
}

/** A lever with a few named values, set by its JSON path. */
export interface BoardChoice {
  path: string;
  label: string;
  value: string;
  options: ChoiceOption[];
}

/** The path of the projection the scenario runs on (§17); the principal is its absence. */
export const PROJECTION_PATH = 'meta/populationVariant';

/** §17: the principal projection and every variant some band has, in the order the bands first name them; null without variants. */
export function projectionChoice(scenario: Scenario): BoardChoice | null {
  const ids = [...new Set(scenario.ageBands.flatMap((band) => Object.keys(band.variants ?? {})))];
  if (ids.length === 0) return null;
  return {
    path: PROJECTION_PATH,
    label: 'Projection',
    value: scenario.meta.populationVariant ?? PRINCIPAL_VARIANT,
    options: [PRINCIPAL_VARIANT, ...ids].map((id) => ({ value: id, label: projectionShortName(id) })),
  };
}

/** The value to store for a chosen projection: the principal is no variant at all. */
export function projectionValue(choice: string): string | undefined {
  return choice === PRINCIPAL_VARIANT ? undefined : choice;
}

const PROFILE_OPTIONS: ChoiceOption[] = PROFILES.map((profile) => ({ value: profile.id, label: profile.words }));

/**
 * §15: the phase-in of each rule and investment that ramps up over some
 * years (with no ramp-up every phase-in is the same, so it is no lever).
 */
export function phaseInChoices(scenario: Scenario): BoardChoice[] {
  const serviceName = new Map(scenario.services.map((s) => [s.id, s.name]));
  const rules = scenario.rebalancing.flatMap((rule, k): BoardChoice[] =>
    rule.rampYears > 0
      ? [{ path: `rebalancing/${k}/profile`, label: `${serviceName.get(rule.from)} to ${serviceName.get(rule.to)}`, value: rule.profile, options: PROFILE_OPTIONS }]
      : [],
  );
  const investments = scenario.investments.flatMap((investment, j): BoardChoice[] =>
    investment.rampYears > 0 ? [{ path: `investments/${j}/profile`, label: investment.name, value: investment.profile, options: PROFILE_OPTIONS }] : [],
  );
  return [...investments, ...rules];
}

/** The path of the phase-in that goes with an investment's amount or a rule's share; null for other levers. */
export function phaseInPathOf(leverPath: string): string | null {
  return /^(investments|rebalancing)\/\d+\/(amount|share)$/.test(leverPath) ? leverPath.replace(/\/(amount|share)$/, '/profile') : null;
}
