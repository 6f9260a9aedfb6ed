// One fill for every yearly series of the scenario (a band's population or
// one of its variants, a partner's budget, the envelope): the years after a
// chosen one filled in one step from a base, by a change a year, by a total
// change spread over some years (MODEL.md §16: "a 30% cut over five years"),
// or, for a population variant, from the principal projection grown a little
// faster or slower (§17). The years up to the chosen one (a published
// projection, say) are kept.
import { getAtPath, setAtPath, type DraftPath, type ScenarioDraft } from '../store/draft';
import { entriesOf, partnerName, variantIds, variantsOf, yearAxis } from './sheets';

/** How a series' figures are held: people are whole, money is to the penny. */
export type SeriesUnit = 'people' | 'money';

/** A yearly series the fill can write. */
export interface YearlySeries {
  /** How the fill's messages name it: "75-84", "75-84 · high", "County Council's budget". */
  name: string;
  path: DraftPath;
  unit: SeriesUnit;
  /** For a population variant, the band's principal population it can be grown from. */
  principal?: DraftPath;
}

export type FillMode =
  /** base × (1 + rate)^(t − from) */
  | { kind: 'yearly'; rate: number }
  /** base × (1 + change × min(t − from, years) ÷ years): the change reached in `years` equal steps, then held. */
  | { kind: 'total'; change: number; years: number }
  /** principal[t] × (1 + difference)^(t − from): a variant growing `difference` a year faster than the principal. */
  | { kind: 'fromPrincipal'; difference: number };

export interface FillRequest {
  mode: FillMode;
  /** The year index to fill after; its own figure is the base unless `base` is given. */
  from: number;
  /** A typed base, written into year `from` too. */
  base?: number;
}

export interface FilledDraft {
  draft: ScenarioDraft;
  /** The series left alone, with why: "75-84 (its 2025/26 figure is not a number)". */
  skipped: Array<{ name: string; why: 'base' | 'principal' }>;
}

const rounded = (value: number, unit: SeriesUnit) => (unit === 'people' ? Math.round(value) : Math.round(value * 100) / 100);

const isFigure = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);

/** The factor year `t` is of the base, for the modes that grow from a base. */
function factor(mode: Exclude<FillMode, { kind: 'fromPrincipal' }>, steps: number): number {
  return mode.kind === 'yearly' ? (1 + mode.rate) ** steps : 1 + (mode.change * Math.min(steps, mode.years)) / mode.years;
}

/**
 * `series` to `years` long with every year after `request.from` filled;
 * undefined when what it grows from (the base, or a principal figure) is not a number.
 */
export function filledSeries(series: readonly unknown[], request: FillRequest, years: number, unit: SeriesUnit, principal: readonly unknown[] = []): unknown[] | undefined {
  const { mode, from } = request;
  const kept = (t: number) => (t === from && request.base !== undefined ? rounded(request.base, unit) : (series[t] ?? null));
  if (mode.kind === 'fromPrincipal') {
    const grown = principal.slice(from + 1, years);
    if (principal.length < years || !grown.every(isFigure)) return undefined;
    return Array.from({ length: years }, (_, t) => (t <= from ? kept(t) : rounded((principal[t] as number) * (1 + mode.difference) ** (t - from), unit)));
  }
  const base = request.base ?? series[from];
  if (!isFigure(base)) return undefined;
  return Array.from({ length: years }, (_, t) => (t <= from ? kept(t) : rounded(base * factor(mode, t - from), unit)));
}

/** Each series filled as the request says, in one new draft; those that cannot be are named. */
export function fillSeries(draft: ScenarioDraft, chosen: readonly YearlySeries[], request: FillRequest): FilledDraft {
  const years = yearAxis(draft).count;
  const skipped: FilledDraft['skipped'] = [];
  let next = draft;
  for (const series of chosen) {
    const figures = getAtPath(draft, series.path);
    const principal = series.principal && getAtPath(draft, series.principal);
    const filled = filledSeries(Array.isArray(figures) ? figures : [], request, years, series.unit, Array.isArray(principal) ? principal : []);
    if (filled) next = setAtPath(next, series.path, filled);
    else skipped.push({ name: series.name, why: request.mode.kind === 'fromPrincipal' ? 'principal' : 'base' });
  }
  return { draft: next, skipped };
}

/** One entry of the fill's series picker: a single series or several filled alike ("All age bands"). */
export interface SeriesChoice {
  label: string;
  series: YearlySeries[];
}

const bandName = (band: Record<string, unknown>, b: number) => (typeof band.id === 'string' && band.id !== '' ? band.id : `Band ${b + 1}`);

/** Every band's principal population, each band's, then each variant's for every band and for each band. */
export function populationChoices(draft: ScenarioDraft): SeriesChoice[] {
  const bands = entriesOf(draft, 'ageBands');
  const principal = bands.map((band, b): YearlySeries => ({ name: bandName(band, b), path: ['ageBands', b, 'population'], unit: 'people' }));
  const variants = variantIds(draft).flatMap((variant): SeriesChoice[] => {
    const series = bands.flatMap((band, b): YearlySeries[] =>
      variant in variantsOf(band) ? [{ name: `${bandName(band, b)} · ${variant}`, path: ['ageBands', b, 'variants', variant], unit: 'people', principal: ['ageBands', b, 'population'] }] : [],
    );
    return [{ label: `All age bands · ${variant}`, series }, ...series.map((one) => ({ label: one.name, series: [one] }))];
  });
  return [{ label: 'All age bands', series: principal }, ...principal.map((one) => ({ label: one.name, series: [one] })), ...variants];
}

/** Each partner's budget, for the partners that have one. */
export function budgetChoices(draft: ScenarioDraft): SeriesChoice[] {
  return entriesOf(draft, 'partners').flatMap((partner, p): SeriesChoice[] => {
    if (partner.budget === undefined) return [];
    const name = partnerName(partner, p);
    return [{ label: name, series: [{ name: `the budget of ${name}`, path: ['partners', p, 'budget'], unit: 'money' }] }];
  });
}

/** The budget envelope, while the scenario has one. */
export function envelopeChoices(draft: ScenarioDraft): SeriesChoice[] {
  return draft.envelope === undefined ? [] : [{ label: 'Budget envelope', series: [{ name: 'the budget envelope', path: ['envelope'], unit: 'money' }] }];
}
