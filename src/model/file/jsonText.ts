// JSON text to a plain value (MODEL.md §9: syntax errors name a line and
// column; a key written twice is an error naming both places). The engine's
// JSON.parse reads every good file; one quick pass over the text checks what it
// cannot see (nesting depth, keys written twice), and momoa, which keeps
// positions but is some 40 times slower, runs only to place a problem.
import { parse, type AnyNode, type DocumentNode } from '@humanwhocodes/momoa';
import { formatCount } from '../../format/money';
import { escapeText } from './describeValue';
import type { Problem } from './problems';
import { MAX_LIST_ITEMS } from './sizeLimits';

/** Far deeper than any scenario file (they nest 5 deep), shallow enough for any stack. */
export const MAX_NESTING = 64;

export type JsonRead = { ok: true; value: unknown } | { ok: false; problems: Problem[] };

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COLON = 0x3a;
const COMMA = 0x2c;
const OPEN_LIST = 0x5b;
const CLOSE_LIST = 0x5d;
const OPEN_GROUP = 0x7b;
const CLOSE_GROUP = 0x7d;
const isSpace = (code: number) => code === 0x20 || code === 0x0a || code === 0x0d || code === 0x09;
const CONTROL = /[\u0000-\u001f]/;

interface TextScan {
  /** How many `"name":` pairs the text holds: more than the parsed value has means a key written twice. */
  keys: number;
  /** Where nesting first goes deeper than MAX_NESTING. */
  tooDeep?: number;
  /** Where a list or group starts that holds more than MAX_LIST_ITEMS: the engine's JSON.parse takes a second over 100,000 keys. */
  tooLong?: number;
  /** The first raw control character inside quotes, which JSON forbids (looked for only when asked: JSON.parse refuses them). */
  controlInText?: number;
}

/** Where the quoted text that opens at `start` closes (the text's length if it never does). */
function closingQuote(text: string, start: number): number {
  let end = start;
  for (;;) {
    end = text.indexOf('"', end + 1);
    if (end === -1) return text.length;
    let backslashes = 0;
    while (text.charCodeAt(end - 1 - backslashes) === BACKSLASH) backslashes++;
    if (backslashes % 2 === 0) return end;
  }
}

/**
 * One pass over the text that never recurses, jumping over quoted text. In text
 * JSON.parse refused it may misjudge where quoted text ends; it then counts more
 * nesting, never less, so momoa is still never given more than MAX_NESTING.
 */
function scanText(text: string, findControl = false): TextScan {
  const scan: TextScan = { keys: 0 };
  let depth = 0;
  // For each open list or group: where it starts and how many commas it holds so far.
  const starts: number[] = [];
  const commas: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === QUOTE) {
      const end = closingQuote(text, i);
      if (findControl && scan.controlInText === undefined && CONTROL.test(text.slice(i, end))) scan.controlInText = i + text.slice(i, end).search(CONTROL);
      let next = end + 1;
      while (next < text.length && isSpace(text.charCodeAt(next))) next++;
      if (text.charCodeAt(next) === COLON) scan.keys++;
      i = end;
    } else if (code === COMMA) {
      if (depth > 0 && ++commas[depth - 1] >= MAX_LIST_ITEMS) return { ...scan, tooLong: starts[depth - 1] };
    } else if (code === OPEN_LIST || code === OPEN_GROUP) {
      if (++depth > MAX_NESTING) return { ...scan, tooDeep: i };
      starts[depth - 1] = i;
      commas[depth - 1] = 0;
    } else if ((code === CLOSE_LIST || code === CLOSE_GROUP) && depth > 0) {
      depth--;
    }
  }
  return scan;
}

/** How many named fields a parsed value holds, at every depth. */
function countKeys(value: unknown): number {
  let keys = 0;
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const node = stack.pop();
    if (typeof node !== 'object' || node === null) continue;
    const children = Array.isArray(node) ? node : Object.values(node);
    if (!Array.isArray(node)) keys += children.length;
    for (const child of children) stack.push(child);
  }
  return keys;
}

export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

function at(text: string, offset: number): string {
  const { line, column } = lineAndColumn(text, offset);
  return `line ${line}, column ${column}`;
}

function previousNonSpace(text: string, offset: number): string {
  let i = offset - 1;
  while (i >= 0 && isSpace(text.charCodeAt(i))) i--;
  return i >= 0 ? text[i] : '';
}

/** What is wrong at the place a JSON reader stopped, in words a finance lead can act on. */
function syntaxReason(text: string, offset: number): string {
  // momoa stops at a last comma or colon rather than at the end.
  if (offset >= text.length || (/^[,:]\s*$/.test(text.slice(offset)))) return 'the file ends too early: a closing }, ] or " is missing';
  const rest = text.slice(offset, offset + 40);
  const first = rest[0];
  if (rest.startsWith('//') || rest.startsWith('/*')) return 'a comment; JSON allows none, so remove it';
  if ((first === ']' || first === '}') && previousNonSpace(text, offset) === ',') return `a comma before ${first}; JSON allows none, so remove it`;
  const special = /^-?(NaN|Infinity)/.exec(rest);
  if (special) return `${special[0]} is not a number JSON can hold; write a number such as 0`;
  if (first === '+') return 'a + sign before a number; JSON allows none (write 100, not +100)';
  if (first === "'") return 'a single quote; JSON puts text and names in double quotes';
  if (/^-?0\d/.test(rest)) return 'a number with a leading zero; write 5, not 05';
  const word = /^[A-Za-z_$][\w$]*/.exec(rest);
  if (word) return `${escapeText(word[0], 40)} is not a JSON value; write true, false, null, a number or "text" in double quotes`;
  if (text.charCodeAt(offset) < 0x20) return `a raw line break or control character (${escapeText(first, 10)}) inside quoted text; JSON needs it written as an escape such as \\n`;
  if (endsAValue(text.slice(0, offset))) return 'more text after the end of the scenario; a file holds one scenario, so remove what follows';
  return `the sign "${escapeText(first, 10)}" was not expected here; is a comma, colon or quote missing before it`;
}

function endsAValue(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

function syntaxProblem(text: string, offset: number): Problem {
  return { path: '', message: `The file is not valid JSON at ${at(text, offset)}: ${syntaxReason(text, offset)}.` };
}

/** Where momoa stops reading (the end of the text when the text ends too early), or undefined if it reads it all. */
function momoaStop(text: string): number | undefined {
  try {
    parse(text, { mode: 'json' });
    return undefined;
  } catch (error) {
    const offset = (error as { offset?: unknown }).offset;
    const endedEarly = error instanceof Error && error.message.startsWith('Unexpected end of input');
    return typeof offset === 'number' && !endedEarly ? offset : text.length;
  }
}

/** The first syntax error: momoa places most; it lets raw control characters in text through, so the scan places those. */
function firstSyntaxError(text: string, engineError: unknown): Problem {
  const stop = momoaStop(text);
  const control = scanText(text, true).controlInText;
  if (control !== undefined && (stop === undefined || control < stop)) return syntaxProblem(text, control);
  if (stop !== undefined) return syntaxProblem(text, stop);
  const position = /position (\d+)/.exec(engineError instanceof Error ? engineError.message : '');
  return syntaxProblem(text, position ? Number(position[1]) : 0);
}

type Segment = string | number;

/** Every key written twice, by its path and both places; momoa's tree is walked with a stack, not recursion. */
function duplicateKeys(text: string): Problem[] {
  const problems: Problem[] = [];
  const document: DocumentNode = parse(text, { mode: 'json' });
  const stack: Array<{ node: AnyNode; path: Segment[] }> = [{ node: document.body, path: [] }];
  while (stack.length > 0) {
    const { node, path } = stack.pop()!;
    if (node.type === 'Array') {
      node.elements.forEach((element, i) => stack.push({ node: element.value, path: [...path, i] }));
    } else if (node.type === 'Object') {
      const firstPlace = new Map<string, number>();
      for (const member of node.members) {
        const name = member.name.type === 'String' ? member.name.value : member.name.name;
        const first = firstPlace.get(name);
        if (first === undefined) firstPlace.set(name, member.name.loc.start.offset);
        else problems.push({ path: [...path, name].join('/'), message: writtenTwice(text, first, member.name.loc.start.offset) });
        stack.push({ node: member.value, path: [...path, name] });
      }
    }
  }
  return problems;
}

function writtenTwice(text: string, first: number, second: number): string {
  const a = lineAndColumn(text, first);
  const b = lineAndColumn(text, second);
  const places = a.line === b.line ? `on line ${a.line} at columns ${a.column} and ${b.column}` : `at line ${a.line}, column ${a.column} and line ${b.line}, column ${b.column}`;
  return `is written twice, ${places}; keep the one you mean and delete the other`;
}

/** Reads JSON text (already without its byte order mark) to a plain value, or says what stops it. */
export function readJsonText(text: string): JsonRead {
  if (text.trim() === '') return { ok: false, problems: [{ path: '', message: 'The file is empty; a scenario file holds JSON text.' }] };
  const scan = scanText(text);
  if (scan.tooDeep !== undefined) {
    const message = `The file nests lists and groups more than ${MAX_NESTING} deep at ${at(text, scan.tooDeep)}; a scenario file needs no more than 5 levels.`;
    return { ok: false, problems: [{ path: '', message }] };
  }
  if (scan.tooLong !== undefined) {
    const limit = formatCount(MAX_LIST_ITEMS);
    const message = `The list or group that starts at ${at(text, scan.tooLong)} holds more than ${limit} items; no list in a scenario file holds more than ${limit}.`;
    return { ok: false, problems: [{ path: '', message }] };
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { ok: false, problems: [firstSyntaxError(text, error)] };
  }
  if (countKeys(value) === scan.keys) return { ok: true, value };
  const duplicates = duplicateKeys(text);
  return duplicates.length > 0 ? { ok: false, problems: duplicates } : { ok: true, value };
}
