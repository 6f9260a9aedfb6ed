// How a numeric input reads to people: a name built from its JSON path and the
// scenario's own names ("Reablement expansion: deflection rate for Home care"),
// and its value in the input's own terms (£, %, a financial year).
import { formatPercent, formatPounds, formatPoundsShort } from '../format/money';
import { financialYear } from './financialYear';
import { fieldAt } from './inputCatalogue';
import type { Scenario, Service } from './file/schema';

const RULE_FIELDS: Record<string, string> = {
  share: 'share moved',
  ratio: 'new units per unit moved',
  startYear: 'start year',
  rampYears: 'years to ramp up',
};

const INVESTMENT_FIELDS: Record<string, string> = {
  amount: 'amount a year',
  startYear: 'start year',
  endYear: 'last year funded',
  rampYears: 'years to ramp up',
  lagYears: 'years before deflection starts',
};

function serviceName(scenario: Scenario, id: string): string {
  return scenario.services.find((s) => s.id === id)?.name ?? id;
}

/** One of a service's units, for "capital cost per place opened": "places" → "place"; "unit" when its unit is no plain plural. */
function oneUnit(service: Service): string {
  const unit = service.unit.trim().toLowerCase();
  return /^[a-z ]*[a-z]s$/.test(unit) && !unit.endsWith('ss') ? unit.slice(0, -1) : 'unit';
}

/** §14: the names of a service's capacity inputs ("capacity/base", "capacity/changes/0/units", …). */
function capacityInputName(scenario: Scenario, service: Service, parts: readonly string[]): string | undefined {
  if (parts[0] === 'base' && parts.length === 1) return `${service.name}: capacity in ${financialYear(scenario.meta.baseYear)}`;
  if (parts[0] === 'capitalCostPerUnit' && parts.length === 1) return `${service.name}: capital cost per ${oneUnit(service)} opened`;
  const change = parts[0] === 'changes' && parts.length === 3 ? service.capacity?.changes?.[Number(parts[1])] : undefined;
  if (!change) return undefined;
  if (parts[2] === 'units') return `${service.name}: capacity change in ${financialYear(change.year)}`;
  return parts[2] === 'year' ? `${service.name}: year of capacity change ${Number(parts[1]) + 1}` : undefined;
}

function serviceInputName(scenario: Scenario, s: number, parts: readonly string[]): string | undefined {
  const service = scenario.services[s];
  if (!service) return undefined;
  if (parts[0] === 'unitCost') return `${service.name}: unit cost`;
  if (parts[0] === 'costGrowth') return `${service.name}: yearly cost growth`;
  if (parts[0] === 'unitsPerPerson') return `${service.name}: units a person uses a year`;
  if (parts[0] === 'capacity') return capacityInputName(scenario, service, parts.slice(1));
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
    if (list === 'ageBands' && rest[0] === 'variants' && rest.length === 3) {
      const band = scenario.ageBands[i];
      return band?.variants?.[rest[1]] && `Population aged ${band.id} (${rest[1]} projection) in ${yearOf(scenario, rest[2])}`;
    }
    if (list === 'partners' && rest[0] === 'budget' && rest.length === 2) {
      const partner = scenario.partners[i];
      return partner && `${partner.name}: budget in ${yearOf(scenario, rest[1])}`;
    }
    if (list === 'services') return serviceInputName(scenario, i, rest);
    if (list === 'rebalancing') return ruleInputName(scenario, i, rest);
    if (list === 'investments') return investmentInputName(scenario, i, rest);
    return undefined;
  })();
  return named ?? path;
}

const plainNumber = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 4 });

/** £ in full below £1m and short above it: "£2,088", "£1.23m". */
export function formatMoney(value: number): string {
  return Math.abs(value) >= 1e6 ? formatPoundsShort(value) : formatPounds(value);
}

/**
 * The value of the input at `path` in its own terms, by the catalogue's kind
 * of its field: £20,000, 20.00%, 2027/28, 3 years, 0.4213.
 */
export function formatInputValue(path: string, value: number): string {
  switch (fieldAt(path)?.kind) {
    case 'money':
      return formatMoney(value);
    case 'share':
    case 'growth':
      return formatPercent(value, 2);
    case 'year':
      return financialYear(Math.round(value));
    case 'years': {
      const years = Math.round(value);
      return `${years} year${years === 1 ? '' : 's'}`;
    }
    default:
      return plainNumber.format(value);
  }
}
