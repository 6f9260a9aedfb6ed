// What every chart's data mapping returns besides its series: the accessible
// table and the one-sentence summary read out for the canvas.
import { financialYear } from '../../model';
import type { Results } from '../../model';

export interface TableRow {
  header: string;
  cells: string[];
}

export interface DataTable {
  caption: string;
  /** Column headings, the row-header column first. */
  columns: string[];
  rows: TableRow[];
}

/** The years as finance leads write them, "2025/26". */
export function yearLabels(results: Results): string[] {
  return results.years.map(financialYear);
}

/** Index of the last year, H. */
export function horizonIndex(results: Results): number {
  return results.years.length - 1;
}

/** "2025/26 to 2029/30". */
export function yearSpan(results: Results): string {
  return `${financialYear(results.years[0])} to ${financialYear(results.years[horizonIndex(results)])}`;
}

/** A long axis label as lines of about `width` characters, broken between words. */
export function wrapLabel(text: string, width: number): string[] {
  const lines: string[] = [];
  for (const word of text.split(' ')) {
    const last = lines.length - 1;
    if (last >= 0 && lines[last].length + 1 + word.length <= width) lines[last] += ` ${word}`;
    else lines.push(word);
  }
  return lines;
}
