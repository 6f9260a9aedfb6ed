import { describe, expect, it } from 'vitest';
import { importChanges } from '../../../src/ui/import/importPreviewTables';
import { exampleA, exampleB } from '../../support/exampleA';

describe('what an import will change', () => {
  const before = exampleA().scenario;

  it('marks each changed population figure with what it was, and a new age band as new', () => {
    const after = exampleA((s) => {
      s.ageBands[1].population[4] = 300;
      s.ageBands.push({ id: '95+', population: [10, 11, 12, 13, 14] });
    }).scenario;
    const { population, services } = importChanges(before, after, { population: true, services: false });
    expect(services).toBeUndefined();
    expect(population?.years).toEqual(['2025/26', '2026/27', '2027/28', '2028/29', '2029/30']);
    expect(population?.rows.map((row) => [row.band, row.isNew])).toEqual([['65-84', false], ['85+', false], ['95+', true]]);
    expect(population?.rows[1].cells[4]).toEqual({ text: '300', was: '280', changed: true });
    expect(population?.rows[1].cells[3]).toEqual({ text: '260', was: '260', changed: false });
    expect(population?.rows[2].cells[0]).toEqual({ text: '10', was: null, changed: true });
    expect(population?.changedFigures).toBe(6);
    expect(population?.removed).toEqual([]);
  });

  it('says which services are added, changed or unchanged, and which will go', () => {
    const after = exampleA((s) => {
      s.services[0].unitCost = 120;
      s.services = s.services.filter((service) => service.id !== 'reab');
      s.services.push({ ...s.services[0], id: 'falls', name: 'Falls prevention', level: 2, unitCost: 150 });
    }).scenario;
    const { services, differences } = importChanges(before, after, { population: false, services: true });
    expect(services?.rows.map((row) => [row.id, row.status])).toEqual([
      ['hubs', 'Changed'],
      ['home', 'No change'],
      ['res', 'No change'],
      ['falls', 'Added'],
    ]);
    expect(services?.rows[0]).toMatchObject({ name: 'Community hubs', level: '1', funder: 'County Council', unitCost: '£120' });
    expect(services?.removed).toEqual(['Reablement']);
    expect(differences.map((d) => d.text)).toContain('Community hubs: unit cost: £100 → £120');
  });

  it('finds no differences when the file holds what the scenario has', () => {
    expect(importChanges(before, exampleA().scenario, { population: true, services: true }).differences).toEqual([]);
  });
});

describe('what an import of capacity and budgets changes', () => {
  it('counts the capacities and budgets the file sets, and lists each changed figure in words', () => {
    const before = exampleB().scenario;
    const after = exampleB((s) => {
      s.services[3].capacity!.base = 30;
      s.partners[1].budget = [1, 2, 3, 4, 5];
    }).scenario;
    const changes = importChanges(before, after, { population: false, services: false, capacityCount: 1, budgetsCount: 2 });
    expect([changes.capacityCount, changes.budgetsCount, changes.population, changes.services]).toEqual([1, 2, undefined, undefined]);
    expect(changes.differences.map((d) => d.path)).toEqual(['partners/1/budget', 'services/3/capacity/base']);
  });
});
