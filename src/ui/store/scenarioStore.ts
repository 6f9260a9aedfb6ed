// One place that holds the scenario being edited, with undo and redo across
// every grid. Each change (a typed cell, a pasted block, an added row, an
// opened file) is one step of history. An edit that moves an input beyond its
// uncertainty range widens the range in that same step (widenRanges.ts).
import { createSignal } from 'solid-js';
import { migrateDraft } from '../../model';
import { setAtPath, type DraftPath, type ScenarioDraft } from './draft';
import { widenRanges } from './widenRanges';

const HISTORY_LIMIT = 200;

export interface CellEdit {
  path: DraftPath;
  value: unknown;
}

export interface ScenarioStore {
  draft: () => ScenarioDraft;
  /** Every edit in one step of history: a pasted block is one change. */
  setValues: (edits: readonly CellEdit[]) => void;
  /** A structural change (rows, bands, years) as one step of history. */
  update: (change: (draft: ScenarioDraft) => ScenarioDraft) => void;
  /** Replaces the whole scenario (an opened file, kept as it is); undo brings the old one back. */
  replace: (next: ScenarioDraft) => void;
  /**
   * The value an edit widened the range of the input at `path` to take, while
   * that range still ends there; undefined otherwise.
   */
  widenedTo: (path: string) => number | undefined;
  undo: () => void;
  redo: () => void;
  canUndo: () => boolean;
  canRedo: () => boolean;
}

/** A scenario enters the store (restored, opened, imported, a sample) at the current file version. */
export function createScenarioStore(initial: ScenarioDraft): ScenarioStore {
  const [draft, setDraft] = createSignal(migrateDraft(initial));
  const [undoStack, setUndoStack] = createSignal<ScenarioDraft[]>([]);
  const [redoStack, setRedoStack] = createSignal<ScenarioDraft[]>([]);
  const [widenings, setWidenings] = createSignal<ReadonlyMap<string, number>>(new Map());

  function commit(next: ScenarioDraft): void {
    if (next === draft()) return;
    setUndoStack((stack) => [...stack.slice(-(HISTORY_LIMIT - 1)), draft()]);
    setRedoStack([]);
    // For the benchmark (test/bench/browserFigures.ts), which watches for this mark; only the latest is kept.
    performance.clearMarks('upstream:edit');
    performance.mark('upstream:edit');
    setDraft(() => next);
  }

  /** An edit to the inputs: ranges its moves leave behind widen with it. */
  function edit(next: ScenarioDraft): void {
    const { draft: widened, widened: notes } = widenRanges(draft(), next);
    if (notes.length > 0) setWidenings((all) => new Map([...all, ...notes.map((note): [string, number] => [note.path, note.value])]));
    commit(widened);
  }

  function widenedTo(path: string): number | undefined {
    const value = widenings().get(path);
    const ranges = Array.isArray(draft().uncertainty) ? draft().uncertainty! : [];
    const range = ranges.find((r) => r?.path === path);
    return value !== undefined && (range?.low === value || range?.high === value) ? value : undefined;
  }

  function step(from: () => ScenarioDraft[], setFrom: typeof setUndoStack, setTo: typeof setUndoStack): void {
    const stack = from();
    if (stack.length === 0) return;
    setTo((other) => [...other, draft()]);
    setFrom(stack.slice(0, -1));
    setDraft(() => stack[stack.length - 1]);
  }

  return {
    draft,
    setValues: (edits) => edit(edits.reduce((d, cell) => setAtPath(d, cell.path, cell.value), draft())),
    update: (change) => edit(change(draft())),
    replace: (next) => commit(migrateDraft(next)),
    widenedTo,
    undo: () => step(undoStack, setUndoStack, setRedoStack),
    redo: () => step(redoStack, setRedoStack, setUndoStack),
    canUndo: () => undoStack().length > 0,
    canRedo: () => redoStack().length > 0,
  };
}
