// The buttons of the yearly-series grids that are not rows of their own
// list: population variants (added, renamed and removed across every band,
// MODEL.md §17) and partners' budgets (added to a partner and removed, §16).
import { createSignal, createUniqueId, For, Show } from 'solid-js';
import type { ScenarioStore } from '../store/scenarioStore';
import { addBudget, partnersByBudget, removeBudgets } from './budgets';
import type { SelectedRows } from './GridSection';
import { budgetsSheet, entriesOf, partnerName, variantIds } from './sheets';
import { addVariant, removeVariant, renameVariant, variantNameProblem } from './variants';

export function VariantButtons(props: { store: ScenarioStore }) {
  const id = createUniqueId();
  const [typed, setTyped] = createSignal('');
  const [picked, setPicked] = createSignal('');
  const [note, setNote] = createSignal('');
  const variants = () => variantIds(props.store.draft());
  const variant = () => (variants().includes(picked()) ? picked() : variants()[0]);
  const projectionNote = (was: string) => (props.store.draft().meta?.populationVariant === was ? ' The scenario runs on it, so the Details tab follows.' : '');

  /** The typed name, or undefined after saying why it will not do. */
  function newName(): string | undefined {
    const name = typed().trim();
    const problem = variantNameProblem(props.store.draft(), name);
    if (problem) setNote(problem);
    return problem ? undefined : name;
  }
  const add = () => {
    const name = newName();
    if (name === undefined) return;
    props.store.update((draft) => addVariant(draft, name));
    setPicked(name);
    setTyped('');
    setNote(`Added the variant "${name}" to every age band, starting as a copy of the principal projection: fill it below or type its figures.`);
  };
  const rename = () => {
    const was = variant();
    const name = was === undefined ? undefined : newName();
    if (was === undefined || name === undefined) return;
    const follows = projectionNote(was);
    props.store.update((draft) => renameVariant(draft, was, name));
    setPicked(name);
    setTyped('');
    setNote(`Renamed the variant "${was}" to "${name}" in every age band.${follows}`);
  };
  const remove = () => {
    const was = variant();
    if (was === undefined) return;
    const runsOnIt = props.store.draft().meta?.populationVariant === was;
    props.store.update((draft) => removeVariant(draft, was));
    setNote(`Removed the variant "${was}" from every age band.${runsOnIt ? ' The scenario now runs on the principal projection.' : ''} Undo brings it back.`);
  };
  return (
    <div class="series-buttons">
      <span class="series-buttons__group">
        <label for={`${id}-name`}>Variant name</label>
        <input id={`${id}-name`} type="text" placeholder="high" value={typed()} onInput={(event) => setTyped(event.currentTarget.value)} />
        <button type="button" onClick={add}>
          Add variant
        </button>
      </span>
      <Show when={variants().length > 0}>
        <span class="series-buttons__group">
          <label for={`${id}-pick`}>Variant</label>
          <select id={`${id}-pick`} onChange={(event) => setPicked(event.currentTarget.value)}>
            <For each={variants()}>
              {(v) => (
                <option value={v} selected={v === variant()}>
                  {v}
                </option>
              )}
            </For>
          </select>
          <button type="button" onClick={rename}>
            Rename to the name typed
          </button>
          <button type="button" onClick={remove}>
            Remove
          </button>
        </span>
      </Show>
      <span class="action-note" role="status">
        {note()}
      </span>
    </div>
  );
}

export function BudgetButtons(props: { store: ScenarioStore; grid?: SelectedRows }) {
  const id = createUniqueId();
  const [picked, setPicked] = createSignal(0);
  const [note, setNote] = createSignal('');
  const partners = () => entriesOf(props.store.draft(), 'partners');
  const without = () => partnersByBudget(props.store.draft()).without;
  const partner = () => (without().includes(picked()) ? picked() : without()[0]);
  const add = () => {
    const p = partner();
    if (p === undefined) return;
    const name = partnerName(partners()[p], p);
    props.store.update((draft) => addBudget(draft, p));
    setNote(`Added a budget for ${name} of £0 a year: type its figures or fill it below.`);
  };
  const remove = () => {
    const sheet = budgetsSheet(props.store.draft());
    const rows = props.grid?.selectedRows() ?? [];
    if (rows.length === 0) return setNote('First select a cell in each budget to remove.');
    const indices = rows.map((r) => Number(sheet.rows[r].path[1]));
    props.store.update((draft) => removeBudgets(draft, indices));
    setNote(`Removed ${indices.length === 1 ? '1 budget' : `${indices.length} budgets`}. Undo brings ${indices.length === 1 ? 'it' : 'them'} back.`);
  };
  return (
    <div class="series-buttons">
      <Show when={without().length > 0}>
        <label for={`${id}-partner`}>Budget for</label>
        <select id={`${id}-partner`} onChange={(event) => setPicked(Number(event.currentTarget.value))}>
          <For each={without()}>
            {(p) => (
              <option value={String(p)} selected={p === partner()}>
                {partnerName(partners()[p], p)}
              </option>
            )}
          </For>
        </select>
        <button type="button" onClick={add}>
          Add budget
        </button>
      </Show>
      <Show when={props.grid}>
        <button type="button" onClick={remove}>
          Remove selected budgets
        </button>
      </Show>
      <span class="action-note" role="status">
        {note()}
      </span>
    </div>
  );
}
