// The version 2 inputs in the grids (MODEL.md §13–15): settings and phase-in
// as worded dropdowns, units a person uses, capacity and its openings and
// closures, the last year an investment is funded, the residual beside each
// rule, and capacity problems routed to the Capacity tab.
import { describe, expect, it } from 'vitest';
import { readScenarioText, runModel } from '../../../src/model';
import { optionId, optionWords, typedValueProblem } from '../../../src/ui/grids/cellKinds';
import { applyPlan, planChanges } from '../../../src/ui/grids/changes';
import { pathInWords } from '../../../src/ui/grids/pathWords';
import { problemPlace } from '../../../src/ui/grids/problemPlaces';
import { residualWords, ruleResidualWords } from '../../../src/ui/grids/residualWords';
import { normaliseCell, sheetValues, type ColumnSpec } from '../../../src/ui/grids/sheet';
import { capacityChangesSheet, capacitySheet, investmentsSheet, rebalancingSheet, servicesSheet } from '../../../src/ui/grids/sheets';
import { addCapacity, addCapacityChange, removeCapacities, removeListItems, removeRows } from '../../../src/ui/grids/structure';
import { problemsOfTab, tabOfProblem } from '../../../src/ui/grids/tabs';
import { setAtPath, type ScenarioDraft } from '../../../src/ui/store/draft';
import type { ResultsView } from '../../../src/ui/resultsView';
import { exampleDraft } from './draftFixture';

const SETTING_OPTIONS = servicesSheet(exampleDraft()).columns.find((c) => c.key === 'setting')!.options!;

/** Worked example A with a capacity on residential care (two changes) and a range on its second change. */
function draftWithCapacity(): ScenarioDraft {
  let draft = setAtPath(exampleDraft(), ['services', 3, 'capacity'], {
    base: 20,
    changes: [
      { year: 2027, units: -5 },
      { year: 2028, units: 10 },
    ],
    capitalCostPerUnit: 50000,
  });
  draft = setAtPath(draft, ['services', 3, 'setting'], 'residential');
  return setAtPath(draft, ['uncertainty'], [...draft.uncertainty!, { path: 'services/3/capacity/changes/1/units', low: 5, high: 15 }]);
}

/** The instant check of a value typed in a column, as the grid makes it. */
const typedValueProblemOf = (spec: ColumnSpec, value: unknown) => typedValueProblem(spec.label, spec.kind, value, spec.choices);

const column = (sheet: ReturnType<typeof servicesSheet>, key: string) => sheet.columns.findIndex((c) => c.key === key);

describe('a worded choice: the grid shows words, the file keeps ids', () => {
  it('reads words or ids, in any case and spacing, and leaves anything else as typed', () => {
    expect(optionWords(SETTING_OPTIONS, 'extraCare')).toBe('Extra care housing');
    expect(optionWords(SETTING_OPTIONS, '  extra CARE housing ')).toBe('Extra care housing');
    expect(optionId(SETTING_OPTIONS, 'Nursing home')).toBe('nursing');
    expect(optionId(SETTING_OPTIONS, 'NURSING')).toBe('nursing');
    expect(optionWords(SETTING_OPTIONS, 'Castle')).toBe('Castle');
    expect(optionId(SETTING_OPTIONS, 'Castle')).toBe('Castle');
    expect(optionId(SETTING_OPTIONS, 3)).toBe(3);
  });

  it('shows a service\'s setting in words, blank where the default applies', () => {
    const draft = draftWithCapacity();
    const sheet = servicesSheet(draft);
    const values = sheetValues(sheet, draft);
    expect(sheet.columns[column(sheet, 'setting')].choices).toEqual(['At home', 'Sheltered housing', 'Extra care housing', 'Residential care', 'Nursing home', 'Hospital']);
    expect(values[3][column(sheet, 'setting')]).toBe('Residential care');
    expect(values[0][column(sheet, 'setting')]).toBeNull();
    expect(sheet.columns[column(sheet, 'setting')].placeholder).toBe('At home');
  });

  it('takes pasted words or ids as the grid does (its words), stores the id, and removes the key when emptied', () => {
    const draft = draftWithCapacity();
    const sheet = servicesSheet(draft);
    const setting = sheet.columns[column(sheet, 'setting')];
    expect(normaliseCell(setting, 'sheltered')).toBe('Sheltered housing');
    const pasted = ['Extra care housing', 'hospital', 'Castle', ''].map((value, row) => ({ row, col: column(sheet, 'setting'), value: normaliseCell(setting, value) }));
    const next = applyPlan(draft, planChanges(sheet, draft, pasted));
    expect(next.services.map((s) => s.setting)).toEqual(['extraCare', 'hospital', 'Castle', undefined]);
    expect(next.services[3]).not.toHaveProperty('setting');
    expect(typedValueProblemOf(setting, 'Castle')).toBe('Setting "Castle" is not in the list: choose one of "At home", "Sheltered housing", "Extra care housing", "Residential care", "Nursing home", "Hospital"');
    expect(typedValueProblemOf(setting, 'Nursing home')).toBeNull();
  });

  it('offers the phase-in profiles in words on rules and investments, blank meaning Even', () => {
    const draft = setAtPath(exampleDraft(), ['rebalancing', 0, 'profile'], 'back');
    const rules = rebalancingSheet(draft);
    const profile = column(rules, 'profile');
    expect(rules.columns[profile].choices).toEqual(['Even', 'Fast start', 'Slow start', 'All at once']);
    expect(sheetValues(rules, draft)[0][profile]).toBe('Slow start');
    const typed = applyPlan(draft, planChanges(rules, draft, [{ row: 0, col: profile, value: normaliseCell(rules.columns[profile], 'all at once') }]));
    expect(typed.rebalancing[0].profile).toBe('step');
    const emptied = applyPlan(draft, planChanges(rules, draft, [{ row: 0, col: profile, value: '' }]));
    expect(emptied.rebalancing[0]).not.toHaveProperty('profile');
    const investments = investmentsSheet(draft);
    expect(investments.rows[0].cells[column(investments, 'profile')]).toEqual(['investments', 0, 'profile']);
  });
});

describe('the services grid: units a person uses a year', () => {
  it('shows blank for the default of 1 and removes the key when emptied', () => {
    const draft = setAtPath(exampleDraft(), ['services', 2, 'unitsPerPerson'], 520);
    const sheet = servicesSheet(draft);
    const units = column(sheet, 'unitsPerPerson');
    expect(sheet.columns[units].header).toBe('Units a person uses a year');
    expect(sheetValues(sheet, draft).map((row) => row[units])).toEqual([null, null, 520, null]);
    const typed = applyPlan(draft, planChanges(sheet, draft, [{ row: 0, col: units, value: normaliseCell(sheet.columns[units], '1,300') }, { row: 2, col: units, value: '' }]));
    expect(typed.services[0].unitsPerPerson).toBe(1300);
    expect(typed.services[2]).not.toHaveProperty('unitsPerPerson');
  });
});

describe('investments: the last year funded', () => {
  it('is a year typed as a calendar or financial year, blank for no end', () => {
    const draft = exampleDraft();
    const sheet = investmentsSheet(draft);
    const end = column(sheet, 'endYear');
    expect(sheet.columns[end].placeholder).toBe('no end');
    const typed = applyPlan(draft, planChanges(sheet, draft, [{ row: 0, col: end, value: normaliseCell(sheet.columns[end], '2027/28') }]));
    expect(typed.investments[0].endYear).toBe(2027);
    const emptied = applyPlan(typed, planChanges(sheet, typed, [{ row: 0, col: end, value: '' }]));
    expect(emptied.investments[0]).not.toHaveProperty('endYear');
  });
});

describe('the capacity grids', () => {
  it('list each service with a capacity, with its unit, and every opening and closure in service order', () => {
    const draft = addCapacity(draftWithCapacity(), 1);
    const capacity = capacitySheet(draft);
    expect(capacity.columns.map((c) => c.header)).toEqual(['Service', 'Capacity 2025/26', 'Unit', 'Capital cost per unit opened £', 'Source']);
    expect(sheetValues(capacity, draft)).toEqual([
      ['Reablement', 0, 'episodes', 0, null],
      ['Residential care', 20, 'places', 50000, null],
    ]);
    expect(capacity.rows[1].cells[1]).toEqual(['services', 3, 'capacity', 'base']);
    const changes = capacityChangesSheet(draft);
    expect(sheetValues(changes, draft)).toEqual([
      ['Residential care', 2027, -5, 'places'],
      ['Residential care', 2028, 10, 'places'],
    ]);
    expect(changes.rows[1].path).toEqual(['services', 3, 'capacity', 'changes', 1]);
  });

  it('take a closure typed with a financial year and a minus sign', () => {
    const draft = draftWithCapacity();
    const sheet = capacityChangesSheet(draft);
    const typed = [normaliseCell(sheet.columns[1], '2029/30'), normaliseCell(sheet.columns[2], '-1,200')];
    const next = applyPlan(draft, planChanges(sheet, draft, typed.map((value, c) => ({ row: 0, col: c + 1, value }))));
    expect(next.services[3].capacity!.changes![0]).toEqual({ year: 2029, units: -1200 });
  });

  it('add a capacity, and an opening in the year after the base year', () => {
    const added = addCapacityChange(addCapacity(exampleDraft(), 2), 2);
    expect(added.services[2].capacity).toEqual({ base: 0, changes: [{ year: 2026, units: 0 }], capitalCostPerUnit: 0 });
    expect(addCapacityChange(exampleDraft(), 2)).toEqual(exampleDraft());
  });

  it('remove an opening or closure with the ranges on it, moving later ranges up', () => {
    const draft = setAtPath(draftWithCapacity(), ['uncertainty', 3, 'path'], 'services/3/capacity/changes/1/units');
    const first = removeListItems(draft, [['services', 3, 'capacity', 'changes', 0]]);
    expect(first.services[3].capacity!.changes).toEqual([{ year: 2028, units: 10 }]);
    expect(first.uncertainty!.at(-1)!.path).toBe('services/3/capacity/changes/0/units');
    const second = removeListItems(draft, [['services', 3, 'capacity', 'changes', 1]]);
    expect(second.uncertainty!.map((r) => r.path)).not.toContain('services/3/capacity/changes/1/units');
    expect(second.uncertainty).toHaveLength(3);
  });

  it('remove a capacity whole, with its ranges; removing the service moves the ranges of later services', () => {
    const gone = removeCapacities(draftWithCapacity(), [3]);
    expect(gone.services[3]).not.toHaveProperty('capacity');
    expect(gone.uncertainty!.map((r) => r.path)).toEqual(['investments/0/deflects/1/rate', 'services/3/baselineUsers/85+', 'ageBands/1/population/4']);
    const withoutHubs = removeRows(draftWithCapacity(), 'services', [0]);
    expect(withoutHubs.uncertainty!.at(-1)!.path).toBe('services/2/capacity/changes/1/units');
  });
});

describe('capacity problems go to the Capacity tab and its cell', () => {
  const draft = draftWithCapacity();

  it('routes by path pattern, deeper places first', () => {
    expect(tabOfProblem('services/3/capacity/changes/1/units')).toBe('capacity');
    expect(tabOfProblem('services/3/capacity')).toBe('capacity');
    expect(tabOfProblem('services/3/capacityX')).toBe('services');
    expect(tabOfProblem('services/3/unitsPerPerson')).toBe('services');
    expect(tabOfProblem('services/x/capacity')).toBe('services');
    const problems = ['services/3/capacity/base', 'services/3/setting'].map((path) => ({ path, message: 'x' }));
    expect(problemsOfTab(problems, 'capacity').map((p) => p.path)).toEqual(['services/3/capacity/base']);
  });

  it('names the cell in the users\' words', () => {
    expect(problemPlace(draft, 'services/3/capacity/changes/1/units')).toBe('Capacity › "Residential care" change 2, Units opened or closed');
    expect(problemPlace(draft, 'services/3/capacity/base')).toBe('Capacity › Capacity of "Residential care", Capacity in the base year');
    // The engine's "capacity cannot fall below 0" names all of a service's openings and closures.
    expect(problemPlace(draft, 'services/3/capacity/changes')).toBe('Capacity › Service 4 "Residential care", capacity');
    expect(problemPlace(draft, 'services/3/setting')).toBe('Services › Service "Residential care", Setting');
    expect(pathInWords('services/3/capacity/changes/1/units', draft)).toBe('Service 4 "Residential care", capacity, opening or closure 2, units');
  });
});

describe('the residual beside each rebalancing rule (MODEL.md §13)', () => {
  it('says in whole people, with separators, what a rule leaves or adds by the horizon', () => {
    expect(residualWords(-120.4, '2040/41')).toBe('leaves 120 people without a service by 2040/41');
    expect(residualWords(40, '2040/41')).toBe('serves 40 more people than it moves by 2040/41');
    expect(residualWords(-1234.6, '2025/26')).toBe('leaves 1,235 people without a service by 2025/26');
    expect(residualWords(0.5, '2025/26')).toBe('serves 1 more person than it moves by 2025/26');
    expect(residualWords(-0.49, '2025/26')).toBe('');
    expect(residualWords(0, '2025/26')).toBe('');
  });

  function viewOf(draft: ScenarioDraft, stale: ResultsView['stale'] = false): ResultsView {
    const read = readScenarioText(JSON.stringify(draft));
    if (!read.ok) throw new Error(JSON.stringify(read.problems));
    return { results: runModel(read.scenario), scenario: read.scenario, stale };
  }

  it('comes from the results at the horizon, beside the rule in its grid', () => {
    const halved = setAtPath(exampleDraft(), ['rebalancing', 0, 'ratio'], 0.5);
    const view = viewOf(halved);
    const residual = view.results.summary.rebalancingResidual[0][4];
    expect(residual).toBeLessThan(-0.5);
    const words = ruleResidualWords(view, 1);
    expect(words).toEqual([`leaves ${Math.round(-residual)} people without a service by 2029/30`]);
    const sheet = rebalancingSheet(halved, words);
    expect(sheetValues(sheet, halved)[0][column(sheet, 'residual')]).toBe(words[0]);
    expect(ruleResidualWords(viewOf(exampleDraft()), 1)).toEqual(['']);
  });

  it('says nothing while the results are stale, missing or of a different set of rules', () => {
    const view = viewOf(setAtPath(exampleDraft(), ['rebalancing', 0, 'ratio'], 0.5));
    expect(ruleResidualWords(view, 2)).toEqual([]);
    expect(ruleResidualWords({ ...view, stale: 'invalid' }, 1)).toEqual([]);
    expect(ruleResidualWords(undefined, 1)).toEqual([]);
    const sheet = rebalancingSheet(exampleDraft());
    expect(sheetValues(sheet, exampleDraft())[0][column(sheet, 'residual')]).toBe('');
  });
});
