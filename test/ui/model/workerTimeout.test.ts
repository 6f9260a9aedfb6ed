import { describe, expect, it } from 'vitest';
import { raceSilence, withTimeout, WorkerCallCancelled, WorkerStuck } from '../../../src/ui/model/workerTimeout';

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const never = () => new Promise<never>(() => {});

describe('worker calls that cannot hang the app', () => {
  it('passes an answer or an error through', async () => {
    await expect(withTimeout(Promise.resolve(42), 50)).resolves.toBe(42);
    await expect(withTimeout(Promise.reject(new Error('bad draft')), 50)).rejects.toThrow('bad draft');
  });

  it('gives up on a silent call', async () => {
    await expect(withTimeout(never(), 20)).rejects.toBeInstanceOf(WorkerStuck);
  });

  it('keeps waiting while the call shows signs of life', async () => {
    const answer = raceSilence(async (alive) => {
      for (let i = 0; i < 6; i++) {
        await wait(10);
        alive();
      }
      return 'done';
    }, 30);
    await expect(answer).resolves.toBe('done');
  });

  it('stops at once when cancelled, and ignores signs of life after', async () => {
    const controller = new AbortController();
    let alive: () => void = () => {};
    const answer = raceSilence((a) => ((alive = a), never()), 1_000, controller.signal);
    controller.abort();
    await expect(answer).rejects.toBeInstanceOf(WorkerCallCancelled);
    alive();
    controller.abort();
  });

  it('refuses a call already cancelled', async () => {
    const controller = new AbortController();
    controller.abort();
    let started = false;
    await expect(raceSilence(() => ((started = true), never()), 1_000, controller.signal)).rejects.toBeInstanceOf(WorkerCallCancelled);
    expect(started).toBe(false);
  });
});
