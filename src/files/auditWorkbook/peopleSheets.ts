// The step sheets of MODEL.md §13, §14 and §18: people served and where they
// live, each rule's people re-homed, capacity with the supply gap and
// capital, and the balance-of-care indicators.
import { CARE_HOME_SETTINGS, LEVELS, OUTSIDE_CARE_HOME_SETTINGS, SETTINGS, type Scenario } from '../../model';
import { atMost, call, equals, minus, over, ref, sum, text, times, type Operand } from './formula';
import type { InputCells } from './inputSheets';
import { columnSum, yearColumn, yearlyBlock } from './layout';
import { addSheet, type DemandCells, type PreventionCells, type RebalancingCells } from './modelSheets';
import { DECIMAL, MONEY, NONE, PERCENT, type Block, type WorkbookPlan } from './plan';
import type { CapitalCells } from './spendSheets';

const LONG_TERM_LEVELS = [4, 5];

/** §13 and §18: people served, by level and setting, the rules' residuals and the indicators. */
export function peopleSheet(scenario: Scenario, plan: WorkbookPlan, inputs: InputCells, { demand }: DemandCells, { moved }: RebalancingCells, { activity }: PreventionCells): void {
  const { years, services: table } = inputs;
  const { services, rebalancing } = scenario;
  const S = services.length;
  const out = plan.outputs;
  const sheet = addSheet(plan, 'People', 'Step 6, MODEL.md §13 and §18: people served (a person who uses two services counts in both) and where they live');
  const ids = services.map((s) => s.id);
  const perPerson = (s: number) => ref(table.cell(s, 'unitsPerPerson'));
  const basePeople = yearlyBlock(sheet, years, 'People served, baseline: demand ÷ units a person uses', ids, DECIMAL, (s, t) => over(ref(demand[s][t]), perPerson(s)));
  const people = yearlyBlock(sheet, years, 'People served, scenario: scenario activity ÷ units a person uses', ids, DECIMAL, (s, t) => over(ref(activity[s][t]), perPerson(s)));
  ids.forEach((id, s) => {
    out.set(`baseline/byService/${id}/people`, basePeople[s]);
    out.set(`scenario/byService/${id}/people`, people[s]);
  });

  const sumIf = (block: Block, column: 'level' | 'setting', criterion: Operand, t: number): Operand =>
    S === 0 ? 0 : call('SUMIF', table.column(column, S), criterion, yearColumn(block, t));
  const settings = SETTINGS.filter((setting) => services.some((s) => s.setting === setting.id));
  const sides = [
    { key: 'baseline', what: 'baseline', block: basePeople },
    { key: 'scenario', what: 'scenario', block: people },
  ] as const;
  for (const { key, what, block } of sides) {
    const byLevel = yearlyBlock(sheet, years, `People served by level, ${what}`, LEVELS.map((l) => `Level ${l.level}: ${l.name}`), DECIMAL, (L, t) =>
      sumIf(block, 'level', L + 1, t),
    );
    const bySetting = yearlyBlock(sheet, years, `People served by where they live, ${what}`, settings.map((s) => s.words), DECIMAL, (i, t) =>
      sumIf(block, 'setting', text(settings[i].id), t),
    );
    byLevel.forEach((row, L) => out.set(`${key}/peopleByLevel/${L}`, row));
    settings.forEach((setting, i) => out.set(`${key}/peopleBySetting/${setting.id}`, bySetting[i]));
    indicators(key, what, block, byLevel);
  }

  function indicators(key: string, what: string, block: Block, byLevel: Block): void {
    const longTerm = (t: number) => sum(LONG_TERM_LEVELS.map((L) => ref(byLevel[L - 1][t])));
    const atHome = (t: number): Operand =>
      S === 0
        ? 0
        : sum(
            LONG_TERM_LEVELS.flatMap((L) =>
              OUTSIDE_CARE_HOME_SETTINGS.map((setting) => call('SUMIFS', yearColumn(block, t), table.column('level', S), L, table.column('setting', S), text(setting))),
            ),
          );
    const [olderPeople, careHomes, supportedAtHome, upstream] = yearlyBlock(
      sheet,
      years,
      `Balance-of-care indicators, ${what} (MODEL.md §18)`,
      [
        'Older people: Σ population in use',
        'In care homes per 1,000 older people',
        'Share of people at Levels 4–5 supported outside care homes and hospital',
        'Share of people served at Levels 1–3',
      ],
      undefined,
      (i, t, [older]) => {
        if (i === 0) return { formula: columnSum(inputs.population, t), format: DECIMAL };
        if (i === 1) {
          const inCareHomes = sum(CARE_HOME_SETTINGS.map((setting) => sumIf(block, 'setting', text(setting), t)));
          return { formula: call('IF', equals(ref(older[t]), 0), 0, over(times(1000, inCareHomes), ref(older[t]))), format: DECIMAL };
        }
        if (i === 2) return { formula: call('IF', equals(longTerm(t), 0), NONE, over(atHome(t), longTerm(t))), format: PERCENT };
        const all = sum(byLevel.map((row) => ref(row[t])));
        return { formula: call('IF', equals(all, 0), NONE, over(sum([0, 1, 2].map((L) => ref(byLevel[L][t]))), all)), format: PERCENT };
      },
    );
    out.set(`summary/indicators/${key}/olderPeople`, olderPeople);
    out.set(`summary/indicators/${key}/careHomePer1000`, careHomes);
    out.set(`summary/indicators/${key}/supportedAtHomeShare`, supportedAtHome);
    out.set(`summary/indicators/${key}/peopleUpstreamShare`, upstream);
  }

  const serviceRow = new Map(ids.map((id, s) => [id, s]));
  const residual = yearlyBlock(
    sheet,
    years,
    'People re-homed by each rule (MODEL.md §13): ratio × units moved ÷ units a person uses at "to" − units moved ÷ units a person uses at "from" (< 0: people left without a service)',
    rebalancing.map((r, k) => `Rule ${k + 1}: ${r.from} to ${r.to}`),
    DECIMAL,
    (k, t) => {
      const peopleOut = over(ref(moved[k][t]), perPerson(serviceRow.get(rebalancing[k].from)!));
      const peopleIn = over(times(ref(inputs.rules.cell(k, 'ratio')), ref(moved[k][t])), perPerson(serviceRow.get(rebalancing[k].to)!));
      return minus(peopleIn, peopleOut);
    },
  );
  residual.forEach((row, k) => out.set(`summary/rebalancingResidual/${k}`, row));
}

/** §14: capacity after openings and closures, the supply gap, and capital on each net rise. */
export function capacitySheet(scenario: Scenario, plan: WorkbookPlan, inputs: InputCells, { demand }: DemandCells, { activity }: PreventionCells): CapitalCells {
  const { years, capacity: table, capacityChanges: changes } = inputs;
  const out = plan.outputs;
  const sheet = addSheet(plan, 'Capacity and capital', 'Step 7, MODEL.md §14: capacity, the supply gap (> 0: units short) and capital, which is not revenue spend');
  const withCapacity = scenario.services.flatMap((s, i) => (s.capacity ? [{ s, i }] : []));
  const ids = withCapacity.map(({ s }) => s.id);
  // Row of each capacity change in the changes table, by service.
  let next = 0;
  const changeRows = withCapacity.map(({ s }) => s.capacity!.changes.map(() => next++));
  const capacity = yearlyBlock(sheet, years, 'Capacity: units in year 0 + openings − closures dated in or before the year', ids, DECIMAL, (n, t) =>
    sum([
      ref(table!.cell(n, 'base')),
      ...changeRows[n].map((c) => call('IF', atMost(ref(changes!.cell(c, 'year')), ref(years.year[t])), ref(changes!.cell(c, 'units')), 0)),
    ]),
  );
  const supplyGap = yearlyBlock(sheet, years, 'Supply gap, scenario: scenario activity − capacity', ids, DECIMAL, (n, t) => minus(ref(activity[withCapacity[n].i][t]), ref(capacity[n][t])));
  const baseSupplyGap = yearlyBlock(sheet, years, 'Supply gap, baseline: demand − capacity', ids, DECIMAL, (n, t) => minus(ref(demand[withCapacity[n].i][t]), ref(capacity[n][t])));
  const capital = yearlyBlock(sheet, years, 'Capital: capital cost per unit × the net rise in capacity from the year before (£, base-year prices)', ids, MONEY, (n, t) =>
    t === 0 ? 0 : times(ref(table!.cell(n, 'capitalCostPerUnit')), call('MAX', 0, minus(ref(capacity[n][t]), ref(capacity[n][t - 1])))),
  );
  const [capitalTotal] = yearlyBlock(sheet, years, 'Capital in all (£)', ['All services'], MONEY, (_, t) => columnSum(capital, t));
  withCapacity.forEach(({ s }, n) => {
    out.set(`scenario/byService/${s.id}/capacity`, capacity[n]);
    out.set(`baseline/byService/${s.id}/capacity`, capacity[n]);
    out.set(`scenario/byService/${s.id}/supplyGap`, supplyGap[n]);
    out.set(`baseline/byService/${s.id}/supplyGap`, baseSupplyGap[n]);
    out.set(`scenario/byService/${s.id}/capital`, capital[n]);
  });
  out.set('summary/capital', capitalTotal);
  return { capitalTotal };
}
