// File names made from a scenario's name that every file system accepts
// (Windows is the strictest: no \ / : * ? " < > |, no trailing dot or space,
// no device names such as CON).

export const SCENARIO_EXTENSION = '.upstream.json';

const MAX_STEM_CHARS = 100;
const FALLBACK_STEM = 'scenario';
const WINDOWS_DEVICE_NAME = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])$/i;

/** A scenario name as the start of a file name: "Gloucestershire: 2025/26 plan" → "Gloucestershire- 2025-26 plan". */
export function safeFileStem(name: string): string {
  const readable = name
    .normalize('NFC')
    .replace(/\s+/g, ' ')
    .replace(/[\\/:*?"<>|\u0000-\u001f\u007f]/g, '-');
  // Cut by characters, not UTF-16 units, so an emoji is never split in half.
  const cleaned = [...readable].slice(0, MAX_STEM_CHARS).join('').replace(/^[\s.]+|[\s.]+$/g, '');
  if (cleaned === '') return FALLBACK_STEM;
  return WINDOWS_DEVICE_NAME.test(cleaned) ? `${cleaned}-${FALLBACK_STEM}` : cleaned;
}

/** NAME.upstream.json */
export function scenarioFileName(name: string): string {
  return safeFileStem(name) + SCENARIO_EXTENSION;
}

/** An export beside the scenario file: "NAME results.csv", "NAME.xlsx", "NAME chart.png". */
export function exportFileName(name: string, suffix: string, extension: string): string {
  const stem = suffix === '' ? safeFileStem(name) : `${safeFileStem(name)} ${suffix}`;
  return `${stem}.${extension}`;
}
