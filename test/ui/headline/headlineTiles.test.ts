import { describe, expect, it } from 'vitest';
import { formatPercent, formatPounds, formatPoundsShort } from '../../../src/format/money';
import { envelopeLine, headlineTiles } from '../../../src/ui/headline/headlineTiles';
import { exampleA } from '../charts/exampleA';
import { countySample } from '../charts/countySample';

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

  it('words a payback that is later lost as such, never as a year that pays back (MODEL.md §6)', () => {
    // A costly programme from 2029 with nothing deflected takes the scenario back into deficit.
    const lost = exampleA((s) => {
      s.investments.push({ name: 'Late programme', target: 'hubs', amount: 5_000_000, startYear: 2029, rampYears: 0, lagYears: 0, profile: 'linear', deflects: [] });
    });
    expect(lost.results.summary.firstBreakEvenYear).toBe(2026);
    expect(lost.results.summary.paybackYear).toBeNull();
    const payback = headlineTiles(lost.results, lost.scenario).find((tile) => tile.key === 'payback')!;
    expect(payback.value).toBe('Breaks even in 2026/27, back in deficit from 2029/30');
    expect(payback.detail).toMatch(/^Breaks even in 2026\/27 but is back in deficit from 2029\/30: -£[\d.]+m by 2029\/30\.$/);
  });

  it('shows the upstream share from the baseline now to the scenario at the horizon', () => {
    expect(tiles.upstream.value).toBe('5.1% → 6.8%');
    expect(tiles.upstream.detail).toBe(`2025/26 now → 2029/30 in the scenario; ${formatPercent(results.summary.upstreamShare.baseline[4])} in 2029/30 without it`);
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

  it('says how spend at the horizon stands against the envelope, when there is one', () => {
    const over = exampleA((s) => {
      s.envelope = [0, 0, 0, 0, 1_000_000];
    });
    const line = envelopeLine(over.results, over.scenario);
    expect(line?.over).toBe(true);
    expect(line?.text).toBe('Budget envelope in 2029/30: the scenario spends £1.58m against £1.00m (158% of it), £579k over.');
    const within = exampleA((s) => {
      s.envelope = Array(5).fill(1e12);
    });
    expect(envelopeLine(within.results, within.scenario)).toMatchObject({ over: false, text: expect.stringMatching(/within it\.$/) });
    const none = exampleA((s) => {
      delete s.envelope;
    });
    expect(envelopeLine(none.results, none.scenario)).toBeNull();
  });
});

describe('the NPV after capital (MODEL.md §14)', () => {
  it('shows in the NPV tile whenever the scenario spends capital, equal to the engine’s', () => {
    const { results, scenario } = countySample();
    const tiles = headlineTiles(results, scenario);
    expect(tiles.map((tile) => tile.key)).toEqual(['npv', 'payback', 'upstream', 'netSaving']);
    expect(tiles[0].also).toEqual({ label: 'NPV after capital', value: formatPoundsShort(results.summary.npvAfterCapital) });
    expect(tiles[0].also?.value).toBe('£11.1m');
    expect(tiles[0].explanation).toBe(
      "Every year's net saving to 2025/26, discounted at 3.5% a year (the HM Treasury Green Book rate) and added up. " +
        `After capital: less the £55.5m spent on new places, discounted too (${formatPounds(results.summary.npvAfterCapital)}).`,
    );
  });

  it('is not shown when no capital is spent', () => {
    const noCapital = countySample((s) => s.services.forEach((service) => service.capacity && (service.capacity.capitalCostPerUnit = 0)));
    expect(noCapital.results.summary.capital.every((amount) => amount === 0)).toBe(true);
    expect(headlineTiles(noCapital.results, noCapital.scenario)[0].also).toBeUndefined();
    const { results, scenario } = exampleA();
    expect(headlineTiles(results, scenario)[0].also).toBeUndefined();
  });
});
