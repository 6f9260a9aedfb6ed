import { describe, expect, it } from 'vitest';
import { pathInWords, problemInWords } from '../../../src/ui/grids/pathWords';
import { exampleDraft } from './draftFixture';

describe('problem paths in words', () => {
  const file = exampleDraft();

  it('counts from 1 and uses the names the file gives', () => {
    expect(pathInWords('services/2/level', file)).toBe('Service 3 "Home care", level');
    expect(pathInWords('services/2/baselineUsers/85+', file)).toBe('Service 3 "Home care", baseline users, 85+');
    expect(pathInWords('investments/0/deflects/1/rate', file)).toBe('Investment 1 "Reablement expansion", deflection 2, rate');
    expect(pathInWords('rebalancing/0/share', file)).toBe('Rebalancing rule 1, share');
  });

  it('reads yearly figures as financial years', () => {
    expect(pathInWords('ageBands/1/population/2', file)).toBe('Age band 2 "85+", population 2027/28');
    expect(pathInWords('envelope/0', file)).toBe('Budget envelope 2025/26');
    expect(pathInWords('ageBands/0/population/3', { ageBands: [{ id: '' }] })).toBe('Age band 1, population year 4');
  });

  it('names the details, whole parts and the whole file', () => {
    expect(pathInWords('meta/discountRate', file)).toBe('Details, discount rate');
    expect(pathInWords('pool', file)).toBe('The pooled budget');
    expect(pathInWords('', file)).toBe('The scenario file');
    expect(pathInWords('targetLevelShares/4', file)).toBe('Desired share of Level 5');
  });
});

describe('a problem as a line for people', () => {
  it('keeps the path in the file at the end', () => {
    expect(problemInWords({ path: 'services/2/level', message: 'must be a level from 1 to 5' }, exampleDraft())).toBe(
      'Service 3 "Home care", level: must be a level from 1 to 5 (services/2/level in the file)',
    );
    expect(problemInWords({ path: '', message: 'is not valid JSON' }, undefined)).toBe('The scenario file: is not valid JSON');
  });
});
