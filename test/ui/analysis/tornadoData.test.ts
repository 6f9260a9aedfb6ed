import { describe, expect, it } from 'vitest';
import { runTornado } from '../../../src/model/analysis/tornado';
import { tornadoData } from '../../../src/ui/analysis/tornadoData';
import { exampleAWithRanges } from '../../model/analysis/uncertaintyFixtures';

describe('the tornado chart', () => {
  const result = runTornado(exampleAWithRanges());
  const data = tornadoData(result);

  it('has one row per ranged input, largest swing first, with its label', () => {
    expect(data.labels).toEqual(result.entries.map((e) => e.label));
    expect(data.labels).toContain('Care home places avoided per reablement episode');
    const swings = result.entries.map((e) => e.swing);
    expect(swings).toEqual([...swings].sort((a, b) => b - a));
  });

  it('floats each bar from the central NPV to the NPV at the low or the high', () => {
    result.entries.forEach((e, i) => {
      expect(data.lowBars[i]).toEqual([result.centralNpv, e.npvAtLow]);
      expect(data.highBars[i]).toEqual([result.centralNpv, e.npvAtHigh]);
    });
  });

  it('tabulates both bounds, NPVs, the swing and the cumulative net saving in the inputs own terms', () => {
    expect(data.table.columns[6]).toBe('Cumulative net saving by 2029/30 at low');
    const amount = data.table.rows.find((row) => row.header === 'Reablement expansion: amount a year')!;
    expect(amount.cells.slice(0, 2)).toEqual(['£0', '£3.00m']);
    const discount = data.table.rows.find((row) => row.header === 'Discount rate')!;
    expect(discount.cells.slice(0, 2)).toEqual(['1.00%', '6.00%']);
  });

  it('names the input that moves the NPV most in its summary', () => {
    expect(data.summary).toContain(`Of 9 ranged inputs, ${result.entries[0].label} moves it most`);
  });
});
