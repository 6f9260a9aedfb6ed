/** How a value found in a file reads in a message: `6`, `the text "12"`, `nothing (it is empty)`. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'nothing (it is empty)';
  if (typeof value === 'string') return `the text "${escapeText(value)}"`;
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : 'a number too large to use';
  if (typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return `a list of ${value.length}`;
  if (typeof value === 'object') return 'a group of fields';
  return typeof value;
}

const ESCAPES: Readonly<Record<string, string>> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };
/**
 * Characters that would break a message's one-line layout or disguise it: controls,
 * line separators, bidirectional controls, zero-width marks, a byte order mark and
 * halves of characters (lone surrogates).
 */
const UNSEEN = /[\u0000-\u001f\u007f-\u009f\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** Text from a file made safe to print on one line: unseen characters as visible escapes, long text cut with "…". */
export function escapeText(text: string, maxChars = 80): string {
  let shown = text;
  if (shown.length > maxChars) {
    // Never cut a character in half.
    const end = /[\ud800-\udbff]/.test(shown[maxChars - 1]) ? maxChars - 1 : maxChars;
    shown = `${shown.slice(0, end)}…`;
  }
  return shown.replace(UNSEEN, (c) => ESCAPES[c] ?? `U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`);
}

/** An id from a file, quoted for a message. */
export function quoteId(id: string): string {
  return `"${escapeText(id)}"`;
}
