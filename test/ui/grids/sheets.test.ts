import { describe, expect, it } from 'vitest';
import { setAtPath } from '../../../src/ui/store/draft';
import {
  deflectionsSheet,
  envelopeSheet,
  headerWidth,
  investmentsSheet,
  levelSharesSheet,
  partnersSheet,
  populationSheet,
  rebalancingSheet,
  servicesSheet,
  yearAxis,
} from '../../../src/ui/grids/sheets';
import { sheetValues } from '../../../src/ui/grids/sheet';
import { exampleDraft } from './draftFixture';

const draft = exampleDraft();

describe('the yearly columns', () => {
  it('has one per year from the base year to the horizon, as financial years', () => {
    expect(yearAxis(draft)).toEqual({ count: 5, labels: ['2025/26', '2026/27', '2027/28', '2028/29', '2029/30'] });
  });

  it('shows every figure of a series longer than the horizon, and counts years while the base year is not a year', () => {
    const longer = setAtPath(setAtPath(draft, ['envelope', 5], 1), ['meta', 'baseYear'], 'soon');
    expect(yearAxis(longer)).toEqual({ count: 6, labels: ['Year 0', 'Year 1', 'Year 2', 'Year 3', 'Year 4', 'Year 5'] });
    expect(yearAxis(setAtPath(draft, ['meta', 'horizonYears'], 'abc')).count).toBe(5);
  });
});

describe('each grid shows its part of the draft', () => {
  it('population: a row per band, a column per year', () => {
    const sheet = populationSheet(draft);
    expect(sheet.columns.map((c) => c.header)).toEqual(['Age band', '2025/26', '2026/27', '2027/28', '2028/29', '2029/30', 'Source']);
    expect(sheet.rows[1].cells[3]).toEqual(['ageBands', 1, 'population', 2]);
    expect(sheetValues(sheet, draft)[1]).toEqual(['85+', 200, 220, 240, 260, 280, null]);
  });

  it('services: users by band, one column per band, and choices of partners', () => {
    const sheet = servicesSheet(draft);
    expect(sheet.columns.map((c) => c.key)).toEqual([
      'id',
      'name',
      'level',
      'funder',
      'unit',
      'unitCost',
      'costGrowth',
      'setting',
      'unitsPerPerson',
      'users:65-84',
      'users:85+',
      'pooled',
      'source',
    ]);
    expect(sheet.columns[3].choices).toEqual(['council', 'nhs']);
    expect(sheet.rows[3].cells[5]).toEqual(['services', 3, 'unitCost']);
    expect(sheet.rows[3].cells[10]).toEqual(['services', 3, 'baselineUsers', '85+']);
    expect(sheetValues(sheet, draft)[1]).toEqual(['reab', 'Reablement', 3, 'nhs', 'episodes', 2000, 0, null, null, 20, 10, true, null]);
  });

  it('keeps a band id that is markup as plain text in its header (the grid escapes it)', () => {
    const sheet = servicesSheet(setAtPath(draft, ['ageBands', 0, 'id'], '<img src=x onerror=alert(1)>'));
    expect(sheet.columns[9].header).toBe('Users <img src=x onerror=alert(1)>');
  });

  it('rebalancing and investments: dropdowns of service ids', () => {
    expect(rebalancingSheet(draft).columns[0].choices).toEqual(['hubs', 'reab', 'home', 'res']);
    expect(rebalancingSheet(draft).rows[0].label).toBe('Rule 1 (res to home)');
  });

  it('deflections: every investment\'s, with the investment shown but not editable', () => {
    const sheet = deflectionsSheet(draft);
    expect(sheet.columns[0].readOnly).toBe(true);
    expect(sheet.rows.map((r) => r.path)).toEqual([
      ['investments', 0, 'deflects', 0],
      ['investments', 0, 'deflects', 1],
    ]);
    expect(sheetValues(sheet, draft)).toEqual([
      ['Reablement expansion', 'res', 0.25],
      ['Reablement expansion', 'home', 0.5],
    ]);
  });

  it('partners: the pool share sits in the pool, by partner id', () => {
    const sheet = partnersSheet(draft);
    expect(sheet.rows[1].cells[2]).toEqual(['pool', 'contributions', 'nhs']);
    expect(sheetValues(sheet, draft)[1]).toEqual(['nhs', 'NHS', 0.4, null]);
  });

  it('envelope and level shares: rows only while the scenario has them', () => {
    expect(sheetValues(envelopeSheet(draft), draft)).toEqual([['Budget £ a year', 2100000, 2100000, 2100000, 2100000, 2100000]]);
    expect(levelSharesSheet(draft).rows[4].cells[1]).toEqual(['targetLevelShares', 4]);
    const without = setAtPath(setAtPath(draft, ['envelope'], undefined), ['targetLevelShares'], undefined);
    expect(envelopeSheet(without).rows).toEqual([]);
    expect(levelSharesSheet(without).rows).toEqual([]);
  });
});

describe('column widths', () => {
  it('leaves room for every header to be read whole', () => {
    const sheets = [populationSheet, servicesSheet, rebalancingSheet, investmentsSheet, deflectionsSheet, partnersSheet, envelopeSheet, levelSharesSheet].map((build) => build(draft));
    const cut = sheets.flatMap((sheet) => sheet.columns).filter((column) => column.width < headerWidth(column.header));
    expect(cut).toEqual([]);
    expect(headerWidth('Units avoided per unit bought')).toBeGreaterThan(200);
  });
});
