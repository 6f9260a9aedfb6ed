import { describe, expect, it } from 'vitest';
import { headlineTiles } from '../../../src/ui/headline/headlineTiles';
import { exampleA } from '../charts/exampleA';

describe('headline figures for worked example A', () => {
  const { results, scenario } = exampleA();
  const tiles = Object.fromEntries(headlineTiles(results, scenario).map((tile) => [tile.key, tile]));

  it('shows the NPV short, exact in the detail, and names the Green Book rate', () => {
    expect(tiles.npv.value).toBe('£857k');
    expect(tiles.npv.detail).toBe('£856,974, 2025/26 to 2029/30');
    expect(tiles.npv.explanation).toContain('3.5% a year (the HM Treasury Green Book rate)');
  });

  it('shows the payback year as a financial year', () => {
    expect(tiles.payback.value).toBe('2026/27');
  });

  it('shows the upstream share from the baseline now to the scenario at the horizon', () => {
    expect(tiles.upstream.value).toBe('5.1% → 6.8%');
    expect(tiles.upstream.detail).toBe('2025/26 now → 2029/30 in the scenario');
  });

  it('shows the net saving at the horizon with the total over all years', () => {
    expect(tiles.netSaving.label).toBe('Net saving in 2029/30');
    expect(tiles.netSaving.value).toBe('£318k');
    expect(tiles.netSaving.detail).toBe('£947,659 over all years');
  });

  it('says when the scenario does not pay back within the horizon, or invests nothing', () => {
    const noPayback = exampleA((s) => {
      s.investments[0].deflects = [];
      s.rebalancing = [];
      s.meta.discountRate = 0.05;
    });
    const noPaybackTiles = headlineTiles(noPayback.results, noPayback.scenario);
    expect(noPaybackTiles[1].value).toBe('Not within the horizon');
    expect(noPaybackTiles[0].explanation).toBe("Every year's net saving to 2029/30, discounted at 5.0% a year and added up.");
    const nothing = exampleA((s) => {
      s.investments = [];
    });
    expect(headlineTiles(nothing.results, nothing.scenario)[1].value).toBe('Nothing invested');
  });

  it('gives every tile a one-line explanation', () => {
    for (const tile of Object.values(tiles)) expect(tile.explanation).toMatch(/^[A-Z].{20,200}\.$/);
  });
});
