// The part of the printed board pack that is only on paper: the scenario's
// assumptions, each with its source. The headline strip and the charts
// print from the page itself (files.css, @media print): the charts the
// catalogue shows for these results (chartCatalogue.ts; one that does not
// show is not on the page, so no empty box), each brought up to date before
// printing (visibility.ts). The pack is built when printing starts.
import { createMemo, createSignal, For, onCleanup, Show } from 'solid-js';
import { financialYear } from '../../model';
import { formatPercent } from '../../format/money';
import type { ResultsView } from '../resultsView';
import { printing } from '../charts/visibility';
import { assumptionGroups } from './assumptions';

const today = () => new Date().toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });

export function BoardPack(props: { view: ResultsView | undefined; fileName: string | null }) {
  const [printedOn, setPrintedOn] = createSignal(today());
  const onBeforePrint = () => setPrintedOn(today());
  window.addEventListener('beforeprint', onBeforePrint);
  onCleanup(() => window.removeEventListener('beforeprint', onBeforePrint));
  // Worked out only for paper: on screen the pack is never shown, and an edit need not rebuild it.
  const groups = createMemo(() => (props.view && printing() ? assumptionGroups(props.view.scenario) : []));

  return (
    <Show when={printing() && props.view}>
      {(view) => {
        const meta = () => view().scenario.meta;
        return (
          <section class="board-pack" aria-label="Board pack: assumptions and their sources">
            <h2 class="board-pack__title">Assumptions and where they came from</h2>
            <p class="board-pack__about">
              {meta().area ? `${meta().area}. ` : ''}
              {financialYear(meta().baseYear)} to {financialYear(meta().baseYear + meta().horizonYears)}, money at {financialYear(meta().baseYear)} prices, discounted at{' '}
              {formatPercent(meta().discountRate)} a year. Printed {printedOn()}
              {props.fileName ? ` from ${props.fileName}` : ''}.{view().stale === 'invalid' ? ' The figures are from the last valid inputs.' : view().stale === 'fault' ? ' The figures are from before the model failed.' : ''}
            </p>
            <For each={groups()}>
              {(group) => (
                <table class="board-pack__table">
                  <caption>{group.title}</caption>
                  <thead>
                    <tr>
                      <th scope="col">Assumption</th>
                      <th scope="col">Figures</th>
                      <th scope="col">Source</th>
                    </tr>
                  </thead>
                  <tbody>
                    <For each={group.rows}>
                      {(row) => (
                        <tr>
                          <th scope="row">{row.what}</th>
                          <td>{row.figures}</td>
                          <td classList={{ 'board-pack__missing': row.source === null }}>{row.source ?? 'No source recorded'}</td>
                        </tr>
                      )}
                    </For>
                  </tbody>
                </table>
              )}
            </For>
          </section>
        );
      }}
    </Show>
  );
}
