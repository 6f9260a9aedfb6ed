import { describe, expect, it } from 'vitest';
import { csvField, csvText, guardFormula, guessDelimiter, parseCsv, readCsvTable } from '../../src/files/csv';

describe('csvField', () => {
  it('quotes fields holding commas, quotes or line breaks (RFC 4180), doubling quotes', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('Gloucester, county')).toBe('"Gloucester, county"');
    expect(csvField('the "best" case')).toBe('"the ""best"" case"');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField('cr\rhere')).toBe('"cr\rhere"');
  });

  it('writes numbers plain, with no £ or thousands separators; empty for null and non-finite', () => {
    expect(csvField(1370000)).toBe('1370000');
    expect(csvField(-12408.5)).toBe('-12408.5');
    expect(csvField(0.035)).toBe('0.035');
    expect(csvField(null)).toBe('');
    expect(csvField(Number.NaN)).toBe('');
    expect(csvField(Number.POSITIVE_INFINITY)).toBe('');
  });

  it('puts an apostrophe before text that Excel would run as a formula', () => {
    for (const start of ['=', '+', '-', '@']) expect(guardFormula(`${start}SUM(A1:A2)`)).toBe(`'${start}SUM(A1:A2)`);
    expect(csvField('=HYPERLINK("http://x","click")')).toBe('"\'=HYPERLINK(""http://x"",""click"")"');
    expect(guardFormula('Reablement')).toBe('Reablement');
    expect(guardFormula('a=b')).toBe('a=b');
    // negative numbers are numbers, not text, and stay as they are
    expect(csvField(-5)).toBe('-5');
  });
});

describe('csvText', () => {
  it('starts with a UTF-8 byte order mark, ends every line with CRLF and pads rows to one width', () => {
    const text = csvText([['Year', 'Spend (£)', 'Note'], ['2025/26', 1000], []]);
    expect(text.startsWith('\uFEFF')).toBe(true);
    expect(text.slice(1)).toBe('Year,Spend (£),Note\r\n2025/26,1000,\r\n,,\r\n');
  });
});

describe('parseCsv', () => {
  it('reads back what csvText writes, quotes, commas and line breaks included', () => {
    const rows = [['a', 'b, c', 'say "hi"'], ['multi\r\nline', '', '£5']];
    expect(parseCsv(csvText(rows))).toEqual(rows);
  });

  it('accepts LF or CR line ends and no final line end', () => {
    expect(parseCsv('a,b\nc,d')).toEqual([['a', 'b'], ['c', 'd']]);
    expect(parseCsv('a,b\rc,d\r')).toEqual([['a', 'b'], ['c', 'd']]);
  });

  it('keeps blank lines as rows so row numbers match the spreadsheet', () => {
    expect(parseCsv('a\n\nb\n')).toEqual([['a'], [''], ['b']]);
  });
});

describe('reading CSV from any locale', () => {
  it('tells the separator from the first line: tab, semicolon or comma', () => {
    expect(guessDelimiter('Name\tCost\nHome care\t1,5')).toBe('\t');
    expect(guessDelimiter('Name;Cost\nHome care;1,5')).toBe(';');
    expect(guessDelimiter('Name,Cost\nHome care,1.5')).toBe(',');
    expect(guessDelimiter('"Care; at home",Cost\n')).toBe(',');
    expect(guessDelimiter('\n\nName;Unit;Cost')).toBe(';');
  });

  it('reads semicolon and tab separated text as it reads commas, quotes and all', () => {
    const rows = [['Name', 'Note'], ['Home care', 'said "yes"; then no'], ['', '']];
    expect(parseCsv('Name;Note\r\nHome care;"said ""yes""; then no"\r\n;\r\n')).toEqual(rows);
    expect(parseCsv('Name\tNote\nHome care\t"said ""yes""; then no"\n\t\n')).toEqual(rows);
  });

  it('reads a European Excel CSV: semicolons and decimal commas, with point or space thousands', () => {
    const text = 'Name;Unit cost;Growth\r\nHome care;1.234,5;2,5%\r\nReablement;1234,5;0\r\nBeds;€ 1 234 567,25;-0,5%\r\nDays;1.234;x\r\n';
    expect(readCsvTable(text)).toEqual([
      ['Name', 'Unit cost', 'Growth'],
      ['Home care', '1234.5', '2.5%'],
      ['Reablement', '1234.5', '0'],
      ['Beds', '€ 1234567.25', '-0.5%'],
      ['Days', '1234', 'x'],
    ]);
  });

  it('leaves a comma file alone: its commas are separators or thousands', () => {
    expect(readCsvTable('Name,Unit cost\nHome care,"1,234.5"\n')).toEqual([['Name', 'Unit cost'], ['Home care', '1,234.5']]);
  });

  it('judges a tab-separated paste by its numbers', () => {
    expect(readCsvTable('Name\tCost\tUsers\nHome care\t1.234,5\t1,234\nBeds\t250,75\t3')).toEqual([
      ['Name', 'Cost', 'Users'],
      ['Home care', '1234.5', '1.234'],
      ['Beds', '250.75', '3'],
    ]);
    expect(readCsvTable('Name\tCost\tUsers\nHome care\t1,234.5\t1,234\nBeds\t250.75\t3')).toEqual([
      ['Name', 'Cost', 'Users'],
      ['Home care', '1,234.5', '1,234'],
      ['Beds', '250.75', '3'],
    ]);
  });
});
