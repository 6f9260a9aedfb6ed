// The fields of the details form (MODEL.md §1, §6, §9 meta, §17 the projection): their labels,
// hints and what saving each does to the draft. Pure, so that other places
// (the list of problems at the top of the page) name the fields as the form does.
import { setAtPath, type ScenarioDraft } from '../store/draft';
import { parseTypedNumber } from './cellKinds';
import { variantIds } from './sheets';
import { setHorizon } from './structure';

export type MetaKey = 'name' | 'area' | 'notes' | 'baseYear' | 'horizonYears' | 'discountRate' | 'populationVariant';

/** One entry of a field chosen from a list: what it stores ('' for none) and what it shows. */
export interface FieldChoice {
  value: string;
  label: string;
}

export interface Field {
  key: MetaKey;
  label: string;
  hint?: string;
  multiline?: boolean;
  /** A field chosen from a list rather than typed. */
  choices?: (draft: ScenarioDraft) => FieldChoice[];
  /** The draft after this field is saved with what was typed. */
  save: (draft: ScenarioDraft, typed: string) => ScenarioDraft;
}

/** A leaf of the details set (undefined removes it, so its default applies). */
const setMeta = (draft: ScenarioDraft, key: MetaKey, value: unknown): ScenarioDraft => setAtPath(draft, ['meta', key], value);

const optionalText = (key: MetaKey) => (draft: ScenarioDraft, typed: string) => setMeta(draft, key, typed.trim() === '' ? undefined : typed);

export const FIELDS: Field[] = [
  { key: 'name', label: 'Scenario name', save: (draft, typed) => setMeta(draft, 'name', typed) },
  { key: 'area', label: 'Area', hint: 'The place the scenario is about.', save: optionalText('area') },
  { key: 'notes', label: 'Notes', hint: 'What the scenario shows and where its figures came from.', multiline: true, save: optionalText('notes') },
  {
    key: 'baseYear',
    label: 'Base year',
    hint: 'The first financial year: 2025 means 2025/26. The yearly columns follow it; their figures stay as they are.',
    save: (draft, typed) => setMeta(draft, 'baseYear', typed.trim() === '' ? null : parseTypedNumber(typed, 'year')),
  },
  {
    key: 'horizonYears',
    label: 'Horizon (years after the base year)',
    hint: 'From 1 to 50. More years repeat the last figure of each yearly series; fewer drop the last years.',
    save: setHorizon,
  },
  {
    key: 'discountRate',
    label: 'Discount rate a year',
    hint: 'For the net present value: 0.035 is 3.5%, the HM Treasury Green Book rate (used when blank). You can type 3.5%.',
    save: (draft, typed) => setMeta(draft, 'discountRate', typed.trim() === '' ? undefined : parseTypedNumber(typed, 'growth')),
  },
  {
    key: 'populationVariant',
    label: 'Population projection',
    hint: "The projection the scenario runs on: each band's own population (the principal projection), or a variant from the Population tab. The results compare every projection.",
    choices: projectionChoices,
    save: optionalText('populationVariant'),
  },
];

/** The principal projection (no key in the file), then every variant any band has, and a stray choice kept so its problem shows. */
function projectionChoices(draft: ScenarioDraft): FieldChoice[] {
  const chosen = draft.meta?.populationVariant;
  const ids = variantIds(draft);
  const all = typeof chosen === 'string' && chosen !== '' && !ids.includes(chosen) ? [...ids, chosen] : ids;
  return [{ value: '', label: 'Principal projection' }, ...all.map((id) => ({ value: id, label: `Variant "${id}"` }))];
}

/** The field a problem is about: `meta/horizonYears` → the horizon. */
export function fieldOf(path: string): Field | undefined {
  return FIELDS.find((f) => path === `meta/${f.key}` || path.startsWith(`meta/${f.key}/`));
}
