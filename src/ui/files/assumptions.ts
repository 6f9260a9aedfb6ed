// The assumptions of a scenario as the board pack lists them: every age band
// and its other projections, partner and its budget, service and its
// capacity, rebalancing rule and investment, its figures in words and where
// they came from (MODEL.md §9: boards ask; §12–17).
import { DEFAULT_PROFILE, DEFAULT_SETTING, financialYear, PRINCIPAL_VARIANT, profileWords, projectionName, settingWords } from '../../model';
import type { Scenario } from '../../model';
import { formatPercent, formatPounds } from '../../format/money';

export interface Assumption {
  what: string;
  figures: string;
  /** null when the scenario records no source. */
  source: string | null;
}

export interface AssumptionGroup {
  title: string;
  rows: Assumption[];
}

const count = (value: number) => value.toLocaleString('en-GB', { maximumFractionDigits: 1 });
/** Units per unit (a ratio, a deflection rate) as the file has them: 0.25 must not print as 0.3. */
const perUnit = (value: number) => value.toLocaleString('en-GB', { maximumFractionDigits: 4 });
const years = (n: number) => (n === 1 ? '1 year' : `${n} years`);

/** §15: ", phased in over 2 years (fast start)"; nothing without a ramp-up, where every phase-in is the same. */
function phaseInWords(item: { rampYears: number; profile: string }): string {
  if (item.rampYears === 0) return '';
  const how = item.profile === DEFAULT_PROFILE ? '' : ` (${profileWords(item.profile).toLowerCase()})`;
  return `, phased in over ${years(item.rampYears)}${how}`;
}

/** §13: where a service's people live and the units one uses, where they are not the defaults. */
function peopleWords(service: Scenario['services'][number]): string {
  const setting = service.setting === DEFAULT_SETTING ? '' : `; people in ${settingWords(service.setting).toLowerCase()}`;
  const units = service.unitsPerPerson === 1 ? '' : `; ${count(service.unitsPerPerson)} ${service.unit} a person a year`;
  return setting + units;
}

/** §14: "22 places in 2025/26; −2 in 2027/28, +3 in 2028/29; capital £50,000 a place opened". */
function capacityRows(scenario: Scenario, first: string): Assumption[] {
  return scenario.services.flatMap((service) => {
    const capacity = service.capacity;
    if (!capacity) return [];
    const changes = capacity.changes.map((change) => `${change.units > 0 ? '+' : '−'}${count(Math.abs(change.units))} in ${financialYear(change.year)}`).join(', ');
    const capital = capacity.capitalCostPerUnit > 0 ? `; capital ${formatPounds(capacity.capitalCostPerUnit)} a unit opened` : '';
    return [{ what: service.name, figures: `${count(capacity.base)} ${service.unit} in ${first}${changes ? `; ${changes}` : ''}${capital}`, source: capacity.source ?? null }];
  });
}

/** §17: each band's other projections, and the one the scenario runs on. */
function projectionRows(scenario: Scenario, first: string, last: string): Assumption[] {
  const H = scenario.meta.horizonYears;
  const variants = scenario.ageBands.flatMap((band) =>
    Object.entries(band.variants ?? {}).map(([id, population]) => ({
      what: `People aged ${band.id}, ${projectionName(id).toLowerCase()}`,
      figures: `${count(population[0])} in ${first}, ${count(population[H])} in ${last}`,
      source: null,
    })),
  );
  if (variants.length === 0) return [];
  return [...variants, { what: 'Projection the figures use', figures: projectionName(scenario.meta.populationVariant ?? PRINCIPAL_VARIANT), source: null }];
}

/** §16: a partner's budget in the first and last years. */
function budgetWords(partner: Scenario['partners'][number], first: string, last: string): string {
  const budget = partner.budget;
  return budget ? `Budget ${formatPounds(budget[0])} in ${first}, ${formatPounds(budget[budget.length - 1])} in ${last}` : '';
}

export function assumptionGroups(scenario: Scenario): AssumptionGroup[] {
  const { baseYear, horizonYears } = scenario.meta;
  const first = financialYear(baseYear);
  const last = financialYear(baseYear + horizonYears);
  const serviceName = new Map(scenario.services.map((service) => [service.id, service.name]));
  const partnerName = new Map(scenario.partners.map((partner) => [partner.id, partner.name]));
  const poolShares = scenario.pool?.contributions ?? {};
  const groups: AssumptionGroup[] = [
    {
      title: 'Population',
      rows: scenario.ageBands.map((band) => ({
        what: `People aged ${band.id}`,
        figures: `${count(band.population[0])} in ${first}, ${count(band.population[horizonYears])} in ${last}`,
        source: band.source ?? null,
      })).concat(projectionRows(scenario, first, last)),
    },
    {
      title: 'Partners',
      rows: scenario.partners.map((partner) => ({
        what: partner.name,
        figures: [partner.id in poolShares ? `Pays ${formatPercent(poolShares[partner.id], 0)} of the pooled budget` : '', budgetWords(partner, first, last)].filter(Boolean).join('. '),
        source: partner.source ?? null,
      })),
    },
    {
      title: 'Services',
      rows: scenario.services.map((service) => {
        const users = Object.values(service.baselineUsers).reduce((sum, n) => sum + n, 0);
        const growth = service.costGrowth === 0 ? '' : `, cost growing ${formatPercent(service.costGrowth)} a year`;
        return {
          what: `${service.name} (Level ${service.level})`,
          figures: `${formatPounds(service.unitCost)} a year per unit${growth}; ${count(users)} ${service.unit} in ${first}; paid by ${partnerName.get(service.funder) ?? service.funder}${service.pooled ? ' from the pooled budget' : ''}${peopleWords(service)}`,
          source: service.source ?? null,
        };
      }),
    },
    { title: 'Capacity', rows: capacityRows(scenario, first) },
    {
      title: 'Rebalancing',
      rows: scenario.rebalancing.map((rule) => ({
        what: `Move ${formatPercent(rule.share, 0)} of ${serviceName.get(rule.from) ?? rule.from} to ${serviceName.get(rule.to) ?? rule.to}`,
        figures: `From ${financialYear(rule.startYear)}${phaseInWords(rule)}; ${perUnit(rule.ratio)} new ${rule.ratio === 1 ? 'unit' : 'units'} for each unit moved`,
        source: rule.source ?? null,
      })),
    },
    {
      title: 'Investments',
      rows: scenario.investments.map((investment) => {
        const avoids = investment.deflects.map((d) => `${perUnit(d.rate)} of ${serviceName.get(d.service) ?? d.service}`).join(', ');
        return {
          what: investment.name,
          figures: `${formatPounds(investment.amount)} a year on ${serviceName.get(investment.target) ?? investment.target} from ${financialYear(investment.startYear)}${
            investment.endYear === undefined ? '' : ` to ${financialYear(investment.endYear)}`
          }${investment.profile === DEFAULT_PROFILE ? '' : phaseInWords(investment)}${avoids ? `; each unit bought avoids ${avoids}` : ''}`,
          source: investment.source ?? null,
        };
      }),
    },
  ];
  return groups.filter((group) => group.rows.length > 0);
}
