// A sheet is one input grid described without Handsontable: its columns and,
// for every cell, the place in the draft it shows. Everything the grids do
// with values and problems goes through these paths.
import type { Problem } from '../../model';
import { getAtPath, type DraftPath, type ScenarioDraft } from '../store/draft';
import { emptyCellMessage, isNumberKind, normaliseTyped, optionId, optionWords, typedValueProblem, type CellKind, type WordedOption } from './cellKinds';

/** The lists whose ids other inputs refer to. */
export type IdList = 'ageBands' | 'partners' | 'services';

/** What an emptied cell means in the file: no key (the default applies), nothing yet (null), or empty text. */
export type BlankMeans = 'remove' | 'null' | 'empty';

export interface ColumnSpec {
  /** Stable identity: the grid is reconfigured only when keys, headers or choices change. */
  key: string;
  /** Plain text; never HTML. */
  header: string;
  /** How messages name the column: "Unit cost". */
  label: string;
  kind: CellKind;
  blank: BlankMeans;
  width: number;
  /** The dropdown's list (for a worded choice, the words it shows). */
  choices?: readonly string[];
  /** A worded choice: the grid shows and takes each option's words, the file holds its id. */
  options?: readonly WordedOption[];
  /** Shown in an empty cell, for example the default that applies. */
  placeholder?: string;
  readOnly?: boolean;
  /** A class on the column's cells, for their look (grids.css). */
  className?: string;
  /** The column holds the ids of this list: renaming one renames every reference to it. */
  idsOf?: IdList;
}

/** A cell showing text worked out from other inputs (which investment a deflection belongs to). */
export interface ShownText {
  text: string;
}

export type CellSource = DraftPath | ShownText;

export interface SheetRow {
  /** The row's own place in the draft, e.g. ['services', 3]. */
  path: DraftPath;
  /** How messages name the row: 'Service "Home care"'. */
  label: string;
  cells: CellSource[];
}

export interface Sheet {
  columns: ColumnSpec[];
  rows: SheetRow[];
}

export interface CellPosition {
  row: number;
  col: number;
}

export function isShownText(cell: CellSource): cell is ShownText {
  return !Array.isArray(cell);
}

export function pathKey(path: DraftPath): string {
  return path.join('/');
}

/** A draft leaf as a grid holds it: missing is empty; a stray group shows as its JSON. */
export function toGridValue(value: unknown): unknown {
  if (value === undefined) return null;
  if (typeof value === 'object' && value !== null) return JSON.stringify(value);
  return value;
}

/** A draft leaf as a column shows it: a worded choice by its words. */
function columnValue(column: ColumnSpec | undefined, value: unknown): unknown {
  const shown = toGridValue(value);
  return column?.options ? optionWords(column.options, shown) : shown;
}

export function sheetValues(sheet: Sheet, draft: ScenarioDraft): unknown[][] {
  return sheet.rows.map((row) => row.cells.map((cell, c) => (isShownText(cell) ? cell.text : columnValue(sheet.columns[c], getAtPath(draft, cell)))));
}

/** What the grid holds once a value is typed or pasted: typed numbers parsed, a worded choice's id or words as its words. */
export function normaliseCell(column: ColumnSpec, value: unknown): unknown {
  return column.options ? optionWords(column.options, value) : normaliseTyped(column.kind, value);
}

const isBlank = (value: unknown) => value === null || value === undefined || (typeof value === 'string' && value.trim() === '');

/** Whether two grid values show the same thing (an emptied cell is '' in the grid and null from the draft). */
export function sameGridValue(a: unknown, b: unknown): boolean {
  return (isBlank(a) && isBlank(b)) || Object.is(a, b);
}

/**
 * The cells whose shown value changed, as [row, col, value]; null when the
 * rows themselves changed (added, removed, resized), which needs a full reload.
 */
export function changedCells(shown: readonly unknown[][], next: readonly unknown[][]): Array<[number, number, unknown]> | null {
  if (shown.length !== next.length || shown.some((row, r) => row.length !== next[r].length)) return null;
  const changes: Array<[number, number, unknown]> = [];
  next.forEach((row, r) => row.forEach((value, c) => sameGridValue(shown[r][c], value) || changes.push([r, c, value])));
  return changes;
}

/** What a grid value becomes in the draft: typed numbers normalised, blanks as the column says. */
export function toDraftValue(column: ColumnSpec, value: unknown): unknown {
  if (isBlank(value)) {
    if (column.blank === 'remove') return undefined;
    return column.blank === 'null' ? null : '';
  }
  return column.options ? optionId(column.options, value) : normaliseTyped(column.kind, value);
}

/** Each cell's draft path (as `services/3/unitCost`) and where it sits. */
export function indexCells(sheet: Sheet): Map<string, CellPosition> {
  const index = new Map<string, CellPosition>();
  sheet.rows.forEach((row, r) =>
    row.cells.forEach((cell, c) => {
      if (!isShownText(cell) && !index.has(pathKey(cell))) index.set(pathKey(cell), { row: r, col: c });
    }),
  );
  return index;
}

/**
 * The cells a problem is about: the cell at its path, or every cell inside
 * the row, series or list it names (`ageBands/1/population`, `pool`).
 * A problem with the whole file marks no cell.
 */
export function cellsOfProblem(index: ReadonlyMap<string, CellPosition>, problemPath: string): CellPosition[] {
  if (problemPath === '') return [];
  const exact = index.get(problemPath);
  if (exact) return [exact];
  const prefix = `${problemPath}/`;
  return [...index].filter(([path]) => path.startsWith(prefix)).map(([, position]) => position);
}

export const cellKey = (row: number, col: number) => `${row}:${col}`;

/** The worker's messages for each cell of the sheet (given by its index), keyed by `row:col`. */
export function markProblems(index: ReadonlyMap<string, CellPosition>, problems: readonly Problem[]): Map<string, string[]> {
  const marks = new Map<string, string[]>();
  for (const problem of problems) {
    for (const { row, col } of cellsOfProblem(index, problem.path)) {
      const key = cellKey(row, col);
      marks.set(key, [...(marks.get(key) ?? []), problem.message]);
    }
  }
  return marks;
}

/** What is wrong with one cell, in plain words: the instant check first, then the worker's findings. */
export function cellProblems(sheet: Sheet, marks: ReadonlyMap<string, string[]>, row: number, col: number, value: unknown): string[] {
  const column = sheet.columns[col];
  const sheetRow = sheet.rows[row];
  if (!column || !sheetRow) return [];
  const typed = column.readOnly ? null : typedValueProblem(column.label, column.kind, value, column.choices);
  if (typed) return [typed];
  const found = marks.get(cellKey(row, col)) ?? [];
  // The file's own words for a missing number ("got nothing") mean, in a grid, a cell left empty.
  if (found.length > 0 && isBlank(value) && isNumberKind(column.kind)) return [emptyCellMessage(column.label, column.kind)];
  return found.map((message) => `${column.label}: ${message}`);
}

export interface ProblemPlace {
  /** The cell to take the user to. */
  cell: CellPosition;
  /** Where the problem is, in the sheet's words: 'Service "Home care", Unit cost'. */
  place: string | undefined;
  /** True when the problem names cells of this sheet; false when only the row it is in. */
  exact: boolean;
}

/**
 * Where a problem is in this sheet: the cell it names (or the first of those
 * it covers), else the start of the row it is inside; undefined if neither.
 */
export function locateProblem(sheet: Sheet, index: ReadonlyMap<string, CellPosition>, problemPath: string): ProblemPlace | undefined {
  const cells = cellsOfProblem(index, problemPath);
  const rowIndex = sheet.rows.findIndex((r) => problemPath === pathKey(r.path) || problemPath.startsWith(`${pathKey(r.path)}/`));
  const rowLabel = rowIndex < 0 ? undefined : sheet.rows[rowIndex].label;
  if (cells.length === 1) {
    const { row, col } = cells[0];
    return { cell: cells[0], place: `${sheet.rows[row].label}, ${sheet.columns[col].label}`, exact: true };
  }
  if (cells.length > 1) return { cell: cells[0], place: rowLabel, exact: true };
  return rowIndex < 0 ? undefined : { cell: { row: rowIndex, col: 0 }, place: rowLabel, exact: false };
}
