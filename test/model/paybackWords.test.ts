import { describe, expect, it } from 'vitest';
import { runModel } from '../../src/model/kernel/results';
import { describePayback, paybackCell } from '../../src/model/paybackWords';
import { exampleBFile, lostPaybackFile, validScenario } from './analysis/uncertaintyFixtures';

const years = Array.from({ length: 14 }, (_, t) => 2012 + t);

describe('payback in words (MODEL.md §6)', () => {
  it('says a lost payback is lost, with the year it went back into deficit and where it ends', () => {
    const cumulative = [-5e6, 1e6, 2e6, 3e6, 2e6, -1e6, -3e6, -10e6, -50e6, -90e6, -150e6, -200e6, -250e6, -300e6];
    const words = describePayback({ paybackYear: null, firstBreakEvenYear: 2013, cumulativeNetSaving: cumulative }, years);
    expect(words).toEqual({
      headline: 'Breaks even in 2013/14, back in deficit from 2017/18',
      sentence: 'Breaks even in 2013/14 but is back in deficit from 2017/18: -£300m by 2025/26.',
    });
  });

  it('counts a cumulative saving just under 0 (rounding) as still paid back, as the engine does', () => {
    const cumulative = [-5, 10, -0.005, -0.02, 40];
    const words = describePayback({ paybackYear: 2016, firstBreakEvenYear: 2013, cumulativeNetSaving: cumulative }, [2012, 2013, 2014, 2015, 2016]);
    expect(words.sentence).toBe('Breaks even in 2013/14 but is back in deficit from 2015/16; pays back for good in 2016/17, £40 by 2016/17.');
  });

  it('words the engine’s own lost payback', () => {
    const results = runModel(validScenario(lostPaybackFile()));
    expect(results.summary).toMatchObject({ paybackYear: null, firstBreakEvenYear: 2027 });
    expect(describePayback(results.summary, results.years)).toEqual({
      headline: 'Breaks even in 2027/28, back in deficit from 2028/29',
      sentence: `Breaks even in 2027/28 but is back in deficit from 2028/29: -£${Math.round(-results.summary.cumulativeNetSaving[4]).toLocaleString('en-GB')} by 2029/30.`,
    });
  });

  it('words a payback that lasts and one that never comes', () => {
    const results = runModel(validScenario(exampleBFile()));
    expect(describePayback(results.summary, results.years)).toEqual({
      headline: 'Pays back in 2026/27',
      sentence: 'Pays back in 2026/27 and stays paid back: cumulative net saving £919,036 by 2029/30.',
    });
    const never = describePayback({ paybackYear: null, firstBreakEvenYear: null, cumulativeNetSaving: [0, -10, -2_500_000] }, [2025, 2026, 2027]);
    expect(never).toEqual({ headline: 'Does not pay back by 2027/28', sentence: 'Does not pay back by 2027/28: cumulative net saving -£2.50m by 2027/28.' });
  });

  it('fills a table cell from the two years alone', () => {
    expect(paybackCell({ paybackYear: 2027, firstBreakEvenYear: 2027 })).toBe('2027/28');
    expect(paybackCell({ paybackYear: null, firstBreakEvenYear: null })).toBe('none');
    expect(paybackCell({ paybackYear: null, firstBreakEvenYear: 2027 })).toBe('none (broke even in 2027/28, then back in deficit)');
    expect(paybackCell({ paybackYear: 2030, firstBreakEvenYear: 2027 })).toBe('2030/31 (broke even in 2027/28, then back in deficit)');
  });
});
