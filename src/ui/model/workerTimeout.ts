// Worker calls that cannot hang the app. A call pending on a stuck or
// terminated worker never settles (ENGINEERING.md, comlink), so every call is
// raced against silence: no answer, and no sign of life, for too long means
// the worker is stuck and its caller should replace it.

/** The worker gave no answer and no sign of life in time. */
export class WorkerStuck extends Error {}

/** The caller gave up on the call (a Cancel button). */
export class WorkerCallCancelled extends Error {}

/**
 * Settles as `call` does; rejects with {@link WorkerStuck} when `ms` pass
 * without it settling or calling `alive` (progress reports call it), and with
 * {@link WorkerCallCancelled} as soon as `signal` aborts.
 */
export function raceSilence<T>(call: (alive: () => void) => Promise<T>, ms: number, signal?: AbortSignal): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    let settled = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const settle = (finish: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
      finish();
    };
    const onAbort = () => settle(() => reject(new WorkerCallCancelled('cancelled')));
    const alive = () => {
      if (settled) return;
      clearTimeout(timer);
      timer = setTimeout(() => settle(() => reject(new WorkerStuck(`no answer in ${ms} ms`))), ms);
    };
    if (signal?.aborted) return onAbort();
    signal?.addEventListener('abort', onAbort);
    alive();
    call(alive).then(
      (value) => settle(() => resolve(value)),
      (error: unknown) => settle(() => reject(error)),
    );
  });
}

/** A call that must answer within `ms`. */
export function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return raceSilence(() => promise, ms);
}
