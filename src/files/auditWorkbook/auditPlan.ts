// The whole model of MODEL.md as one plan of worksheet formulas: the input
// sheets, then one sheet per step, in the order the model works them out.
import type { Scenario } from '../../model';
import { inputSheets } from './inputSheets';
import { demandSheet, preventionSheet, rebalancingSheet } from './modelSheets';
import { capacitySheet, peopleSheet } from './peopleSheets';
import type { WorkbookPlan } from './plan';
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
  for (const sheet of plan.sheets) {
    sheet.rows.forEach((row, r) => row.forEach((cell, c) => cell?.input && plan.inputs.set(cell.input, sheet.at(r, c))));
  }
  return plan;
}
