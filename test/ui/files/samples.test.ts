// Which sample the app starts with when there is nothing to restore.
import { describe, expect, it } from 'vitest';
import { FIRST_SAMPLE, loadSamples, startingSampleKey } from '../../../src/ui/files/samples';

describe('the starting sample', () => {
  it('is the forward plan unless the address names another sample', () => {
    expect(FIRST_SAMPLE).toBe('forward-plan');
    expect(startingSampleKey('')).toBe('forward-plan');
    expect(startingSampleKey('?sample=county')).toBe('county');
    expect(startingSampleKey('?lang=en&sample=victoria')).toBe('victoria');
  });

  it('ignores a name that is no sample', () => {
    expect(startingSampleKey('?sample=nowhere')).toBe('forward-plan');
    expect(startingSampleKey('?sample=')).toBe('forward-plan');
  });

  it('comes first in the list of samples, the others following by file name, each at the current file version', async () => {
    const samples = await loadSamples();
    expect(samples.map((s) => s.key)).toEqual(['forward-plan', 'changing-balances', 'county', 'victoria']);
    for (const sample of samples) expect(sample.draft.version).toBe(2);
  });
});
