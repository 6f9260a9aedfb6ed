// The step sheets of MODEL.md §3–5 and §15: demand, rebalancing, and
// prevention with the demand it deflects. Every figure is a formula over the
// input sheets or an earlier step.
import type { Scenario } from '../../model';
import { atMost, call, equals, less, minus, more, over, plus, power, ref, sum, times, type CellRef, type Expr } from './formula';
import { hasEnd, holds, type InputCells } from './inputSheets';
import { acrossYears, columnSum, Table, yearlyBlock } from './layout';
import { DECIMAL, MONEY, MONEY_PENCE, SheetPlan, type Block, type WorkbookPlan } from './plan';

export interface DemandCells {
  demand: Block;
  cost: Block;
}

export interface RebalancingCells {
  moved: Block;
  rebalanced: Block;
}

export interface PreventionCells {
  extra: Block;
  invest: Block;
  /** [t] Σ_j invest[j][t] */
  investment: CellRef[];
  deflected: Block;
  activity: Block;
}

export function addSheet(plan: WorkbookPlan, name: string, title: string): SheetPlan {
  const sheet = new SheetPlan(name, title);
  plan.sheets.push(sheet);
  return sheet;
}

/** §3: usage rates, static demand and unit cost with growth. */
export function demandSheet(scenario: Scenario, plan: WorkbookPlan, inputs: InputCells): DemandCells {
  const { services, ageBands } = scenario;
  const { years, principal, population } = inputs;
  const sheet = addSheet(plan, 'Demand', 'Step 1, MODEL.md §3: usage rates from the first year, demand as the population grows, and unit costs with real growth');
  const serviceIds = services.map((s) => s.id);
  const rates = new Table<`${number}` | 'service'>(
    sheet,
    [{ key: 'service', header: 'Usage rate: users per person in year 0' }, ...ageBands.map((band, b) => ({ key: `${b}` as const, header: band.id, format: '0.000000' }))],
    services.map((_, s) => ({
      service: serviceIds[s],
      ...Object.fromEntries(
        ageBands.map((_, b) => {
          const users = ref(inputs.services.cell(s, `users:${b}`));
          return [`${b}`, { formula: call('IF', equals(users, 0), 0, over(users, ref(principal[b][0]))) }];
        }),
      ),
    })),
  );
  const demand = yearlyBlock(sheet, years, 'Demand: units of activity a year, Σ over bands of usage rate × population (baseline activity)', serviceIds, DECIMAL, (s, t) =>
    sum(ageBands.map((_, b) => times(ref(rates.cell(s, `${b}`)), ref(population[b][t])))),
  );
  const cost = yearlyBlock(sheet, years, 'Unit cost: unit cost × (1 + real cost growth) ^ t', serviceIds, MONEY_PENCE, (s, t) =>
    times(ref(inputs.services.cell(s, 'unitCost')), power(plus(1, ref(inputs.services.cell(s, 'costGrowth'))), ref(years.index[t]))),
  );
  return { demand, cost };
}

/** §1: how far a rule has ramped up, u = 0 before its start year, then (year − start + 1) / ramp up to 1. */
function rampBlock(sheet: SheetPlan, inputs: InputCells, labels: string[], start: (i: number) => CellRef, ramp: (i: number) => CellRef): Block {
  return yearlyBlock(sheet, inputs.years, 'Ramp-up u (MODEL.md §1)', labels, DECIMAL, (i, t) => {
    const year = ref(inputs.years.year[t]);
    const rampYears = ref(ramp(i));
    return call('IF', less(year, ref(start(i))), 0, call('IF', atMost(rampYears, 0), 1, call('MIN', 1, over(plus(minus(year, ref(start(i))), 1), rampYears))));
  });
}

/** §15: the profile applied to u: linear u, front 1 − (1 − u)², back u², step 1 once u = 1. */
function profiled(u: CellRef, profile: CellRef): Expr {
  const x = ref(u);
  return call(
    'IF',
    holds(profile, 'front'),
    minus(1, power(minus(1, x), 2)),
    call('IF', holds(profile, 'back'), power(x, 2), call('IF', holds(profile, 'step'), call('IF', equals(x, 1), 1, 0), x)),
  );
}

/** §4 with §15's profiles: what each rule moves, from static demand, and activity after rebalancing. */
export function rebalancingSheet(scenario: Scenario, plan: WorkbookPlan, inputs: InputCells, { demand }: DemandCells): RebalancingCells {
  const { services, rebalancing } = scenario;
  const { years, rules } = inputs;
  const sheet = addSheet(plan, 'Rebalancing', 'Step 2, MODEL.md §4 and §15: each rule moves a share of static demand, phased in by its profile');
  const serviceRow = new Map(services.map((s, i) => [s.id, i]));
  const labels = rebalancing.map((r, k) => `Rule ${k + 1}: ${r.from} to ${r.to}`);
  const u = rampBlock(sheet, inputs, labels, (k) => rules.cell(k, 'startYear'), (k) => rules.cell(k, 'rampYears'));
  const phase = yearlyBlock(sheet, years, 'Phase after the profile (MODEL.md §15)', labels, DECIMAL, (k, t) => profiled(u[k][t], rules.cell(k, 'profile')));
  const shareMoved = yearlyBlock(sheet, years, 'Share of static demand moved: share × phase', labels, '0.00%', (k, t) => times(ref(rules.cell(k, 'share')), ref(phase[k][t])));
  const moved = yearlyBlock(sheet, years, 'Units moved: share moved × demand of the "from" service', labels, DECIMAL, (k, t) =>
    times(ref(shareMoved[k][t]), ref(demand[serviceRow.get(rebalancing[k].from)!][t])),
  );
  const rebalanced = yearlyBlock(
    sheet,
    years,
    'Activity after rebalancing: demand × (1 − shares moved out, never below 0) + Σ ratio × units moved in',
    services.map((s) => s.id),
    DECIMAL,
    (s, t) => {
      const out = rebalancing.flatMap((r, k) => (r.from === services[s].id ? [ref(shareMoved[k][t])] : []));
      const into = rebalancing.flatMap((r, k) => (r.to === services[s].id ? [times(ref(rules.cell(k, 'ratio')), ref(moved[k][t]))] : []));
      const kept = out.length === 0 ? ref(demand[s][t]) : times(ref(demand[s][t]), call('MAX', 0, minus(1, sum(out))));
      return sum([kept, ...into]);
    },
  );
  return { moved, rebalanced };
}

/** §5 with §15: prevention bought, its cost, the demand it deflects after its lag, and scenario activity. */
export function preventionSheet(scenario: Scenario, plan: WorkbookPlan, inputs: InputCells, { cost }: DemandCells, { rebalanced }: RebalancingCells): PreventionCells {
  const { services, investments } = scenario;
  const { years, investments: table } = inputs;
  const sheet = addSheet(plan, 'Prevention', 'Step 3, MODEL.md §5 and §15: prevention bought, what it costs, and the demand it deflects after its lag');
  const serviceRow = new Map(services.map((s, i) => [s.id, i]));
  const target = (j: number) => serviceRow.get(investments[j].target)!;
  const labels = investments.map((inv) => inv.name);
  const u = rampBlock(sheet, inputs, labels, (j) => table.cell(j, 'startYear'), (j) => table.cell(j, 'rampYears'));
  const phase = yearlyBlock(sheet, years, 'Phase after the profile, 0 after the last year bought (MODEL.md §15)', labels, DECIMAL, (j, t) => {
    const end = table.cell(j, 'endYear');
    return call('IF', call('AND', hasEnd(end), more(ref(years.year[t]), ref(end))), 0, profiled(u[j][t], table.cell(j, 'profile')));
  });
  const extra = yearlyBlock(sheet, years, 'Extra units bought: amount × phase ÷ the target\'s unit cost in year 0', labels, DECIMAL, (j, t) =>
    over(times(ref(table.cell(j, 'amount')), ref(phase[j][t])), ref(inputs.services.cell(target(j), 'unitCost'))),
  );
  const invest = yearlyBlock(sheet, years, 'Cost of prevention bought: extra units × the target\'s unit cost that year', labels, MONEY, (j, t) =>
    times(ref(extra[j][t]), ref(cost[target(j)][t])),
  );
  const deflections = investments.flatMap((inv, j) => inv.deflects.map((d) => ({ j, service: d.service })));
  const avoided = yearlyBlock(
    sheet,
    years,
    'Units avoided: rate × extra units bought lag years earlier (0 before the lag has passed)',
    deflections.map(({ j, service }) => `${investments[j].name} on ${service}`),
    DECIMAL,
    (n, t) => {
      const lag = ref(table.cell(deflections[n].j, 'lagYears'));
      const back = plus(minus(ref(years.index[t]), lag), 1);
      return call('IF', less(ref(years.index[t]), lag), 0, times(ref(inputs.deflections.cell(n, 'rate')), call('INDEX', acrossYears(extra[deflections[n].j]), 1, back)));
    },
  );
  const serviceIds = services.map((s) => s.id);
  const potential = yearlyBlock(sheet, years, 'Potential deflection: Σ units avoided', serviceIds, DECIMAL, (s, t) =>
    sum(deflections.flatMap((d, n) => (d.service === serviceIds[s] ? [ref(avoided[n][t])] : []))),
  );
  const deflected = yearlyBlock(sheet, years, 'Deflected: the potential, but never more than the activity after rebalancing', serviceIds, DECIMAL, (s, t) =>
    call('MIN', ref(potential[s][t]), call('MAX', 0, ref(rebalanced[s][t]))),
  );
  const activity = yearlyBlock(sheet, years, 'Scenario activity: after rebalancing − deflected + extra units bought', serviceIds, DECIMAL, (s, t) =>
    sum([minus(ref(rebalanced[s][t]), ref(deflected[s][t])), ...investments.flatMap((inv, j) => (inv.target === serviceIds[s] ? [ref(extra[j][t])] : []))]),
  );
  const investment = yearlyBlock(sheet, years, 'Prevention bought in all (£)', ['All investments'], MONEY, (_, t) => columnSum(invest, t))[0];
  return { extra, invest, investment, deflected, activity };
}
