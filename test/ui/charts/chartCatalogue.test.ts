import { describe, expect, it } from 'vitest';
import { CHART_CATALOGUE, chartShows, comparedCharts, shownCharts, type CatalogueEntry } from '../../../src/ui/charts/chartCatalogue';
import { runModel } from '../../../src/model/kernel/results';
import { countyView } from './countySample';

const ids = (entries: readonly CatalogueEntry[]) => entries.map((entry) => entry.id);

describe('the chart catalogue', () => {
  const county = countyView();

  it('lists each chart once, under a name of its own', () => {
    expect(new Set(ids(CHART_CATALOGUE)).size).toBe(CHART_CATALOGUE.length);
    expect(new Set(CHART_CATALOGUE.map((entry) => entry.title)).size).toBe(CHART_CATALOGUE.length);
  });

  it('puts spend by level and net saving on the board view, in that order', () => {
    expect(ids(shownCharts(county, (entry) => entry.onBoard === true))).toEqual(['level-spend', 'net-saving']);
  });

  it('compares spend by level scenario by scenario', () => {
    expect(ids(comparedCharts([county, county]))).toEqual(['level-spend']);
  });

  it('shows a chart with no condition always, even before there are results', () => {
    const always: CatalogueEntry = { id: 'always', title: 'Always' };
    expect(chartShows(always, undefined)).toBe(true);
    expect(chartShows(always, county)).toBe(true);
  });

  it('shows a chart with a condition only when the results on screen meet it', () => {
    const withEnvelope: CatalogueEntry = { id: 'envelope-only', title: 'Envelope only', shows: (view) => view.results.summary.envelopeGap !== undefined };
    expect(chartShows(withEnvelope, undefined)).toBe(false);
    const withoutEnvelope = countyView();
    delete withoutEnvelope.results.summary.envelopeGap;
    expect(chartShows(withEnvelope, withoutEnvelope)).toBe(false);
    withoutEnvelope.results.summary.envelopeGap = [0];
    expect(chartShows(withEnvelope, withoutEnvelope)).toBe(true);
  });

  it('shows the envelope and commissioning gap charts only for a scenario that has an envelope and a desired position', () => {
    expect(ids(shownCharts(county))).toEqual(expect.arrayContaining(['envelope', 'commissioning-gap']));
    const without = countyView();
    delete without.scenario.envelope;
    delete without.scenario.targetLevelShares;
    const results = runModel(without.scenario);
    const shown = ids(shownCharts({ ...without, results }));
    expect(shown).not.toContain('envelope');
    expect(shown).not.toContain('commissioning-gap');
    expect(shown).toContain('people-map');
  });
});
