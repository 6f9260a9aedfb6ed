import { describe, expect, it } from 'vitest';
import { formatInputValue, inputLabel } from '../../src/model/inputNames';
import { exampleBFile, validScenario } from './analysis/uncertaintyFixtures';

describe('names of the version 2 inputs (MODEL.md §13–17)', () => {
  const file = exampleBFile();
  file.services[2].unitsPerPerson = 520;
  file.investments[0].name = 'Reablement pilot';
  const scenario = validScenario(file);

  it('names each from the scenario’s own names and years', () => {
    const names = {
      'services/2/unitsPerPerson': 'Home care: units a person uses a year',
      'services/3/capacity/base': 'Residential care: capacity in 2025/26',
      'services/3/capacity/changes/0/units': 'Residential care: capacity change in 2027/28',
      'services/3/capacity/changes/1/year': 'Residential care: year of capacity change 2',
      'services/3/capacity/capitalCostPerUnit': 'Residential care: capital cost per place opened',
      'investments/0/endYear': 'Reablement pilot: last year funded',
      'partners/0/budget/2': 'County Council: budget in 2027/28',
      'ageBands/1/variants/high/4': 'Population aged 85+ (high projection) in 2029/30',
    };
    for (const [path, name] of Object.entries(names)) expect([path, inputLabel(scenario, path)]).toEqual([path, name]);
  });

  it('says "unit" where the service’s unit is no plain plural, and gives the path for what names nothing', () => {
    const other = exampleBFile();
    other.services[3].unit = 'people (average package)';
    expect(inputLabel(validScenario(other), 'services/3/capacity/capitalCostPerUnit')).toBe('Residential care: capital cost per unit opened');
    expect(inputLabel(scenario, 'ageBands/0/variants/middle/4')).toBe('ageBands/0/variants/middle/4');
    expect(inputLabel(scenario, 'services/3/capacity/changes/7/units')).toBe('services/3/capacity/changes/7/units');
  });

  it('formats each value by its kind in the input catalogue', () => {
    expect(formatInputValue('partners/0/budget/2', 1_400_000)).toBe('£1.40m');
    expect(formatInputValue('services/3/capacity/capitalCostPerUnit', 50_000)).toBe('£50,000');
    expect(formatInputValue('investments/0/endYear', 2028)).toBe('2028/29');
    expect(formatInputValue('services/3/capacity/changes/0/year', 2027.4)).toBe('2027/28');
    expect(formatInputValue('investments/0/lagYears', 1)).toBe('1 year');
    expect(formatInputValue('ageBands/1/variants/high/4', 3200)).toBe('3,200');
    expect(formatInputValue('services/2/unitsPerPerson', 520)).toBe('520');
    expect(formatInputValue('services/3/capacity/changes/0/units', -2)).toBe('-2');
    expect(formatInputValue('rebalancing/0/share', 0.2)).toBe('20.00%');
    expect(formatInputValue('services/3/costGrowth', 0.02)).toBe('2.00%');
    expect(formatInputValue('meta/discountRate', 0.035)).toBe('3.50%');
    expect(formatInputValue('envelope/0', 2_100_000)).toBe('£2.10m');
  });
});
