// The step sheets of MODEL.md §6, §7 and §16: spend by service and by level,
// who pays and who saves, and the summary a board reads (net saving, NPV,
// payback that lasts, ladder position, waterfall and gaps).
import { LEVELS, PAID_BACK, PRINCIPAL_VARIANT, runModel, type Results, type Scenario } from '../../model';
import { call, equals, minus, more, over, plus, power, range, ref, sum, text, times, type CellRef, type Expr, type Operand } from './formula';
import type { InputCells } from './inputSheets';
import { acrossYears, columnSum, Table, yearColumn, yearlyBlock } from './layout';
import { addSheet, type DemandCells, type PreventionCells, type RebalancingCells } from './modelSheets';
import { DECIMAL, MONEY, NONE, PERCENT, type Block, type SheetPlan, type WorkbookPlan } from './plan';

export interface SpendCells {
  baselineSpend: Block;
  scenarioSpend: Block;
  baselineByLevel: Block;
  scenarioByLevel: Block;
  baselineTotal: CellRef[];
  scenarioTotal: CellRef[];
}

const levelLabels = (what: string) => LEVELS.map((l) => `${what}, Level ${l.level}: ${l.name}`);

/** SUMIF over the services' `column` for `criterion`, in year t of `block` (0 without services). */
function sumIf(inputs: InputCells, block: Block, column: Parameters<InputCells['services']['column']>[0], criterion: Operand, t: number): Operand {
  return block.length === 0 ? 0 : call('SUMIF', inputs.services.column(column, block.length), criterion, yearColumn(block, t));
}

/** §6: spend by service and by level, and the totals. */
export function spendSheet(scenario: Scenario, plan: WorkbookPlan, inputs: InputCells, { demand, cost }: DemandCells, { activity }: PreventionCells): SpendCells {
  const { years } = inputs;
  const sheet = addSheet(plan, 'Spend', 'Step 4, MODEL.md §6: spend by service (activity × unit cost) and by level; bought prevention counts at its target\'s level');
  const ids = scenario.services.map((s) => s.id);
  const baselineSpend = yearlyBlock(sheet, years, 'Baseline spend: demand × unit cost', ids, MONEY, (s, t) => times(ref(demand[s][t]), ref(cost[s][t])));
  const scenarioSpend = yearlyBlock(sheet, years, 'Scenario spend: scenario activity × unit cost', ids, MONEY, (s, t) => times(ref(activity[s][t]), ref(cost[s][t])));
  const byLevel = (spend: Block, what: string) =>
    yearlyBlock(sheet, years, `${what} spend by level: the sum over services at that level`, levelLabels(what), MONEY, (L, t) => sumIf(inputs, spend, 'level', L + 1, t));
  const baselineByLevel = byLevel(baselineSpend, 'Baseline');
  const scenarioByLevel = byLevel(scenarioSpend, 'Scenario');
  const [baselineTotal, scenarioTotal] = yearlyBlock(sheet, years, 'Total spend', ['Baseline total', 'Scenario total'], MONEY, (i, t) =>
    columnSum(i === 0 ? baselineSpend : scenarioSpend, t),
  );
  return { baselineSpend, scenarioSpend, baselineByLevel, scenarioByLevel, baselineTotal, scenarioTotal };
}

/** §7 and §16: each partner's spend, with pooled spend shared by contribution, and budget gaps. */
export function partnersSheet(
  scenario: Scenario,
  plan: WorkbookPlan,
  inputs: InputCells,
  { cost }: DemandCells,
  { rebalanced }: RebalancingCells,
  { invest, deflected }: PreventionCells,
  { baselineSpend }: SpendCells,
): void {
  const { years, services, investments: investmentTable, partners: partnerTable } = inputs;
  const { partners, investments } = scenario;
  const S = scenario.services.length;
  const sheet = addSheet(plan, 'Partners and pool', 'Step 5, MODEL.md §7 and §16: who pays and who saves; pooled services and prevention bought for them are shared by contribution');
  const own = yearlyBlock(sheet, years, 'Scenario spend before prevention bought: (after rebalancing − deflected) × unit cost', scenario.services.map((s) => s.id), MONEY, (s, t) =>
    times(minus(ref(rebalanced[s][t]), ref(deflected[s][t])), ref(cost[s][t])),
  );
  const pooledIs = (what: string, block: Block, t: number): Operand => (S === 0 ? 0 : call('SUMIF', services.column('pooled', S), text(what), yearColumn(block, t)));
  const investIn = (t: number, criteria: Operand[]): Operand => (investments.length === 0 ? 0 : call('SUMIFS', yearColumn(invest, t), ...criteria));
  const targetPooled = () => investmentTable.column('targetPooled', investments.length);
  const [poolBase, poolScenario] = yearlyBlock(sheet, years, 'The pooled budget', ['Pooled baseline spend', 'Pooled scenario spend, with prevention bought for pooled services'], MONEY, (i, t) =>
    i === 0 ? pooledIs('Yes', baselineSpend, t) : sum([pooledIs('Yes', own, t), investIn(t, [targetPooled(), text('Yes')])]),
  );
  const ownSpend = (block: Block, p: number, t: number): Operand =>
    S === 0 ? 0 : call('SUMIFS', yearColumn(block, t), services.column('funder', S), ref(partnerTable.cell(p, 'id')), services.column('pooled', S), text('No'));
  const share = (p: number) => ref(partnerTable.cell(p, 'poolShare'));
  const ids = partners.map((p) => p.id);
  const baseline = yearlyBlock(sheet, years, 'Baseline spend by partner: own services outside the pool + share × pooled baseline', ids, MONEY, (p, t) =>
    plus(ownSpend(baselineSpend, p, t), times(share(p), ref(poolBase[t]))),
  );
  const scenarioRows = yearlyBlock(
    sheet,
    years,
    'Scenario spend by partner: own services outside the pool + prevention it pays for outside the pool + share × pooled scenario spend',
    ids,
    MONEY,
    (p, t) =>
      sum([
        ownSpend(own, p, t),
        investIn(t, [investmentTable.column('paidBy', investments.length), ref(partnerTable.cell(p, 'id')), targetPooled(), text('No')]),
        times(share(p), ref(poolScenario[t])),
      ]),
  );
  const net = yearlyBlock(sheet, years, 'Net saving by partner: baseline − scenario', ids, MONEY, (p, t) => minus(ref(baseline[p][t]), ref(scenarioRows[p][t])));
  ids.forEach((id, p) => {
    plan.outputs.set(`partners/${id}/baseline`, baseline[p]);
    plan.outputs.set(`partners/${id}/scenario`, scenarioRows[p]);
    plan.outputs.set(`partners/${id}/net`, net[p]);
  });
  const budgeted = [...inputs.budgets.keys()];
  const gap = (what: string, rows: Block, key: string) => {
    const block = yearlyBlock(sheet, years, `${what} − budget (> 0: over budget)`, budgeted.map((p) => ids[p]), MONEY, (n, t) =>
      minus(ref(rows[budgeted[n]][t]), ref(inputs.budgets.get(budgeted[n])![t])),
    );
    budgeted.forEach((p, n) => plan.outputs.set(`partners/${ids[p]}/${key}`, block[n]));
  };
  if (budgeted.length > 0) {
    gap('Scenario spend', scenarioRows, 'budgetGap');
    gap('Baseline spend', baseline, 'baselineBudgetGap');
  }
}

/** Capital (§14), which the summary nets off the NPV. */
export interface CapitalCells {
  capitalTotal: CellRef[];
}

/** §6 (and §14's NPV after capital): net saving, NPV, payback, ladder position, waterfall and gaps. */
export function summarySheet(
  scenario: Scenario,
  plan: WorkbookPlan,
  inputs: InputCells,
  { demand, cost }: DemandCells,
  { rebalanced }: RebalancingCells,
  prevention: PreventionCells,
  spend: SpendCells,
  { capitalTotal }: CapitalCells,
): void {
  const { years } = inputs;
  const H = years.labels.length - 1;
  const out = plan.outputs;
  const sheet = addSheet(plan, 'Summary', 'Step 8, MODEL.md §6: what the scenario saves against the baseline, when it pays back, and where the money sits on the ladder');
  const discountFactor = (t: number) => power(plus(1, ref(inputs.discountRate)), ref(years.index[t]));
  const [net, cumulative, discounted, discountedCapital] = yearlyBlock(
    sheet,
    years,
    'Net saving (£)',
    ['Net saving: baseline total − scenario total', 'Cumulative net saving', 'Net saving ÷ (1 + discount rate) ^ t', 'Capital (MODEL.md §14) ÷ (1 + discount rate) ^ t'],
    MONEY,
    (i, t, [netRow, cumulativeRow]) => {
      if (i === 0) return minus(ref(spend.baselineTotal[t]), ref(spend.scenarioTotal[t]));
      if (i === 1) return t === 0 ? ref(netRow[0]) : plus(ref(cumulativeRow[t - 1]), ref(netRow[t]));
      return over(ref(i === 2 ? netRow[t] : capitalTotal[t]), discountFactor(t));
    },
  );

  // Payback that lasts (§6): a cumulative net saving above −£0.01 counts as paid back.
  const flag = (x: Expr) => call('IF', x, 1, 0);
  const yes = (at: CellRef) => equals(ref(at), 1);
  const [, , , paybackCandidates, breakEvenCandidates] = yearlyBlock(
    sheet,
    years,
    'Payback (MODEL.md §6): counted from the first year with prevention bought; above −£0.01 counts as paid back',
    [
      'Prevention bought in this year or before (1 = yes)',
      'Cumulative net saving paid back (1 = yes)',
      'Stays paid back in every later year (1 = yes)',
      'Payback year candidate: bought so far and stays paid back',
      'First break-even candidate: bought so far and paid back',
    ],
    undefined,
    (i, t, [invested, paidBack, stays]) => {
      if (i === 0) return flag(t === 0 ? more(ref(prevention.investment[0]), 0) : call('OR', yes(invested[t - 1]), more(ref(prevention.investment[t]), 0)));
      if (i === 1) return flag(more(ref(cumulative[t]), PAID_BACK));
      if (i === 2) return t === H ? ref(paidBack[t]) : flag(call('AND', yes(paidBack[t]), yes(stays[t + 1])));
      return call('IF', call('AND', yes(invested[t]), yes((i === 3 ? stays : paidBack)[t])), ref(years.year[t]), text(''));
    },
  );

  const [upstreamBaseline, upstreamScenario, gravityBaseline, gravityScenario] = yearlyBlock(
    sheet,
    years,
    'Position on the ladder (MODEL.md §6)',
    ['Upstream share, baseline: Levels 1–3 ÷ total', 'Upstream share, scenario', 'Gravity, baseline: Σ level × spend ÷ total (lower is further upstream)', 'Gravity, scenario'],
    undefined,
    (i, t) => {
      const scenarioSide = i % 2 === 1;
      const levels = scenarioSide ? spend.scenarioByLevel : spend.baselineByLevel;
      const total = ref((scenarioSide ? spend.scenarioTotal : spend.baselineTotal)[t]);
      if (i < 2) return { formula: call('IF', equals(total, 0), 0, over(sum([0, 1, 2].map((L) => ref(levels[L][t]))), total)), format: PERCENT };
      const weighted = sum(levels.map((row, L) => times(L + 1, ref(row[t]))));
      // Clamped to the ladder as the engine does: 5·x/x can round a hair above 5.
      return { formula: call('IF', equals(total, 0), NONE, call('MIN', LEVELS.length, call('MAX', 1, over(weighted, total)))), format: DECIMAL };
    },
  );
  if (inputs.envelope) {
    const envelope = inputs.envelope;
    const [gap] = yearlyBlock(sheet, years, 'Envelope gap: scenario total − envelope (> 0: over the envelope)', ['Envelope gap'], MONEY, (_, t) => minus(ref(spend.scenarioTotal[t]), ref(envelope[t])));
    out.set('summary/envelopeGap', gap);
  }

  const parts = waterfallParts(scenario, sheet, { demand, cost }, rebalanced, prevention.deflected);
  const firstYear = (candidates: CellRef[]) => call('IF', equals(call('COUNT', acrossYears(candidates)), 0), NONE, call('MIN', acrossYears(candidates)));
  const yearLabel = (year: CellRef) =>
    call('IF', equals(call('COUNT', ref(year)), 0), NONE, call('INDEX', acrossYears(years.labelCells), 1, plus(minus(ref(year), ref(years.year[0])), 1)));
  type Figure = { key: string; figure: string; formula: Operand; format?: string; year?: boolean };
  const figures: Figure[] = [
    { key: 'npv', figure: 'NPV of net saving', formula: call('SUM', acrossYears(discounted)), format: MONEY },
    { key: 'cumulativeAtH', figure: `Cumulative net saving by ${years.labels[H]}`, formula: ref(cumulative[H]), format: MONEY },
    { key: 'paybackYear', figure: 'Pays back (and stays paid back) in', formula: firstYear(paybackCandidates), year: true },
    { key: 'firstBreakEvenYear', figure: 'First breaks even in (whether or not it lasts)', formula: firstYear(breakEvenCandidates), year: true },
    {
      key: 'npvAfterCapital',
      figure: 'NPV after capital (MODEL.md §14): NPV − Σ discounted capital',
      formula: minus(call('SUM', acrossYears(discounted)), call('SUM', acrossYears(discountedCapital))),
      format: MONEY,
    },
    { key: 'waterfall/start', figure: `Waterfall: baseline total in ${years.labels[0]}`, formula: ref(spend.baselineTotal[0]), format: MONEY },
    { key: 'waterfall/demography', figure: 'Waterfall: demography', formula: parts('demography'), format: MONEY },
    { key: 'waterfall/costGrowth', figure: 'Waterfall: cost growth', formula: parts('costGrowth'), format: MONEY },
    { key: 'waterfall/rebalancing', figure: 'Waterfall: rebalancing', formula: parts('rebalancing'), format: MONEY },
    { key: 'waterfall/investment', figure: 'Waterfall: prevention bought', formula: ref(prevention.investment[H]), format: MONEY },
    { key: 'waterfall/deflection', figure: 'Waterfall: deflection', formula: parts('deflection'), format: MONEY },
    { key: 'waterfall/end', figure: `Waterfall: scenario total in ${years.labels[H]}`, formula: ref(spend.scenarioTotal[H]), format: MONEY },
    ...(inputs.targetShares ?? []).map((share, L) => ({
      key: `commissioningGap/${L}`,
      figure: `Commissioning gap, Level ${L + 1}: desired share × scenario total − scenario spend (> 0: commission more)`,
      formula: minus(times(ref(share), ref(spend.scenarioTotal[H])), ref(spend.scenarioByLevel[L][H])),
      format: MONEY,
    })),
  ];
  const table = new Table<'figure' | 'value' | 'label'>(
    sheet,
    [{ key: 'figure', header: 'Figure', width: 48 }, { key: 'value', header: 'Value' }, { key: 'label', header: 'Financial year' }],
    figures.map((f) => ({ figure: f.figure, value: { formula: typeof f.formula === 'number' ? sum([f.formula]) : f.formula, format: f.format } })),
  );
  const at = new Map(figures.map((f, i) => [f.key, table.cell(i, 'value')]));
  figures.forEach((f, i) => {
    if (f.year) sheet.rows[table.cell(i, 'label').row][table.cell(i, 'label').col] = { formula: yearLabel(table.cell(i, 'value')) };
  });

  for (const [key, cells] of Object.entries({
    'baseline/total': spend.baselineTotal,
    'scenario/total': spend.scenarioTotal,
    'scenario/investment': prevention.investment,
    'summary/netSaving': net,
    'summary/cumulativeNetSaving': cumulative,
    'summary/upstreamShare/baseline': upstreamBaseline,
    'summary/upstreamShare/scenario': upstreamScenario,
    'summary/gravity/baseline': gravityBaseline,
    'summary/gravity/scenario': gravityScenario,
  })) {
    out.set(key, cells);
  }
  spend.baselineByLevel.forEach((row, L) => out.set(`baseline/byLevel/${L}`, row));
  spend.scenarioByLevel.forEach((row, L) => out.set(`scenario/byLevel/${L}`, row));
  for (const f of figures) if (!f.key.startsWith('commissioningGap') && f.key !== 'cumulativeAtH') out.set(`summary/${f.key}`, at.get(f.key)!);
  if (inputs.targetShares) out.set('summary/commissioningGap', figures.flatMap((f, i) => (f.key.startsWith('commissioningGap') ? [table.cell(i, 'value')] : [])));
  variantsTable(scenario, plan, sheet, {
    npv: ref(at.get('npv')!),
    cumulativeNetSaving: ref(cumulative[H]),
    scenarioTotal: ref(spend.scenarioTotal[H]),
    paybackYear: ref(at.get('paybackYear')!),
    firstBreakEvenYear: ref(at.get('firstBreakEvenYear')!),
  });
}

type VariantFigure = keyof NonNullable<Results['summary']['variants']>[string];

/**
 * §17: the run on each demography. The one this workbook runs on points at
 * its own figures; the others are Upstream's figures as values, since a
 * second copy of every step sheet per variant would multiply the workbook.
 */
function variantsTable(scenario: Scenario, plan: WorkbookPlan, sheet: SheetPlan, live: Record<VariantFigure, Expr>): void {
  const variants = runModel(scenario).summary.variants;
  if (!variants) return;
  const inUse = scenario.meta.populationVariant ?? PRINCIPAL_VARIANT;
  const ids = Object.keys(variants);
  const columns: { key: VariantFigure; header: string; format?: string }[] = [
    { key: 'npv', header: 'NPV of net saving', format: MONEY },
    { key: 'cumulativeNetSaving', header: 'Cumulative net saving by the last year', format: MONEY },
    { key: 'scenarioTotal', header: 'Scenario total in the last year', format: MONEY },
    { key: 'paybackYear', header: 'Pays back (and stays paid back) in' },
    { key: 'firstBreakEvenYear', header: 'First breaks even in' },
  ];
  const table = new Table<'variant' | VariantFigure | 'how'>(
    sheet,
    [{ key: 'variant', header: 'Population variant (MODEL.md §17)', width: 28 }, ...columns, { key: 'how', header: 'How these figures are made', width: 60 }],
    ids.map((id) => ({
      variant: id,
      ...Object.fromEntries(columns.map(({ key }) => [key, id === inUse ? { formula: live[key] } : (variants[id][key] ?? 'none')])),
      how:
        id === inUse
          ? 'Formulas: the run this workbook works out'
          : "Upstream's figures for that demography, as values: choose that variant in Upstream to get its workbook",
    })),
  );
  ids.forEach((id, i) => columns.forEach(({ key }) => plan.outputs.set(`summary/variants/${id}/${key}`, table.cell(i, key))));
}

type WaterfallPart = 'demography' | 'costGrowth' | 'rebalancing' | 'deflection';

/** §6's waterfall, service by service, from the first year to the last; returns each part's total. */
function waterfallParts(scenario: Scenario, sheet: SheetPlan, { demand, cost }: DemandCells, rebalanced: Block, deflected: Block): (part: WaterfallPart) => Operand {
  const H = demand[0]?.length - 1;
  const table = new Table<'service' | WaterfallPart>(
    sheet,
    [
      { key: 'service', header: 'Waterfall by service (MODEL.md §6)', width: 28 },
      { key: 'demography', header: 'Demography: (demand[H] − demand[0]) × cost[0]', format: MONEY },
      { key: 'costGrowth', header: 'Cost growth: demand[H] × (cost[H] − cost[0])', format: MONEY },
      { key: 'rebalancing', header: 'Rebalancing: (after rebalancing[H] − demand[H]) × cost[H]', format: MONEY },
      { key: 'deflection', header: 'Deflection: −deflected[H] × cost[H]', format: MONEY },
    ],
    scenario.services.map((service, s) => ({
      service: service.id,
      demography: { formula: times(minus(ref(demand[s][H]), ref(demand[s][0])), ref(cost[s][0])) },
      costGrowth: { formula: times(ref(demand[s][H]), minus(ref(cost[s][H]), ref(cost[s][0]))) },
      rebalancing: { formula: times(minus(ref(rebalanced[s][H]), ref(demand[s][H])), ref(cost[s][H])) },
      deflection: { formula: times(minus(0, ref(deflected[s][H])), ref(cost[s][H])) },
    })),
  );
  const S = scenario.services.length;
  return (part) => (S === 0 ? 0 : call('SUM', range(table.cell(0, part), table.cell(S - 1, part))));
}
