/** How a value found in a file reads in a message: `6`, `the text "12"`, `nothing (it is empty)`. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'nothing (it is empty)';
  if (typeof value === 'string') {
    const shown = value.length > 40 ? `${value.slice(0, 40)}…` : value;
    return `the text "${shown}"`;
  }
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : 'a number too large to use';
  if (typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return `a list of ${value.length}`;
  if (typeof value === 'object') return 'a group of fields';
  return typeof value;
}
