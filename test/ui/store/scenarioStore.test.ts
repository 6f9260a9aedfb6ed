import { describe, expect, it } from 'vitest';
import { getAtPath, parsePath, setAtPath, type ScenarioDraft } from '../../../src/ui/store/draft';
import { createScenarioStore } from '../../../src/ui/store/scenarioStore';

const draft = (): ScenarioDraft =>
  ({
    format: 'upstream-scenario',
    version: 1,
    meta: { name: 'Test', baseYear: 2025, horizonYears: 1 },
    ageBands: [{ id: '65+', population: [100, 110] }],
    partners: [{ id: 'council', name: 'Council' }],
    services: [{ id: 'home', name: 'Home care', level: 4, funder: 'council', unit: 'hours', unitCost: 20, baselineUsers: { '65+': 5 } }],
    rebalancing: [],
    investments: [],
  }) as ScenarioDraft;

describe('draft paths', () => {
  it('reads JSON paths with list indexes as numbers', () => {
    expect(parsePath('services/3/baselineUsers/85+')).toEqual(['services', 3, 'baselineUsers', '85+']);
  });

  it('sets a value without touching the original, sharing untouched branches', () => {
    const before = draft();
    const after = setAtPath(before, ['services', 0, 'unitCost'], 25);
    expect(getAtPath(after, ['services', 0, 'unitCost'])).toBe(25);
    expect(getAtPath(before, ['services', 0, 'unitCost'])).toBe(20);
    expect(after.ageBands).toBe(before.ageBands);
    expect(Array.isArray(after.services)).toBe(true);
  });

  it('removes an object key when set to undefined', () => {
    const after = setAtPath(draft(), ['services', 0, 'baselineUsers', '65+'], undefined);
    expect(after.services[0].baselineUsers).toEqual({});
  });
});

describe('the scenario store', () => {
  it('holds a version 1 scenario as version 2, whether it starts the store or replaces what is there (MODEL.md §12)', () => {
    const store = createScenarioStore(draft());
    expect(store.draft().version).toBe(2);
    store.replace({ ...draft(), meta: { name: 'Opened', baseYear: 2025, horizonYears: 1 } });
    expect(store.draft()).toMatchObject({ version: 2, meta: { name: 'Opened' } });
    store.undo();
    expect(store.draft()).toMatchObject({ version: 2, meta: { name: 'Test' } });
  });

  it('makes a block of edits one step of history', () => {
    const store = createScenarioStore(draft());
    store.setValues([
      { path: ['services', 0, 'unitCost'], value: 30 },
      { path: ['ageBands', 0, 'population', 1], value: 120 },
    ]);
    expect(store.draft().services[0].unitCost).toBe(30);
    store.undo();
    expect(store.draft().services[0].unitCost).toBe(20);
    expect(store.draft().ageBands[0].population[1]).toBe(110);
    expect(store.canUndo()).toBe(false);
    store.redo();
    expect(store.draft().ageBands[0].population[1]).toBe(120);
    expect(store.canRedo()).toBe(false);
  });

  it('keeps what was typed even when it is not a number', () => {
    const store = createScenarioStore(draft());
    store.setValues([{ path: ['services', 0, 'unitCost'], value: 'abc' }]);
    expect(store.draft().services[0].unitCost).toBe('abc');
  });

  it('a new edit after undo clears redo; replace can be undone', () => {
    const store = createScenarioStore(draft());
    store.setValues([{ path: ['meta', 'name'], value: 'A' }]);
    store.undo();
    store.setValues([{ path: ['meta', 'name'], value: 'B' }]);
    expect(store.canRedo()).toBe(false);
    const opened = { ...draft(), meta: { name: 'Opened', baseYear: 2030, horizonYears: 1 } } as ScenarioDraft;
    store.replace(opened);
    expect(store.draft().meta.name).toBe('Opened');
    store.undo();
    expect(store.draft().meta.name).toBe('B');
  });
});
