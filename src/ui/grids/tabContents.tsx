// What each tab of the inputs panel holds: its grids, their buttons and the
// hints that say, in the users' words, what goes in them.
import { LEVELS } from '../../model';
import { createSignal, For, Show, type JSX } from 'solid-js';
import type { Problem } from '../../model';
import type { ResultsView } from '../resultsView';
import type { DraftPath, ScenarioDraft } from '../store/draft';
import type { ScenarioStore } from '../store/scenarioStore';
import { GridSection, type SelectedRows } from './GridSection';
import { GrowthFill } from './GrowthFill';
import { budgetChoices, envelopeChoices, populationChoices } from './growth';
import { PhaseInShapes } from './PhaseInShapes';
import { BudgetButtons, VariantButtons } from './SeriesButtons';
import type { ProblemTargets } from './problemTargets';
import { ruleResidualWords } from './residualWords';
import type { Sheet } from './sheet';
import {
  capacityChangesSheet,
  capacitySheet,
  deflectionsSheet,
  entriesOf,
  envelopeSheet,
  investmentsSheet,
  levelSharesSheet,
  budgetsSheet,
  partnersSheet,
  populationSheet,
  rebalancingSheet,
  investmentName,
  serviceName,
  servicesSheet,
  variantsSheet,
} from './sheets';
import {
  addCapacity,
  addCapacityChange,
  addDeflection,
  addEnvelope,
  addLevelShares,
  addRow,
  removeCapacities,
  removeListItems,
  removeOptional,
  removeRows,
  removeServicesAndUsers,
  serviceUsers,
  type RowList,
  type ServiceUsers,
} from './structure';

export interface TabProps {
  store: ScenarioStore;
  problems: () => Problem[];
  targets: ProblemTargets;
  /** The results on screen, for what the grids say beside their rows. */
  view: () => ResultsView | undefined;
}

/** Rows about to be removed, waiting for the user's answer because other rows name them. */
interface PendingRemoval {
  rows: number[];
  users: ServiceUsers;
}

/** "1 service", "2 services". */
const counted = (count: number, noun: string, plural: string) => (count === 1 ? `1 ${noun}` : `${count} ${plural}`);

/** "Removed 2 deflections. Undo brings them back." */
const removedNote = (count: number, noun: string, plural: string) => `Removed ${counted(count, noun, plural)}. Undo brings ${count === 1 ? 'it' : 'them'} back.`;

/**
 * "Add service" and "Remove selected services", saying what happened (or why
 * nothing did). Services named by rules, investments or deflections are not
 * removed at once: the user is told which, and chooses.
 */
function RowButtons(props: { store: ScenarioStore; list: RowList; noun: string; plural: string; grid: SelectedRows }) {
  const [note, setNote] = createSignal('');
  const [pending, setPending] = createSignal<PendingRemoval | null>(null);
  const add = () => {
    props.store.update((draft) => addRow(draft, props.list));
    setNote(`Added a ${props.noun} at the end.`);
  };
  const removed = (rows: number[], alsoRemoved: number) =>
    setNote(
      alsoRemoved === 0
        ? removedNote(rows.length, props.noun, props.plural)
        : `Removed ${counted(rows.length, props.noun, props.plural)} and ${counted(alsoRemoved, 'part that named it', 'parts that named them')}. Undo brings them back.`,
    );
  const remove = () => {
    const rows = props.grid.selectedRows();
    setPending(null);
    if (rows.length === 0) {
      setNote(`First select a cell in each ${props.noun} to remove.`);
      return;
    }
    const users = props.list === 'services' ? serviceUsers(props.store.draft(), rows) : null;
    if (users && users.names.length > 0) {
      setNote('');
      setPending({ rows, users });
      return;
    }
    props.store.update((draft) => removeRows(draft, props.list, rows));
    removed(rows, 0);
  };
  const answer = (choice: 'with users' | 'alone' | 'keep') => {
    const waiting = pending();
    setPending(null);
    if (!waiting || choice === 'keep') return setNote('Nothing removed.');
    if (choice === 'alone') props.store.update((draft) => removeRows(draft, props.list, waiting.rows));
    else props.store.update((draft) => removeServicesAndUsers(draft, waiting.rows));
    removed(waiting.rows, choice === 'alone' ? 0 : waiting.users.names.length);
  };
  return (
    <>
      <button type="button" onClick={add}>
        Add {props.noun}
      </button>
      <button type="button" onClick={remove}>
        Remove selected {props.plural}
      </button>
      <span class="action-note" role="status">
        {note()}
      </span>
      <Show when={pending()}>
        {(waiting) => (
          <div class="remove-users" role="alert">
            <p>
              {waiting().rows.length === 1 ? `This ${props.noun} is` : `These ${props.plural} are`} named by {waiting().users.names.join('; ')}. Remove{' '}
              {waiting().users.names.length === 1 ? 'it' : 'them'} too?
            </p>
            <button type="button" class="primary" onClick={() => answer('with users')}>
              Remove {waiting().users.names.length === 1 ? 'it' : 'them'} too
            </button>
            <button type="button" onClick={() => answer('alone')}>
              Remove only the {waiting().rows.length === 1 ? props.noun : props.plural}
            </button>
            <button type="button" onClick={() => answer('keep')}>
              Keep everything
            </button>
          </div>
        )}
      </Show>
    </>
  );
}

/** What an empty grid of series says, with the buttons that start one. */
function NoneYet(props: { words: string; children: JSX.Element }) {
  return (
    <div class="optional-empty">
      <p>{props.words}</p>
      {props.children}
    </div>
  );
}

const SHARES_HINT = 'Shares and growth rates show as percentages: type 20% or 0.2 (in a share, 20 also means 20%).';

export function PopulationTab(props: TabProps) {
  return (
    <>
      <GridSection
        {...props}
        heading="Population by age band"
        hint="People in each age band, by financial year. Services name the bands by their ids (such as 65-84 or 85+). To add or remove years, change the horizon on the Details tab."
        sheet={populationSheet}
        fixedColumns={1}
        actions={(grid) => <RowButtons store={props.store} list="ageBands" noun="age band" plural="age bands" grid={grid} />}
      />
      <GridSection
        {...props}
        heading="Population variants"
        hint="Other projections beside the principal one, such as low and high: each band's people under that projection. A band without a variant uses its own population. Choose the projection the scenario runs on in the Details tab; the results compare them all."
        sheet={variantsSheet}
        fixedColumns={2}
        whenEmpty={
          <NoneYet words="This scenario has no population variants yet.">
            <VariantButtons store={props.store} />
          </NoneYet>
        }
        actions={() => <VariantButtons store={props.store} />}
      />
      <GrowthFill store={props.store} title="Fill by growth rate" choices={populationChoices} />
    </>
  );
}

export function ServicesTab(props: TabProps) {
  return (
    <GridSection
      {...props}
      heading="Services"
      hint={
        <>
          Users are the people using each service in the base year, by age band (blank means none). Unit costs are £ a unit a year at base-year prices; cost
          growth is real growth a year. Setting is where the people a service serves live (blank: at home). Units a person uses a year turn activity into people
          (a care-home place: 1; home care: perhaps 520 hours; blank: 1). {SHARES_HINT} Pooled services are paid from the pooled budget (Partners and pool tab). Levels:{' '}
          {LEVELS.map(({ level, words }) => `${level} ${words.toLowerCase()}`).join('; ')}.
        </>
      }
      sheet={servicesSheet}
      fixedColumns={2}
      actions={(grid) => <RowButtons store={props.store} list="services" noun="service" plural="services" grid={grid} />}
    />
  );
}

export function RebalancingTab(props: TabProps) {
  return (
    <>
      <GridSection
        {...props}
        heading="Rebalancing rules"
        hint={`Each rule moves a share of one service's demand to another, for example 0.2 of residential care to home care. Each unit moved becomes "new units per unit" of the other service (one care-home place might become 520 home-care hours). The move starts in the financial year given and builds up over the ramp-up years, in the shape the phase-in gives (blank is Even). "People re-homed" speaks up when a rule's units per unit do not move the same people: it leaves some without a service, or serves more than it moves. ${SHARES_HINT}`}
        sheet={(draft) => rebalancingSheet(draft, ruleResidualWords(props.view(), entriesOf(draft, 'rebalancing').length))}
        fixedColumns={2}
        actions={(grid) => <RowButtons store={props.store} list="rebalancing" noun="rule" plural="rules" grid={grid} />}
      />
      <PhaseInShapes />
    </>
  );
}

/** The services as choices for a new row, each by its name. */
function serviceChoices(draft: ScenarioDraft, hasCapacity: boolean): Parent[] {
  return entriesOf(draft, 'services').flatMap((service, index) => ((service.capacity !== undefined) === hasCapacity ? [{ index, name: serviceName(service, index) }] : []));
}

export function CapacityTab(props: TabProps) {
  const draft = () => props.store.draft();
  return (
    <>
      <GridSection
        {...props}
        heading="Capacity"
        hint="What each service can provide, in its own unit (hours where home care counts hours, not people), in the base year. Capital cost is the one-off cost of each unit opened, at base-year prices: it is not spend a year, so it stays out of the totals and shows as NPV after capital."
        sheet={capacitySheet}
        fixedColumns={1}
        actions={(grid) => (
          <NestedRowButtons
            store={props.store}
            grid={grid}
            sheet={capacitySheet}
            parents={() => serviceChoices(draft(), false)}
            noun="capacity"
            plural="capacities"
            addLabel="Add capacity"
            newRow="a capacity"
            noParents="Every service has a capacity."
            add={addCapacity}
            remove={(from, rows) => removeCapacities(from, rows.map((row) => Number(row[1])))}
          />
        )}
      />
      <GridSection
        {...props}
        heading="Openings and closures"
        hint="Units opened (+) or closed (−) in a financial year: type 2026/27 or 2026, and a closure as −100. A change dated in or before the base year is part of the base-year capacity. Capacity may never fall below 0."
        sheet={capacityChangesSheet}
        fixedColumns={1}
        actions={(grid) => (
          <NestedRowButtons
            store={props.store}
            grid={grid}
            sheet={capacityChangesSheet}
            parents={() => serviceChoices(draft(), true)}
            noun="opening or closure"
            plural="openings and closures"
            addLabel="Add opening or closure"
            newRow="an opening (type a closure as a negative number)"
            noParents="Add a capacity first."
            add={addCapacityChange}
            remove={removeListItems}
          />
        )}
      />
    </>
  );
}

/** A row of the scenario that other rows hang from: an investment, a service. */
interface Parent {
  index: number;
  name: string;
}

export interface NestedRowButtonsProps {
  store: ScenarioStore;
  grid: SelectedRows;
  /** The grid the buttons act on, to find the selected rows' places in the draft. */
  sheet: (draft: ScenarioDraft) => Sheet;
  /** What a new row can belong to. */
  parents: () => Parent[];
  noun: string;
  plural: string;
  /** "Add deflection". */
  addLabel: string;
  /** How the note after adding names the new row: "a deflection". */
  newRow: string;
  /** Said instead of the choice when there is nothing to add to: "Add an investment first." */
  noParents: string;
  add: (draft: ScenarioDraft, parent: number) => ScenarioDraft;
  /** Removes the rows at these places in the draft. */
  remove: (draft: ScenarioDraft, rows: DraftPath[]) => ScenarioDraft;
}

/**
 * "For [investment] Add deflection" and "Remove selected deflections": rows
 * that belong to another row (an investment's deflections, a service's
 * capacity and its openings and closures).
 */
function NestedRowButtons(props: NestedRowButtonsProps) {
  const [chosen, setChosen] = createSignal<number | null>(null);
  const [note, setNote] = createSignal('');
  const parent = () => props.parents().find((p) => p.index === chosen()) ?? props.parents()[0];
  const add = () => {
    const to = parent();
    if (!to) return;
    props.store.update((draft) => props.add(draft, to.index));
    setNote(`Added ${props.newRow} for "${to.name}".`);
  };
  const remove = () => {
    const rows = props.grid.selectedRows();
    if (rows.length === 0) return setNote(`First select a cell in each ${props.noun} to remove.`);
    const sheet = props.sheet(props.store.draft());
    props.store.update((draft) => props.remove(draft, rows.map((r) => sheet.rows[r].path)));
    setNote(removedNote(rows.length, props.noun, props.plural));
  };
  return (
    <>
      <Show when={parent()} fallback={<span class="action-note">{props.noParents}</span>}>
        {(to) => (
          <>
            <label class="inline-label">
              For
              <select value={String(to().index)} onChange={(event) => setChosen(Number(event.currentTarget.value))}>
                <For each={props.parents()}>{(entry) => <option value={String(entry.index)}>{entry.name}</option>}</For>
              </select>
            </label>
            <button type="button" onClick={add}>
              {props.addLabel}
            </button>
          </>
        )}
      </Show>
      <button type="button" onClick={remove}>
        Remove selected {props.plural}
      </button>
      <span class="action-note" role="status">
        {note()}
      </span>
    </>
  );
}

export function InvestmentsTab(props: TabProps) {
  return (
    <>
      <GridSection
        {...props}
        heading="Investments in prevention"
        hint="Money a year, at base-year prices, that buys more of a service. Paid by blank means the service's funder pays. Ramp-up years build the spending up, in the shape the phase-in gives (blank is Even); a last year funded ends the spending after that financial year (blank: no end), and what it bought goes on avoiding demand for its lag years. Lag years delay its effect on other services."
        sheet={investmentsSheet}
        fixedColumns={1}
        actions={(grid) => <RowButtons store={props.store} list="investments" noun="investment" plural="investments" grid={grid} />}
      />
      <PhaseInShapes />
      <GridSection
        {...props}
        heading="Demand each investment avoids (deflections)"
        hint={`Each extra unit an investment buys avoids this many units of another service, after the investment's lag years: 0.25 means one place avoided for every four episodes. ${SHARES_HINT}`}
        sheet={deflectionsSheet}
        fixedColumns={1}
        actions={(grid) => (
          <NestedRowButtons
            store={props.store}
            grid={grid}
            sheet={deflectionsSheet}
            parents={() => entriesOf(props.store.draft(), 'investments').map((entry, index) => ({ index, name: investmentName(entry, index) }))}
            noun="deflection"
            plural="deflections"
            addLabel="Add deflection"
            newRow="a deflection"
            noParents="Add an investment first."
            add={addDeflection}
            remove={removeListItems}
          />
        )}
      />
    </>
  );
}

export function PartnersTab(props: TabProps) {
  return (
    <>
      <GridSection
        {...props}
        heading="Partners and the pooled budget"
        hint="The organisations that fund services. A pool share is the part of the pooled budget a partner pays; when any service is pooled the shares must add up to 1 (for example 0.6 and 0.4)."
        sheet={partnersSheet}
        fixedColumns={2}
        actions={(grid) => <RowButtons store={props.store} list="partners" noun="partner" plural="partners" grid={grid} />}
      />
      <GridSection
        {...props}
        heading="Partners' budgets"
        hint="The money each partner has for these services each year, at base-year prices. The results show each partner's spend against it, and the years it is over budget. A cut such as 30% over five years is one fill below."
        sheet={budgetsSheet}
        fixedColumns={1}
        whenEmpty={
          <NoneYet words="No partner has a budget yet.">
            <BudgetButtons store={props.store} />
          </NoneYet>
        }
        actions={(grid) => <BudgetButtons store={props.store} grid={grid} />}
      />
      <Show when={budgetChoices(props.store.draft()).length > 0}>
        <GrowthFill store={props.store} title="Fill a budget" choices={budgetChoices} />
      </Show>
    </>
  );
}

function AddPart(props: { what: string; onAdd: () => void }) {
  return (
    <p class="optional-empty">
      This scenario has no {props.what} yet.{' '}
      <button type="button" onClick={() => props.onAdd()}>
        Add {props.what}
      </button>
    </p>
  );
}

function RemovePart(props: { what: string; onRemove: () => void }) {
  return (
    <button type="button" onClick={() => props.onRemove()}>
      Remove {props.what}
    </button>
  );
}

export function EnvelopeTab(props: TabProps) {
  const update = props.store.update;
  return (
    <>
      <GridSection
        {...props}
        heading="Budget envelope"
        hint="The money available each year, at base-year prices, to compare with what the scenario spends."
        sheet={envelopeSheet}
        fixedColumns={1}
        whenEmpty={<AddPart what="budget envelope" onAdd={() => update(addEnvelope)} />}
        actions={() => <RemovePart what="budget envelope" onRemove={() => update((draft) => removeOptional(draft, 'envelope'))} />}
      />
      <Show when={envelopeChoices(props.store.draft()).length > 0}>
        <GrowthFill store={props.store} title="Fill the envelope" choices={envelopeChoices} />
      </Show>
      <GridSection
        {...props}
        heading="Desired position: share of spend at each level"
        hint="Where you want the money to sit at the horizon. The shares must add up to 1 (for example 0.05, 0.1, 0.15, 0.4 and 0.3)."
        sheet={levelSharesSheet}
        whenEmpty={<AddPart what="desired position" onAdd={() => update(addLevelShares)} />}
        actions={() => <RemovePart what="desired position" onRemove={() => update((draft) => removeOptional(draft, 'targetLevelShares'))} />}
      />
    </>
  );
}
