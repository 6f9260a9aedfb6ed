import { describe, expect, it } from 'vitest';
import { budgetChoices, envelopeChoices, filledSeries, fillSeries, populationChoices, type FillRequest } from '../../../src/ui/grids/growth';
import { setAtPath } from '../../../src/ui/store/draft';
import { exampleDraft } from './draftFixture';

const yearly = (rate: number, from = 0): FillRequest => ({ mode: { kind: 'yearly', rate }, from });
const bandSeries = (b: number, name: string) => ({ name, path: ['ageBands', b, 'population'], unit: 'people' as const });

describe('fill by growth rate', () => {
  it('projects the base-year figure at a steady rate, in whole people', () => {
    expect(filledSeries([1000], yearly(0.05), 4, 'people')).toEqual([1000, 1050, 1103, 1158]);
  });

  it('keeps the years up to the one it grows from, such as a published projection', () => {
    expect(filledSeries([1000, 1100, 1250, 9, 9], yearly(0.1, 2), 5, 'people')).toEqual([1000, 1100, 1250, 1375, 1513]);
    const { draft: next } = fillSeries(exampleDraft(), [bandSeries(1, '85+')], yearly(0.1, 2));
    expect(next.ageBands[1].population).toEqual([200, 220, 240, 264, 290]);
  });

  it('fills the years after the base year for the chosen bands only', () => {
    const draft = exampleDraft();
    const { draft: next, skipped } = fillSeries(draft, [bandSeries(1, '85+')], yearly(0.1));
    expect(next.ageBands[1].population).toEqual([200, 220, 242, 266, 293]);
    expect(next.ageBands[0]).toBe(draft.ageBands[0]);
    expect(skipped).toEqual([]);
  });

  it('leaves a band alone when its base-year figure is not a number, and says which', () => {
    const draft = setAtPath(exampleDraft(), ['ageBands', 0, 'population', 0], 'lots');
    const { draft: next, skipped } = fillSeries(draft, [bandSeries(0, '65-84'), bandSeries(1, '85+')], yearly(0));
    expect(skipped).toEqual([{ name: '65-84', why: 'base' }]);
    expect(next.ageBands[0]).toBe(draft.ageBands[0]);
    expect(next.ageBands[1].population).toEqual([200, 200, 200, 200, 200]);
  });
});

describe('filling a budget (MODEL.md §16)', () => {
  const cut: FillRequest = { mode: { kind: 'total', change: -0.3, years: 5 }, from: 0 };

  it('cuts 30% over five years in equal steps, then holds exactly 70% of the base', () => {
    const filled = filledSeries([4_292_000], cut, 9, 'money')!;
    expect(filled.slice(0, 6)).toEqual([4_292_000, 4_034_480, 3_776_960, 3_519_440, 3_261_920, 3_004_400]);
    expect(filled.slice(5)).toEqual([3_004_400, 3_004_400, 3_004_400, 3_004_400]);
    expect(3_004_400).toBe(4_292_000 * 0.7);
    // Each step is the same: a fifth of the cut.
    const steps = filled.slice(1, 6).map((value, t) => (filled[t] as number) - (value as number));
    expect(new Set(steps)).toEqual(new Set([257_520]));
  });

  it('starts from a typed base, written into the year it starts from, to the penny', () => {
    expect(filledSeries([1, 2, 3, 4], { mode: { kind: 'yearly', rate: -0.02 }, from: 1, base: 4_500_000.004 }, 4, 'money')).toEqual([1, 4_500_000, 4_410_000, 4_321_800]);
    expect(filledSeries([100, 100, 100], { ...cut, from: 1 }, 4, 'money')).toEqual([100, 100, 94, 88]);
  });

  it('offers each partner with a budget, and the envelope while there is one', () => {
    const draft = setAtPath(exampleDraft(), ['partners', 1, 'budget'], [5, 5, 5, 5, 5]);
    expect(budgetChoices(draft)).toEqual([{ label: 'NHS', series: [{ name: 'the budget of NHS', path: ['partners', 1, 'budget'], unit: 'money' }] }]);
    const { draft: next } = fillSeries(draft, budgetChoices(draft)[0].series, cut);
    expect(next.partners[1].budget).toEqual([5, 4.7, 4.4, 4.1, 3.8]);
    expect(envelopeChoices(draft)[0].series[0].path).toEqual(['envelope']);
    expect(envelopeChoices(setAtPath(draft, ['envelope'], undefined))).toEqual([]);
  });
});

describe('filling a population variant from the principal (MODEL.md §17)', () => {
  const faster = (difference: number): FillRequest => ({ mode: { kind: 'fromPrincipal', difference }, from: 0 });

  it('grows the principal a given amount a year faster: principal[t] × (1 + d)^t', () => {
    expect(filledSeries([1000, 0, 0, 0], faster(0.005), 4, 'people', [1000, 1000, 2000, 4000])).toEqual([1000, 1005, 2020, 4060]);
    expect(filledSeries([], faster(-0.1), 3, 'people', [100, 100, 100])).toEqual([null, 90, 81]);
  });

  it('offers every band of each variant, filled from its own principal; a variant is left alone if its principal has a gap', () => {
    const draft = setAtPath(setAtPath(exampleDraft(), ['ageBands', 0, 'variants'], { high: [1000, 0, 0, 0, 0] }), ['ageBands', 1, 'variants'], { high: [200, 0, 0, 0, 0] });
    const choices = populationChoices(draft);
    expect(choices.map((c) => c.label)).toEqual(['All age bands', '65-84', '85+', 'All age bands · high', '65-84 · high', '85+ · high']);
    const gap = setAtPath(draft, ['ageBands', 1, 'population', 3], null);
    const { draft: next, skipped } = fillSeries(gap, choices[3].series, faster(0.1));
    expect(next.ageBands[0].variants!.high).toEqual([1000, 1155, 1331, 1531, 1757]);
    expect(next.ageBands[1].variants).toBe(gap.ageBands[1].variants);
    expect(skipped).toEqual([{ name: '85+ · high', why: 'principal' }]);
  });
});
