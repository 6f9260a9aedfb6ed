import { describe, expect, it } from 'vitest';
import { fillByGrowth, grownFrom } from '../../../src/ui/grids/growth';
import { setAtPath } from '../../../src/ui/store/draft';
import { exampleDraft } from './draftFixture';

describe('fill by growth rate', () => {
  it('projects the base-year figure at a steady rate, in whole people', () => {
    expect(grownFrom([1000], 0, 0.05, 4)).toEqual([1000, 1050, 1103, 1158]);
  });

  it('keeps the years up to the one it grows from, such as a published projection', () => {
    expect(grownFrom([1000, 1100, 1250, 9, 9], 2, 0.1, 5)).toEqual([1000, 1100, 1250, 1375, 1513]);
    const { draft: next } = fillByGrowth(exampleDraft(), [1], 0.1, 2);
    expect(next.ageBands[1].population).toEqual([200, 220, 240, 264, 290]);
  });

  it('fills the years after the base year for the chosen bands only', () => {
    const draft = exampleDraft();
    const { draft: next, skipped } = fillByGrowth(draft, [1], 0.1);
    expect(next.ageBands[1].population).toEqual([200, 220, 242, 266, 293]);
    expect(next.ageBands[0]).toBe(draft.ageBands[0]);
    expect(skipped).toEqual([]);
  });

  it('leaves a band alone when its base-year figure is not a number, and says which', () => {
    const draft = setAtPath(exampleDraft(), ['ageBands', 0, 'population', 0], 'lots');
    const { draft: next, skipped } = fillByGrowth(draft, [0, 1], 0);
    expect(skipped).toEqual(['65-84']);
    expect(next.ageBands[0]).toBe(draft.ageBands[0]);
    expect(next.ageBands[1].population).toEqual([200, 200, 200, 200, 200]);
  });
});
