// Goal seek: which value of one input, between two bounds, makes an output
// hit a target. The answer comes back as a sentence; problems with the
// request appear beside the field they are about.
import { createEffect, createMemo, createSignal, createUniqueId, For, on, Show, untrack } from 'solid-js';
import type { GoalOutput, GoalSeekRequest } from '../../model';
import { financialYear, scenarioYears } from '../../model';
import { formatInputValue, inputLabel } from '../../model';
import type { Problem } from '../../model';
import type { Scenario } from '../../model';
import type { ResultsView } from '../resultsView';
import { getAtPath, parsePath } from '../store/draft';
import type { ScenarioStore } from '../store/scenarioStore';
import type { AnalysisClient } from './analysisClient';
import type { GoalSeekAnswer } from '../../model';
import { showInput } from './inputKinds';
import {
  currentOutput,
  defaultBounds,
  defaultPath,
  formatOutputValue,
  inputGroups,
  outputChoices,
  problemsByField,
  reachableTarget,
  readGoalSeekFields,
  type GoalSeekField,
} from './goalSeekForm';

export interface GoalSeekSectionProps {
  store: ScenarioStore;
  view: () => ResultsView | undefined;
  selectedPath: () => string | null;
  /** Inputs a goal seek may vary in the last valid scenario (no whole-year inputs). */
  seekable: () => string[];
  client: AnalysisClient;
  announce: (message: string) => void;
}

interface Answered {
  request: GoalSeekRequest;
  answer: Extract<GoalSeekAnswer, { ok: true }>;
  scenario: Scenario;
}

const DEFAULT_TARGET: Record<GoalOutput, string> = {
  cumulativeNetSaving: '£0',
  npv: '£0',
  scenarioTotal: '',
  upstreamShare: '',
  npvAfterCapital: '£0',
  careHomePer1000: '',
  supportedAtHomeShare: '',
};

export function GoalSeekSection(props: GoalSeekSectionProps) {
  const headingId = createUniqueId();
  const ids = { path: createUniqueId(), lo: createUniqueId(), hi: createUniqueId(), output: createUniqueId(), year: createUniqueId(), target: createUniqueId() };
  const scenario = () => props.view()?.scenario;
  const [chosenPath, setChosenPath] = createSignal('');
  const [lo, setLo] = createSignal('');
  const [hi, setHi] = createSignal('');
  const [output, setOutput] = createSignal<GoalOutput>('cumulativeNetSaving');
  const [chosenYear, setChosenYear] = createSignal<number | null>(null);
  const [target, setTarget] = createSignal(DEFAULT_TARGET.cumulativeNetSaving);
  /** Whether the user typed the target; until then the form puts in one the bounds reach. */
  const [targetTyped, setTargetTyped] = createSignal(false);
  const [problems, setProblems] = createSignal<Problem[]>([]);
  const [answered, setAnswered] = createSignal<Answered>();
  const [unreachable, setUnreachable] = createSignal<string | null>(null);
  const [busy, setBusy] = createSignal(false);

  const path = createMemo(() => (props.seekable().includes(chosenPath()) ? chosenPath() : defaultPath(props.selectedPath(), props.seekable())));
  const years = createMemo(() => {
    const s = scenario();
    return s ? scenarioYears(s.meta.baseYear, s.meta.horizonYears) : [];
  });
  const year = () => {
    const chosen = chosenYear();
    return chosen !== null && years().includes(chosen) ? chosen : years()[years().length - 1];
  };
  const groups = createMemo(() => {
    const s = scenario();
    return s ? inputGroups(s, props.seekable()) : [];
  });
  const fieldProblems = createMemo(() => problemsByField(problems()));
  const valueAt = (p: string) => {
    const value = scenario() && getAtPath(scenario(), parsePath(p));
    return typeof value === 'number' ? value : undefined;
  };
  const nowText = () => {
    const results = props.view()?.results;
    return results ? `Now: ${formatOutputValue(output(), currentOutput(results, output(), year()))}` : '';
  };

  // A newly selected grid cell becomes the input to vary, when it can be.
  createEffect(on(props.selectedPath, (selected) => selected !== null && props.seekable().includes(selected) && setChosenPath(selected)));
  // Each input starts from its own bounds: nothing to twice its value.
  createEffect(
    on(path, (p) => {
      const value = valueAt(p);
      const bounds = value === undefined ? { lo: '', hi: '' } : defaultBounds(p, value);
      setLo(bounds.lo);
      setHi(bounds.hi);
      setProblems([]);
    }),
  );

  // The question the form offers must have an answer: a probe beyond any output gives the outputs at both bounds,
  // and the roundest target between them goes in the field. Only the latest question's probe may fill it.
  let probes = 0;
  createEffect(
    on([path, lo, hi, output, year, () => scenario() !== undefined], () => {
      const current = untrack(scenario);
      if (!current || untrack(targetTyped)) return;
      const read = readGoalSeekFields({ path: path(), lo: lo(), hi: hi(), output: output(), year: String(year()), target: '0' });
      if (!read.ok) return;
      const probe = ++probes;
      props.client.goalSeek(current, { ...read.request, target: Number.MAX_VALUE }).then(
        (answer) => {
          if (probe !== probes || targetTyped() || !answer.ok || answer.result.reached) return;
          const { outputAtLo, outputAtHi } = answer.result;
          // An output with no meaning at a bound (§18: nobody at Levels 4–5) offers no target to start from.
          if (outputAtLo === null || outputAtHi === null) return;
          setTarget(reachableTarget(read.request.output, outputAtLo, outputAtHi));
        },
        // Without the probe the field keeps its plain default; the seek itself reports any failure.
        () => undefined,
      );
    }),
  );

  function chooseOutput(next: GoalOutput): void {
    setOutput(next);
    setTarget(DEFAULT_TARGET[next]);
    setTargetTyped(false);
    setProblems([]);
  }

  async function seek(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const current = scenario();
    if (!current || busy()) return;
    setAnswered(undefined);
    setUnreachable(null);
    const read = readGoalSeekFields({ path: path(), lo: lo(), hi: hi(), output: output(), year: String(year()), target: target() });
    if (!read.ok) return void setProblems(read.problems);
    setProblems([]);
    setBusy(true);
    try {
      const answer = await props.client.goalSeek(current, read.request);
      if (!answer.ok) setProblems(answer.problems);
      else if (answer.result.reached) setAnswered({ request: read.request, answer, scenario: current });
      else setUnreachable(answer.sentence);
    } catch (error) {
      setProblems([{ path: 'path', message: `could not be sought: ${error instanceof Error ? error.message : String(error)}` }]);
    } finally {
      setBusy(false);
    }
  }

  function useValue(found: Answered): void {
    if (!found.answer.result.reached) return;
    const { value } = found.answer.result;
    props.store.setValues([{ path: parsePath(found.request.path), value }]);
    props.announce(`${inputLabel(found.scenario, found.request.path)} set to ${formatInputValue(found.request.path, value)}.`);
  }

  const describedBy = (field: GoalSeekField) => (fieldProblems()[field] ? `${ids[field]}-problem` : undefined);
  const FieldProblems = (p: { field: GoalSeekField }) => (
    <Show when={fieldProblems()[p.field]}>
      {(lines) => (
        <span id={`${ids[p.field]}-problem`} class="analysis-problem">
          {lines().join(' ')}
        </span>
      )}
    </Show>
  );

  return (
    <section class="analysis-section" aria-labelledby={headingId}>
      <h2 id={headingId} class="analysis-section__title">
        Goal seek
      </h2>
      <p class="analysis-hint">Find the value of one input, between two bounds, at which an output reaches a target.</p>
      <form class="goal-seek" onSubmit={(event) => void seek(event)} novalidate>
        <div class="analysis-field goal-seek__input">
          <label for={ids.path}>Input to vary</label>
          <select
            id={ids.path}
            value={path()}
            aria-invalid={!!fieldProblems().path}
            aria-describedby={describedBy('path')}
            onChange={(event) => setChosenPath(event.currentTarget.value)}
          >
            <For each={groups()}>
              {(group) => (
                <optgroup label={group.name}>
                  <For each={group.options}>{(option) => (
                      <option value={option.path} selected={option.path === path()}>
                        {option.label}
                      </option>
                    )}</For>
                </optgroup>
              )}
            </For>
          </select>
          <Show when={path() !== '' && valueAt(path()) !== undefined}>
            <span class="analysis-hint">Now: {showInput(path(), valueAt(path())!)}</span>
          </Show>
          <FieldProblems field="path" />
        </div>
        <div class="analysis-field">
          <label for={ids.lo}>Lower bound</label>
          <input id={ids.lo} type="text" inputmode="decimal" value={lo()} aria-invalid={!!fieldProblems().lo} aria-describedby={describedBy('lo')} onChange={(e) => setLo(e.currentTarget.value)} />
          <FieldProblems field="lo" />
        </div>
        <div class="analysis-field">
          <label for={ids.hi}>Upper bound</label>
          <input id={ids.hi} type="text" inputmode="decimal" value={hi()} aria-invalid={!!fieldProblems().hi} aria-describedby={describedBy('hi')} onChange={(e) => setHi(e.currentTarget.value)} />
          <FieldProblems field="hi" />
        </div>
        <div class="analysis-field goal-seek__output">
          <label for={ids.output}>Output</label>
          <select id={ids.output} value={output()} aria-describedby={describedBy('output')} onChange={(e) => chooseOutput(e.currentTarget.value as GoalOutput)}>
            <For each={scenario() ? outputChoices(scenario()!) : []}>{(choice) => (
                <option value={choice.value} selected={choice.value === output()}>
                  {choice.label}
                </option>
              )}</For>
          </select>
          <FieldProblems field="output" />
        </div>
        <Show when={output() === 'scenarioTotal'}>
          <div class="analysis-field">
            <label for={ids.year}>Year</label>
            <select id={ids.year} value={year()} aria-describedby={describedBy('year')} onChange={(e) => setChosenYear(Number(e.currentTarget.value))}>
              <For each={years()}>{(y) => (
                  <option value={y} selected={y === year()}>
                    {financialYear(y)}
                  </option>
                )}</For>
            </select>
            <FieldProblems field="year" />
          </div>
        </Show>
        <div class="analysis-field">
          <label for={ids.target}>Target</label>
          <input
            id={ids.target}
            type="text"
            inputmode="decimal"
            value={target()}
            placeholder={output() === 'upstreamShare' ? 'e.g. 40%' : 'e.g. £250,000'}
            aria-invalid={!!fieldProblems().target}
            aria-describedby={`${ids.target}-now ${describedBy('target') ?? ''}`.trim()}
            onChange={(e) => {
              setTarget(e.currentTarget.value);
              setTargetTyped(true);
            }}
          />
          <span id={`${ids.target}-now`} class="analysis-hint">
            {nowText()}
          </span>
          <FieldProblems field="target" />
        </div>
        <div class="goal-seek__actions">
          <button type="submit" class="primary" disabled={!scenario() || props.seekable().length === 0 || busy()}>
            {busy() ? 'Seeking…' : 'Find the value'}
          </button>
        </div>
      </form>
      <div class="goal-seek__answer" role="status" aria-live="polite">
        <Show when={answered()}>
          {(found) => (
            <>
              <p class="goal-seek__sentence">{found().answer.sentence}</p>
              <Show when={found().scenario === scenario()}>
                <button type="button" onClick={() => useValue(found())}>
                  Use this value in the scenario
                </button>
              </Show>
            </>
          )}
        </Show>
        <Show when={unreachable()}>{(sentence) => <p class="goal-seek__sentence goal-seek__sentence--none">{sentence()}</p>}</Show>
      </div>
    </section>
  );
}
