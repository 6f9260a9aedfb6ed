// "Fill by growth rate": project a band's population from its base-year
// figure at a steady yearly rate, for every year after the base year.
import { setAtPath, type ScenarioDraft } from '../store/draft';
import { entriesOf, yearAxis } from './sheets';

export interface GrowthFill {
  draft: ScenarioDraft;
  /** Bands left alone because their base-year figure is not a number. */
  skipped: string[];
}

/** base × (1 + rate)^t for t = 1 … the last year, in whole people. */
export function growthSeries(base: number, rate: number, years: number): number[] {
  return Array.from({ length: years }, (_, t) => (t === 0 ? base : Math.round(base * (1 + rate) ** t)));
}

export function fillByGrowth(draft: ScenarioDraft, bandIndices: readonly number[], rate: number): GrowthFill {
  const years = yearAxis(draft).count;
  const bands = entriesOf(draft, 'ageBands');
  const skipped: string[] = [];
  let next = draft;
  for (const b of bandIndices) {
    const band = bands[b];
    if (!band) continue;
    const base = Array.isArray(band.population) ? band.population[0] : undefined;
    if (typeof base !== 'number' || !Number.isFinite(base)) {
      skipped.push(typeof band.id === 'string' && band.id !== '' ? band.id : `band ${b + 1}`);
      continue;
    }
    next = setAtPath(next, ['ageBands', b, 'population'], growthSeries(base, rate, years));
  }
  return { draft: next, skipped };
}
