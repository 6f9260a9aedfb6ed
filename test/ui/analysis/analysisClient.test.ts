// The client's queue, cancel and replacement, with a stand-in for the worker
// whose calls the test answers by hand.
import type { Remote } from 'comlink';
import { describe, expect, it } from 'vitest';
import type { MonteCarloProgress, MonteCarloResult } from '../../../src/model/analysis/monteCarlo';
import type { AnalysisApi } from '../../../src/model/analysis/analysisApi';
import { createAnalysisClient, Superseded, type AnalysisWorker } from '../../../src/ui/analysis/analysisClient';
import { WorkerCallCancelled, WorkerStuck } from '../../../src/ui/model/workerTimeout';
import { exampleScenario } from './fixtures';

interface Call {
  method: string;
  resolve: (value: unknown) => void;
  onProgress?: (progress: MonteCarloProgress) => void;
}

interface FakeWorker extends AnalysisWorker {
  calls: Call[];
  terminated: boolean;
}

function fakeWorkers() {
  const workers: FakeWorker[] = [];
  const start = (): AnalysisWorker => {
    const calls: Call[] = [];
    const call = (method: string, onProgress?: Call['onProgress']) => new Promise((resolve) => calls.push({ method, resolve, onProgress }));
    const api = {
      survey: () => call('survey'),
      monteCarlo: (_scenario: unknown, _settings: unknown, onProgress: Call['onProgress']) => call('monteCarlo', onProgress),
      goalSeek: () => call('goalSeek'),
    } as unknown as Remote<AnalysisApi>;
    const worker: FakeWorker = { api, calls, terminated: false, terminate: () => (worker.terminated = true) };
    workers.push(worker);
    return worker;
  };
  return { workers, start };
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));
const scenario = exampleScenario();
const request = { path: 'investments/0/amount', lo: 0, hi: 1, output: 'npv' as const, target: 0 };
const settings = { runs: 10, seed: 1 };

describe('the analysis client', () => {
  it('runs calls one at a time, in the order made', async () => {
    const { workers, start } = fakeWorkers();
    const client = createAnalysisClient(start);
    const first = client.goalSeek(scenario, request);
    const second = client.goalSeek(scenario, { ...request, target: 1 });
    await tick();
    expect(workers[0].calls.map((c) => c.method)).toEqual(['goalSeek']);
    workers[0].calls[0].resolve('first');
    await expect(first).resolves.toBe('first');
    await tick();
    workers[0].calls[1].resolve('second');
    await expect(second).resolves.toBe('second');
  });

  it('lets a newer survey replace one still waiting', async () => {
    const { workers, start } = fakeWorkers();
    const client = createAnalysisClient(start);
    const busy = client.goalSeek(scenario, request);
    const older = client.survey(scenario);
    const newer = client.survey(scenario);
    await expect(older).rejects.toBeInstanceOf(Superseded);
    workers[0].calls[0].resolve('sought');
    await busy;
    await tick();
    expect(workers[0].calls.map((c) => c.method)).toEqual(['goalSeek', 'survey']);
    workers[0].calls[1].resolve('surveyed');
    await expect(newer).resolves.toBe('surveyed');
  });

  it('cancels a Monte Carlo run at once on a fresh worker, and drops late progress', async () => {
    const { workers, start } = fakeWorkers();
    const client = createAnalysisClient(start);
    const reports: number[] = [];
    const run = client.monteCarlo(scenario, settings, (p) => reports.push(p.runsDone));
    await tick();
    const { onProgress } = workers[0].calls[0];
    onProgress!({ runsDone: 4, runs: 10 });
    client.cancelMonteCarlo();
    await expect(run).rejects.toBeInstanceOf(WorkerCallCancelled);
    onProgress!({ runsDone: 6, runs: 10 });
    expect(reports).toEqual([4]);
    expect(workers[0].terminated).toBe(true);
    expect(workers).toHaveLength(2);
    const next = client.goalSeek(scenario, request);
    await tick();
    workers[1].calls[0].resolve('on the new worker');
    await expect(next).resolves.toBe('on the new worker');
    expect(client.notice()).toBeNull();
  });

  it('cancels a Monte Carlo run still waiting, before it starts', async () => {
    const { workers, start } = fakeWorkers();
    const client = createAnalysisClient(start);
    const busy = client.goalSeek(scenario, request);
    const run = client.monteCarlo(scenario, settings, () => {});
    client.cancelMonteCarlo();
    await expect(run).rejects.toBeInstanceOf(WorkerCallCancelled);
    workers[0].calls[0].resolve('sought');
    await busy;
    await tick();
    expect(workers[0].calls.map((c) => c.method)).toEqual(['goalSeek']);
    expect(workers[0].terminated).toBe(false);
  });

  it('keeps a long run alive by its progress', async () => {
    const { workers, start } = fakeWorkers();
    const client = createAnalysisClient(start, 40);
    const run = client.monteCarlo(scenario, settings, () => {});
    await tick();
    const call = workers[0].calls[0];
    for (let done = 1; done <= 8; done++) {
      await new Promise((resolve) => setTimeout(resolve, 15));
      call.onProgress!({ runsDone: done, runs: 10 });
    }
    call.resolve({ runsDone: 10 } as MonteCarloResult);
    await expect(run).resolves.toEqual({ runsDone: 10 });
    expect(workers).toHaveLength(1);
  });

  it('replaces a worker that stops answering, tells the user, and carries on', async () => {
    const { workers, start } = fakeWorkers();
    const client = createAnalysisClient(start, 20);
    await expect(client.goalSeek(scenario, request)).rejects.toBeInstanceOf(WorkerStuck);
    expect(workers[0].terminated).toBe(true);
    expect(client.notice()).toBe('The analyses stopped answering and were restarted. Your inputs are all still here.');
    const next = client.survey(scenario);
    await tick();
    workers[1].calls[0].resolve('surveyed');
    await expect(next).resolves.toBe('surveyed');
    client.dismissNotice();
    expect(client.notice()).toBeNull();
  });
});
