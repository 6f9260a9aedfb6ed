// The scenario as the user is editing it. It has the file's shape, but any
// leaf may hold what was typed and is not valid yet (text in a number cell):
// the worker checks it, and the grids mark the cells it names.
import type { ScenarioInput } from '../../model';

type Loose<T> = T extends number
  ? number | string | null
  : T extends string
    ? string
    : T extends boolean
      ? boolean | string | null
      : T extends ReadonlyArray<infer U>
        ? Array<Loose<U>>
        : T extends object
          ? { [K in keyof T]: Loose<T[K]> }
          : T;

export type ScenarioDraft = Loose<ScenarioInput>;

export type DraftPath = ReadonlyArray<string | number>;

/** A JSON path such as `services/3/unitCost` as the parts of a draft path. */
export function parsePath(path: string): DraftPath {
  return path.split('/').map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}

/** A copy of `root` with `value` at `path`, sharing every untouched branch. */
export function setAtPath<T>(root: T, path: DraftPath, value: unknown): T {
  if (path.length === 0) return value as T;
  const [head, ...rest] = path;
  const container = (root ?? (typeof head === 'number' ? [] : {})) as Record<string | number, unknown>;
  const copy = (Array.isArray(container) ? [...container] : { ...container }) as Record<string | number, unknown>;
  if (value === undefined && rest.length === 0 && !Array.isArray(copy)) delete copy[head];
  else copy[head] = setAtPath(container[head], rest, value);
  return copy as T;
}

export function getAtPath(root: unknown, path: DraftPath): unknown {
  let node = root;
  for (const part of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string | number, unknown>)[part];
  }
  return node;
}
