// "Fill by growth rate": project a band's population from one year's figure
// at a steady yearly rate, for every year after it; the years up to it (a
// published projection, say) are kept.
import { setAtPath, type ScenarioDraft } from '../store/draft';
import { entriesOf, yearAxis } from './sheets';

export interface GrowthFill {
  draft: ScenarioDraft;
  /** Bands left alone because their figure for the starting year is not a number. */
  skipped: string[];
}

/** `series` to `years` long, every year after `from` grown from its figure: base × (1 + rate)^(t − from), in whole people. */
export function grownFrom(series: readonly unknown[], from: number, rate: number, years: number): unknown[] {
  const base = series[from] as number;
  return Array.from({ length: years }, (_, t) => (t <= from ? series[t] : Math.round(base * (1 + rate) ** (t - from))));
}

/** Each chosen band's years after year index `from` grown at `rate` from that year's figure. */
export function fillByGrowth(draft: ScenarioDraft, bandIndices: readonly number[], rate: number, from = 0): GrowthFill {
  const years = yearAxis(draft).count;
  const bands = entriesOf(draft, 'ageBands');
  const skipped: string[] = [];
  let next = draft;
  for (const b of bandIndices) {
    const band = bands[b];
    if (!band) continue;
    const series = Array.isArray(band.population) ? band.population : [];
    const base = series[from];
    if (typeof base !== 'number' || !Number.isFinite(base)) {
      skipped.push(typeof band.id === 'string' && band.id !== '' ? band.id : `band ${b + 1}`);
      continue;
    }
    next = setAtPath(next, ['ageBands', b, 'population'], grownFrom(series, from, rate, years));
  }
  return { draft: next, skipped };
}
