// The assumptions of a scenario as the board pack lists them: every age band,
// partner, service, rebalancing rule and investment, its figures in words
// and where they came from (MODEL.md §9: boards ask).
import { financialYear } from '../../model';
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
      })),
    },
    {
      title: 'Partners',
      rows: scenario.partners.map((partner) => ({
        what: partner.name,
        figures: partner.id in poolShares ? `Pays ${formatPercent(poolShares[partner.id], 0)} of the pooled budget` : '',
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
          figures: `${formatPounds(service.unitCost)} a year per unit${growth}; ${count(users)} ${service.unit} in ${first}; paid by ${partnerName.get(service.funder) ?? service.funder}${service.pooled ? ' from the pooled budget' : ''}`,
          source: service.source ?? null,
        };
      }),
    },
    {
      title: 'Rebalancing',
      rows: scenario.rebalancing.map((rule) => ({
        what: `Move ${formatPercent(rule.share, 0)} of ${serviceName.get(rule.from) ?? rule.from} to ${serviceName.get(rule.to) ?? rule.to}`,
        figures: `From ${financialYear(rule.startYear)}${rule.rampYears > 0 ? `, phased in over ${years(rule.rampYears)}` : ''}; ${perUnit(rule.ratio)} new ${rule.ratio === 1 ? 'unit' : 'units'} for each unit moved`,
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
            avoids ? `; each unit bought avoids ${avoids}` : ''
          }`,
          source: investment.source ?? null,
        };
      }),
    },
  ];
  return groups.filter((group) => group.rows.length > 0);
}
