import { describe, expect, it } from 'vitest';
import { exportFileName, safeFileStem, scenarioFileName } from '../../src/files/fileNames';

describe('file names from scenario names', () => {
  it('keeps an ordinary name and adds .upstream.json', () => {
    expect(scenarioFileName('Gloucestershire older people 2025')).toBe('Gloucestershire older people 2025.upstream.json');
  });

  it('replaces characters file systems refuse', () => {
    expect(scenarioFileName('Plan: 2025/26 <draft> "v2" | a\\b * ?')).toBe('Plan- 2025-26 -draft- -v2- - a-b - -.upstream.json');
    expect(safeFileStem('tab\there\nnewline')).toBe('tab here newline');
  });

  it('drops leading and trailing dots and spaces, and never gives an empty name', () => {
    expect(safeFileStem('  ..hidden.  ')).toBe('hidden');
    expect(safeFileStem('...')).toBe('scenario');
    expect(safeFileStem('')).toBe('scenario');
  });

  it('avoids Windows device names', () => {
    expect(scenarioFileName('CON')).toBe('CON-scenario.upstream.json');
    expect(safeFileStem('lpt1')).toBe('lpt1-scenario');
    expect(safeFileStem('Console')).toBe('Console');
  });

  it('cuts long names to 100 characters without splitting a character', () => {
    const stem = safeFileStem('😀'.repeat(150));
    expect([...stem]).toHaveLength(100);
    expect(stem).toBe('😀'.repeat(100));
  });

  it('keeps £ and accented letters', () => {
    expect(safeFileStem('Café £2m plan')).toBe('Café £2m plan');
  });

  it('names exports beside the scenario file', () => {
    expect(exportFileName('Plan: A', 'results', 'csv')).toBe('Plan- A results.csv');
    expect(exportFileName('Plan', '', 'xlsx')).toBe('Plan.xlsx');
  });
});
