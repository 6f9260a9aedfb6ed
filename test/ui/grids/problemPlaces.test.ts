import { describe, expect, it } from 'vitest';
import { problemPlace } from '../../../src/ui/grids/problemPlaces';
import { exampleDraft } from './draftFixture';

describe('where a problem is, in the users words, whichever tab is open', () => {
  const draft = exampleDraft();

  it('names a grid cell by its tab, row and column', () => {
    expect(problemPlace(draft, 'services/1/unitCost')).toBe('Services › Service "Reablement", Unit cost');
    expect(problemPlace(draft, 'ageBands/1/population/4')).toBe('Population › Age band "85+", Population 2029/30');
  });

  it('prefers the grid with the cell over the grid with only its row', () => {
    expect(problemPlace(draft, 'investments/0/deflects/1/rate')).toBe('Investments › "Reablement expansion" avoiding home, Units avoided per unit bought');
  });

  it('names a details field as the form labels it', () => {
    expect(problemPlace(draft, 'meta/horizonYears')).toBe('Details › Horizon (years after the base year)');
  });

  it('falls back to the tab and the part of the scenario when no cell or row names it', () => {
    expect(problemPlace(draft, 'pool/contributions')).toBe('Partners and pool › The pool shares');
  });

  it('names places that are on no tab by themselves', () => {
    expect(problemPlace(draft, '')).toBe('The scenario file');
    expect(problemPlace(draft, 'uncertainty/0/path')).toBe('Uncertainty range 1');
  });
});
