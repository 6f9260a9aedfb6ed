import { describe, expect, it } from 'vitest';
import { cellProblems, changedCells, indexCells, locateProblem, markProblems, sameGridValue, toDraftValue, type ColumnSpec } from '../../../src/ui/grids/sheet';
import { deflectionsSheet, investmentsSheet, partnersSheet, populationSheet, servicesSheet } from '../../../src/ui/grids/sheets';
import { exampleDraft } from './draftFixture';

const draft = exampleDraft();
const column = (blank: ColumnSpec['blank'], kind: ColumnSpec['kind'] = 'money'): ColumnSpec => ({ key: 'k', header: 'K', label: 'K', kind, blank, width: 50 });

describe('grid values to draft values', () => {
  it('normalises what was typed and gives blanks the meaning the column says', () => {
    expect(toDraftValue(column('null'), '£12,000')).toBe(12000);
    expect(toDraftValue(column('null'), 'abc')).toBe('abc');
    expect(toDraftValue(column('null'), '')).toBeNull();
    expect(toDraftValue(column('remove'), null)).toBeUndefined();
    expect(toDraftValue(column('empty', 'text'), '  ')).toBe('');
  });

  it('finds the cells to redraw, or says the rows changed', () => {
    expect(changedCells([[1, 'a'], [2, null]], [[1, 'b'], [2, '']])).toEqual([[0, 1, 'b']]);
    expect(changedCells([[1]], [[1], [2]])).toBeNull();
    expect(changedCells([[1]], [[1, 2]])).toBeNull();
  });

  it('treats an emptied cell and a missing value as the same', () => {
    expect(sameGridValue('', null)).toBe(true);
    expect(sameGridValue(12, 12)).toBe(true);
    expect(sameGridValue(12, '12')).toBe(false);
  });
});

describe('problems on cells', () => {
  it('marks the cell a problem names', () => {
    const sheet = servicesSheet(draft);
    const marks = markProblems(indexCells(sheet), [{ path: 'services/3/unitCost', message: 'must be a unit cost in £, 0 or more, got -5' }]);
    expect([...marks]).toEqual([['3:5', ['must be a unit cost in £, 0 or more, got -5']]]);
  });

  it('marks every cell of a series or list a problem names, and none for the whole file', () => {
    const population = populationSheet(draft);
    const marks = markProblems(indexCells(population), [{ path: 'ageBands/1/population', message: 'must have 5 yearly figures' }, { path: '', message: 'not JSON' }]);
    expect([...marks.keys()]).toEqual(['1:1', '1:2', '1:3', '1:4', '1:5']);
    const pool = markProblems(indexCells(partnersSheet(draft)), [{ path: 'pool/contributions', message: 'must add up to 1' }]);
    expect([...pool.keys()]).toEqual(['0:2', '1:2']);
  });

  it('says first what is wrong with the typed value, then what the worker found', () => {
    const sheet = servicesSheet(draft);
    const marks = markProblems(indexCells(sheet), [{ path: 'services/3/unitCost', message: 'must be a unit cost in £, 0 or more, got the text "abc"' }]);
    expect(cellProblems(sheet, marks, 3, 5, 'abc')).toEqual(['Unit cost must be a number of pounds, not "abc"']);
    expect(cellProblems(sheet, marks, 3, 5, -5)).toEqual(['Unit cost: must be a unit cost in £, 0 or more, got the text "abc"']);
    expect(cellProblems(sheet, marks, 2, 5, 10000)).toEqual([]);
  });

  it('says an emptied number cell is empty and what to type, not what the file reader got', () => {
    const sheet = servicesSheet(draft);
    const marks = markProblems(indexCells(sheet), [{ path: 'services/3/unitCost', message: 'must be a unit cost in £, 0 or more, got nothing (it is empty)' }]);
    expect(cellProblems(sheet, marks, 3, 5, null)).toEqual(['Unit cost is empty: type a number of pounds']);
  });

  it('finds the cell a problem is about, or the start of the row it is in', () => {
    const sheet = servicesSheet(draft);
    const index = indexCells(sheet);
    expect(locateProblem(sheet, index, 'services/1/unitCost')).toEqual({ cell: { row: 1, col: 5 }, place: 'Service "Reablement", Unit cost', exact: true });
    expect(locateProblem(sheet, index, 'services/1')).toEqual({ cell: { row: 1, col: 0 }, place: 'Service "Reablement"', exact: true });
    expect(locateProblem(sheet, index, 'services/2/baselineUsers/ghost')).toEqual({ cell: { row: 2, col: 0 }, place: 'Service "Home care"', exact: false });
    expect(locateProblem(sheet, index, 'services')).toEqual({ cell: { row: 0, col: 0 }, place: undefined, exact: true });
    expect(locateProblem(sheet, index, 'pool')).toBeUndefined();
  });

  it('prefers the grid that has the cell over the grid that only has its row', () => {
    const investments = investmentsSheet(draft);
    const deflections = deflectionsSheet(draft);
    const path = 'investments/0/deflects/1/rate';
    expect(locateProblem(investments, indexCells(investments), path)?.exact).toBe(false);
    expect(locateProblem(deflections, indexCells(deflections), path)).toEqual({
      cell: { row: 1, col: 2 },
      place: '"Reablement expansion" avoiding home, Units avoided per unit bought',
      exact: true,
    });
  });
});
