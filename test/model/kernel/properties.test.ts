// Properties of the Level 1–5 and shift-investment models (MODEL.md §3–7) over
// generated valid scenarios.
//
// Why any tolerance: the same money is added up in different orders (by level
// vs in total, partner by partner vs whole-system, rules in file order vs
// shuffled), and floating-point addition is not associative, so sums differ in
// the last bits. Tolerances are relative to the size of the terms being added
// (not to the result, which may be a small difference of large numbers): that
// rounding is ~1e-16 of them, while a real mistake is off by a whole term.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runModel, type Results } from '../../../src/model/kernel/results';
import { readScenario } from '../../../src/model/file/scenarioFile';
import type { Scenario, Service } from '../../../src/model/file/schema';
import { scenarioArb, statusQuoArb } from './arbitraries';

const TOLERANCE = 1e-9;
const SHUFFLE_TOLERANCE = 1e-12;
const RUNS = { numRuns: 600 };

const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);

function expectClose(got: number, want: number, scale: number, tolerance: number, what: string): void {
  if (!(Math.abs(got - want) <= tolerance * Math.max(scale, Math.abs(got), Math.abs(want)))) {
    throw new Error(`${what}: got ${got}, want ${want} (terms of size ${scale}, tolerance ${tolerance})`);
  }
}

/** cost[s][t] of MODEL.md §3, only to size tolerances: the checks never take it from the engine. */
const unitCostIn = (service: Service, t: number) => service.unitCost * Math.pow(1 + service.costGrowth, t);

/** Every £ that flows in year t, gross: baseline, scenario, demand deflected and prevention bought. */
function grossFlow(scenario: Scenario, results: Results, t: number): number {
  const deflected = sum(scenario.services.map((s) => results.scenario.byService[s.id].deflected[t] * unitCostIn(s, t)));
  return results.baseline.total[t] + results.scenario.total[t] + deflected + results.scenario.investment[t];
}

/** The size of the terms the waterfall (§6) adds up: d0·c0, dH·c0, dH·cH and the scenario's flows in year H. */
function waterfallScale(scenario: Scenario, results: Results): number {
  const H = scenario.meta.horizonYears;
  const perService = scenario.services.map((s) => {
    const d0 = results.baseline.byService[s.id].activity[0];
    const dH = results.baseline.byService[s.id].activity[H];
    return (d0 + dH) * (unitCostIn(s, 0) + unitCostIn(s, H));
  });
  return sum(perService) + grossFlow(scenario, results, H);
}

const allDeflections = (scenario: Scenario) =>
  scenario.investments.flatMap((investment, j) => investment.deflects.map((_, d) => ({ j, d })));

describe('generated scenarios', () => {
  it('are all valid: readScenario accepts each one unchanged', () => {
    fc.assert(
      fc.property(scenarioArb, (scenario) => {
        const read = readScenario(scenario);
        if (!read.ok) throw new Error(JSON.stringify(read.problems));
        expect(read.scenario).toStrictEqual(scenario);
      }),
      RUNS,
    );
  });
});

describe('model properties (MODEL.md §3–7)', () => {
  it('with no rebalancing and no investment, the scenario equals the baseline in every series', () => {
    fc.assert(
      fc.property(statusQuoArb, (scenario) => {
        const { baseline, scenario: result, summary, partners } = runModel(scenario);
        // Exact: with nothing moved or bought, both sides are the same arithmetic on the same numbers.
        const zeros = baseline.total.map(() => 0);
        expect(result.total).toEqual(baseline.total);
        expect(result.byLevel).toEqual(baseline.byLevel);
        for (const { id } of scenario.services) {
          // Capital (§14) belongs to the scenario side alone and follows capacity, not the scenario.
          const { capital, ...mine } = result.byService[id];
          expect(mine).toEqual({ ...baseline.byService[id], deflected: zeros });
          expect(capital === undefined).toBe(baseline.byService[id].capacity === undefined);
        }
        expect(result.peopleByLevel).toEqual(baseline.peopleByLevel);
        expect(result.peopleBySetting).toEqual(baseline.peopleBySetting);
        expect(summary.indicators.scenario).toEqual(summary.indicators.baseline);
        expect(result.investment).toEqual(zeros);
        expect(summary.netSaving).toEqual(zeros);
        expect(summary.cumulativeNetSaving).toEqual(zeros);
        expect(summary.npv).toBe(0);
        expect(summary.paybackYear).toBeNull();
        expect(summary.upstreamShare.scenario).toEqual(summary.upstreamShare.baseline);
        expect(summary.gravity.scenario).toEqual(summary.gravity.baseline);
        expect([summary.waterfall.rebalancing, summary.waterfall.investment, summary.waterfall.deflection]).toEqual([0, 0, 0]);
        for (const partner of Object.values(partners)) {
          expect(partner.scenario).toEqual(partner.baseline);
          expect(partner.net).toEqual(zeros);
        }
      }),
      RUNS,
    );
  });

  it("partners' nets add up to the net saving every year (§7)", () => {
    fc.assert(
      fc.property(scenarioArb, (scenario) => {
        const results = runModel(scenario);
        results.years.forEach((year, t) => {
          const nets = sum(Object.values(results.partners).map((p) => p.net[t]));
          expectClose(nets, results.summary.netSaving[t], grossFlow(scenario, results, t), TOLERANCE, `partners' nets in ${year}`);
        });
      }),
      RUNS,
    );
  });

  it("spend by level is its services' spend, and adds up to the total, baseline and scenario (§6)", () => {
    fc.assert(
      fc.property(scenarioArb, (scenario) => {
        const results = runModel(scenario);
        for (const side of ['baseline', 'scenario'] as const) {
          const { total, byLevel, byService } = results[side];
          expect(byLevel).toHaveLength(5);
          total.forEach((value, t) => {
            expectClose(sum(byLevel.map((level) => level[t])), value, value, TOLERANCE, `${side} by level, year ${t}`);
            byLevel.forEach((level, L) => {
              const services = scenario.services.filter((s) => s.level === L + 1).map((s) => byService[s.id].spend[t]);
              expectClose(level[t], sum(services), value, TOLERANCE, `${side} Level ${L + 1}, year ${t}`);
            });
          });
        }
      }),
      RUNS,
    );
  });

  it('the waterfall adds up: start + demography + cost growth = baseline at H, + rebalancing + investment + deflection = scenario at H (§6)', () => {
    fc.assert(
      fc.property(scenarioArb, (scenario) => {
        const results = runModel(scenario);
        const H = scenario.meta.horizonYears;
        const w = results.summary.waterfall;
        const scale = waterfallScale(scenario, results);
        expect(w.start).toBe(results.baseline.total[0]);
        expect(w.end).toBe(results.scenario.total[H]);
        expectClose(w.start + w.demography + w.costGrowth, results.baseline.total[H], scale, TOLERANCE, 'baseline part');
        const steps = w.start + w.demography + w.costGrowth + w.rebalancing + w.investment + w.deflection;
        expectClose(steps, w.end, scale, TOLERANCE, 'whole waterfall');
      }),
      RUNS,
    );
  });

  it('the order of rebalancing rules and of investments changes nothing', () => {
    const shuffled = scenarioArb.chain((scenario) =>
      fc.record({
        scenario: fc.constant(scenario),
        rebalancing: fc.shuffledSubarray(scenario.rebalancing, { minLength: scenario.rebalancing.length }),
        investments: fc.shuffledSubarray(scenario.investments, { minLength: scenario.investments.length }),
      }),
    );
    fc.assert(
      fc.property(shuffled, ({ scenario, rebalancing, investments }) => {
        expectSameResults(runModel({ ...scenario, rebalancing, investments }), runModel(scenario), scenario);
      }),
      RUNS,
    );
  });

  it('raising any one deflection rate never raises scenario spend in any year', () => {
    const raised = scenarioArb
      .filter((scenario) => allDeflections(scenario).length > 0)
      .chain((scenario) =>
        fc.record({
          scenario: fc.constant(scenario),
          which: fc.constantFrom(...allDeflections(scenario)),
          by: fc.oneof(fc.double({ min: Number.MIN_VALUE, max: 1, noNaN: true }), fc.double({ min: 1, max: 100, noNaN: true })),
        }),
      );
    fc.assert(
      fc.property(raised, ({ scenario, which, by }) => {
        const higher = structuredClone(scenario);
        higher.investments[which.j].deflects[which.d].rate += by;
        const before = runModel(scenario).scenario.total;
        const after = runModel(higher).scenario.total;
        // Exact, no tolerance: every step from rate to total is monotone in floating point too.
        after.forEach((value, t) => expect(value).toBeLessThanOrEqual(before[t]));
      }),
      RUNS,
    );
  });

  it('no activity falls below zero, exactly (§5: "nothing can fall below zero")', () => {
    fc.assert(
      fc.property(scenarioArb, (scenario) => {
        const results = runModel(scenario);
        for (const { id } of scenario.services) {
          for (const series of [results.scenario.byService[id].activity, results.scenario.byService[id].deflected, results.baseline.byService[id].activity]) {
            expect(series.filter((value) => !(value >= 0))).toEqual([]);
          }
        }
      }),
      RUNS,
    );
  });

  it('payback lasts: paybackYear is null or at or after firstBreakEvenYear, and cumulative net saving stays ≥ 0 from it on (§6)', () => {
    fc.assert(
      fc.property(scenarioArb, (scenario) => {
        const { years, summary } = runModel(scenario);
        const { paybackYear, firstBreakEvenYear, cumulativeNetSaving } = summary;
        if (paybackYear === null) return;
        expect(firstBreakEvenYear).not.toBeNull();
        expect(paybackYear).toBeGreaterThanOrEqual(firstBreakEvenYear!);
        const from = years.indexOf(paybackYear);
        expect(cumulativeNetSaving.slice(from).filter((c) => !(c > -0.01))).toEqual([]);
        if (from > 0 && paybackYear > firstBreakEvenYear!) expect(cumulativeNetSaving[from - 1]).toBeLessThanOrEqual(-0.01);
      }),
      RUNS,
    );
  });

  it('every number in the results is finite; gravity is null exactly when total spend is 0', () => {
    fc.assert(
      fc.property(scenarioArb, (scenario) => {
        const results = runModel(scenario);
        const { gravity, indicators, ...rest } = results.summary;
        expect(notFinite({ ...results, summary: rest })).toEqual([]);
        for (const side of ['baseline', 'scenario'] as const) {
          const { supportedAtHomeShare, peopleUpstreamShare, ...counts } = indicators[side];
          expect(notFinite(counts)).toEqual([]);
          expect(notFinite([...supportedAtHomeShare, ...peopleUpstreamShare].filter((x) => x !== null))).toEqual([]);
        }
        for (const side of ['baseline', 'scenario'] as const) {
          gravity[side].forEach((g, t) => {
            expect(g === null).toBe(results[side].total[t] === 0);
            // A spend-weighted mean level; 5·x/x may round to a hair above 5.
            if (g !== null) expectClose(Math.min(Math.max(g, 1), 5), g, g, TOLERANCE, `gravity ${side}[${t}]`);
          });
        }
      }),
      RUNS,
    );
  });
});

/** The payback years, the summary's and each variant's (§6, §17). */
const YEARS_THAT_MAY_BE_NULL = /^\/summary(\/variants\/[^/]+)?\/(paybackYear|firstBreakEvenYear)$/;

/** Paths of every value in the results that is not a finite number (the payback years may be null). */
function notFinite(value: unknown, path = ''): string[] {
  if (typeof value === 'number') return Number.isFinite(value) ? [] : [`${path}: ${value}`];
  if (value === null) return YEARS_THAT_MAY_BE_NULL.test(path) ? [] : [`${path}: null`];
  if (typeof value !== 'object') return [`${path}: ${String(value)}`];
  return Object.entries(value).flatMap(([key, child]) => notFinite(child, `${path}/${key}`));
}

/**
 * Two runs of one scenario, its rules and investments in another order. Money
 * is compared against all the money the scenario moves (discounted sums can
 * weigh later years more when the discount rate is negative), activity against
 * each service's own flows, and shares of total spend against how small that
 * total is next to the flows that produced it.
 */
function expectSameResults(got: Results, want: Results, scenario: Scenario): void {
  const gross = want.years.map((_, t) => grossFlow(scenario, want, t));
  const discounting = (t: number) => Math.max(1, Math.pow(1 + scenario.meta.discountRate, -t));
  const money = sum(gross.map((g, t) => g * discounting(t))) + waterfallScale(scenario, want);
  const close = (a: number, b: number, scale: number, what: string) => expectClose(a, b, scale, SHUFFLE_TOLERANCE, what);
  const series = (a: readonly number[], b: readonly number[], what: string) => a.forEach((x, t) => close(x, b[t], money, `${what}[${t}]`));

  expect(got.years).toEqual(want.years);
  for (const side of ['baseline', 'scenario'] as const) {
    series(got[side].total, want[side].total, `${side}.total`);
    got[side].byLevel.forEach((level, L) => series(level, want[side].byLevel[L], `${side}.byLevel[${L}]`));
    for (const { id } of scenario.services) series(got[side].byService[id].spend, want[side].byService[id].spend, `${side} spend of ${id}`);
  }
  series(got.scenario.investment, want.scenario.investment, 'investment');
  series(got.summary.netSaving, want.summary.netSaving, 'netSaving');
  series(got.summary.cumulativeNetSaving, want.summary.cumulativeNetSaving, 'cumulativeNetSaving');
  close(got.summary.npv, want.summary.npv, money, 'npv');
  for (const key of Object.keys(want.summary.waterfall) as Array<keyof Results['summary']['waterfall']>) {
    close(got.summary.waterfall[key], want.summary.waterfall[key], money, `waterfall.${key}`);
  }
  series(got.summary.envelopeGap ?? [], want.summary.envelopeGap ?? [], 'envelopeGap');
  series(got.summary.commissioningGap ?? [], want.summary.commissioningGap ?? [], 'commissioningGap');
  for (const [id, partner] of Object.entries(want.partners)) {
    for (const key of ['baseline', 'scenario', 'net'] as const) series(got.partners[id][key], partner[key], `partner ${id} ${key}`);
  }

  for (const { id } of scenario.services) {
    const mine = want.scenario.byService[id];
    const units = Math.max(...mine.activity.map((a, t) => a + mine.deflected[t] + want.baseline.byService[id].activity[t]));
    for (const key of ['activity', 'deflected'] as const) {
      got.scenario.byService[id][key].forEach((x, t) => close(x, mine[key][t], units, `${key} of ${id}[${t}]`));
    }
    expect(got.baseline.byService[id].activity).toEqual(want.baseline.byService[id].activity);
  }

  for (const side of ['baseline', 'scenario'] as const) {
    want[side].total.forEach((total, t) => {
      if (total === 0 || got[side].total[t] === 0) return; // a share of nothing: already checked the total is ~0
      const scale = gross[t] / total;
      close(got.summary.upstreamShare[side][t], want.summary.upstreamShare[side][t], scale, `upstream share ${side}[${t}]`);
      close(got.summary.gravity[side][t]!, want.summary.gravity[side][t]!, 5 * scale, `gravity ${side}[${t}]`);
    });
  }

  // Payback counts a cumulative net saving above −£0.01 (§6): a year at that edge may fall either side of it.
  want.summary.cumulativeNetSaving.forEach((wanted, t) => {
    const gotten = got.summary.cumulativeNetSaving[t];
    if (gotten > -0.01 === wanted > -0.01) return;
    close(wanted, -0.01, money, `cumulative net saving in a year whose payback moved [${t}]`);
    close(gotten, -0.01, money, `cumulative net saving in a year whose payback moved [${t}]`);
  });
}
