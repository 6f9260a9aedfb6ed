// Colours and level names the charts share. Upstream levels (1–3, the
// upstream share) are cool greens and blues; downstream (4–5) warm orange
// and red. Every colour has at least 3:1 contrast on white (WCAG 1.4.11).
import { LEVELS, type Setting } from '../../model';

export const INK = '#1d2b36';
export const MUTED = '#55636e';
export const GRID_LINE = '#e3e8ec';

export const BASELINE_COLOUR = '#6b7785';
export const SCENARIO_COLOUR = '#0b5563';
export const SAVING_COLOUR = '#2f7d4f';
export const COST_COLOUR = '#b4432f';
export const ENVELOPE_COLOUR = '#8a5a00';

export const LEVEL_COLOURS = ['#1d6f42', '#2a8c7a', '#2f6f9f', '#c8621f', '#a1261c'] as const;

/** One colour a setting (MODEL.md §13), from home (green) to hospital (red), as the levels run upstream to downstream. */
export const SETTING_COLOURS: Record<Setting, string> = {
  home: '#1d6f42',
  sheltered: '#2a8c7a',
  extraCare: '#2f6f9f',
  residential: '#c8621f',
  nursing: '#7a4a8c',
  hospital: '#a1261c',
};

/** "2 Prevention" for level 2. */
export function levelLabel(level: number): string {
  return `${level} ${LEVELS[level - 1].name}`;
}

/** A colour with transparency, for the paler baseline bars: "#1d6f42" → "rgba(29, 111, 66, 0.35)". */
export function withAlpha(hex: string, alpha: number): string {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
  return `rgba(${r}, ${g}, ${b}, ${alpha})`;
}
