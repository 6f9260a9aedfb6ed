// Runs the model in a web worker and keeps the last good results on screen.
// Only the latest draft counts: edits that arrive while a run is under way
// replace each other, so there is never a queue of stale runs. A worker that
// throws or stops answering is replaced, the user is told, the results on
// screen are marked as from before the fault until a run succeeds, and the
// latest draft is run again; the inputs are never touched. After a visit that
// died during a run the client starts paused, until the user says to run.
// Where the page is cross-origin isolated, each live run's answer is also
// read from shared memory: in the task that asked for it, when the worker
// has been quick, else at the start of each frame (answerSlot.ts).
import { proxy, wrap, type Remote } from 'comlink';
import { batch, createSignal } from 'solid-js';
import type { Problem } from '../../model';
import type { DraftOutcome } from '../../model';
import type { ReadResult } from '../../model';
import type { ModelWorkerApi } from '../../../workers/model.worker';
import type { ResultsView } from '../resultsView';
import type { ScenarioDraft } from '../store/draft';
import { FAULT_DRILL_WORKER, faultDrillOn } from './faultDrill';
import { createAnswerSlot, isInSlot, readAnswer, waitForAnswer, workerTook, type InSlot, type SlotPlace } from './answerSlot';
import { modelAnswered } from './modelAnswers';
import { markRunEnded, markRunStarted } from './runMarker';
import { raceSilence, withTimeout, WorkerStuck } from './workerTimeout';

/**
 * Silence this long means the worker is stuck: checking a draft and running
 * the model each take milliseconds, and the worker says when the check is done.
 */
export const WORKER_TIMEOUT_MS = 2000;

/**
 * When one of the worker's last RUNS_RECALLED runs took no longer than
 * QUICK_RUN_MS, the page waits for the answer at the end of the task that
 * asked for it (an edit's keypress, usually), WAIT_IN_TASK_MS after asking at
 * most: so the answer is drawn in the frame the keypress starts. One run
 * slowed by a busy machine does not stop the waiting; a large scenario, slow
 * every time, is not waited for; a stuck worker holds the page up for a few
 * milliseconds only.
 */
const QUICK_RUN_MS = 12;
const RUNS_RECALLED = 3;
const WAIT_IN_TASK_MS = 16;

export interface ModelClient {
  /** Runs the model on this draft (or on a later one, if another arrives first). */
  run: (draft: ScenarioDraft) => void;
  /** The last good results; `stale` while the current draft is invalid. */
  view: () => ResultsView | undefined;
  /** What is wrong with the current draft, by path; empty when it is valid. */
  problems: () => Problem[];
  /** A message for the user when the worker had to be replaced. */
  notice: () => string | null;
  dismissNotice: () => void;
  /** Reads a scenario file's bytes in the worker. */
  readFile: (bytes: Uint8Array) => Promise<ReadResult>;
  /** Checks and runs one scenario (one being compared or saved) in the worker, leaving the live results alone. */
  runOnce: (draft: unknown) => Promise<DraftOutcome>;
  /** True while runs wait for the user (the last visit died during a run). */
  paused: () => boolean;
  /** Runs the latest draft and every later one. */
  resume: () => void;
  dispose: () => void;
}

function startWorker(): { worker: Worker; api: Remote<ModelWorkerApi> } {
  const name = faultDrillOn() ? FAULT_DRILL_WORKER : 'upstream model';
  const worker = new Worker(new URL('../../../workers/model.worker.ts', import.meta.url), { type: 'module', name });
  return { worker, api: wrap<ModelWorkerApi>(worker) };
}

/** Until `answered`, looks in the slot at the start of each animation frame and hands over the answer once it is there. */
function lookInSlotEachFrame(place: SlotPlace, answered: () => boolean, answer: (outcome: DraftOutcome) => void): void {
  const look = () => {
    if (answered()) return;
    const outcome = readAnswer<DraftOutcome>(place.memory, place.run);
    if (outcome) answer(outcome);
    else requestAnimationFrame(look);
  };
  requestAnimationFrame(look);
}

/**
 * Hands over the answer as soon as it can be drawn: once the task under way
 * has done the rest of its work (the worker runs meanwhile), waiting for it
 * until `until` when `quick`; otherwise, or if it is not there by then, at the
 * start of each animation frame.
 */
function readSlotSoon(place: SlotPlace, quick: boolean, until: number, answered: () => boolean, answer: (outcome: DraftOutcome) => void): void {
  if (!quick) return lookInSlotEachFrame(place, answered, answer);
  queueMicrotask(() => {
    if (answered()) return;
    const outcome = waitForAnswer<DraftOutcome>(place.memory, place.run, until);
    if (outcome) answer(outcome);
    else lookInSlotEachFrame(place, answered, answer);
  });
}

/** One empty list for every valid draft, so a valid draft after a valid draft changes nothing that shows problems. */
const NO_PROBLEMS: Problem[] = [];

export function createModelClient(options: { paused?: boolean; timeoutMs?: number } = {}): ModelClient {
  const timeoutMs = options.timeoutMs ?? WORKER_TIMEOUT_MS;
  const [view, setView] = createSignal<ResultsView>();
  const [problems, setProblems] = createSignal<Problem[]>(NO_PROBLEMS);
  const [notice, setNotice] = createSignal<string | null>(null);
  const [paused, setPaused] = createSignal(options.paused ?? false);
  let current = startWorker();
  /** Where the worker also writes each live run's answer, read in the task that asked or at each frame (answerSlot.ts); null without cross-origin isolation. */
  const slot = createAnswerSlot();
  let runs = 0;
  /** How long the worker took over its last few answers written to the slot, the latest last. */
  let recentRunTimes: number[] = [];
  const workerQuick = () => recentRunTimes.some((took) => took <= QUICK_RUN_MS);
  let running = false;
  let pending: ScenarioDraft | null = null;
  /** The draft that last made the worker fail, so one bad draft cannot restart it forever. */
  let failedDraft: ScenarioDraft | null = null;

  function replaceWorker(error: unknown): void {
    current.worker.terminate();
    current = startWorker();
    recentRunTimes = [];
    const why = error instanceof WorkerStuck ? 'stopped answering' : 'failed';
    setNotice(`The model ${why} and was restarted. Your inputs are all still here.`);
    setView((last) => last && { ...last, stale: 'fault' });
  }

  /** Puts an answer on screen: one update for the problems and the results together. */
  function show(outcome: DraftOutcome): void {
    failedDraft = null;
    batch(() => {
      if (outcome.ok) {
        setProblems(NO_PROBLEMS);
        setView({ results: outcome.results, scenario: outcome.scenario, stale: false });
      } else {
        setProblems(outcome.problems);
        setView((last) => last && { ...last, stale: 'invalid' });
      }
    });
    modelAnswered();
  }

  async function pump(): Promise<void> {
    if (running || pending === null || paused()) return;
    const draft = pending;
    pending = null;
    running = true;
    const place = slot && { memory: slot, run: (runs += 1) };
    let answered = false;
    const answer = (outcome: DraftOutcome) => {
      if (answered) return;
      answered = true;
      const took = place ? workerTook(place.memory, place.run) : undefined;
      if (took !== undefined) recentRunTimes = [...recentRunTimes.slice(1 - RUNS_RECALLED), took];
      show(outcome);
    };
    try {
      // Comlink posts the draft at once; the run is marked after, so the worker starts sooner.
      const replied = raceSilence<DraftOutcome | InSlot>((alive) => current.api.runDraftToSlot(draft, proxy(alive), place), timeoutMs);
      markRunStarted();
      if (place) readSlotSoon(place, workerQuick(), performance.now() + WAIT_IN_TASK_MS, () => answered, answer);
      const reply = await replied;
      // Usually the answer has already been read from the slot: it is then not read a second time.
      if (!answered) answer(place && isInSlot(reply) ? readAnswer<DraftOutcome>(place.memory, place.run)! : (reply as DraftOutcome));
    } catch (error) {
      answered = true;
      replaceWorker(error);
      if (failedDraft !== draft) {
        failedDraft = draft;
        pending ??= draft;
      }
      modelAnswered();
    } finally {
      markRunEnded();
      running = false;
      void pump();
    }
  }
  // A normal unload during a run is not a crash.
  window.addEventListener('pagehide', markRunEnded);

  return {
    run: (draft) => {
      pending = draft;
      void pump();
    },
    view,
    problems,
    notice,
    dismissNotice: () => setNotice(null),
    readFile: (bytes) => withTimeout<ReadResult>(current.api.readFile(bytes), timeoutMs * 5),
    runOnce: (draft) => withTimeout<DraftOutcome>(current.api.runDraft(draft), timeoutMs),
    paused,
    resume: () => {
      setPaused(false);
      void pump();
    },
    dispose: () => {
      window.removeEventListener('pagehide', markRunEnded);
      current.worker.terminate();
    },
  };
}
