// Starting a new scenario: a blank one that is already valid, or one of the
// samples bundled with the app (src/ui/files/samples.ts).
import { createResource, createSignal, createUniqueId, For } from 'solid-js';
import { loadSample, loadSamples } from '../files/samples';
import type { ScenarioDraft } from '../store/draft';
import { blankScenario } from './newScenario';

const BLANK = 'blank';

export interface NewScenarioFormProps {
  /** Puts the new scenario on screen, saying whether it is blank or a sample and what happened. */
  onStart: (draft: ScenarioDraft, from: 'blank' | 'sample', news: string) => void;
  onFailure: (reason: string) => void;
}

export function NewScenarioForm(props: NewScenarioFormProps) {
  const selectId = createUniqueId();
  const [choice, setChoice] = createSignal(BLANK);
  // Listed once loaded; until then (or if they cannot load) a blank scenario can still be started.
  const [samples] = createResource(() => loadSamples().catch(() => []));

  async function start(): Promise<void> {
    if (choice() === BLANK) {
      props.onStart(blankScenario(new Date()) as ScenarioDraft, 'blank', 'Started a new scenario with placeholder figures to replace.');
      return;
    }
    try {
      const sample = await loadSample(choice());
      props.onStart(sample.draft, 'sample', `Started from the sample “${sample.name}”.`);
    } catch (error) {
      props.onFailure(`Could not load the sample (${error instanceof Error ? error.message : String(error)}). Reload the page and try again.`);
    }
  }

  return (
    <form
      class="library-new"
      onSubmit={(event) => {
        event.preventDefault();
        void start();
      }}
    >
      <label for={selectId}>Start a new scenario from</label>
      <select id={selectId} value={choice()} onChange={(event) => setChoice(event.currentTarget.value)}>
        <option value={BLANK}>A blank scenario (one age band, one service)</option>
        <For each={samples() ?? []}>{(sample) => <option value={sample.key}>Sample: {sample.name}</option>}</For>
      </select>
      <button type="submit">Start</button>
    </form>
  );
}
