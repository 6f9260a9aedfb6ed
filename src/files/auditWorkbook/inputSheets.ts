// The scenario's inputs, each on its own sheet as a plain figure beside its
// source (MODEL.md §9): change one and every step sheet recalculates. Ids,
// names and who funds what are the model's structure: they are shown, and
// the formulas are built around them.
import { financialYear, PRINCIPAL_VARIANT, type Scenario } from '../../model';
import { differs, equals, ref, text, call, plus, type CellRef, type Expr } from './formula';
import { Table, yearlyBlock, type Years } from './layout';
import { COUNT, DECIMAL, MONEY, MONEY_PENCE, PERCENT, SheetPlan, type Block, type PlanCell, type WorkbookPlan } from './plan';

const SOURCE = { key: 'source', header: 'Source', width: 50 } as const;

export interface InputCells {
  years: Years;
  discountRate: CellRef;
  /** [band][t] each band's own (principal) population: usage rates come from its year 0 (§17) */
  principal: Block;
  /** [band][t] the population the scenario runs on */
  population: Block;
  services: Table<ServiceField>;
  rules: Table<RuleField>;
  investments: Table<InvestmentField>;
  deflections: Table<'investment' | 'service' | 'rate'>;
  partners: Table<'id' | 'name' | 'poolShare' | 'source'>;
  /** by partner index, for partners with a budget */
  budgets: Map<number, CellRef[]>;
  capacity: Table<'service' | 'base' | 'capitalCostPerUnit' | 'source'> | null;
  capacityChanges: Table<'service' | 'year' | 'units'> | null;
  envelope: CellRef[] | null;
  targetShares: CellRef[] | null;
}

type ServiceField = 'id' | 'name' | 'level' | 'funder' | 'unit' | 'unitCost' | 'costGrowth' | 'unitsPerPerson' | 'setting' | 'pooled' | `users:${number}` | 'source';
type RuleField = 'from' | 'to' | 'share' | 'ratio' | 'startYear' | 'rampYears' | 'profile' | 'source';
type InvestmentField =
  | 'name'
  | 'target'
  | 'targetPooled'
  | 'paidBy'
  | 'amount'
  | 'startYear'
  | 'endYear'
  | 'rampYears'
  | 'lagYears'
  | 'profile'
  | 'source';

/** Builds the input sheets into `plan`, recording each numeric input's JSON path. */
export function inputSheets(scenario: Scenario, plan: WorkbookPlan): InputCells {
  const sheet = (name: string, title: string) => {
    const made = new SheetPlan(name, title);
    plan.sheets.push(made);
    return made;
  };
  const input = (path: string, value: number, format?: string): PlanCell => ({ value, input: path, ...(format ? { format } : {}) });
  const { meta, ageBands, services, partners, rebalancing, investments } = scenario;
  const T = meta.horizonYears + 1;

  // Settings: the base year, the discount rate and the years.
  const settings = sheet('Settings', 'Inputs: the first financial year, the discount rate (MODEL.md §1, §6) and the years the formulas count with');
  const basics = new Table(settings, [{ key: 'what', header: 'Setting', width: 36 }, { key: 'value', header: 'Value', width: 14 }], [
    { what: 'Scenario', value: meta.name },
    { what: 'First financial year starts in (Y0)', value: input('meta/baseYear', meta.baseYear) },
    { what: 'Discount rate a year', value: input('meta/discountRate', meta.discountRate, '0.00%') },
  ]);
  const baseYear = basics.cell(1, 'value');
  settings.addRow([]);
  const labels = Array.from({ length: T }, (_, t) => financialYear(meta.baseYear + t));
  const labelRow = settings.addRow(['Financial year', ...labels].map((value) => ({ value, bold: true })));
  const indexRow = settings.addRow(['Year index t', ...labels.map((_, t) => t)]);
  const index = labels.map((_, t) => settings.at(indexRow, t + 1));
  const yearRow = settings.addRow(['Calendar year the financial year starts in', ...index.map((at) => ({ formula: plus(ref(baseYear), ref(at)) }))]);
  const years: Years = {
    labels,
    index,
    year: labels.map((_, t) => settings.at(yearRow, t + 1)),
    labelCells: labels.map((_, t) => settings.at(labelRow, t + 1)),
  };

  // Population, principal and variants (§2, §17).
  const population = sheet('Population', 'Inputs: older people by age band and year (MODEL.md §2), with their sources');
  const principal = yearlyBlock(population, years, 'Population (principal projection)', ageBands.map((b) => b.id), COUNT, (b, t) =>
    input(`ageBands/${b}/population/${t}`, ageBands[b].population[t], COUNT),
  );
  sourceColumn(population, principal, ageBands.map((b) => b.source));
  const variantIds = [...new Set(ageBands.flatMap((b) => Object.keys(b.variants ?? {})))];
  const variantBlocks = new Map(
    variantIds.map((id) => {
      const bands = ageBands.flatMap((band, b) => (band.variants?.[id] ? [b] : []));
      const block = yearlyBlock(population, years, `Population variant "${id}" (MODEL.md §17)`, bands.map((b) => ageBands[b].id), COUNT, (i, t) =>
        input(`ageBands/${bands[i]}/variants/${id}/${t}`, ageBands[bands[i]].variants![id][t], COUNT),
      );
      return [id, new Map(bands.map((b, i) => [b, block[i]]))] as const;
    }),
  );
  const chosen = meta.populationVariant;
  const inUse =
    chosen === undefined || chosen === PRINCIPAL_VARIANT
      ? principal
      : yearlyBlock(population, years, `Population in use: variant "${chosen}" where a band has it, else the principal (MODEL.md §17)`, ageBands.map((b) => b.id), COUNT, (b, t) =>
          ref((variantBlocks.get(chosen)?.get(b) ?? principal[b])[t]),
        );

  // Services (§3, §13).
  const servicesSheet = sheet('Services', 'Inputs: the services, their unit costs and users in the first year (MODEL.md §3, §13), with their sources');
  const usersColumns = ageBands.map((band, b) => ({ key: `users:${b}` as const, header: `Users aged ${band.id} in year 0`, format: DECIMAL }));
  const serviceTable = new Table<ServiceField>(
    servicesSheet,
    [
      { key: 'id', header: 'Id' },
      { key: 'name', header: 'Name', width: 28 },
      { key: 'level', header: 'Level (1–5)' },
      { key: 'funder', header: 'Funded by (partner id)' },
      { key: 'unit', header: 'Unit' },
      { key: 'unitCost', header: 'Unit cost (£ a unit a year)', format: MONEY_PENCE },
      { key: 'costGrowth', header: 'Real cost growth a year', format: PERCENT },
      { key: 'unitsPerPerson', header: 'Units a person uses a year', format: DECIMAL },
      { key: 'setting', header: 'Where its people live' },
      { key: 'pooled', header: 'Pooled (Yes or No)' },
      ...usersColumns,
      SOURCE,
    ],
    services.map((s, i) => ({
      id: s.id,
      name: s.name,
      level: input(`services/${i}/level`, s.level),
      funder: s.funder,
      unit: s.unit,
      unitCost: input(`services/${i}/unitCost`, s.unitCost),
      costGrowth: input(`services/${i}/costGrowth`, s.costGrowth),
      unitsPerPerson: input(`services/${i}/unitsPerPerson`, s.unitsPerPerson),
      setting: s.setting,
      pooled: s.pooled ? 'Yes' : 'No',
      ...Object.fromEntries(ageBands.map((band, b) => [`users:${b}`, band.id in s.baselineUsers ? input(`services/${i}/baselineUsers/${band.id}`, s.baselineUsers[band.id]) : 0])),
      source: s.source ?? null,
    })),
  );

  // Rebalancing rules (§4, §15).
  const rulesSheet = sheet('Rebalancing rules', 'Inputs: the rebalancing rules (MODEL.md §4, §15), with their sources');
  const rules = new Table<RuleField>(
    rulesSheet,
    [
      { key: 'from', header: 'From (service id)' },
      { key: 'to', header: 'To (service id)' },
      { key: 'share', header: 'Share moved', format: PERCENT },
      { key: 'ratio', header: 'New units per unit moved', format: DECIMAL },
      ...PHASE_COLUMNS,
      SOURCE,
    ],
    rebalancing.map((r, k) => ({
      from: r.from,
      to: r.to,
      share: input(`rebalancing/${k}/share`, r.share),
      ratio: input(`rebalancing/${k}/ratio`, r.ratio),
      ...phaseInputs(input, `rebalancing/${k}`, r),
      source: r.source ?? null,
    })),
  );

  // Investments and what they deflect (§5, §15).
  const investmentsSheet = sheet('Investments', 'Inputs: prevention bought and the demand it deflects (MODEL.md §5, §15), with their sources');
  const serviceIds = serviceTable.column('id', Math.max(services.length, 1));
  const investmentTable = new Table<InvestmentField>(
    investmentsSheet,
    [
      { key: 'name', header: 'Investment', width: 28 },
      { key: 'target', header: 'Buys more of (service id)' },
      { key: 'targetPooled', header: 'Target pooled (from Services)' },
      { key: 'paidBy', header: 'Paid by (partner id)' },
      { key: 'amount', header: 'Amount (£ a year)', format: MONEY },
      ...PHASE_COLUMNS,
      { key: 'endYear', header: 'Last year bought (blank: no end)' },
      { key: 'lagYears', header: 'Lag before deflection (years)' },
      SOURCE,
    ],
    investments.map((inv, j) => ({
      name: inv.name,
      target: inv.target,
      targetPooled: null,
      paidBy: inv.paidBy ?? services.find((s) => s.id === inv.target)!.funder,
      amount: input(`investments/${j}/amount`, inv.amount),
      ...phaseInputs(input, `investments/${j}`, inv),
      endYear: inv.endYear === undefined ? null : input(`investments/${j}/endYear`, inv.endYear),
      lagYears: input(`investments/${j}/lagYears`, inv.lagYears),
      source: inv.source ?? null,
    })),
  );
  // Whether each target is pooled, looked up by its id, so a change on the Services sheet carries through (§7).
  investments.forEach((_, j) => {
    const at = investmentTable.cell(j, 'targetPooled');
    investmentsSheet.rows[at.row][at.col] = {
      formula: call('INDEX', serviceTable.column('pooled', services.length), call('MATCH', ref(investmentTable.cell(j, 'target')), serviceIds, 0), 1),
    };
  });
  const deflections = new Table<'investment' | 'service' | 'rate'>(
    investmentsSheet,
    [
      { key: 'investment', header: 'Investment', width: 28 },
      { key: 'service', header: 'Deflects (service id)' },
      { key: 'rate', header: 'Units avoided per unit bought', format: DECIMAL },
    ],
    investments.flatMap((inv, j) => inv.deflects.map((d, i) => ({ investment: inv.name, service: d.service, rate: input(`investments/${j}/deflects/${i}/rate`, d.rate) }))),
  );

  // Partners, pool and budgets (§7, §16).
  const partnersSheet = sheet('Partners', "Inputs: the partners, their shares of the pooled budget and their budgets (MODEL.md §7, §16), with their sources");
  const shares = scenario.pool?.contributions;
  const partnerTable = new Table<'id' | 'name' | 'poolShare' | 'source'>(
    partnersSheet,
    [{ key: 'id', header: 'Id' }, { key: 'name', header: 'Name', width: 28 }, { key: 'poolShare', header: 'Share of the pooled budget', format: PERCENT }, SOURCE],
    partners.map((p) => ({
      id: p.id,
      name: p.name,
      poolShare: shares && p.id in shares ? input(`pool/contributions/${p.id}`, shares[p.id], PERCENT) : 0,
      source: p.source ?? null,
    })),
  );
  const budgeted = partners.flatMap((p, i) => (p.budget ? [i] : []));
  const budgetBlock = yearlyBlock(partnersSheet, years, 'Budgets (£ a year available for these services)', budgeted.map((i) => partners[i].id), MONEY, (n, t) =>
    input(`partners/${budgeted[n]}/budget/${t}`, partners[budgeted[n]].budget![t], MONEY),
  );

  return {
    years,
    discountRate: basics.cell(2, 'value'),
    principal,
    population: inUse,
    services: serviceTable,
    rules,
    investments: investmentTable,
    deflections,
    partners: partnerTable,
    budgets: new Map(budgeted.map((p, n) => [p, budgetBlock[n]])),
    ...capacityInputs(scenario, sheet, input),
    ...envelopeInputs(scenario, years, sheet, input),
  };
}

/** A source column after a block's last year. */
function sourceColumn(sheet: SheetPlan, block: Block, sources: (string | undefined)[]): void {
  if (block.length === 0) return;
  const col = block[0].length + 1;
  const header = block[0][0].row - 1;
  sheet.rows[header][col] = { value: 'Source', bold: true };
  block.forEach((row, i) => (sheet.rows[row[0].row][col] = { value: sources[i] ?? null }));
  sheet.widths[col] = 50;
}

type MakeSheet = (name: string, title: string) => SheetPlan;

/** §1 and §15: when a rule or investment starts, how long it ramps up, and its profile. */
const PHASE_COLUMNS = [
  { key: 'startYear', header: 'Starts in (calendar year)' },
  { key: 'rampYears', header: 'Ramp-up (years)' },
  { key: 'profile', header: 'Profile (linear, front, back or step)' },
] as const;

function phaseInputs(input: MakeInput, path: string, item: { startYear: number; rampYears: number; profile: string }) {
  return { startYear: input(`${path}/startYear`, item.startYear), rampYears: input(`${path}/rampYears`, item.rampYears), profile: item.profile };
}
type MakeInput = (path: string, value: number, format?: string) => PlanCell;

/** §14: each capacity, and the openings (+) and closures (−) by year. */
function capacityInputs(scenario: Scenario, sheet: MakeSheet, input: MakeInput): Pick<InputCells, 'capacity' | 'capacityChanges'> {
  const withCapacity = scenario.services.flatMap((s, i) => (s.capacity ? [{ s, i, capacity: s.capacity }] : []));
  if (withCapacity.length === 0) return { capacity: null, capacityChanges: null };
  const capacitySheet = sheet('Capacity inputs', 'Inputs: capacity in the first year, openings and closures, and capital cost (MODEL.md §14), with their sources');
  const capacity = new Table<'service' | 'base' | 'capitalCostPerUnit' | 'source'>(
    capacitySheet,
    [
      { key: 'service', header: 'Service id' },
      { key: 'base', header: 'Units available in year 0', format: DECIMAL },
      { key: 'capitalCostPerUnit', header: 'Capital cost per unit opened (£)', format: MONEY },
      SOURCE,
    ],
    withCapacity.map(({ s, i, capacity: c }) => ({
      service: s.id,
      base: input(`services/${i}/capacity/base`, c.base),
      capitalCostPerUnit: input(`services/${i}/capacity/capitalCostPerUnit`, c.capitalCostPerUnit),
      source: c.source ?? null,
    })),
  );
  const capacityChanges = new Table<'service' | 'year' | 'units'>(
    capacitySheet,
    [{ key: 'service', header: 'Service id' }, { key: 'year', header: 'Calendar year' }, { key: 'units', header: 'Units opened (+) or closed (−)', format: DECIMAL }],
    withCapacity.flatMap(({ s, i, capacity: c }) =>
      c.changes.map((change, n) => ({
        service: s.id,
        year: input(`services/${i}/capacity/changes/${n}/year`, change.year),
        units: input(`services/${i}/capacity/changes/${n}/units`, change.units),
      })),
    ),
  );
  return { capacity, capacityChanges };
}

/** §6: the budget envelope and the desired shares of spend by level. */
function envelopeInputs(scenario: Scenario, years: Years, sheet: MakeSheet, input: MakeInput): Pick<InputCells, 'envelope' | 'targetShares'> {
  const { envelope, targetLevelShares } = scenario;
  if (!envelope && !targetLevelShares) return { envelope: null, targetShares: null };
  const targets = sheet('Envelope and targets', 'Inputs: the budget envelope and the desired shares of spend by level (MODEL.md §6)');
  const envelopeRow = envelope
    ? yearlyBlock(targets, years, 'Budget envelope (£ a year)', ['Envelope'], MONEY, (_, t) => input(`envelope/${t}`, envelope[t], MONEY))[0]
    : null;
  let targetShares: CellRef[] | null = null;
  if (targetLevelShares) {
    const table = new Table<'level' | 'share'>(
      targets,
      [{ key: 'level', header: 'Level' }, { key: 'share', header: 'Desired share of spend', format: PERCENT }],
      targetLevelShares.map((share, L) => ({ level: L + 1, share: input(`targetLevelShares/${L}`, share) })),
    );
    targetShares = targetLevelShares.map((_, L) => table.cell(L, 'share'));
  }
  return { envelope: envelopeRow, targetShares };
}

/** Whether an investment's end-year cell is filled: a blank means it never ends (§15). */
export const hasEnd = (endYear: CellRef): Expr => differs(ref(endYear), text(''));
/** Whether a text cell holds the given id (a profile, a setting, "Yes"). */
export const holds = (at: CellRef, id: string): Expr => equals(ref(at), text(id));
