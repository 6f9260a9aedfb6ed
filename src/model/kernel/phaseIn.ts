// How far a rule or investment has ramped up (MODEL.md §1, §15), in a module
// of its own so the inputs can draw the phase-in shapes without loading the kernel.

/** MODEL.md §1: how far a rule has ramped up in year t. */
export function phase(year: number, startYear: number, rampYears: number): number {
  if (year < startYear) return 0;
  if (rampYears <= 0) return 1;
  return Math.min(1, (year - startYear + 1) / rampYears);
}

/** MODEL.md §15: the phase-in profile (index into PROFILE_IDS: linear, front, back, step) applied to u = phase. */
export function profiled(profile: number, u: number): number {
  if (profile === 1) return 1 - (1 - u) * (1 - u);
  if (profile === 2) return u * u;
  if (profile === 3) return u === 1 ? 1 : 0;
  return u;
}
