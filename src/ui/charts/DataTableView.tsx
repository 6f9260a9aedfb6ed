// A chart's figures as an accessible table: caption, column and row headers.
import { For } from 'solid-js';
import type { DataTable } from './chartData';

export function DataTableView(props: { table: DataTable }) {
  return (
    <div class="chart-table" tabindex="0" role="region" aria-label={props.table.caption}>
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
