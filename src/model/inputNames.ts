// How a numeric input reads to people: a name built from its JSON path and the
// scenario's own names ("Reablement expansion: deflection rate for Home care"),
// and its value in the input's own terms (£, %, a financial year).
import { formatPercent, formatPounds, formatPoundsShort } from '../format/money';
import { financialYear } from './financialYear';
import type { Scenario } from './file/schema';

const RULE_FIELDS: Record<string, string> = {
  share: 'share moved',
  ratio: 'new units per unit moved',
  startYear: 'start year',
  rampYears: 'years to ramp up',
};

const INVESTMENT_FIELDS: Record<string, string> = {
  amount: 'amount a year',
  startYear: 'start year',
  rampYears: 'years to ramp up',
  lagYears: 'years before deflection starts',
};

function serviceName(scenario: Scenario, id: string): string {
  return scenario.services.find((s) => s.id === id)?.name ?? id;
}

function serviceInputName(scenario: Scenario, s: number, parts: readonly string[]): string | undefined {
  const service = scenario.services[s];
  if (!service) return undefined;
  if (parts[0] === 'unitCost') return `${service.name}: unit cost`;
  if (parts[0] === 'costGrowth') return `${service.name}: yearly cost growth`;
  if (parts[0] === 'baselineUsers' && parts.length === 2) {
    return `${service.name}: users aged ${parts[1]} in ${financialYear(scenario.meta.baseYear)}`;
  }
  return undefined;
}

function ruleInputName(scenario: Scenario, k: number, parts: readonly string[]): string | undefined {
  const rule = scenario.rebalancing[k];
  const field = RULE_FIELDS[parts[0]];
  if (!rule || !field || parts.length !== 1) return undefined;
  return `Move from ${serviceName(scenario, rule.from)} to ${serviceName(scenario, rule.to)}: ${field}`;
}

function investmentInputName(scenario: Scenario, j: number, parts: readonly string[]): string | undefined {
  const investment = scenario.investments[j];
  if (!investment) return undefined;
  if (parts[0] === 'deflects' && parts[2] === 'rate') {
    const deflection = investment.deflects[Number(parts[1])];
    return deflection && `${investment.name}: deflection rate for ${serviceName(scenario, deflection.service)}`;
  }
  const field = INVESTMENT_FIELDS[parts[0]];
  return field && parts.length === 1 ? `${investment.name}: ${field}` : undefined;
}

function yearOf(scenario: Scenario, t: string): string {
  return financialYear(scenario.meta.baseYear + Number(t));
}

/**
 * A readable name for the input at `path`: the label of its uncertainty range
 * if the file gives one, else one built from the scenario's names; the path
 * itself if it names no input.
 */
export function inputLabel(scenario: Scenario, path: string): string {
  const given = scenario.uncertainty?.find((range) => range.path === path && range.label)?.label;
  if (given) return given;
  const [list, position, ...rest] = path.split('/');
  const i = Number(position);
  const named = (() => {
    if (path === 'meta/discountRate') return 'Discount rate';
    if (list === 'envelope' && rest.length === 0) return `Budget envelope in ${yearOf(scenario, position)}`;
    if (list === 'ageBands' && rest[0] === 'population' && rest.length === 2) {
      const band = scenario.ageBands[i];
      return band && `Population aged ${band.id} in ${yearOf(scenario, rest[1])}`;
    }
    if (list === 'services') return serviceInputName(scenario, i, rest);
    if (list === 'rebalancing') return ruleInputName(scenario, i, rest);
    if (list === 'investments') return investmentInputName(scenario, i, rest);
    return undefined;
  })();
  return named ?? path;
}

const MONEY_FIELDS = new Set(['amount', 'unitCost', 'envelope']);
const SHARE_FIELDS = new Set(['share', 'costGrowth', 'discountRate']);
const plainNumber = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 4 });

/** £ in full below £1m and short above it: "£2,088", "£1.23m". */
export function formatMoney(value: number): string {
  return Math.abs(value) >= 1e6 ? formatPoundsShort(value) : formatPounds(value);
}

/** The value of the input at `path` in its own terms: £20,000, 20.00%, 2027/28, 3 years, 0.4213. */
export function formatInputValue(path: string, value: number): string {
  const parts = path.split('/');
  const field = parts[0] === 'envelope' ? 'envelope' : parts[parts.length - 1];
  if (MONEY_FIELDS.has(field)) return formatMoney(value);
  if (SHARE_FIELDS.has(field)) return formatPercent(value, 2);
  if (field === 'startYear') return financialYear(Math.round(value));
  if (field === 'rampYears' || field === 'lagYears') {
    const years = Math.round(value);
    return `${years} year${years === 1 ? '' : 's'}`;
  }
  return plainNumber.format(value);
}
