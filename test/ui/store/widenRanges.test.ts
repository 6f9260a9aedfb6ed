import { migrateDraft } from '../../../src/model';
import { describe, expect, it } from 'vitest';
import { setAtPath, type ScenarioDraft } from '../../../src/ui/store/draft';
import { createScenarioStore } from '../../../src/ui/store/scenarioStore';
import { widenRanges } from '../../../src/ui/store/widenRanges';

const ranged = (): ScenarioDraft =>
  ({
    format: 'upstream-scenario',
    version: 1,
    meta: { name: 'Test', baseYear: 2025, horizonYears: 1, discountRate: 0.035 },
    ageBands: [],
    partners: [],
    services: [],
    rebalancing: [{ from: 'res', to: 'home', share: 0.2, startYear: 2026 }],
    investments: [],
    uncertainty: [
      { path: 'rebalancing/0/share', low: 0.1, high: 0.3 },
      { path: 'meta/discountRate', low: 0.03, high: 0.04 },
    ],
  }) as ScenarioDraft;

describe('widening a range to take its input', () => {
  it('moves the high end up to a value above the range, and says so', () => {
    const before = ranged();
    const { draft, widened } = widenRanges(before, setAtPath(before, ['rebalancing', 0, 'share'], 0.45));
    expect(draft.uncertainty?.[0]).toEqual({ path: 'rebalancing/0/share', low: 0.1, high: 0.45 });
    expect(draft.uncertainty?.[1]).toBe(before.uncertainty?.[1]);
    expect(widened).toEqual([{ path: 'rebalancing/0/share', value: 0.45 }]);
  });

  it('moves the low end down to a value below the range', () => {
    const before = ranged();
    const { draft } = widenRanges(before, setAtPath(before, ['meta', 'discountRate'], 0));
    expect(draft.uncertainty?.[1]).toEqual({ path: 'meta/discountRate', low: 0, high: 0.04 });
  });

  it('leaves ranges alone while values stay inside them', () => {
    const before = ranged();
    const after = setAtPath(before, ['rebalancing', 0, 'share'], 0.25);
    expect(widenRanges(before, after)).toEqual({ draft: after, widened: [] });
  });

  it('does not undo a range the user narrowed past the value themselves', () => {
    const before = ranged();
    const after = setAtPath(before, ['uncertainty', 0, 'high'], 0.15);
    expect(widenRanges(before, after).draft).toBe(after);
  });

  it('ignores a value that is not a number yet', () => {
    const before = ranged();
    const after = setAtPath(before, ['rebalancing', 0, 'share'], 'lots');
    expect(widenRanges(before, after).draft).toBe(after);
  });
});

describe('the store widens ranges in the same step of history', () => {
  it('undoes the value and the widening together, and notes the widening while it lasts', () => {
    const store = createScenarioStore(ranged());
    store.setValues([{ path: ['rebalancing', 0, 'share'], value: 0.5 }]);
    expect(store.draft().uncertainty?.[0].high).toBe(0.5);
    expect(store.widenedTo('rebalancing/0/share')).toBe(0.5);
    store.undo();
    expect(store.draft().rebalancing[0].share).toBe(0.2);
    expect(store.draft().uncertainty?.[0].high).toBe(0.3);
    expect(store.widenedTo('rebalancing/0/share')).toBeUndefined();
    store.redo();
    expect(store.widenedTo('rebalancing/0/share')).toBe(0.5);
  });

  it('keeps an opened file as it is', () => {
    const store = createScenarioStore(ranged());
    const opened = setAtPath(ranged(), ['rebalancing', 0, 'share'], 0.9);
    store.replace(opened);
    // Only brought up to the current file version, as every draft entering the store is.
    expect(store.draft()).toStrictEqual(migrateDraft(opened));
  });
});
