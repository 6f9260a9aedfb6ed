import { describe, expect, it } from 'vitest';
import { displayNumber, normaliseTyped, parseTypedFlag, parseTypedNumber, typedValueProblem } from '../../../src/ui/grids/cellKinds';

describe('numbers as finance people type them', () => {
  it.each([
    ['£12,000', 'money', 12000],
    ['12,000', 'money', 12000],
    [' 12000 ', 'money', 12000],
    ['£ 1,234,567.89', 'money', 1234567.89],
    ['-£5', 'money', -5],
    ['20%', 'share', 0.2],
    ['1.1%', 'share', 0.011],
    ['3.5%', 'growth', 0.035],
    ['-2%', 'growth', -0.02],
    ['0.25', 'rate', 0.25],
    ['2026/27', 'year', 2026],
    ['2026', 'year', 2026],
    ['106,800', 'count', 106800],
  ] as const)('reads %j in a %s cell as %d', (typed, kind, want) => {
    expect(parseTypedNumber(typed, kind)).toBe(want);
  });

  it.each([
    ['abc', 'money'],
    ['20%', 'money'],
    ['1,5', 'count'],
    ['12,00', 'money'],
    ['1e400', 'count'],
    ['£', 'money'],
    ['', 'count'],
  ] as const)('keeps %j in a %s cell exactly as typed', (typed, kind) => {
    expect(parseTypedNumber(typed, kind)).toBe(typed);
  });

  it('reads tick-box words and keeps anything else', () => {
    expect(parseTypedFlag('TRUE')).toBe(true);
    expect(parseTypedFlag(' no ')).toBe(false);
    expect(parseTypedFlag('maybe')).toBe('maybe');
  });

  it('trims ids and references but keeps text as typed', () => {
    expect(normaliseTyped('id', ' council ')).toBe('council');
    expect(normaliseTyped('choice', 'nhs ')).toBe('nhs');
    expect(normaliseTyped('text', ' Home care ')).toBe(' Home care ');
    expect(normaliseTyped('money', 12)).toBe(12);
  });
});

describe('how numbers read in their cells', () => {
  it('shows money in pounds with thousands separators, pence only when there are some', () => {
    expect(displayNumber(12000, 'money')).toBe('£12,000');
    expect(displayNumber(2088.5, 'money')).toBe('£2,088.50');
    expect(displayNumber(106800, 'count')).toBe('106,800');
    expect(displayNumber(2025, 'year')).toBe('2025/26');
    expect(displayNumber(0.2, 'share')).toBe('0.2');
  });
});

describe('the instant check of a typed cell', () => {
  it('names the column, what it expects and what was typed', () => {
    expect(typedValueProblem('Unit cost', 'money', 'abc')).toBe('Unit cost must be a number of pounds, not "abc"');
    expect(typedValueProblem('Pooled', 'flag', 'maybe')).toBe('Pooled must be ticked or not, not "maybe"');
    expect(typedValueProblem('Funder', 'choice', 'nhs2', ['council', 'nhs'])).toBe('Funder "nhs2" is not in the list: choose one of "council", "nhs"');
  });

  it('leaves numbers, blanks and listed choices to the worker', () => {
    expect(typedValueProblem('Unit cost', 'money', -5)).toBeNull();
    expect(typedValueProblem('Unit cost', 'money', null)).toBeNull();
    expect(typedValueProblem('Unit cost', 'money', '')).toBeNull();
    expect(typedValueProblem('Funder', 'choice', 'nhs', ['council', 'nhs'])).toBeNull();
    expect(typedValueProblem('Name', 'text', '<img src=x>')).toBeNull();
  });
});
