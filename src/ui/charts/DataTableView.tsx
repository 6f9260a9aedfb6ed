// A chart's figures as an accessible table: caption, column and row headers.
// A wide table scrolls sideways with its row headers held at the left; a
// figure the edges cut through is blanked, since the visible part of a
// right-aligned "£1,234,567" reads "£1,234".
import { createEffect, For, onCleanup } from 'solid-js';
import type { DataTable } from './chartData';

const CUT_CLASS = 'chart-table__cut';
/** Enough steps that a cell crossing either edge is seen going from whole to cut and back. */
const THRESHOLDS = [0, 0.25, 0.5, 0.75, 0.95, 1];

function markCut(entries: IntersectionObserverEntry[]): void {
  for (const entry of entries) entry.target.classList.toggle(CUT_CLASS, entry.intersectionRect.width < entry.boundingClientRect.width - 1);
}

export function DataTableView(props: { table: DataTable }) {
  let frame!: HTMLDivElement;
  let observer: IntersectionObserver | undefined;
  // Runs after the rows are on the page; the row headers' width is what the held column covers.
  createEffect(() => {
    void props.table;
    observer?.disconnect();
    const held = frame.querySelector<HTMLElement>('tbody th')?.offsetWidth ?? 0;
    // Only the sideways cut counts: rows above and below are scrolled to whole.
    observer = new IntersectionObserver(markCut, { root: frame, rootMargin: `100000px 0px 100000px -${held}px`, threshold: THRESHOLDS });
    for (const cell of frame.querySelectorAll('tbody td')) observer.observe(cell);
  });
  onCleanup(() => observer?.disconnect());
  return (
    <div ref={frame} class="chart-table" tabindex="0" role="region" aria-label={props.table.caption}>
      <table>
        <caption>{props.table.caption}</caption>
        <thead>
          <tr>
            <For each={props.table.columns}>{(column) => <th scope="col">{column}</th>}</For>
          </tr>
        </thead>
        <tbody>
          <For each={props.table.rows}>
            {(row) => (
              <tr>
                <th scope="row">{row.header}</th>
                <For each={row.cells}>{(cell) => <td>{cell}</td>}</For>
              </tr>
            )}
          </For>
        </tbody>
      </table>
    </div>
  );
}
