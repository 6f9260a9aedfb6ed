// The draft's uncertainty ranges and Monte Carlo settings (MODEL.md §8) as
// the panel lists and edits them. Every change returns a new draft, so the
// store records it as one step of history and the scenario file keeps it.
import { whyUnrangeable } from '../../model';
import { inputLabel } from '../../model';
import { monteCarloSchema, type MonteCarloSettings, type Scenario } from '../../model';
import { getAtPath, parsePath, setAtPath, type ScenarioDraft } from '../store/draft';
import { showInput, suggestRange } from './inputKinds';
import { rangedPaths } from './rangedPaths';

type DraftRange = NonNullable<ScenarioDraft['uncertainty']>[number];

/** The value of the input at `path` in the draft, if it holds a number there now. */
export function draftNumber(draft: ScenarioDraft, path: string): number | undefined {
  const value = getAtPath(draft, parsePath(path));
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

export interface RangeRow {
  /** Position in the draft's list. */
  index: number;
  path: string;
  /** The input's own name, from the scenario's names ("Reablement: amount a year"). */
  name: string;
  /** The label the file gives the range, or "". */
  label: string;
  low: unknown;
  high: unknown;
  /** The input's value in the draft; undefined while it is not a number. */
  central: number | undefined;
  /** "£3,000,000", "2%": the central value as the low and high fields show theirs. */
  centralText: string;
  /** What is wrong with the range, in plain words; null when nothing is. */
  problem: string | null;
}

function rangeProblem(low: unknown, central: number | undefined, high: unknown, nameless: boolean): string | null {
  if (nameless) return 'This range names no input of the scenario any more; remove it.';
  if (typeof low !== 'number' || typeof high !== 'number') return 'Low and high must both be numbers.';
  if (central === undefined) return 'The input itself needs a number before its range can be checked.';
  if (!(low <= central && central <= high)) return 'The range must include the value: low ≤ value ≤ high.';
  return null;
}

/**
 * One row per range in the draft. Names come from `scenario` (the last valid
 * one), since the draft's own names may be mid-edit.
 */
export function rangeRows(draft: ScenarioDraft, scenario: Scenario | undefined): RangeRow[] {
  const ranges = Array.isArray(draft.uncertainty) ? draft.uncertainty : [];
  const unlabelled = scenario && { ...scenario, uncertainty: undefined };
  return ranges.map((range, index) => {
    const path = typeof range?.path === 'string' ? range.path : '';
    const central = draftNumber(draft, path);
    const name = unlabelled ? inputLabel(unlabelled, path) : path;
    return {
      index,
      path,
      name,
      label: typeof range?.label === 'string' ? range.label : '',
      low: range?.low,
      high: range?.high,
      central,
      centralText: central === undefined ? '–' : showInput(path, central),
      problem: rangeProblem(range?.low, central, range?.high, getAtPath(draft, parsePath(path)) === undefined),
    };
  });
}

/** Whether the input at `path` may be given a range, and if not why, in words for people. */
export type Rangeability = { ok: true; value: number } | { ok: false; why: string };

/**
 * Can the selected cell get a range? `variable` holds the paths the worker
 * found the model can vary in the last valid scenario.
 */
export function rangeability(draft: ScenarioDraft, path: string | null, variable: ReadonlySet<string>): Rangeability {
  if (path === null) return { ok: false, why: 'Select a number in the input grids to give it a range.' };
  if (rangedPaths(draft).has(path)) return { ok: false, why: 'The selected input already has a range: change it in the table.' };
  const barred = whyUnrangeable(path);
  if (barred) return { ok: false, why: `The selected input cannot be given a range: ${barred}.` };
  const value = draftNumber(draft, path);
  if (value === undefined) return { ok: false, why: 'The selected cell needs a number before it can be given a range.' };
  if (!variable.has(path)) return { ok: false, why: 'The selected cell is not an input the analyses can vary (or is not yet in the last valid inputs).' };
  return { ok: true, value };
}

/** The draft with a new range for `path`: ±25% around `value`, within what the file allows. */
export function addRange(draft: ScenarioDraft, path: string, value: number): ScenarioDraft {
  const ranges = Array.isArray(draft.uncertainty) ? draft.uncertainty : [];
  const range: DraftRange = { path, ...suggestRange(path, value) };
  return { ...draft, uncertainty: [...ranges, range] };
}

/** The draft with one field of range `index` set; a blank label is removed from the file. */
export function setRangeField(draft: ScenarioDraft, index: number, field: 'low' | 'high' | 'label', value: number | string): ScenarioDraft {
  const stored = field === 'label' && typeof value === 'string' && value.trim() === '' ? undefined : value;
  return setAtPath(draft, ['uncertainty', index, field], stored);
}

export function removeRange(draft: ScenarioDraft, index: number): ScenarioDraft {
  const ranges = Array.isArray(draft.uncertainty) ? draft.uncertainty : [];
  return { ...draft, uncertainty: ranges.filter((_, i) => i !== index) };
}

/** What a scenario without Monte Carlo settings runs with, until the user saves their own. */
export const DEFAULT_MONTE_CARLO: MonteCarloSettings = { runs: 10_000, seed: 1 };

/** The draft's Monte Carlo settings where they are numbers, the defaults elsewhere. */
export function monteCarloSettings(draft: ScenarioDraft): MonteCarloSettings {
  const saved = draft.monteCarlo;
  const runs = saved?.runs;
  const seed = saved?.seed;
  return {
    runs: typeof runs === 'number' ? runs : DEFAULT_MONTE_CARLO.runs,
    seed: typeof seed === 'number' ? seed : DEFAULT_MONTE_CARLO.seed,
  };
}

/** The draft with one Monte Carlo setting changed; the other is saved too, so the file holds both. */
export function setMonteCarloSetting(draft: ScenarioDraft, field: keyof MonteCarloSettings, value: number): ScenarioDraft {
  return { ...draft, monteCarlo: { ...monteCarloSettings(draft), [field]: value } };
}

const SETTING_NAMES: Record<keyof MonteCarloSettings, string> = { runs: 'Runs', seed: 'Seed' };

/** What is wrong with a typed Monte Carlo setting, in the file's own words; null when it may be saved. */
export function monteCarloSettingProblem(field: keyof MonteCarloSettings, value: number | string): string | null {
  const parsed = monteCarloSchema.shape[field].safeParse(value);
  return parsed.success ? null : `${SETTING_NAMES[field]} ${parsed.error.issues[0].message}`;
}
