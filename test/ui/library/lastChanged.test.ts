import { describe, expect, it } from 'vitest';
import { lastChangedText } from '../../../src/ui/library/lastChanged';

describe('when a library entry last changed', () => {
  it('reads as day, short month, year and 24-hour time in local time', () => {
    const local = new Date(2026, 10, 22, 14, 32, 59);
    expect(lastChangedText(local.toISOString())).toBe('22 Nov 2026, 14:32');
    expect(lastChangedText(new Date(2026, 8, 3, 9, 5).toISOString())).toBe('3 Sep 2026, 09:05');
  });

  it('shows text that is not a timestamp as it is', () => {
    expect(lastChangedText('yesterday')).toBe('yesterday');
  });
});
