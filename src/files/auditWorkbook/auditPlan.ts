// The whole model of MODEL.md as one plan of worksheet formulas: the input
// sheets, then one sheet per step, in the order the model works them out.
import type { Scenario } from '../../model';
import { inputSheets } from './inputSheets';
import { demandSheet, preventionSheet, rebalancingSheet } from './modelSheets';
import { capacitySheet, peopleSheet } from './peopleSheets';
import { SheetPlan, type WorkbookPlan } from './plan';
import { partnersSheet, spendSheet, summarySheet } from './spendSheets';

export function auditPlan(scenario: Scenario): WorkbookPlan {
  const plan: WorkbookPlan = { sheets: [], inputs: new Map(), outputs: new Map() };
  const inputs = inputSheets(scenario, plan);
  const demand = demandSheet(scenario, plan, inputs);
  const rebalancing = rebalancingSheet(scenario, plan, inputs, demand);
  const prevention = preventionSheet(scenario, plan, inputs, demand, rebalancing);
  const spend = spendSheet(scenario, plan, inputs, demand, prevention);
  partnersSheet(scenario, plan, inputs, demand, rebalancing, prevention, spend);
  peopleSheet(scenario, plan, inputs, demand, rebalancing, prevention);
  const capital = capacitySheet(scenario, plan, inputs, demand, prevention);
  summarySheet(scenario, plan, inputs, demand, rebalancing, prevention, spend, capital);

  plan.outputs.set('years', inputs.years.year);
  scenario.services.forEach(({ id }, s) => {
    plan.outputs.set(`baseline/byService/${id}/activity`, demand.demand[s]);
    plan.outputs.set(`baseline/byService/${id}/spend`, spend.baselineSpend[s]);
    plan.outputs.set(`scenario/byService/${id}/activity`, prevention.activity[s]);
    plan.outputs.set(`scenario/byService/${id}/spend`, spend.scenarioSpend[s]);
    plan.outputs.set(`scenario/byService/${id}/deflected`, prevention.deflected[s]);
  });
  plan.sheets.unshift(aboutSheet(scenario, plan.sheets));
  for (const sheet of plan.sheets) {
    sheet.rows.forEach((row, r) => row.forEach((cell, c) => cell?.input && plan.inputs.set(cell.input, sheet.at(r, c))));
  }
  return plan;
}

/** What the workbook is for and how to use it, then each sheet with its first line. */
function aboutSheet(scenario: Scenario, sheets: readonly SheetPlan[]): SheetPlan {
  const about = new SheetPlan('About', `Audit workbook: ${scenario.meta.name}`);
  const lines = [
    "Upstream's whole model as live formulas: check every figure, or try a change. The Inputs sheets hold plain figures with their sources; every other figure is a formula over them, following MODEL.md step by step, and recalculates when an input changes.",
    "A service's level, setting, funder and pooled (Yes or No), and who pays for an investment, may be changed here too. Which services exist, which ones each rule, investment and deflection names, and which years exist are the model's structure: change those in Upstream and export again.",
    'People served count a person who uses two services in both. Capital is not revenue spend: it appears only in NPV after capital.',
    'Years are financial years (2025/26 runs April to March); amounts are £ a year at base-year prices unless a sheet says otherwise.',
  ];
  for (const line of lines) about.addRow([line]);
  about.addRow([]);
  about.addRow([{ value: 'Sheet', bold: true }, { value: 'What it holds', bold: true }]);
  for (const sheet of sheets) about.addRow([sheet.name, sheet.rows[0][0]?.value ?? null]);
  about.widths.push(24, 120);
  return about;
}
