import { describe, expect, it } from 'vitest';
import {
  addDeflection,
  addEnvelope,
  addLevelShares,
  addRow,
  removeDeflections,
  removeOptional,
  removeRows,
  removeServicesAndUsers,
  serviceUsers,
  resizePopulation,
  resizeSeries,
  setHorizon,
  uniqueId,
} from '../../../src/ui/grids/structure';
import { exampleDraft } from './draftFixture';

const draft = exampleDraft();
const rangePaths = (d: ReturnType<typeof exampleDraft>) => d.uncertainty!.map((r) => r.path);

describe('adding rows', () => {
  it('gives each new row an id no other row has', () => {
    expect(uniqueId(['service1', 'service3'], 'service')).toBe('service4');
    expect(uniqueId(['band1', 'band2', 'band3'], 'band')).toBe('band4');
  });

  it('adds a band with a figure for every year, and a service funded by the first partner', () => {
    const withBand = addRow(draft, 'ageBands');
    expect(withBand.ageBands[2]).toEqual({ id: 'band3', population: [0, 0, 0, 0, 0] });
    const withService = addRow(draft, 'services');
    expect(withService.services[4]).toMatchObject({ id: 'service5', funder: 'council', unitCost: 0, baselineUsers: {} });
    expect(withService.services[0]).toBe(draft.services[0]);
  });

  it('starts new rules and investments in the base year', () => {
    expect(addRow(draft, 'rebalancing').rebalancing[1]).toMatchObject({ from: 'hubs', to: 'reab', startYear: 2025 });
    expect(addRow(draft, 'investments').investments[1]).toMatchObject({ target: 'hubs', startYear: 2025, deflects: [] });
  });

  it('adds a deflection of a service other than the investment\'s target', () => {
    expect(addDeflection(draft, 0).investments[0].deflects[2]).toEqual({ service: 'hubs', rate: 0 });
  });
});

describe('removing rows', () => {
  it('moves the uncertainty ranges that name later rows by place, and drops those on removed rows', () => {
    const next = removeRows(draft, 'services', [0, 3]);
    expect(next.services.map((s) => s.id)).toEqual(['reab', 'home']);
    expect(rangePaths(next)).toEqual(['investments/0/deflects/1/rate', 'ageBands/1/population/4']);
    expect(rangePaths(removeRows(draft, 'ageBands', [0]))).toEqual(['investments/0/deflects/1/rate', 'services/3/baselineUsers/85+', 'ageBands/0/population/4']);
  });

  it('takes a removed band\'s users and a removed partner\'s pool share with it', () => {
    const noBand = removeRows(draft, 'ageBands', [1]);
    expect(noBand.services[3].baselineUsers).toEqual({ '65-84': 5 });
    expect(rangePaths(noBand)).toEqual(['investments/0/deflects/1/rate']);
    const noPartner = removeRows(draft, 'partners', [1]);
    expect(noPartner.pool!.contributions).toEqual({ council: 0.6 });
    expect(noPartner.services[1].funder).toBe('nhs');
  });

  it('removes deflections and moves ranges on later ones', () => {
    const next = removeDeflections(draft, [[0, 0]]);
    expect(next.investments[0].deflects).toEqual([{ service: 'home', rate: 0.5 }]);
    expect(rangePaths(next)[0]).toBe('investments/0/deflects/0/rate');
  });
});

describe('the horizon', () => {
  it('extends series by repeating the last figure and cuts them from the end', () => {
    expect(resizeSeries([1, 2, 3], 5)).toEqual([1, 2, 3, 3, 3]);
    expect(resizeSeries([1, 2, 3], 2)).toEqual([1, 2]);
    expect(resizeSeries([], 2)).toEqual([0, 0]);
  });

  it('extends a population by its last growth, or by its last figure when there is no growth to read', () => {
    expect(resizePopulation([100, 110], 4)).toEqual([100, 110, 121, 133]);
    expect(resizePopulation([0, 50], 3)).toEqual([0, 50, 50]);
    expect(resizePopulation([100, 'lots'], 3)).toEqual([100, 'lots', 'lots']);
    expect(resizePopulation([100, 110, 121], 2)).toEqual([100, 110]);
  });

  it('resizes every yearly series when set to a whole number of years', () => {
    const longer = setHorizon(draft, '6');
    expect(longer.meta.horizonYears).toBe(6);
    // The last year's growth, 280 ÷ 260, goes on: 280 × 1.0769 = 302, then 325.
    expect(longer.ageBands[1].population).toEqual([200, 220, 240, 260, 280, 302, 325]);
    expect(longer.envelope).toHaveLength(7);
    const shorter = setHorizon(draft, '2');
    expect(shorter.ageBands[0].population).toEqual([1000, 1050, 1100]);
    expect(rangePaths(shorter)).toEqual(['investments/0/deflects/1/rate', 'services/3/baselineUsers/85+']);
  });

  it('keeps anything else as typed and leaves the series alone', () => {
    const typed = setHorizon(draft, 'ten');
    expect(typed.meta.horizonYears).toBe('ten');
    expect(typed.ageBands).toBe(draft.ageBands);
    expect(setHorizon(draft, '').meta.horizonYears).toBeNull();
  });
});

describe('the optional envelope and desired level shares', () => {
  it('adds them ready to fill in and removes them whole', () => {
    const none = removeOptional(removeOptional(draft, 'envelope'), 'targetLevelShares');
    expect(none).not.toHaveProperty('envelope');
    expect(none).not.toHaveProperty('targetLevelShares');
    expect(addEnvelope(none).envelope).toEqual([0, 0, 0, 0, 0]);
    expect(addLevelShares(none).targetLevelShares).toEqual([0.2, 0.2, 0.2, 0.2, 0.2]);
  });
});

describe('removing services that other rows name', () => {
  it('names the rules, investments and deflections that use them', () => {
    // Home care (2): the rule moves residential care to it; the reablement expansion avoids some of it.
    const users = serviceUsers(exampleDraft(), [2]);
    expect(users).toEqual({
      rules: [0],
      investments: [],
      deflections: [[0, 1]],
      names: ['rebalancing rule 1 (Residential care → Home care)', 'the demand "Reablement expansion" avoids for Home care'],
    });
    expect(serviceUsers(exampleDraft(), [0]).names).toEqual([]);
  });

  it('takes an investment whole when its target goes, rather than its deflections one by one', () => {
    const users = serviceUsers(exampleDraft(), [1]);
    expect(users).toMatchObject({ rules: [], investments: [0], deflections: [], names: ['investment "Reablement expansion"'] });
  });

  it('removes the services and everything naming them as one change', () => {
    const draft = { ...exampleDraft(), uncertainty: [{ path: 'investments/0/deflects/0/rate', low: 0.2, high: 0.3 }, { path: 'investments/0/deflects/1/rate', low: 0.4, high: 0.6 }] };
    const next = removeServicesAndUsers(draft, [2]);
    expect(next.services.map((s) => s.id)).toEqual(['hubs', 'reab', 'res']);
    expect(next.rebalancing).toEqual([]);
    expect(next.investments[0].deflects).toEqual([{ service: 'res', rate: 0.25 }]);
    expect(next.uncertainty).toEqual([{ path: 'investments/0/deflects/0/rate', low: 0.2, high: 0.3 }]);
  });
});
