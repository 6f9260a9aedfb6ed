// The words of the model (MODEL.md §1, §13, §15 and the seeds): the five
// levels, the settings people live in and the phase-in profiles, each id
// with its plain words. Every list, label and dropdown reads from here.

export interface Level {
  level: 1 | 2 | 3 | 4 | 5;
  /** Short, for chart legends and tiles. */
  name: string;
  /** In full, in the users' framework. */
  words: string;
}

export const LEVELS: readonly Level[] = [
  { level: 1, name: 'Citizenship and inclusion', words: 'Citizenship, inclusion and engagement' },
  { level: 2, name: 'Prevention', words: 'Prevention and minimum intervention' },
  { level: 3, name: 'Intensive short-term', words: 'Intensive time-limited interventions, such as reablement' },
  { level: 4, name: 'Long-term community support', words: 'Community-based, on-going long-term health and social care support' },
  { level: 5, name: 'Hospital and care homes', words: 'Hospital, residential and nursing home care' },
];

/** MODEL.md §13: where the people a service serves live. */
export const SETTINGS = [
  { id: 'home', words: 'At home' },
  { id: 'sheltered', words: 'Sheltered housing' },
  { id: 'extraCare', words: 'Extra care housing' },
  { id: 'residential', words: 'Residential care' },
  { id: 'nursing', words: 'Nursing home' },
  { id: 'hospital', words: 'Hospital' },
] as const;

export type Setting = (typeof SETTINGS)[number]['id'];
export const SETTING_IDS = SETTINGS.map((s) => s.id) as [Setting, ...Setting[]];
/** §13: a service without a setting serves people at home. */
export const DEFAULT_SETTING: Setting = 'home';
/** §18: settings counted as care homes. */
export const CARE_HOME_SETTINGS: readonly Setting[] = ['residential', 'nursing'];
/** §18: settings counted as supported outside care homes and hospital. */
export const OUTSIDE_CARE_HOME_SETTINGS: readonly Setting[] = ['home', 'sheltered', 'extraCare'];

/** MODEL.md §15: how a rule or investment ramps up over its rampYears. */
export const PROFILES = [
  { id: 'linear', words: 'Even' },
  { id: 'front', words: 'Fast start' },
  { id: 'back', words: 'Slow start' },
  { id: 'step', words: 'All at once' },
] as const;

export type Profile = (typeof PROFILES)[number]['id'];
export const PROFILE_IDS = PROFILES.map((p) => p.id) as [Profile, ...Profile[]];
export const DEFAULT_PROFILE: Profile = 'linear';

/** §17: the id results use for the run on every band's own population. */
export const PRINCIPAL_VARIANT = 'principal';

export function settingWords(id: string): string {
  return SETTINGS.find((s) => s.id === id)?.words ?? id;
}

export function profileWords(id: string): string {
  return PROFILES.find((p) => p.id === id)?.words ?? id;
}

/** §17: a variant id as a short name, where "projection" is said beside it: "principal" → "Principal", "high" → "High". */
export function projectionShortName(id: string): string {
  return `${id.charAt(0).toUpperCase()}${id.slice(1)}`;
}

/** §17: a variant id in words: "principal" → "Principal projection", "high" → "High projection". */
export function projectionName(id: string): string {
  return `${projectionShortName(id)} projection`;
}
