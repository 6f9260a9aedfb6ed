// Monte Carlo: its settings (saved in the scenario), the run with progress
// and Cancel, the share of runs that pay back, and the fan charts.
import { createSignal, createUniqueId, For, Show } from 'solid-js';
import type { MonteCarloProgress, MonteCarloResult } from '../../model';
import type { MonteCarloSettings, Scenario } from '../../model';
import { SAVING_COLOUR, SCENARIO_COLOUR } from '../charts/palette';
import { displayNumber, parseTypedNumber } from '../grids/cellKinds';
import type { ResultsView } from '../resultsView';
import type { ScenarioStore } from '../store/scenarioStore';
import type { AnalysisClient } from './analysisClient';
import { FanChart } from './FanChart';
import { formatCount, npvRangeLines, paybackShareText, progressText } from './monteCarloText';
import { monteCarloSettingProblem, monteCarloSettings, setMonteCarloSetting } from './ranges';
import { WorkerCallCancelled } from '../model/workerTimeout';

export interface MonteCarloSectionProps {
  store: ScenarioStore;
  view: () => ResultsView | undefined;
  client: AnalysisClient;
}

interface FinishedRun {
  result: MonteCarloResult;
  /** The scenario it ran on: when the view moves on, the run is out of date. */
  scenario: Scenario;
  seconds: number;
}

interface SettingFieldProps {
  field: keyof MonteCarloSettings;
  label: string;
  hint: string;
  store: ScenarioStore;
  /** Hands over a way to save what is typed now: Run calls it, since a click may come before the field's change event. */
  saveTyped: (save: () => boolean) => void;
}

function SettingField(props: SettingFieldProps) {
  const [problem, setProblem] = createSignal<string | null>(null);
  const inputId = createUniqueId();
  const hintId = createUniqueId();
  const value = () => monteCarloSettings(props.store.draft())[props.field];
  let input!: HTMLInputElement;
  /** Saves the typed value if it may be saved; false when it may not (the field says why). */
  function commit(text: string): boolean {
    const typed = parseTypedNumber(text, 'count');
    const why = monteCarloSettingProblem(props.field, typed);
    setProblem(why);
    if (why === null && typed !== value()) props.store.update((draft) => setMonteCarloSetting(draft, props.field, typed as number));
    return why === null;
  }
  props.saveTyped(() => commit(input.value));
  return (
    <div class="analysis-field">
      <label for={inputId}>{props.label}</label>
      <input
        ref={input}
        id={inputId}
        type="text"
        inputmode="numeric"
        value={props.field === 'runs' ? displayNumber(value(), 'count') : String(value())}
        aria-describedby={hintId}
        aria-invalid={problem() !== null}
        onChange={(event) => commit(event.currentTarget.value)}
      />
      <span id={hintId} classList={{ 'analysis-hint': problem() === null, 'analysis-problem': problem() !== null }}>
        {problem() ?? props.hint}
      </span>
    </div>
  );
}

/** Whether a run on `ran` still stands for `now`: the Monte Carlo settings change no figure of the scenario. */
function sameInputs(ran: Scenario, now: Scenario | undefined): boolean {
  if (ran === now) return true;
  return now !== undefined && JSON.stringify({ ...ran, monteCarlo: undefined }) === JSON.stringify({ ...now, monteCarlo: undefined });
}

export function MonteCarloSection(props: MonteCarloSectionProps) {
  const headingId = createUniqueId();
  const [progress, setProgress] = createSignal<MonteCarloProgress | null>(null);
  const [finished, setFinished] = createSignal<FinishedRun>();
  const [status, setStatus] = createSignal('');
  let runButton!: HTMLButtonElement;

  const scenario = () => props.view()?.scenario;
  /** What a run now would use: the settings as saved in the draft (they change no figure, so need not wait for the model). */
  const settings = () => monteCarloSettings(props.store.draft());
  const typedSavers: Array<() => boolean> = [];
  const ranged = () => (scenario()?.uncertainty ?? []).length > 0;
  const whyNot = () => (!scenario() ? 'The scenario needs valid inputs first.' : !ranged() ? 'Give at least one input a range first.' : null);

  function run(): void {
    const current = scenario();
    if (!current || progress() !== null) return;
    if (!typedSavers.map((save) => save()).every(Boolean)) return;
    const chosen = settings();
    const started = performance.now();
    setProgress({ runsDone: 0, runs: chosen.runs });
    setStatus(`Running ${formatCount(chosen.runs)} runs…`);
    props.client
      .monteCarlo(current, chosen, setProgress)
      .then(
        (result) => {
          const seconds = (performance.now() - started) / 1000;
          setFinished({ result, scenario: current, seconds });
          setStatus(paybackShareText(result));
        },
        (error: unknown) => {
          const done = progress();
          if (error instanceof WorkerCallCancelled) {
            const when = !done ? 'before the first runs' : done.runsDone === done.runs ? `while summing up ${formatCount(done.runs)} runs` : `after ${progressText(done.runsDone, done.runs)}`;
            setStatus(`Cancelled ${when}.${finished() ? ' The results below are from the last finished run.' : ''}`);
          } else {
            setStatus(`The Monte Carlo run did not finish: ${error instanceof Error ? error.message : String(error)}`);
          }
        },
      )
      .finally(() => {
        const hadFocus = document.activeElement?.closest('.monte-carlo__running') != null;
        setProgress(null);
        if (hadFocus) runButton.focus();
      });
  }

  return (
    <section class="analysis-section" aria-labelledby={headingId}>
      <h2 id={headingId} class="analysis-section__title">
        Monte Carlo: the range of outcomes
      </h2>
      <div class="monte-carlo__settings">
        <SettingField field="runs" label="Runs" hint="1 to 100,000" store={props.store} saveTyped={(save) => typedSavers.push(save)} />
        <SettingField
          field="seed"
          label="Seed"
          hint="The same seed gives the same results"
          store={props.store}
          saveTyped={(save) => typedSavers.push(save)}
        />
        <button ref={runButton} type="button" class="primary" onClick={run} disabled={whyNot() !== null || progress() !== null}>
          Run {formatCount(settings().runs)} runs
        </button>
      </div>
      <Show when={whyNot()}>
        <p class="analysis-hint">{whyNot()}</p>
      </Show>
      <Show when={progress()}>
        {(running) => (
          <div class="monte-carlo__running">
            <progress max={running().runs} value={running().runsDone} aria-label="Monte Carlo progress" />
            <span class="monte-carlo__count">{progressText(running().runsDone, running().runs)}</span>
            <button type="button" onClick={() => props.client.cancelMonteCarlo()}>
              Cancel
            </button>
          </div>
        )}
      </Show>
      <p class="monte-carlo__status" role="status" aria-live="polite">
        {status()}
      </p>
      <Show when={finished()}>
        {(last) => (
          <>
            <p class="analysis-hint">
              {formatCount(last().result.runsDone)} runs with seed {last().result.seed} took {last().seconds.toFixed(2)} s.
              <Show when={!sameInputs(last().scenario, scenario())}>
                <strong class="analysis-outdated"> The inputs have changed since: run again to update.</strong>
              </Show>
            </p>
            <ul class="monte-carlo__npv">
              <For each={npvRangeLines(last().result)}>{(line) => <li>{line}</li>}</For>
            </ul>
            <FanChart measure="netSaving" colour={SAVING_COLOUR} result={last().result} view={props.view()} />
            <FanChart measure="scenarioTotal" colour={SCENARIO_COLOUR} result={last().result} view={props.view()} />
            <FanChart measure="careHomePer1000" colour={SCENARIO_COLOUR} result={last().result} view={props.view()} />
          </>
        )}
      </Show>
    </section>
  );
}
