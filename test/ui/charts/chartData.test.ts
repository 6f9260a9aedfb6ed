import { describe, expect, it } from 'vitest';
import { wrapLabel, yearSpan } from '../../../src/ui/charts/chartData';
import { exampleA } from './exampleA';

describe('chart data helpers', () => {
  it('breaks long axis labels between words', () => {
    expect(wrapLabel('4 Long-term community support', 14)).toEqual(['4 Long-term', 'community', 'support']);
    expect(wrapLabel('2 Prevention', 14)).toEqual(['2 Prevention']);
  });

  it('spans the years as financial years', () => {
    expect(yearSpan(exampleA().results)).toBe('2025/26 to 2029/30');
  });
});
