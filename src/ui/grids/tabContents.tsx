// What each tab of the inputs panel holds: its grids, their buttons and the
// hints that say, in the users' words, what goes in them.
import { LEVELS } from '../../model';
import { createSignal, For, Show, type JSX } from 'solid-js';
import type { Problem } from '../../model';
import type { ScenarioStore } from '../store/scenarioStore';
import { GridSection, type SelectedRows } from './GridSection';
import { GrowthFill } from './GrowthFill';
import { budgetChoices, envelopeChoices, populationChoices } from './growth';
import { BudgetButtons, VariantButtons } from './SeriesButtons';
import type { ProblemTargets } from './problemTargets';
import {
  deflectionsSheet,
  entriesOf,
  envelopeSheet,
  investmentsSheet,
  levelSharesSheet,
  budgetsSheet,
  partnersSheet,
  populationSheet,
  rebalancingSheet,
  servicesSheet,
  variantsSheet,
} from './sheets';
import {
  addDeflection,
  addEnvelope,
  addLevelShares,
  addRow,
  removeDeflections,
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
}

/** Rows about to be removed, waiting for the user's answer because other rows name them. */
interface PendingRemoval {
  rows: number[];
  users: ServiceUsers;
}

/** "1 service", "2 services". */
const counted = (count: number, noun: string, plural: string) => (count === 1 ? `1 ${noun}` : `${count} ${plural}`);

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
    setNote(`Removed ${counted(rows.length, props.noun, props.plural)}${alsoRemoved > 0 ? ` and ${counted(alsoRemoved, 'part that named it', 'parts that named them')}` : ''}. Undo brings ${rows.length + alsoRemoved === 1 ? 'it' : 'them'} back.`);
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
          growth is real growth a year. {SHARES_HINT} Pooled services are paid from the pooled budget (Partners and pool tab). Levels:{' '}
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
    <GridSection
      {...props}
      heading="Rebalancing rules"
      hint={`Each rule moves a share of one service's demand to another, for example 0.2 of residential care to home care. Each unit moved becomes "new units per unit" of the other service (one care-home place might become 520 home-care hours). The move starts in the financial year given and builds up over the ramp-up years. ${SHARES_HINT}`}
      sheet={rebalancingSheet}
      fixedColumns={2}
      actions={(grid) => <RowButtons store={props.store} list="rebalancing" noun="rule" plural="rules" grid={grid} />}
    />
  );
}

function DeflectionButtons(props: { store: ScenarioStore; grid: SelectedRows }) {
  const [investment, setInvestment] = createSignal(0);
  const [note, setNote] = createSignal('');
  const investments = () => entriesOf(props.store.draft(), 'investments').map((entry, j) => ({ index: j, name: typeof entry.name === 'string' && entry.name !== '' ? entry.name : `Investment ${j + 1}` }));
  const add = () => {
    const j = Math.min(investment(), investments().length - 1);
    props.store.update((draft) => addDeflection(draft, j));
    setNote(`Added a deflection to "${investments()[j].name}".`);
  };
  const remove = () => {
    const rows = props.grid.selectedRows();
    if (rows.length === 0) {
      setNote('First select a cell in each deflection to remove.');
      return;
    }
    const sheet = deflectionsSheet(props.store.draft());
    const pairs = rows.map((r) => [Number(sheet.rows[r].path[1]), Number(sheet.rows[r].path[3])] as const);
    props.store.update((draft) => removeDeflections(draft, pairs));
    setNote(rows.length === 1 ? 'Removed 1 deflection. Undo brings it back.' : `Removed ${rows.length} deflections. Undo brings them back.`);
  };
  return (
    <Show when={investments().length > 0} fallback={<span class="action-note">Add an investment first.</span>}>
      <label class="inline-label">
        For
        <select value={String(investment())} onChange={(event) => setInvestment(Number(event.currentTarget.value))}>
          <For each={investments()}>{(entry) => <option value={String(entry.index)}>{entry.name}</option>}</For>
        </select>
      </label>
      <button type="button" onClick={add}>
        Add deflection
      </button>
      <button type="button" onClick={remove}>
        Remove selected deflections
      </button>
      <span class="action-note" role="status">
        {note()}
      </span>
    </Show>
  );
}

export function InvestmentsTab(props: TabProps) {
  return (
    <>
      <GridSection
        {...props}
        heading="Investments in prevention"
        hint="Money a year, at base-year prices, that buys more of a service. Paid by blank means the service's funder pays. Ramp-up years build the spending up; lag years delay its effect on other services."
        sheet={investmentsSheet}
        fixedColumns={1}
        actions={(grid) => <RowButtons store={props.store} list="investments" noun="investment" plural="investments" grid={grid} />}
      />
      <GridSection
        {...props}
        heading="Demand each investment avoids (deflections)"
        hint={`Each extra unit an investment buys avoids this many units of another service, after the investment's lag years: 0.25 means one place avoided for every four episodes. ${SHARES_HINT}`}
        sheet={deflectionsSheet}
        fixedColumns={1}
        actions={(grid) => <DeflectionButtons store={props.store} grid={grid} />}
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
