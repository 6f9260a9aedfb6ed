// Two to four scenarios side by side: their headline figures in one table,
// the chart catalogue's compare charts (spend by level) as small multiples on
// one scale, and the inputs that differ from the first. Each scenario runs in the model's worker.
import { createMemo, createResource, For, Show } from 'solid-js';
import type { DraftOutcome } from '../../model';
import { financialYear } from '../../model';
import { Dynamic } from 'solid-js/web';
import { CHART_COMPONENTS, comparedCharts } from '../charts';
import { ModalDialog } from '../dialog/ModalDialog';
import { problemPlace } from '../grids';
import type { ScenarioDraft } from '../store/draft';
import { balanceRows, cumulativeSavings, headlineRows, sharedSpendMax, type ComparedResults } from './compareFigures';
import { CumulativeSavingChart } from './CumulativeSavingChart';
import { diffScenarios } from './scenarioDiff';
import { isolated } from '../isolated';
import type { ResultsView } from '../resultsView';
import './compare.css';

export interface CompareSource {
  key: string;
  name: string;
  /** Where it comes from: "On screen now", "Library, last changed …". */
  note: string;
  /** The scenario, checked again by the worker before it runs. */
  draft: ScenarioDraft;
}

interface Column extends ComparedResults {
  source: CompareSource;
}

interface NotShown {
  source: CompareSource;
  reason: string;
}

/** Problems listed for a scenario that cannot run; the rest are counted. */
const PROBLEMS_LISTED = 3;

/** Its first few problems, each by its place in the users' words, as the problems at the top of the page. */
function whyNotShown(draft: ScenarioDraft, outcome: Exclude<DraftOutcome, { ok: true }>): string {
  const listed = outcome.problems
    .slice(0, PROBLEMS_LISTED)
    .map((problem) => `${problemPlace(draft, problem.path)}: ${problem.message}`)
    .join('; ');
  const more = outcome.problems.length - PROBLEMS_LISTED;
  return `It has inputs to fix first: ${listed}${more > 0 ? `; and ${more} more` : ''}.`;
}

async function runAll(sources: CompareSource[], run: (draft: unknown) => Promise<DraftOutcome>) {
  const columns: Column[] = [];
  const notShown: NotShown[] = [];
  const outcomes = await Promise.all(sources.map((source) => run(source.draft).catch(() => null)));
  outcomes.forEach((outcome, i) => {
    const source = sources[i];
    if (outcome === null) notShown.push({ source, reason: 'The model did not answer. Close this view and try again.' });
    else if (!outcome.ok) notShown.push({ source, reason: whyNotShown(source.draft, outcome) });
    else columns.push({ source, scenario: outcome.scenario, results: outcome.results });
  });
  return { columns, notShown };
}

/** A scenario's results as the charts take them: fresh, since compare runs each one now. */
const columnView = (column: Column): ResultsView => ({ results: column.results, scenario: column.scenario, stale: false });

const yearSpan = (column: Column) => {
  const years = column.results.years;
  return `${financialYear(years[0])} to ${financialYear(years[years.length - 1])}`;
};

export interface CompareViewProps {
  sources: CompareSource[];
  run: (draft: unknown) => Promise<DraftOutcome>;
  onClose: () => void;
}

export function CompareView(props: CompareViewProps) {
  const [compared] = createResource(() => runAll(props.sources, props.run));
  const columns = () => compared()?.columns ?? [];
  const rows = createMemo(() => [...headlineRows(columns()), ...balanceRows(columns())]);
  const charts = createMemo(() => comparedCharts(columns().map(columnView)));
  const top = createMemo(() => sharedSpendMax(columns().map((column) => column.results)));
  const saving = createMemo(() => cumulativeSavings(columns().map((column) => ({ ...column, name: column.source.name }))));
  const differences = createMemo(() => {
    const [first, ...others] = columns();
    return others.map((column) => ({ column, lines: diffScenarios(first.scenario, column.scenario) }));
  });

  return (
    <ModalDialog title="Compare scenarios" subtitle={props.sources.map((source) => isolated(source.name)).join(' · ')} size="large" onClose={props.onClose}>
      <div class="compare" style={{ '--compare-columns': String(Math.max(columns().length, 1)) }}>
        <Show when={!compared.loading} fallback={<p class="compare__loading" role="status">Running the model for each scenario…</p>}>
          <For each={compared()?.notShown ?? []}>
            {(missing) => (
              <p class="compare__not-shown" role="alert">
                “<bdi>{missing.source.name}</bdi>” is not shown. {missing.reason}
              </p>
            )}
          </For>

          <Show when={columns().length > 0}>
            <section aria-labelledby="compare-headline-title">
              <h3 id="compare-headline-title" class="compare__section-title">
                Headline figures
              </h3>
              <div class="compare__table-wrap">
                <table class="compare-table">
                  <thead>
                    <tr>
                      <td />
                      <For each={columns()}>
                        {(column) => (
                          <th scope="col">
                            <span class="compare-table__name">{column.source.name}</span>
                            <span class="compare-table__note">
                              {column.source.note} · {yearSpan(column)}
                            </span>
                          </th>
                        )}
                      </For>
                      <For each={columns().slice(1)}>
                        {(column) => (
                          <th scope="col" class="compare-table__difference">
                            <span class="compare-table__name">Difference</span>
                            <span class="compare-table__note">
                              “{column.source.name}” against “{columns()[0].source.name}”
                            </span>
                          </th>
                        )}
                      </For>
                    </tr>
                  </thead>
                  <tbody>
                    <For each={rows()}>
                      {(row) => (
                        <tr>
                          <th scope="row">{row.label}</th>
                          <For each={row.cells}>
                            {(cell) => (
                              <td>
                                <span class="compare-table__value">{cell.value}</span>
                                <span class="compare-table__detail">{cell.detail}</span>
                              </td>
                            )}
                          </For>
                          <For each={row.differences}>
                            {(cell) => (
                              <td class="compare-table__difference">
                                <span class="compare-table__value">{cell.value}</span>
                                <span class="compare-table__detail">{cell.detail}</span>
                              </td>
                            )}
                          </For>
                        </tr>
                      )}
                    </For>
                  </tbody>
                </table>
              </div>
            </section>

            <For each={charts()}>
              {(entry) => (
                <section aria-label={`${entry.title}, baseline beside scenario`}>
                  <h3 class="compare__section-title">{entry.title}, baseline beside scenario</h3>
                  <p class="compare__hint">Every chart has the same scale, so a taller bar is more money in any of them.</p>
                  <div class="compare__charts">
                    <For each={columns()}>
                      {(column) => (
                        <div class="compare__chart" role="group" aria-label={`${entry.title}: ${column.source.name}`}>
                          <h4 class="compare__chart-name">{column.source.name}</h4>
                          <Dynamic
                            component={CHART_COMPONENTS[entry.id]}
                            view={columnView(column)}
                            sharedMax={top()}
                            scenarioName={column.source.name}
                            headingLevel={5}
                          />
                        </div>
                      )}
                    </For>
                  </div>
                </section>
              )}
            </For>

            <Show when={columns().length > 1}>
              <section aria-labelledby="compare-saving-title">
                <h3 id="compare-saving-title" class="compare__section-title">
                  Savings added up over the years
                </h3>
                <CumulativeSavingChart saving={saving()} view={columnView(columns()[0])} />
              </section>
            </Show>

            <Show when={differences().length > 0}>
              <section aria-labelledby="compare-inputs-title">
                <h3 id="compare-inputs-title" class="compare__section-title">
                  Inputs that differ from “<bdi>{columns()[0].source.name}</bdi>”
                </h3>
                <div class="compare__differences">
                  <For each={differences()}>
                    {(difference) => (
                      <section class="compare-diff" aria-label={`How “${difference.column.source.name}” differs`}>
                        <h4>
                          <bdi>{difference.column.source.name}</bdi>
                          <span class="compare-diff__count">
                            {difference.lines.length === 1 ? '1 input differs' : `${difference.lines.length} inputs differ`}
                          </span>
                        </h4>
                        <Show when={difference.lines.length > 0} fallback={<p>No inputs differ: the two give the same figures.</p>}>
                          <ul>
                            <For each={difference.lines}>{(line) => <li>{line.text}</li>}</For>
                          </ul>
                        </Show>
                      </section>
                    )}
                  </For>
                </div>
              </section>
            </Show>
          </Show>
        </Show>
      </div>
    </ModalDialog>
  );
}
