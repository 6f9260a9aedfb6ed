import { describe, expect, it } from 'vitest';
import { formatCount } from '../../../src/format/money';
import { peopleBySettingData } from '../../../src/ui/charts/peopleBySettingData';
import { COUNTED_TWICE } from '../../../src/ui/charts/peopleMapData';
import { countyView } from './countySample';

describe('people by setting over time', () => {
  const { results } = countyView();
  const data = peopleBySettingData(results);
  const H = results.years.length - 1;

  it('has a series for each setting present, in the vocabulary order, carrying the engine’s figures', () => {
    expect(data.settings.map((s) => s.name)).toEqual(['At home', 'Sheltered housing', 'Extra care housing', 'Residential care', 'Hospital']);
    const extraCare = data.settings[2];
    expect(extraCare.baseline).toEqual(results.baseline.peopleBySetting.extraCare);
    expect(extraCare.scenario).toEqual(results.scenario.peopleBySetting.extraCare);
    expect(new Set(data.settings.map((s) => s.colour)).size).toBe(data.settings.length);
  });

  it('says each setting’s figures now and at the horizon', () => {
    const home = results.baseline.peopleBySetting.home!;
    expect(data.settings[0].sentence).toBe(
      `${formatCount(home[0])} now → ${formatCount(results.scenario.peopleBySetting.home![H])} in 2025/26 (baseline ${formatCount(home[H])})`,
    );
  });

  it('tabulates each year baseline then scenario, a column a setting, with the note on counting twice', () => {
    expect(data.table.columns).toEqual(['Year', 'At home', 'Sheltered housing', 'Extra care housing', 'Residential care', 'Hospital']);
    expect(data.table.rows).toHaveLength(2 * results.years.length);
    const last = data.table.rows.at(-1)!;
    expect(last.header).toBe('2025/26 scenario');
    expect(last.cells[3]).toBe(formatCount(results.scenario.peopleBySetting.residential![H]));
    expect(data.table.caption).toContain(COUNTED_TWICE);
  });
});
