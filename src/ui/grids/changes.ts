// What one grid change (a typed cell, a pasted block, a filled range) does to
// the draft: the cell edits, and the id renames that must carry every
// reference along in the same step of history.
import { getAtPath, setAtPath, type ScenarioDraft } from '../store/draft';
import type { CellEdit } from '../store/scenarioStore';
import { renameReferences } from './renameIds';
import { isShownText, toDraftValue, type IdList, type Sheet } from './sheet';

export interface GridChange {
  row: number;
  col: number;
  /** The value as the grid now holds it (already normalised). */
  value: unknown;
}

export interface ChangePlan {
  edits: CellEdit[];
  /** Old id → new id, by list; empty when no id was renamed. */
  renames: Map<IdList, Map<string, string>>;
}

function applyEdits(draft: ScenarioDraft, edits: readonly CellEdit[]): ScenarioDraft {
  return edits.reduce((d, edit) => setAtPath(d, edit.path, edit.value), draft);
}

function countOf(values: readonly unknown[], value: string): number {
  return values.filter((v) => v === value).length;
}

function listIds(draft: ScenarioDraft, list: IdList): unknown[] {
  const entries: unknown = draft[list];
  return Array.isArray(entries) ? entries.map((entry: unknown) => getAtPath(entry, ['id'])) : [];
}

/**
 * Renames that can carry references along: the old id named one row only,
 * and the new id names one row only once every edit is in. Anything else
 * (a clash, an emptied id) is left as an edit for the worker to report.
 */
function findRenames(sheet: Sheet, draft: ScenarioDraft, edited: ScenarioDraft, changes: readonly GridChange[]): ChangePlan['renames'] {
  const renames: ChangePlan['renames'] = new Map();
  for (const { row, col } of changes) {
    const column = sheet.columns[col];
    const cell = sheet.rows[row]?.cells[col];
    if (!column?.idsOf || !cell || isShownText(cell)) continue;
    const before = getAtPath(draft, cell);
    const after = getAtPath(edited, cell);
    if (typeof before !== 'string' || typeof after !== 'string' || before === '' || after === '' || before === after) continue;
    if (countOf(listIds(draft, column.idsOf), before) !== 1 || countOf(listIds(edited, column.idsOf), after) !== 1) continue;
    const forList = renames.get(column.idsOf) ?? new Map<string, string>();
    renames.set(column.idsOf, forList.set(before, after));
  }
  return renames;
}

/** A pool emptied of every share, with nothing pooled, is no pool at all (rather than one adding up to 0). */
function emptyPoolRemoval(edits: readonly CellEdit[], edited: ScenarioDraft): CellEdit[] {
  if (!edits.some((edit) => edit.path[0] === 'pool')) return [];
  const contributions = edited.pool?.contributions;
  const empty = typeof contributions === 'object' && contributions !== null && Object.keys(contributions).length === 0;
  const anyPooled = Array.isArray(edited.services) && edited.services.some((service) => service?.pooled === true);
  return empty && !anyPooled ? [{ path: ['pool'], value: undefined }] : [];
}

export function planChanges(sheet: Sheet, draft: ScenarioDraft, changes: readonly GridChange[]): ChangePlan {
  const edits: CellEdit[] = [];
  for (const { row, col, value } of changes) {
    const column = sheet.columns[col];
    const cell = sheet.rows[row]?.cells[col];
    if (!column || column.readOnly || !cell || isShownText(cell)) continue;
    const next = toDraftValue(column, value);
    // A cell left as it was (Enter pressed, the same value pasted) is not a step of history.
    if (!Object.is(getAtPath(draft, cell), next)) edits.push({ path: cell, value: next });
  }
  const edited = applyEdits(draft, edits);
  return { edits: [...edits, ...emptyPoolRemoval(edits, edited)], renames: findRenames(sheet, draft, edited, changes) };
}

/** The draft after a plan: its edits, then every reference to a renamed id. */
export function applyPlan(draft: ScenarioDraft, plan: ChangePlan): ScenarioDraft {
  let next = applyEdits(draft, plan.edits);
  for (const [list, renames] of plan.renames) next = renameReferences(next, list, renames);
  return next;
}
