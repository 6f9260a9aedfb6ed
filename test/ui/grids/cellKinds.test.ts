import { describe, expect, it } from 'vitest';
import { displayNumber, normaliseTyped, parseTypedFlag, parseTypedNumber, typedValueProblem, typingHint } from '../../../src/ui/grids/cellKinds';

describe('numbers as finance people type them', () => {
  it.each([
    ['£12,000', 'money', 12000],
    ['12,000', 'money', 12000],
    [' 12000 ', 'money', 12000],
    ['£ 1,234,567.89', 'money', 1234567.89],
    ['-£5', 'money', -5],
    ['−£300k', 'money', -300_000],
    ['−0.5%', 'rate', -0.005],
    ['20%', 'share', 0.2],
    ['1.1%', 'share', 0.011],
    ['3.5%', 'growth', 0.035],
    ['-2%', 'growth', -0.02],
    ['0.25', 'rate', 0.25],
    ['2026/27', 'year', 2026],
    ['2026', 'year', 2026],
    ['106,800', 'count', 106800],
    ['£4.5m', 'money', 4_500_000],
    ['4.5m', 'money', 4_500_000],
    ['£1.2bn', 'money', 1_200_000_000],
    ['£450k', 'money', 450_000],
    ['£1,200k', 'money', 1_200_000],
    ['-£3m', 'money', -3_000_000],
    ['(£3m)', 'money', -3_000_000],
    ['£2.37M', 'money', 2_370_000],
    ['0.2', 'share', 0.2],
    ['20', 'share', 0.2],
    ['1', 'share', 1],
    ['100', 'share', 1],
    ['0.02', 'growth', 0.02],
    ['2', 'growth', 2],
    ['150', 'share', 150],
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
    ['m', 'money'],
    ['£4.5x', 'money'],
    ['4.5m', 'count'],
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

describe('what a cell reads back', () => {
  it('reads back what it shows and what Upstream writes elsewhere', () => {
    for (const value of [0.2, 0.035, 0.011]) expect(parseTypedNumber(displayNumber(value, 'share'), 'share')).toBe(value);
    for (const value of [1_370_000, 2_088.5]) expect(parseTypedNumber(displayNumber(value, 'money'), 'money')).toBe(value);
  });

  it('says in the tooltip how shares are typed', () => {
    expect(typingHint('share')).toMatch(/20% or 0\.2.*20, is read as 20%/);
    expect(typingHint('text')).toBeUndefined();
  });
});

describe('how numbers read in their cells', () => {
  it('shows money in pounds with thousands separators, pence only when there are some', () => {
    expect(displayNumber(12000, 'money')).toBe('£12,000');
    expect(displayNumber(2088.5, 'money')).toBe('£2,088.50');
    expect(displayNumber(106800, 'count')).toBe('106,800');
    expect(displayNumber(2025, 'year')).toBe('2025/26');
    expect(displayNumber(0.2, 'share')).toBe('20%');
    expect(displayNumber(0.07, 'growth')).toBe('7%');
    expect(displayNumber(0.25, 'rate')).toBe('0.25');
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
