// How the problem list of a tab reaches the grids and fields that show the
// problems: each registers itself while it is on screen.
import { createSignal, onCleanup } from 'solid-js';

export interface FoundProblem {
  /** Where the problem is, in the users' words. */
  place: string | undefined;
  /** True when this grid or form has the problem's own cell or field, not just the row it is in. */
  exact: boolean;
  /** Selects that cell or field and puts the keyboard there. */
  goTo: () => void;
}

export interface ProblemTarget {
  /** The problem's place in this grid or form; undefined when it is not here. */
  find: (path: string) => FoundProblem | undefined;
}

/** The best place for a problem: the target with its own cell or field, else one with its row. */
export function bestFind<F extends { exact: boolean }>(targets: ReadonlyArray<{ find: (path: string) => F | undefined }>, path: string): F | undefined {
  const found = targets.map((target) => target.find(path)).filter((f): f is F => f !== undefined);
  return found.find((f) => f.exact) ?? found[0];
}

export interface ProblemTargets {
  targets: () => readonly ProblemTarget[];
  /** Registers a target for as long as the calling component lives. */
  register: (target: ProblemTarget) => void;
}

export function createProblemTargets(): ProblemTargets {
  const [targets, setTargets] = createSignal<readonly ProblemTarget[]>([]);
  return {
    targets,
    register: (target) => {
      setTargets((all) => [...all, target]);
      onCleanup(() => setTargets((all) => all.filter((t) => t !== target)));
    },
  };
}
