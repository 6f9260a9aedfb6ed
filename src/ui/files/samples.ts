// The sample scenarios bundled with the app (samples/*.upstream.json), each
// loaded only when it is wanted so none of them weighs on start-up. They are
// checked by the samples' own tests, so they open as drafts, as they are.
import type { ScenarioDraft } from '../store/draft';

const SAMPLE_TEXTS = import.meta.glob<string>('../../../samples/*.upstream.json', { query: '?raw', import: 'default' });

/** The sample the app starts with when there is nothing to restore. */
export const FIRST_SAMPLE = 'county';

export interface Sample {
  /** The file name without its extension: "county". */
  key: string;
  name: string;
  area: string | null;
  draft: ScenarioDraft;
}

const keyOf = (path: string) => path.replace(/^.*\//, '').replace(/\.upstream\.json$/, '');

async function sampleAt(path: string): Promise<Sample> {
  const draft = JSON.parse(await SAMPLE_TEXTS[path]()) as ScenarioDraft;
  return { key: keyOf(path), name: String(draft.meta.name), area: draft.meta.area ?? null, draft };
}

export function loadSample(key: string): Promise<Sample> {
  const path = Object.keys(SAMPLE_TEXTS).find((candidate) => keyOf(candidate) === key);
  if (!path) throw new Error(`There is no sample called ${key}.`);
  return sampleAt(path);
}

/** Every sample, in the order of their file names. */
export function loadSamples(): Promise<Sample[]> {
  return Promise.all(Object.keys(SAMPLE_TEXTS).sort().map(sampleAt));
}
