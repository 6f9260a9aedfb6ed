// The draft's uncertainty ranges as an editable table, and the button that
// gives the selected grid cell a range. Each edit is one step of history.
import { createEffect, createMemo, createSignal, createUniqueId, Index, on, Show } from 'solid-js';
import { inputLabel } from '../../model';
import { parseTypedNumber } from '../grids/cellKinds';
import type { ResultsView } from '../resultsView';
import type { ScenarioStore } from '../store/scenarioStore';
import { inputKind, showInput } from './inputKinds';
import { addRange, rangeability, rangeRows, removeRange, setRangeField, type RangeRow } from './ranges';

export interface RangesTableProps {
  store: ScenarioStore;
  view: () => ResultsView | undefined;
  selectedPath: () => string | null;
  /** Paths the analyses can vary in the last valid scenario. */
  variable: () => ReadonlySet<string>;
  announce: (message: string) => void;
  /** The range a problem link asked to show: its row gets the keyboard. */
  rangeShown?: () => { index: number } | null;
}

type Bound = 'low' | 'high';
const BOUND_NAME: Record<Bound, string> = { low: 'Low', high: 'High' };

function shownNumber(path: string, value: unknown): string {
  return typeof value === 'number' ? showInput(path, value) : String(value ?? '');
}

function RangeRowView(props: { row: RangeRow; store: ScenarioStore; onRemoved: (name: string) => void }) {
  const [typedProblem, setTypedProblem] = createSignal<string | null>(null);
  const problemId = createUniqueId();
  const name = () => props.row.label || props.row.name;
  const problem = () => typedProblem() ?? props.row.problem;
  const widenedTo = () => props.store.widenedTo(props.row.path);

  function commitBound(field: Bound, text: string): void {
    const value = parseTypedNumber(text, inputKind(props.row.path));
    if (typeof value !== 'number') {
      setTypedProblem(`${BOUND_NAME[field]} must be a number; "${text}" was not saved.`);
      return;
    }
    setTypedProblem(null);
    if (value === props.row[field]) return;
    props.store.update((draft) => setRangeField(draft, props.row.index, field, value));
  }

  const boundCell = (field: Bound) => (
    <td>
      <input
        class="ranges-table__number"
        type="text"
        inputmode="decimal"
        value={shownNumber(props.row.path, props.row[field])}
        aria-label={`${BOUND_NAME[field]} value for ${name()}`}
        aria-describedby={problem() ? problemId : undefined}
        onChange={(event) => commitBound(field, event.currentTarget.value)}
      />
    </td>
  );

  return (
    <tr classList={{ 'ranges-table__row--problem': problem() !== null }} data-range-index={props.row.index}>
      <th scope="row">
        <input
          class="ranges-table__label"
          type="text"
          value={props.row.label}
          placeholder={props.row.name}
          aria-label={`Label for the range of ${props.row.name}`}
          onChange={(event) => props.store.update((draft) => setRangeField(draft, props.row.index, 'label', event.currentTarget.value))}
        />
        <span class="ranges-table__path">{props.row.label ? `${props.row.name} · ` : ''}{props.row.path}</span>
        <Show when={widenedTo() !== undefined}>
          <span class="ranges-table__widened">widened to take {showInput(props.row.path, widenedTo()!)}</span>
        </Show>
        <Show when={problem()}>
          <span id={problemId} class="analysis-problem">
            {problem()}
          </span>
        </Show>
      </th>
      {boundCell('low')}
      <td class="ranges-table__numeric ranges-table__central">{props.row.centralText}</td>
      {boundCell('high')}
      <td>
        <button
          type="button"
          class="analysis-quiet"
          aria-label={`Remove the range for ${name()}`}
          onClick={() => {
            const removed = name();
            props.store.update((draft) => removeRange(draft, props.row.index));
            props.onRemoved(removed);
          }}
        >
          Remove
        </button>
      </td>
    </tr>
  );
}

export function RangesTable(props: RangesTableProps) {
  const headingId = createUniqueId();
  const reasonId = createUniqueId();
  let heading!: HTMLHeadingElement;
  let table: HTMLTableElement | undefined;
  const rows = createMemo(() => rangeRows(props.store.draft(), props.view()?.scenario));
  const selection = createMemo(() => rangeability(props.store.draft(), props.selectedPath(), props.variable()));
  const selectedName = () => {
    const scenario = props.view()?.scenario;
    const path = props.selectedPath();
    return scenario && path ? inputLabel(scenario, path) : '';
  };

  // Only when asked (not on every edit); after the rows are drawn, so the row is there to take the keyboard.
  createEffect(
    on(
      () => props.rangeShown?.(),
      (shown) => {
        if (!shown) return;
        queueMicrotask(() => {
          const row = table?.querySelector<HTMLElement>(`[data-range-index="${shown.index}"]`);
          const field = row?.querySelector<HTMLInputElement>('.ranges-table__number') ?? heading;
          field.scrollIntoView({ block: 'center' });
          field.focus();
        });
      },
    ),
  );

  function add(): void {
    const chosen = selection();
    const path = props.selectedPath();
    if (!chosen.ok || path === null) return;
    const name = selectedName();
    props.store.update((draft) => addRange(draft, path, chosen.value));
    props.announce(`Range added for ${name}.`);
  }

  return (
    <section class="analysis-section" aria-labelledby={headingId}>
      <h2 id={headingId} ref={heading} tabindex="-1" class="analysis-section__title">
        Uncertainty ranges
      </h2>
      <p class="analysis-hint">
        Give the inputs you are least sure of a low and a high value. The tornado tries each range on its own; Monte Carlo draws them all
        together, each from a triangular distribution that peaks at the input's value.
      </p>
      <div class="analysis-add">
        <button type="button" onClick={add} disabled={!selection().ok} aria-describedby={reasonId}>
          Add a range for the selected input
        </button>
        <span id={reasonId} class="analysis-hint">
          {(() => {
            const chosen = selection();
            if (!chosen.ok) return chosen.why;
            return `Selected: ${selectedName()}, ${showInput(props.selectedPath()!, chosen.value)}. The range starts at ±25%.`;
          })()}
        </span>
      </div>
      <Show when={rows().length > 0} fallback={<p class="analysis-empty">No input has a range yet.</p>}>
        <div class="ranges-table__scroll">
          <table ref={table} class="ranges-table">
            <caption class="visually-hidden">Uncertainty ranges: each input's low, value and high</caption>
            <thead>
              <tr>
                <th scope="col">Input (label)</th>
                <th scope="col" class="ranges-table__numeric">
                  Low
                </th>
                <th scope="col" class="ranges-table__numeric">
                  Value
                </th>
                <th scope="col" class="ranges-table__numeric">
                  High
                </th>
                <th scope="col">
                  <span class="visually-hidden">Remove</span>
                </th>
              </tr>
            </thead>
            <tbody>
              <Index each={rows()}>
                {(row) => (
                  <RangeRowView
                    row={row()}
                    store={props.store}
                    onRemoved={(name) => {
                      heading.focus();
                      props.announce(`Range removed for ${name}.`);
                    }}
                  />
                )}
              </Index>
            </tbody>
          </table>
        </div>
      </Show>
    </section>
  );
}
