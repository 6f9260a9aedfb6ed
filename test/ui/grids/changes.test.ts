import { describe, expect, it } from 'vitest';
import { applyPlan, planChanges } from '../../../src/ui/grids/changes';
import { deflectionsSheet, partnersSheet, populationSheet, servicesSheet } from '../../../src/ui/grids/sheets';
import { setAtPath } from '../../../src/ui/store/draft';
import { exampleDraft } from './draftFixture';

const draft = exampleDraft();

describe('a grid change as edits to the draft', () => {
  it('turns a pasted block into one list of edits at the cells\' draft paths', () => {
    const sheet = servicesSheet(draft);
    const plan = planChanges(sheet, draft, [
      { row: 0, col: 5, value: '£12,000' },
      { row: 1, col: 5, value: 'abc' },
      { row: 1, col: 6, value: '' },
    ]);
    expect(plan.edits).toEqual([
      { path: ['services', 0, 'unitCost'], value: 12000 },
      { path: ['services', 1, 'unitCost'], value: 'abc' },
      { path: ['services', 1, 'costGrowth'], value: undefined },
    ]);
    expect(plan.renames.size).toBe(0);
    const next = applyPlan(draft, plan);
    expect(next.services[1]).not.toHaveProperty('costGrowth');
    expect(next.services[2]).toBe(draft.services[2]);
  });

  it('leaves out cells whose value did not change, so they make no step of history', () => {
    const plan = planChanges(servicesSheet(draft), draft, [
      { row: 0, col: 5, value: '£100' },
      { row: 0, col: 1, value: 'Community hubs' },
      { row: 0, col: 12, value: '' },
    ]);
    expect(plan.edits).toEqual([]);
  });

  it('ignores cells that only show other inputs', () => {
    expect(planChanges(deflectionsSheet(draft), draft, [{ row: 0, col: 0, value: 'Renamed' }]).edits).toEqual([]);
  });

  it('drops a pool emptied of every share when nothing is pooled, so it is not a pool adding up to 0', () => {
    const nothingPooled = setAtPath(setAtPath(draft, ['services', 1, 'pooled'], false), ['services', 2, 'pooled'], false);
    const sheet = partnersSheet(nothingPooled);
    const plan = planChanges(sheet, nothingPooled, [
      { row: 0, col: 2, value: '' },
      { row: 1, col: 2, value: null },
    ]);
    expect(applyPlan(nothingPooled, plan)).not.toHaveProperty('pool');
    expect(applyPlan(draft, planChanges(partnersSheet(draft), draft, [{ row: 0, col: 2, value: '' }, { row: 1, col: 2, value: '' }])).pool).toEqual({ contributions: {} });
  });
});

describe('renaming an id renames every reference to it in the same step', () => {
  it('a service: rebalancing from/to, investment targets and deflections', () => {
    const plan = planChanges(servicesSheet(draft), draft, [{ row: 3, col: 0, value: 'care-homes' }]);
    const next = applyPlan(draft, plan);
    expect(next.services[3].id).toBe('care-homes');
    expect(next.rebalancing[0]).toMatchObject({ from: 'care-homes', to: 'home' });
    expect(next.investments[0].deflects[0].service).toBe('care-homes');
    expect(next.investments[0].target).toBe('reab');
  });

  it('a partner: funders, payers and pool keys, keeping the pool\'s order', () => {
    const next = applyPlan(draft, planChanges(partnersSheet(draft), draft, [{ row: 0, col: 0, value: 'county' }]));
    expect(next.services.map((s) => s.funder)).toEqual(['county', 'nhs', 'county', 'county']);
    expect(Object.keys(next.pool!.contributions)).toEqual(['county', 'nhs']);
    const payer = applyPlan(draft, planChanges(partnersSheet(draft), draft, [{ row: 1, col: 0, value: 'icb' }]));
    expect(payer.investments[0].paidBy).toBe('icb');
  });

  it('a band: users keys and the ranges that name them', () => {
    const next = applyPlan(draft, planChanges(populationSheet(draft), draft, [{ row: 1, col: 0, value: '85-plus' }]));
    expect(next.services[3].baselineUsers).toEqual({ '65-84': 5, '85-plus': 15 });
    expect(next.uncertainty!.map((r) => r.path)).toContain('services/3/baselineUsers/85-plus');
  });

  it('two ids swapped by one paste stay swapped', () => {
    const next = applyPlan(draft, planChanges(partnersSheet(draft), draft, [
      { row: 0, col: 0, value: 'nhs' },
      { row: 1, col: 0, value: 'council' },
    ]));
    expect(next.services.map((s) => s.funder)).toEqual(['nhs', 'council', 'nhs', 'nhs']);
    expect(next.pool!.contributions).toEqual({ nhs: 0.6, council: 0.4 });
  });

  it('does not carry references onto an id another row already has', () => {
    const plan = planChanges(servicesSheet(draft), draft, [{ row: 3, col: 0, value: 'home' }]);
    expect(plan.renames.size).toBe(0);
    expect(applyPlan(draft, plan).rebalancing[0].from).toBe('res');
  });
});
