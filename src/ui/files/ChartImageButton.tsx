// "Save as PNG" on a chart panel: the chart's picture, on white, with its
// title, the scenario's name and years and its key above it, named after
// the scenario and the chart, for slides and board papers.
import { createSignal, Show } from 'solid-js';
import { downloadChartPng, type ChartPart } from '../../files/chartImage';
import { financialYear } from '../../model';
import { bringChartsUpToDate } from '../charts/visibility';
import { exportFileName, safeFileStem } from '../../files/fileNames';
import type { ResultsView } from '../resultsView';

export function ChartImageButton(props: { title: string; view: ResultsView | undefined; scenarioName?: string }) {
  const [problem, setProblem] = createSignal<string | null>(null);
  let button!: HTMLButtonElement;

  async function save(): Promise<void> {
    const panel = button.closest('.chart-panel');
    const view = props.view;
    if (!panel || !view) return;
    bringChartsUpToDate();
    // Small multiples name each of their charts (data-caption, PartnersChart).
    const parts: ChartPart[] = [...panel.querySelectorAll('canvas')].map((canvas) => ({
      canvas,
      caption: canvas.closest<HTMLElement>('[data-caption]')?.dataset.caption,
    }));
    const years = view.results.years;
    const name = props.scenarioName ?? view.scenario.meta.name;
    const about = {
      title: props.title,
      subtitle: `${name} · ${financialYear(years[0])} to ${financialYear(years[years.length - 1])}`,
      key: [...panel.querySelectorAll('.chart-key__item')].map((item) => (item.textContent ?? '').trim()),
    };
    // The title may hold a year such as 2025/26: cleaned like a scenario name.
    const done = await downloadChartPng(parts, about, exportFileName(name, safeFileStem(props.title), 'png'));
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
