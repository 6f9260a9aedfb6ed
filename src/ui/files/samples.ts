// The sample scenarios bundled with the app (samples/*.upstream.json), each
// loaded only when it is wanted so none of them weighs on start-up. They are
// checked by the samples' own tests, so they open as drafts, as they are
// (brought to the current file version, should one be older).
import { migrateDraft } from '../../model';
import type { ScenarioDraft } from '../store/draft';

const SAMPLE_TEXTS = import.meta.glob<string>('../../../samples/*.upstream.json', { query: '?raw', import: 'default' });

/** The sample the app starts with when there is nothing to restore: a board today plans forward. */
export const FIRST_SAMPLE = 'forward-plan';

export interface Sample {
  /** The file name without its extension: "county". */
  key: string;
  name: string;
  area: string | null;
  draft: ScenarioDraft;
}

const keyOf = (path: string) => path.replace(/^.*\//, '').replace(/\.upstream\.json$/, '');
const pathOf = (key: string) => Object.keys(SAMPLE_TEXTS).find((path) => keyOf(path) === key);

/**
 * The sample to start with when there is nothing to restore: the one an
 * address names (`?sample=county`, a link to a sample for a meeting), or else
 * {@link FIRST_SAMPLE}. A name that is no sample is ignored.
 */
export function startingSampleKey(search: string): string {
  const asked = new URLSearchParams(search).get('sample');
  return asked !== null && pathOf(asked) !== undefined ? asked : FIRST_SAMPLE;
}

async function sampleAt(path: string): Promise<Sample> {
  const draft = migrateDraft(JSON.parse(await SAMPLE_TEXTS[path]()) as ScenarioDraft);
  return { key: keyOf(path), name: String(draft.meta.name), area: draft.meta.area ?? null, draft };
}

export function loadSample(key: string): Promise<Sample> {
  const path = pathOf(key);
  if (!path) throw new Error(`There is no sample called ${key}.`);
  return sampleAt(path);
}

/** Every sample: the one the app starts with first, then the others in the order of their file names. */
export function loadSamples(): Promise<Sample[]> {
  const first = (path: string) => (keyOf(path) === FIRST_SAMPLE ? 0 : 1);
  const paths = Object.keys(SAMPLE_TEXTS).sort((a, b) => first(a) - first(b) || a.localeCompare(b));
  return Promise.all(paths.map(sampleAt));
}
