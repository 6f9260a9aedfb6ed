// The import preview's tables: population (age bands × years) and services,
// with every figure that would change marked, and what it was read out.
import { For, Show } from 'solid-js';
import type { PopulationPreview, ServicesPreview } from './importPreviewTables';

export function PopulationTable(props: { preview: PopulationPreview }) {
  return (
    <div class="import-table" role="region" aria-label="Population after the import" tabindex="0">
      <table>
        <caption>
          Population after the import, age bands × years{' '}
          <span class="import-table__key">
            <span class="import-table__swatch" aria-hidden="true" /> changes
          </span>
        </caption>
        <thead>
          <tr>
            <th scope="col">Age band</th>
            <For each={props.preview.years}>{(year) => <th scope="col">{year}</th>}</For>
          </tr>
        </thead>
        <tbody>
          <For each={props.preview.rows}>
            {(row) => (
              <tr>
                <th scope="row">
                  {row.band}
                  <Show when={row.isNew}>
                    <span class="import-table__tag">new</span>
                  </Show>
                </th>
                <For each={row.cells}>
                  {(cell) => (
                    <td class="import-table__number" classList={{ 'import-table__changed': cell.changed }} title={cell.changed && cell.was !== null ? `Was ${cell.was}` : undefined}>
                      {cell.text}
                      <Show when={cell.changed && cell.was !== null}>
                        <span class="visually-hidden"> (was {cell.was})</span>
                      </Show>
                    </td>
                  )}
                </For>
              </tr>
            )}
          </For>
        </tbody>
      </table>
      <Show when={props.preview.removed.length > 0}>
        <p class="import-table__removed">Age bands that will go: {props.preview.removed.join(', ')}</p>
      </Show>
    </div>
  );
}

export function ServicesTable(props: { preview: ServicesPreview }) {
  return (
    <div class="import-table" role="region" aria-label="Services after the import" tabindex="0">
      <table>
        <caption>Services after the import</caption>
        <thead>
          <tr>
            <For each={['Id', 'Name', 'Level', 'Funder', 'Unit', 'Unit cost', 'Change']}>{(column) => <th scope="col">{column}</th>}</For>
          </tr>
        </thead>
        <tbody>
          <For each={props.preview.rows}>
            {(row) => (
              <tr classList={{ 'import-table__changed-row': row.status !== 'No change' }}>
                <td>{row.id}</td>
                <th scope="row">{row.name}</th>
                <td>{row.level}</td>
                <td>{row.funder}</td>
                <td>{row.unit}</td>
                <td class="import-table__number">{row.unitCost}</td>
                <td>{row.status}</td>
              </tr>
            )}
          </For>
        </tbody>
      </table>
      <Show when={props.preview.removed.length > 0}>
        <p class="import-table__removed">Services that will go: {props.preview.removed.join(', ')}</p>
      </Show>
    </div>
  );
}
