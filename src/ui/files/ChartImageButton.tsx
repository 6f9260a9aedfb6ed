// "Save as PNG" on a chart panel: the chart's picture, on white, named after
// the scenario and the chart, for slides and board papers.
import { createSignal, Show } from 'solid-js';
import { downloadChartPng } from '../../files/chartImage';
import { bringChartsUpToDate } from '../charts/visibility';
import { exportFileName, safeFileStem } from '../../files/fileNames';
import type { ResultsView } from '../resultsView';

export function ChartImageButton(props: { title: string; view: ResultsView | undefined; scenarioName?: string }) {
  const [problem, setProblem] = createSignal<string | null>(null);
  let button!: HTMLButtonElement;

  async function save(): Promise<void> {
    const canvas = button.closest('.chart-panel')?.querySelector('canvas');
    const view = props.view;
    if (!canvas || !view) return;
    bringChartsUpToDate();
    // The title may hold a year such as 2025/26: cleaned like a scenario name.
    const done = await downloadChartPng(canvas, exportFileName(props.scenarioName ?? view.scenario.meta.name, safeFileStem(props.title), 'png'));
    setProblem(done.ok ? null : done.reason);
  }

  return (
    <>
      <button ref={button} type="button" class="chart-panel__toggle" aria-label={`Save as PNG: ${props.title}${props.scenarioName ? `, ${props.scenarioName}` : ''}`} disabled={!props.view} onClick={() => void save()}>
        Save as PNG
      </button>
      <Show when={problem()}>
        {(why) => (
          <span class="chart-image-problem" role="alert">
            {why()}
          </span>
        )}
      </Show>
    </>
  );
}
