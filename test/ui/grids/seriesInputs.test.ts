// Partners' budgets (MODEL.md §16), population variants (§17) and the
// projection the scenario runs on, as the grids and the details form change them.
import { describe, expect, it } from 'vitest';
import { addBudget, partnersByBudget, removeBudgets } from '../../../src/ui/grids/budgets';
import { FIELDS } from '../../../src/ui/grids/detailsFields';
import { problemPlace } from '../../../src/ui/grids/problemPlaces';
import { indexCells, markProblems, sheetValues } from '../../../src/ui/grids/sheet';
import { budgetsSheet, variantIds, variantsSheet, yearAxis } from '../../../src/ui/grids/sheets';
import { setHorizon } from '../../../src/ui/grids/structure';
import { addVariant, removeVariant, renameVariant, variantNameProblem } from '../../../src/ui/grids/variants';
import { setAtPath, type ScenarioDraft } from '../../../src/ui/store/draft';
import { exampleDraft } from './draftFixture';

const draft = exampleDraft();
const withBudget = setAtPath(draft, ['partners', 1, 'budget'], [500, 500, 500, 500, 500]);
const withHigh = (d: ScenarioDraft = draft) => addVariant(d, 'high');
const projection = FIELDS.find((field) => field.key === 'populationVariant')!;

describe("partners' budgets", () => {
  it('shows one row of years for each partner with a budget, named by the partner', () => {
    expect(budgetsSheet(draft).rows).toEqual([]);
    const sheet = budgetsSheet(withBudget);
    expect(sheet.columns.map((c) => c.header)).toEqual(['Partner', '2025/26', '2026/27', '2027/28', '2028/29', '2029/30']);
    expect(sheet.columns.slice(1).every((c) => c.kind === 'money')).toBe(true);
    expect(sheet.rows.map((r) => r.label)).toEqual(['Budget of "NHS"']);
    expect(sheetValues(sheet, withBudget)).toEqual([['NHS', 500, 500, 500, 500, 500]]);
  });

  it('adds a budget of £0 a year to a partner, and removes it with any range on it', () => {
    expect(partnersByBudget(withBudget)).toEqual({ withBudget: [1], without: [0] });
    const added = addBudget(withBudget, 0);
    expect(added.partners[0].budget).toEqual([0, 0, 0, 0, 0]);
    const ranged = setAtPath(added, ['uncertainty', 3], { path: 'partners/1/budget/2', low: 400, high: 600 });
    const removed = removeBudgets(ranged, [1]);
    expect(removed.partners[1]).toEqual({ id: 'nhs', name: 'NHS' });
    expect(removed.partners[0].budget).toEqual([0, 0, 0, 0, 0]);
    expect(removed.uncertainty!.map((r) => r.path)).toEqual(draft.uncertainty!.map((r) => r.path));
  });

  it("marks a problem with a budget's year on its cell, and names it on the Partners tab", () => {
    const sheet = budgetsSheet(withBudget);
    const marks = markProblems(indexCells(sheet), [{ path: 'partners/1/budget/3', message: 'must be a budget in £, got "lots"' }]);
    expect([...marks.keys()]).toEqual(['0:4']);
    expect(problemPlace(withBudget, 'partners/1/budget/3')).toBe('Partners and pool › Budget of "NHS", Budget 2028/29');
  });

  it('follows the horizon: more years repeat the last figure, fewer drop the last years', () => {
    expect(setHorizon(withBudget, '6').partners[1].budget).toEqual([500, 500, 500, 500, 500, 500, 500]);
    const ranged = setAtPath(setAtPath(withBudget, ['uncertainty', 3], { path: 'partners/1/budget/4', low: 1, high: 2 }), ['uncertainty', 4], { path: 'partners/1/budget/2', low: 1, high: 2 });
    const shorter = setHorizon(ranged, '2');
    expect(shorter.partners[1].budget).toEqual([500, 500, 500]);
    // A range on a year that is gone goes with it.
    expect(shorter.uncertainty!.map((r) => r.path)).toEqual(['investments/0/deflects/1/rate', 'services/3/baselineUsers/85+', 'partners/1/budget/2']);
  });
});

describe('population variants', () => {
  it('adds a variant to every band as a copy of its principal population', () => {
    const next = withHigh();
    expect(next.ageBands.map((band) => band.variants)).toEqual([{ high: [1000, 1050, 1100, 1150, 1200] }, { high: [200, 220, 240, 260, 280] }]);
    expect(variantIds(next)).toEqual(['high']);
  });

  it('refuses "principal", a name already used, no name and a name that is no id, in plain words', () => {
    expect(variantNameProblem(draft, 'principal')).toBe('"principal" is the name of each band\'s own population; call the variant something else, such as high.');
    expect(variantNameProblem(withHigh(), 'high')).toBe('There is already a variant called "high"; choose another name.');
    expect(variantNameProblem(draft, '')).toBe('Type a name for the variant, such as high.');
    expect(variantNameProblem(draft, 'very high')).toBe('The variant name must be an id of 1 to 40 letters, digits or the signs . _ + -.');
    expect(variantNameProblem(withHigh(), 'low')).toBeUndefined();
  });

  it('shows each variant band by band, with its cells where its problems are', () => {
    const two = addVariant(withHigh(), 'low');
    const sheet = variantsSheet(two);
    expect(sheet.rows.map((r) => r.label)).toEqual([
      'Age band "65-84", variant "high"',
      'Age band "85+", variant "high"',
      'Age band "65-84", variant "low"',
      'Age band "85+", variant "low"',
    ]);
    expect(sheetValues(sheet, two)[1]).toEqual(['high', '85+', 200, 220, 240, 260, 280]);
    const marks = markProblems(indexCells(sheet), [{ path: 'ageBands/1/variants/low/2', message: 'must be a whole number of people' }]);
    expect([...marks.keys()]).toEqual(['3:4']);
    expect(problemPlace(two, 'ageBands/1/variants/low/2')).toBe('Population › Age band "85+", variant "low", Population 2027/28');
  });

  it('renames a variant everywhere: every band, the projection the scenario runs on and the ranges on it', () => {
    const chosen = setAtPath(setAtPath(withHigh(), ['meta', 'populationVariant'], 'high'), ['uncertainty', 3], { path: 'ageBands/0/variants/high/4', low: 1, high: 2 });
    const renamed = renameVariant(chosen, 'high', 'fast');
    expect(renamed.ageBands.map((band) => Object.keys(band.variants!))).toEqual([['fast'], ['fast']]);
    expect(renamed.meta.populationVariant).toBe('fast');
    expect(renamed.uncertainty![3].path).toBe('ageBands/0/variants/fast/4');
    expect(renameVariant(withHigh(), 'high', 'fast').meta.populationVariant).toBeUndefined();
  });

  it('removes a variant from every band; a scenario that ran on it runs on the principal projection', () => {
    const chosen = setAtPath(setAtPath(withHigh(), ['meta', 'populationVariant'], 'high'), ['uncertainty', 3], { path: 'ageBands/0/variants/high/4', low: 1, high: 2 });
    const removed = removeVariant(chosen, 'high');
    expect(removed.ageBands.map((band) => band.variants)).toEqual([undefined, undefined]);
    expect(removed.meta).not.toHaveProperty('populationVariant');
    expect(removed.uncertainty).toEqual(draft.uncertainty);
    expect(removeVariant(addVariant(withHigh(), 'low'), 'high').ageBands[0].variants).toEqual({ low: [1000, 1050, 1100, 1150, 1200] });
  });

  it('follows the horizon as the principal population does, continuing its last growth', () => {
    const longer = setHorizon(withHigh(), '5');
    expect(longer.ageBands[1].variants!.high).toEqual([200, 220, 240, 260, 280, 302]);
    expect(yearAxis(longer).count).toBe(6);
  });
});

describe('the projection the scenario runs on (Details)', () => {
  it('offers the principal projection and every variant any band has', () => {
    expect(projection.choices!(draft)).toEqual([{ value: '', label: 'Principal projection' }]);
    expect(projection.choices!(addVariant(withHigh(), 'low')).map((c) => c.label)).toEqual(['Principal projection', 'Variant "high"', 'Variant "low"']);
  });

  it('stores the chosen variant, and the principal projection as no key at all', () => {
    const high = projection.save(withHigh(), 'high');
    expect(high.meta.populationVariant).toBe('high');
    expect(projection.save(high, '').meta).not.toHaveProperty('populationVariant');
  });

  it('keeps a choice no band has among the options, so its problem can be seen and mended', () => {
    const stray = setAtPath(draft, ['meta', 'populationVariant'], 'high');
    expect(projection.choices!(stray).map((c) => c.value)).toEqual(['', 'high']);
    expect(problemPlace(stray, 'meta/populationVariant')).toBe('Details › Population projection');
  });
});
