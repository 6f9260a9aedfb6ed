import { describe, expect, it } from 'vitest';
import { modelAnswered, whenModelAnswers } from '../../../src/ui/model/modelAnswers';

const microtasksRun = () => new Promise<void>((resolve) => setTimeout(resolve));

describe('waiting for the model to answer', () => {
  it('calls each waiting callback once, after the microtasks queued before the answer was announced', async () => {
    const calls: string[] = [];
    whenModelAnswers(() => calls.push('grid'));
    // The charts' redraw is queued while the results are handed out, before the answer is announced.
    queueMicrotask(() => calls.push('charts'));
    modelAnswered();
    expect(calls).toEqual([]);
    await microtasksRun();
    expect(calls).toEqual(['charts', 'grid']);

    modelAnswered();
    await microtasksRun();
    expect(calls).toEqual(['charts', 'grid']);
  });

  it('does not call a callback that was cancelled', async () => {
    const calls: string[] = [];
    const cancel = whenModelAnswers(() => calls.push('cancelled'));
    whenModelAnswers(() => calls.push('kept'));
    cancel();
    modelAnswered();
    await microtasksRun();
    expect(calls).toEqual(['kept']);
  });

  it('calls a callback added before the announced answer is handed out, and keeps one added after for the next answer', async () => {
    const calls: string[] = [];
    modelAnswered();
    whenModelAnswers(() => calls.push('next'));
    await microtasksRun();
    expect(calls).toEqual(['next']);
    whenModelAnswers(() => calls.push('later'));
    await microtasksRun();
    expect(calls).toEqual(['next']);
    modelAnswered();
    await microtasksRun();
    expect(calls).toEqual(['next', 'later']);
  });
});
