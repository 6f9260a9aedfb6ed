// The problems of one tab, each with where it is; choosing one takes the
// keyboard to the cell or field it is about.
import { For, Show } from 'solid-js';
import type { Problem } from '../../model';
import { bestFind, type ProblemTarget } from './problemTargets';
import { placeOfPath } from './tabs';

export function ProblemList(props: { problems: Problem[]; targets: readonly ProblemTarget[] }) {
  return (
    <Show when={props.problems.length > 0}>
      <section class="tab-problems" aria-label="Problems on this tab">
        <p class="tab-problems-title">
          <strong>{props.problems.length === 1 ? '1 problem' : `${props.problems.length} problems`} to fix here.</strong> Choose one to go to it.
        </p>
        <ul>
          <For each={props.problems}>
            {(problem) => (
              <li>
                <Show
                  when={bestFind(props.targets, problem.path)}
                  fallback={
                    <>
                      <strong>{placeOfPath(problem.path)}</strong>: {problem.message}
                    </>
                  }
                >
                  {(found) => (
                    <button type="button" class="problem-link" onClick={() => found().goTo()}>
                      <strong>{found().place ?? placeOfPath(problem.path)}</strong>: {problem.message}
                    </button>
                  )}
                </Show>
              </li>
            )}
          </For>
        </ul>
      </section>
    </Show>
  );
}
