// A grid with its heading, hint, buttons and the line that says what is wrong
// with the selected cell: the grid wired to the scenario store.
import { createEffect, createMemo, createSignal, createUniqueId, on, Show, untrack, type JSX } from 'solid-js';
import type { Problem } from '../../model';
import type { ScenarioDraft } from '../store/draft';
import type { ScenarioStore } from '../store/scenarioStore';
import { applyPlan, planChanges, type GridChange } from './changes';
import { useCellLinks } from './cellLinks';
import type { ProblemTargets } from './problemTargets';
import { ScenarioGrid, type GridApi } from './ScenarioGrid';
import { cellProblems, indexCells, isShownText, locateProblem, markProblems, pathKey, sheetValues, type CellPosition, type Sheet } from './sheet';

export interface SelectedRows {
  /** The rows with a selected cell, in order. */
  selectedRows: () => number[];
}

export interface GridSectionProps {
  heading: string;
  hint?: JSX.Element;
  store: ScenarioStore;
  sheet: (draft: ScenarioDraft) => Sheet;
  problems: () => Problem[];
  targets: ProblemTargets;
  fixedColumns?: number;
  /** Shown instead of the grid while it has no rows (an optional part the scenario does not have). */
  whenEmpty?: JSX.Element;
  actions?: (grid: SelectedRows) => JSX.Element;
}

export function GridSection(props: GridSectionProps) {
  const headingId = createUniqueId();
  const sheet = createMemo(() => props.sheet(props.store.draft()));
  const values = createMemo(() => sheetValues(sheet(), props.store.draft()));
  // The path index is only needed when there are problems to place, so it is built on demand, once per sheet.
  const indexes = new WeakMap<Sheet, ReturnType<typeof indexCells>>();
  const index = () => {
    const current = sheet();
    const built = indexes.get(current) ?? indexCells(current);
    indexes.set(current, built);
    return built;
  };
  const marks = createMemo(() => (props.problems().length === 0 ? new Map<string, string[]>() : markProblems(index(), props.problems())), undefined, {
    // No problems before and none now: nothing to redraw.
    equals: (a, b) => a.size === 0 && b.size === 0,
  });
  const [selected, setSelected] = createSignal<CellPosition | null>(null);
  const links = useCellLinks();
  createEffect(() => {
    const cell = selected();
    const source = cell && sheet().rows[cell.row]?.cells[cell.col];
    links.onSelectPath(source && !isShownText(source) ? pathKey(source) : null);
  });
  let grid: GridApi | undefined;

  // One grid change is one step of history: plain edits as one setValues, renames as one update.
  function commit(changes: GridChange[]): void {
    const plan = planChanges(untrack(sheet), props.store.draft(), changes);
    if (plan.edits.length === 0) return;
    if (plan.renames.size === 0) props.store.setValues(plan.edits);
    else props.store.update((draft) => applyPlan(draft, plan));
  }

  props.targets.register({
    find: (path) => {
      const found = locateProblem(sheet(), index(), path);
      return found && { place: found.place, exact: found.exact, goTo: () => grid?.selectCell(found.cell) };
    },
  });

  const selectedCell = createMemo(() => {
    const cell = selected();
    const row = cell && sheet().rows[cell.row];
    const column = cell && sheet().columns[cell.col];
    if (!cell || !row || !column) return null;
    return { row: row.label, column: column.label, problems: cellProblems(sheet(), marks(), cell.row, cell.col, values()[cell.row]?.[cell.col]) };
  });

  const isEmpty = () => props.whenEmpty !== undefined && sheet().rows.length === 0;
  let heading!: HTMLHeadingElement;
  // Adding or removing the whole part takes away the button that was pressed: keep the keyboard here.
  createEffect(on(isEmpty, () => document.activeElement === document.body && heading.focus(), { defer: true }));

  return (
    <section class="grid-section" aria-labelledby={headingId}>
      <div class="grid-section-head">
        <h3 id={headingId} ref={heading} tabIndex={-1}>
          {props.heading}
        </h3>
        <Show when={!isEmpty() && props.actions}>{(actions) => <div class="grid-actions">{actions()({ selectedRows: () => grid?.selectedRows() ?? [] })}</div>}</Show>
      </div>
      <Show when={props.hint}>
        <p class="grid-hint">{props.hint}</p>
      </Show>
      <Show when={!isEmpty()} fallback={props.whenEmpty}>
        <ScenarioGrid
          sheet={sheet}
          values={values}
          marks={marks}
          rangedPaths={links.rangedPaths}
          label={props.heading}
          fixedColumns={props.fixedColumns}
          onChanges={commit}
          onSelect={setSelected}
          onUndo={props.store.undo}
          onRedo={props.store.redo}
          ref={(api) => (grid = api)}
        />
        <p class="cell-message" role="status" aria-live="polite">
          <Show when={selectedCell()} fallback={<span class="cell-message-idle">Select a cell to see what it needs.</span>}>
            {(cell) => (
              <Show when={cell().problems.length > 0} fallback={<span class="cell-message-idle"><bdi>{cell().row}</bdi>, {cell().column}: no problems.</span>}>
                <span class="cell-message-problem">
                  <strong><bdi>{cell().row}</bdi>:</strong> {cell().problems.join(' ')}
                </span>
              </Show>
            )}
          </Show>
        </p>
      </Show>
    </section>
  );
}
