// One Handsontable grid bridged to Solid (ENGINEERING.md): mounted once,
// given new values and columns when the draft changes, destroyed with the
// component. It reports edits and selection and marks cells with problems;
// what the edits mean for the draft is its caller's business.
import { createEffect, on, onCleanup, onMount, untrack } from 'solid-js';
import { whenModelAnswers } from '../model/modelAnswers';
import { afterNextPaint } from '../nextPaint';
import { typingHint } from './cellKinds';
import type { GridChange } from './changes';
import { columnSettings, Handsontable, THEME_CLASS, sharedSettings, type HotInstance } from './handsontable';
import { cellProblems, changedCells, isShownText, normaliseCell, pathKey, type CellPosition, type Sheet } from './sheet';

export interface GridApi {
  /** Selects a cell, scrolls to it and puts the keyboard there. */
  selectCell: (cell: CellPosition) => void;
  /** The rows with any selected cell, in order, once each. */
  selectedRows: () => number[];
}

export interface ScenarioGridProps {
  sheet: () => Sheet;
  values: () => unknown[][];
  /** The worker's messages by `row:col`. */
  marks: () => ReadonlyMap<string, string[]>;
  /** Inputs with an uncertainty range, marked on their cells. */
  rangedPaths: () => ReadonlySet<string>;
  /** The grid's accessible name. */
  label: string;
  fixedColumns?: number;
  onChanges: (changes: GridChange[]) => void;
  onSelect: (cell: CellPosition | null) => void;
  onUndo: () => void;
  onRedo: () => void;
  ref: (api: GridApi) => void;
}

const PROBLEM_CLASS = 'upstream-problem';
const RANGED_CLASS = 'upstream-ranged';
const CUT_END_CLASS = 'upstream-cut-end';
const CUT_START_CLASS = 'upstream-cut-start';
/** Past this many rows the grid scrolls inside a fixed height instead of growing. */
const ROWS_BEFORE_SCROLLING = 15;
const SCROLLING_HEIGHT = 480;
/** Text longer than this is likely cut short in its cell. */
const LONG_TEXT = 30;
/** The longest a grid holds back its redraw after an edit when the model does not answer (paused, or slow). */
const HOLD_LIMIT_MS = 100;
/** Changes the grid itself makes when the draft changed elsewhere; every other source is the user's edit. */
const DRAFT_SOURCES = new Set(['loadData', 'updateData', 'upstream.draft']);

const columnsSignature = (sheet: Sheet) => JSON.stringify(sheet.columns.map((c) => [c.key, c.header, c.choices ?? null]));
const copyRows = (values: unknown[][]) => values.map((row) => [...row]);
const gridHeight = (rows: number) => (rows > ROWS_BEFORE_SCROLLING ? SCROLLING_HEIGHT : 'auto');

/** The rows touched by the current selection (header clicks give -1, which is no row). */
function rowsOf(hot: HotInstance): number[] {
  const rows = new Set<number>();
  for (const [r1, , r2] of hot.getSelected() ?? []) {
    for (let r = Math.max(0, Math.min(r1, r2)); r <= Math.max(r1, r2); r += 1) rows.add(r);
  }
  return [...rows].filter((r) => r < hot.countRows()).sort((a, b) => a - b);
}

/**
 * Marks the cells the grid's edges cut through: its right edge, and the
 * frozen columns' edge when scrolled sideways. They stay drawn, their text
 * set against the side still in view and fading into the edge, so part of
 * "£26,000" never reads as "£26,0". Handsontable already knows which columns
 * are wholly in view, so this reads no layout and costs an edit nothing.
 */
function markCutCells(hot: HotInstance): void {
  const holder = hot.rootElement.querySelector('.ht_master .wtHolder');
  const first = hot.getFirstFullyVisibleColumn();
  const last = hot.getLastFullyVisibleColumn();
  if (!holder || first === null || last === null) return;
  const frozen = hot.getSettings().fixedColumnsStart ?? 0;
  for (const td of holder.querySelectorAll<HTMLTableCellElement>('td')) {
    const col = hot.getCoords(td)?.col ?? 0;
    td.classList.toggle(CUT_END_CLASS, col > last);
    td.classList.toggle(CUT_START_CLASS, col >= frozen && col < first);
  }
}

export function ScenarioGrid(props: ScenarioGridProps) {
  let container!: HTMLDivElement;
  let hot: HotInstance | undefined;
  let signature = '';

  /** A cell's marks, drawn after Handsontable's renderer: the value and the worker's findings decide, not stale validator state. */
  function markCell(td: HTMLTableCellElement, row: number, col: number, value: unknown): void {
    const messages = cellProblems(untrack(props.sheet), untrack(props.marks), row, col, value);
    const invalid = messages.length > 0;
    td.classList.toggle(PROBLEM_CLASS, invalid);
    td.classList.toggle('htInvalid', invalid);
    if (invalid) td.setAttribute('aria-invalid', 'true');
    else td.removeAttribute('aria-invalid');
    // On hover: what is wrong, or else the whole of a long text (a source) the column cuts short.
    const source = untrack(props.sheet).rows[row]?.cells[col];
    const ranged = source !== undefined && !isShownText(source) && untrack(props.rangedPaths).has(pathKey(source));
    td.classList.toggle(RANGED_CLASS, ranged);
    const notes = [ranged ? 'Has an uncertainty range (see Uncertainty).' : '', typingHint(untrack(props.sheet).columns[col]?.kind ?? 'text') ?? ''];
    const hover = invalid ? messages.join('\n') : typeof value === 'string' && value.length > LONG_TEXT ? value : notes.filter(Boolean).join(' ');
    if (hover) td.title = hover;
    else td.removeAttribute('title');
  }

  /**
   * After an edit, Handsontable redraws the whole grid and moves the
   * selection before the task ends, and the model's answer waits behind that
   * (tens of milliseconds). Instead the edited cells are drawn at once, and the
   * rest of the redraw waits until the charts have drawn the model's answer
   * and been painted, so an edit reaches the charts first; it waits no longer
   * than HOLD_LIMIT_MS when no answer comes. So does bringing the newly
   * selected cell into view, which lays out the whole page.
   */
  let releaseHold: (() => void) | undefined;
  let scrollOwed = false;
  function holdRedraw(grid: HotInstance): void {
    if (releaseHold) return;
    grid.suspendRender();
    const release = () => {
      if (releaseHold !== release) return;
      releaseHold = undefined;
      clearTimeout(timer);
      cancel();
      // A grid destroyed meanwhile has nothing to draw.
      if (hot !== grid) return;
      grid.resumeRender();
      if (scrollOwed) scrollToFocus(grid);
      scrollOwed = false;
    };
    const cancel = whenModelAnswers(() => afterNextPaint(release));
    const timer = setTimeout(release, HOLD_LIMIT_MS);
    releaseHold = release;
  }

  /** Draws these cells now, as Handsontable would, while the rest of the grid waits (holdRedraw). */
  function drawCells(grid: HotInstance, cells: readonly CellPosition[]): void {
    for (const { row, col } of cells) {
      const td = grid.getCell(row, col, true);
      if (!td) continue;
      const value = grid.getDataAtCell(row, col);
      grid.getCellRenderer(row, col)(grid, td, row, col, col, value, grid.getCellMeta(row, col));
      markCell(td, row, col, value);
    }
  }

  /** Brings the focused cell into view, in the grid and in the page, as Handsontable does when the selection moves. */
  function scrollToFocus(grid: HotInstance): void {
    grid.scrollToFocusedCell(() => {
      const cell = focusedCell();
      if (cell) grid.getCell(cell.row, cell.col, true)?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
    });
  }

  function focusedCell(): CellPosition | null {
    const highlight = hot?.getSelectedRangeActive()?.highlight;
    const row = highlight?.row ?? -1;
    const col = highlight?.col ?? -1;
    return row >= 0 && col >= 0 ? { row, col } : null;
  }

  onMount(() => {
    const sheet = untrack(props.sheet);
    const values = untrack(props.values);
    signature = columnsSignature(sheet);
    hot = new Handsontable(container, {
      ...sharedSettings(),
      data: copyRows(values),
      columns: sheet.columns.map(columnSettings),
      colHeaders: sheet.columns.map((c) => c.header),
      fixedColumnsStart: props.fixedColumns ?? 0,
      height: gridHeight(values.length),
      beforeChange: (changes) => {
        const columns = untrack(props.sheet).columns;
        for (const change of changes) {
          const column = change && columns[Number(change[1])];
          if (change && column) change[3] = normaliseCell(column, change[3]);
        }
      },
      // The edit goes to the store as soon as the grid holds it (afterChange comes later), with the
      // edited cells drawn and the rest of the grid's redraw held back (holdRedraw).
      beforeChangeRender: (changes, source) => {
        if (!hot || !changes || DRAFT_SOURCES.has(source)) return;
        const edits = changes.map(([row, prop, , value]) => ({ row, col: Number(prop), value }));
        holdRedraw(hot);
        drawCells(hot, edits);
        props.onChanges(edits);
      },
      afterRenderer: (td, row, col, _prop, value) => markCell(td, row, col, value),
      afterRender: () => hot && markCutCells(hot),
      afterScrollHorizontally: () => hot && markCutCells(hot),
      afterSelection: (_row, _col, _row2, _col2, preventScrolling) => {
        if (releaseHold) {
          preventScrolling.value = true;
          scrollOwed = true;
        }
        props.onSelect(focusedCell());
      },
      afterDeselect: () => props.onSelect(null),
    });
    hot.rootElement.setAttribute('aria-label', props.label);
    hot.getShortcutManager()
      .getContext('grid')
      ?.addShortcuts(
        [
          { keys: [['Control/Meta', 'z']], callback: () => props.onUndo() },
          { keys: [['Control/Meta', 'y'], ['Control/Meta', 'Shift', 'z']], callback: () => props.onRedo() },
        ],
        { group: 'upstream-history', runOnlyIf: (event) => !event?.altKey },
      );
    props.ref({
      selectCell: ({ row, col }) => {
        hot?.selectCell(row, col);
        hot?.listen();
      },
      selectedRows: () => (hot ? rowsOf(hot) : []),
    });
  });

  // The draft changed (an edit coming back, undo, an opened file, a slider): show it.
  createEffect(
    on(
      [props.sheet, props.values],
      ([sheet, values]) => {
        const grid = hot;
        if (!grid) return;
        const nextSignature = columnsSignature(sheet);
        const reshaped = nextSignature !== signature;
        signature = nextSignature;
        const resized = gridHeight(grid.countRows()) !== gridHeight(values.length);
        // After an edit the grid already shows these values; after undo or a slider only a few differ.
        const changes = reshaped ? null : changedCells(grid.getSourceDataArray(), values);
        // Nothing to show: a batch would still redraw the whole grid, in the same task as the edit.
        if (!resized && changes?.length === 0) return;
        grid.batch(() => {
          if (reshaped) grid.updateSettings({ columns: sheet.columns.map(columnSettings), colHeaders: sheet.columns.map((c) => c.header) });
          if (resized) grid.updateSettings({ height: gridHeight(values.length) });
          if (changes === null) grid.updateData(copyRows(values));
          else if (changes.length > 0) grid.setSourceDataAtCell(changes, 'upstream.draft');
        });
      },
      { defer: true },
    ),
  );

  createEffect(on([props.marks, props.rangedPaths], () => hot?.render(), { defer: true }));

  onCleanup(() => {
    hot?.destroy();
    hot = undefined;
    releaseHold?.();
  });

  return <div ref={container} class={`scenario-grid ${THEME_CLASS}`} />;
}
