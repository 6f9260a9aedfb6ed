import { describe, expect, it } from 'vitest';
import { placeOfPath, problemsOfTab, tabAfterKey, tabOfProblem, TABS } from '../../../src/ui/grids/tabs';

describe('which tab shows a problem', () => {
  it('routes each part of the scenario to its tab and everything else to the details', () => {
    expect(tabOfProblem('services/3/unitCost')).toBe('services');
    expect(tabOfProblem('pool')).toBe('partners');
    expect(tabOfProblem('pool/contributions/nhs')).toBe('partners');
    expect(tabOfProblem('targetLevelShares')).toBe('envelope');
    expect(tabOfProblem('investments/0/deflects/1/rate')).toBe('investments');
    expect(tabOfProblem('meta/horizonYears')).toBe('details');
    expect(tabOfProblem('')).toBe('details');
    expect(tabOfProblem('uncertainty/2/path')).toBe('details');
  });

  it('puts every problem in exactly one tab', () => {
    const problems = ['', 'meta/name', 'ageBands/0/id', 'services', 'rebalancing/0/share', 'investments/0', 'partners/1/name', 'pool', 'envelope/2', 'monteCarlo'].map((path) => ({ path, message: 'x' }));
    const counts = TABS.map((tab) => problemsOfTab(problems, tab.id).length);
    expect(counts).toEqual([3, 1, 1, 0, 1, 1, 2, 1]);
  });

  it('names places no grid row names', () => {
    expect(placeOfPath('pool/contributions')).toBe('The pool shares');
    expect(placeOfPath('uncertainty/0/path')).toBe('Uncertainty range 1');
    expect(placeOfPath('services/x/y')).toBe('services/x/y');
  });
});

describe('moving between tabs with the keyboard', () => {
  it('steps to a neighbour, wraps round at the ends, and jumps with Home and End', () => {
    expect(tabAfterKey('ArrowRight', 0, 7)).toBe(1);
    expect(tabAfterKey('ArrowRight', 6, 7)).toBe(0);
    expect(tabAfterKey('ArrowLeft', 0, 7)).toBe(6);
    expect(tabAfterKey('Home', 4, 7)).toBe(0);
    expect(tabAfterKey('End', 1, 7)).toBe(6);
    expect(tabAfterKey('Enter', 1, 7)).toBeUndefined();
  });
});
