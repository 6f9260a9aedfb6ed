// Properties of the version 2 model (MODEL.md §6, §13–18) over generated valid
// scenarios: people, residuals, capacity and capital, profiles, end years,
// budgets, variants and indicators. Tolerances as in properties.test.ts:
// relative to the size of the terms added, since sums run in other orders.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runModel } from '../../../src/model/kernel/results';
import type { Scenario } from '../../../src/model/file/schema';
import { scenarioArb } from './arbitraries';

const RUNS = { numRuns: 400 };
const TOLERANCE = 1e-9;
const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);
const close = (got: number, want: number, scale: number) => Math.abs(got - want) <= TOLERANCE * Math.max(1, scale, Math.abs(got), Math.abs(want));

function expectClose(got: number, want: number, scale: number, what: string): void {
  if (!close(got, want, scale)) throw new Error(`${what}: got ${got}, want ${want} (scale ${scale})`);
}

describe('version 2 model properties (MODEL.md §13–18)', () => {
  it("a rule's residual is 0 when its ratio is unitsPerPerson[to] / unitsPerPerson[from] (§13)", () => {
    const rehoming = scenarioArb
      .filter((s) => s.rebalancing.length > 0)
      .map((s): Scenario => {
        const perPerson = new Map(s.services.map((service) => [service.id, service.unitsPerPerson]));
        return { ...s, rebalancing: s.rebalancing.map((r) => ({ ...r, ratio: perPerson.get(r.to)! / perPerson.get(r.from)! })) };
      });
    fc.assert(
      fc.property(rehoming, (scenario) => {
        const { summary, baseline } = runModel(scenario);
        summary.rebalancingResidual.forEach((series, k) => {
          const from = scenario.rebalancing[k].from;
          series.forEach((r, t) => expectClose(r, 0, baseline.byService[from].people[t], `residual of rule ${k} in year ${t}`));
        });
      }),
      RUNS,
    );
  });

  it('capital is 0 in years where capacity does not rise, and never enters totals, levels, partners or the waterfall (§14)', () => {
    fc.assert(
      fc.property(scenarioArb, (scenario) => {
        const results = runModel(scenario);
        for (const { id } of scenario.services) {
          const { capacity, capital } = results.scenario.byService[id];
          if (!capacity || !capital) continue;
          expect(capital[0]).toBe(0);
          capital.forEach((c, t) => {
            if (t > 0 && capacity[t] <= capacity[t - 1]) expect(c).toBe(0);
            expect(c).toBeGreaterThanOrEqual(0);
          });
        }
        const withoutCapacity = runModel({ ...scenario, services: scenario.services.map(({ capacity: _, ...service }) => service) });
        expect(withoutCapacity.scenario.total).toEqual(results.scenario.total);
        expect(withoutCapacity.scenario.byLevel).toEqual(results.scenario.byLevel);
        expect(withoutCapacity.partners).toEqual(results.partners);
        expect(withoutCapacity.summary.waterfall).toEqual(results.summary.waterfall);
        expect(withoutCapacity.summary.npv).toBe(results.summary.npv);
        expect(withoutCapacity.summary.capital.every((c) => c === 0)).toBe(true);
      }),
      RUNS,
    );
  });

  it('all four profiles agree when rampYears is 0 (§15)', () => {
    const unramped = scenarioArb.map((s): Scenario => ({
      ...s,
      rebalancing: s.rebalancing.map((r) => ({ ...r, rampYears: 0 })),
      investments: s.investments.map((inv) => ({ ...inv, rampYears: 0 })),
    }));
    fc.assert(
      fc.property(unramped, fc.constantFrom('linear', 'front', 'back', 'step') , (scenario, profile) => {
        const all = (s: Scenario): Scenario => ({
          ...s,
          rebalancing: s.rebalancing.map((r) => ({ ...r, profile })),
          investments: s.investments.map((inv) => ({ ...inv, profile })),
        });
        expect(runModel(all(scenario))).toEqual(runModel(scenario));
      }),
      RUNS,
    );
  });

  it('a variant equal to the principal series changes nothing (§17)', () => {
    fc.assert(
      fc.property(scenarioArb, (scenario) => {
        const plain: Scenario = { ...scenario, meta: { ...scenario.meta, populationVariant: undefined }, ageBands: scenario.ageBands.map(({ variants: _, ...band }) => band) };
        delete plain.meta.populationVariant;
        const mirrored: Scenario = {
          ...plain,
          meta: { ...plain.meta, populationVariant: 'same' },
          ageBands: plain.ageBands.map((band) => ({ ...band, variants: { same: [...band.population] } })),
        };
        const { summary: variantSummary, ...variantRest } = runModel(mirrored);
        const { summary: plainSummary, ...plainRest } = runModel(plain);
        expect(variantRest).toEqual(plainRest);
        const { variants, ...rest } = variantSummary;
        expect(rest).toEqual(plainSummary);
        expect(variants?.same).toEqual(variants?.principal);
        expect(variants?.principal).toEqual({
          npv: plainSummary.npv,
          cumulativeNetSaving: plainSummary.cumulativeNetSaving.at(-1),
          scenarioTotal: plainRest.scenario.total.at(-1),
          paybackYear: plainSummary.paybackYear,
          firstBreakEvenYear: plainSummary.firstBreakEvenYear,
        });
      }),
      RUNS,
    );
  });

  it('people by level and people by setting add up to the same total (§13)', () => {
    fc.assert(
      fc.property(scenarioArb, (scenario) => {
        const results = runModel(scenario);
        for (const side of ['baseline', 'scenario'] as const) {
          const { peopleByLevel, peopleBySetting, byService } = results[side];
          results.years.forEach((_, t) => {
            const byLevel = sum(peopleByLevel.map((level) => level[t]));
            const bySetting = sum(Object.values(peopleBySetting).map((setting) => setting![t]));
            const byServices = sum(scenario.services.map((s) => byService[s.id].people[t]));
            expectClose(byLevel, bySetting, byServices, `${side} people in year ${t}`);
            expectClose(byLevel, byServices, byServices, `${side} people by level in year ${t}`);
          });
        }
      }),
      RUNS,
    );
  });

  it('indicators lie in [0, 1] or are null exactly as §18 says; care-home places per 1,000 are ≥ 0', () => {
    fc.assert(
      fc.property(scenarioArb, (scenario) => {
        const results = runModel(scenario);
        for (const side of ['baseline', 'scenario'] as const) {
          const { careHomePer1000, supportedAtHomeShare, peopleUpstreamShare, olderPeople } = results.summary.indicators[side];
          const people = results[side].peopleByLevel;
          results.years.forEach((_, t) => {
            expect(careHomePer1000[t]).toBeGreaterThanOrEqual(0);
            if (olderPeople[t] === 0) expect(careHomePer1000[t]).toBe(0);
            const longTerm = people[3][t] + people[4][t];
            expect(supportedAtHomeShare[t] === null).toBe(longTerm === 0);
            expect(peopleUpstreamShare[t] === null).toBe(sum(people.map((level) => level[t])) === 0);
            for (const share of [supportedAtHomeShare[t], peopleUpstreamShare[t]]) {
              if (share !== null) {
                expect(share).toBeGreaterThanOrEqual(0);
                expect(share).toBeLessThanOrEqual(1 + 1e-12);
              }
            }
          });
        }
      }),
      RUNS,
    );
  });

  it("a budget gap is the partner's spend minus its budget (§16)", () => {
    fc.assert(
      fc.property(scenarioArb, (scenario) => {
        const results = runModel(scenario);
        for (const partner of scenario.partners) {
          const mine = results.partners[partner.id];
          if (!partner.budget) {
            expect(mine.budgetGap).toBeUndefined();
            continue;
          }
          partner.budget.forEach((budget, t) => {
            expect(mine.budgetGap![t]).toBe(mine.scenario[t] - budget);
            expect(mine.baselineBudgetGap![t]).toBe(mine.baseline[t] - budget);
          });
        }
      }),
      RUNS,
    );
  });

  it("an investment's spend is 0 after its end year (§15)", () => {
    const ending = scenarioArb.filter((s) => s.investments.some((inv) => inv.endYear !== undefined));
    fc.assert(
      fc.property(ending, (scenario) => {
        for (const [j, investment] of scenario.investments.entries()) {
          if (investment.endYear === undefined) continue;
          const alone: Scenario = { ...scenario, investments: [investment] };
          const { years, scenario: result } = runModel(alone);
          years.forEach((year, t) => {
            if (year > investment.endYear!) expect(result.investment[t], `investment ${j} in ${year}`).toBe(0);
          });
        }
      }),
      RUNS,
    );
  });
});
