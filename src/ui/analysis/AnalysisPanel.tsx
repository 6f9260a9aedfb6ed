// Uncertainty, sensitivity and goal seek (MODEL.md §8): the ranges, the
// tornado, Monte Carlo and goal seek, all run in the analysis worker on the
// last valid scenario, never on a draft that has problems.
import { createEffect, createMemo, createSignal, on, onCleanup, Show } from 'solid-js';
import type { Scenario } from '../../model';
import type { ResultsView } from '../resultsView';
import type { ScenarioStore } from '../store/scenarioStore';
import type { Survey } from '../../model';
import { createAnalysisClient, Superseded } from './analysisClient';
import { GoalSeekSection } from './GoalSeekSection';
import { MonteCarloSection } from './MonteCarloSection';
import { RangesTable } from './RangesTable';
import { TornadoChart } from './TornadoChart';
import './analysis.css';

export interface AnalysisPanelProps {
  store: ScenarioStore;
  view: () => ResultsView | undefined;
  /** The JSON path of the numeric cell selected in the grids, or null. */
  selectedPath: () => string | null;
  /** The range a problem link asked to show (a new object each time, so a second press shows it again). */
  rangeShown?: () => { index: number } | null;
}

const sameList = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x, i) => x === b[i]);

export function AnalysisPanel(props: AnalysisPanelProps) {
  const client = createAnalysisClient();
  onCleanup(client.dispose);
  const [surveyed, setSurveyed] = createSignal<{ scenario: Scenario; survey: Survey }>();
  const [surveyProblem, setSurveyProblem] = createSignal<string | null>(null);
  const [announcement, setAnnouncement] = createSignal('');

  // After every valid edit: which inputs can vary, and the tornado.
  createEffect(
    on(
      () => props.view()?.scenario,
      (scenario) => {
        if (!scenario) return;
        client.survey(scenario).then(
          (survey) => {
            setSurveyProblem(null);
            if (props.view()?.scenario === scenario) setSurveyed({ scenario, survey });
          },
          (error: unknown) => {
            if (!(error instanceof Superseded)) setSurveyProblem(`The tornado could not be worked out: ${error instanceof Error ? error.message : String(error)}`);
          },
        );
      },
    ),
  );

  // Lists that change only when the scenario's shape does, so menus are not rebuilt on every edit.
  const variableList = createMemo(() => surveyed()?.survey.variable ?? [], [], { equals: sameList });
  const variable = createMemo(() => new Set(variableList()));
  const seekable = createMemo(
    () => {
      const whole = new Set(surveyed()?.survey.wholeNumber ?? []);
      return variableList().filter((path) => !whole.has(path));
    },
    [],
    { equals: sameList },
  );
  const tornadoPending = () => surveyed() !== undefined && surveyed()!.scenario !== props.view()?.scenario;

  return (
    <div class="analysis" role="region" aria-label="Uncertainty, sensitivity and goal seek">
      <Show when={props.view()?.stale}>
        <p class="stale-label">Analyses use the last valid inputs</p>
      </Show>
      <Show when={client.notice()}>
        {(message) => (
          <div class="analysis-notice" role="alert">
            <span>{message()}</span>
            <button type="button" onClick={client.dismissNotice}>
              Dismiss
            </button>
          </div>
        )}
      </Show>
      <RangesTable
        store={props.store}
        view={props.view}
        selectedPath={props.selectedPath}
        variable={variable}
        announce={setAnnouncement}
        rangeShown={props.rangeShown}
      />
      <div class="analysis-tornado" aria-busy={tornadoPending()} style={{ '--tornado-rows': String(surveyed()?.survey.tornado?.entries.length ?? 0) }}>
        <TornadoChart result={surveyed()?.survey.tornado} view={props.view()} />
        <Show when={surveyProblem()}>
          <p class="analysis-problem">{surveyProblem()}</p>
        </Show>
      </div>
      <MonteCarloSection store={props.store} view={props.view} client={client} />
      <GoalSeekSection
        store={props.store}
        view={props.view}
        selectedPath={props.selectedPath}
        seekable={seekable}
        client={client}
        announce={setAnnouncement}
      />
      <p class="visually-hidden" role="status" aria-live="polite">
        {announcement()}
      </p>
    </div>
  );
}
