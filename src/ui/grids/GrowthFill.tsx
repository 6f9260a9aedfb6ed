// The fill under a grid of yearly series (growth.ts): which series, how
// (a change a year, a total change over some years, or a variant from the
// principal projection), from which year's figure or a typed base, and
// every year after it filled in one step of history.
import { createSignal, createUniqueId, For, Show } from 'solid-js';
import type { ScenarioDraft } from '../store/draft';
import type { ScenarioStore } from '../store/scenarioStore';
import { parseTypedNumber } from './cellKinds';
import { fillSeries, type FillMode, type SeriesChoice } from './growth';
import { yearAxis } from './sheets';

type ModeKind = FillMode['kind'];

const MODES: ReadonlyArray<{ kind: ModeKind; words: string; amount: string; placeholder: string }> = [
  { kind: 'yearly', words: 'By a change each year', amount: 'Change a year', placeholder: '1.5%' },
  { kind: 'total', words: 'By a total change over some years', amount: 'Total change', placeholder: '-30%' },
  { kind: 'fromPrincipal', words: 'From the principal projection, growing faster or slower', amount: 'Faster a year by', placeholder: '0.5%' },
];

const isWholeYears = (value: unknown): value is number => typeof value === 'number' && Number.isInteger(value) && value >= 1;

export function GrowthFill(props: { store: ScenarioStore; title: string; choices: (draft: ScenarioDraft) => SeriesChoice[] }) {
  const id = createUniqueId();
  const [chosen, setChosen] = createSignal('');
  const [modeKind, setModeKind] = createSignal<ModeKind>('yearly');
  const [amount, setAmount] = createSignal('');
  const [overYears, setOverYears] = createSignal('5');
  const [typedBase, setTypedBase] = createSignal('');
  const [chosenFrom, setFrom] = createSignal(0);
  const [note, setNote] = createSignal('');
  const choices = () => props.choices(props.store.draft());
  // Kept by label, so the choice stays put while edits rebuild the list.
  const choice = (): SeriesChoice | undefined => choices().find((c) => c.label === chosen()) ?? choices()[0];
  const canGrowFromPrincipal = () => (choice()?.series ?? []).every((series) => series.principal !== undefined);
  const modes = () => MODES.filter((mode) => mode.kind !== 'fromPrincipal' || canGrowFromPrincipal());
  const mode = () => modes().find((m) => m.kind === modeKind()) ?? modes()[0];
  const years = () => yearAxis(props.store.draft());
  /** The year to fill after, within the years there are now (the horizon may have shrunk). */
  const from = () => Math.min(chosenFrom(), Math.max(0, years().count - 2));
  const money = () => choice()?.series[0]?.unit === 'money';

  /** The fill the form describes, or what to type instead. */
  function request(): { mode: FillMode; base?: number } | string {
    const value = parseTypedNumber(amount(), 'growth');
    const kind = mode().kind;
    if (typeof value !== 'number' || value < -1 || (kind !== 'total' && value === -1)) return `Type the ${mode().amount.toLowerCase()} as a percentage, such as ${mode().placeholder} (a fall such as -2% works too).`;
    const base = typedBase().trim() === '' || kind === 'fromPrincipal' ? undefined : parseTypedNumber(typedBase(), money() ? 'money' : 'count');
    if (typeof base === 'string') return `Type a base such as ${money() ? '£4.5m' : '55,500'}, or leave it blank to start from the ${years().labels[from()]} figure.`;
    if (kind === 'yearly') return { mode: { kind, rate: value }, base };
    if (kind === 'fromPrincipal') return { mode: { kind, difference: value } };
    const over = parseTypedNumber(overYears(), 'wholeYears');
    if (!isWholeYears(over)) return 'Type how many years the change takes, such as 5.';
    return { mode: { kind, change: value, years: over }, base };
  }

  function howWords(fill: { mode: FillMode; base?: number }): string {
    const start = fill.base === undefined ? `the ${years().labels[from()]} figure` : `a base of ${typedBase().trim()}`;
    if (fill.mode.kind === 'yearly') return `changing ${amount().trim()} a year from ${start}`;
    if (fill.mode.kind === 'total') return `changing ${amount().trim()} in total over ${fill.mode.years} years from ${start}`;
    return `from the principal projection, growing ${amount().trim()} a year faster`;
  }

  function fill(event: SubmitEvent): void {
    event.preventDefault();
    const picked = choice();
    const wanted = request();
    if (!picked || typeof wanted === 'string') {
      setNote(typeof wanted === 'string' ? wanted : 'There is nothing to fill yet.');
      return;
    }
    const start = from();
    const { draft, skipped } = fillSeries(props.store.draft(), picked.series, { ...wanted, from: start });
    if (skipped.length < picked.series.length) props.store.update(() => draft);
    const { labels } = years();
    const filled = `Filled ${labels[start + 1] ?? labels[start]} to ${labels[labels.length - 1]} for ${picked.label}, ${howWords(wanted)}.`;
    const why = skipped[0]?.why === 'principal' ? 'their principal projection has a year that is not a number' : `their ${labels[start]} figure is not a number`;
    setNote(skipped.length === 0 ? filled : `${skipped.length < picked.series.length ? filled : 'Nothing filled.'} Left alone, because ${why}: ${skipped.map((s) => s.name).join(', ')}.`);
  }

  return (
    <form class="growth-fill" onSubmit={fill} aria-labelledby={`${id}-title`}>
      <h4 id={`${id}-title`}>{props.title}</h4>
      <span class="growth-fill__field">
        <label for={`${id}-series`}>Fill</label>
        <select id={`${id}-series`} onChange={(event) => setChosen(event.currentTarget.value)}>
          <For each={choices().map((c) => c.label)}>{(label) => <option value={label} selected={label === choice()?.label}>{label}</option>}</For>
        </select>
      </span>
      <span class="growth-fill__field">
        <label for={`${id}-mode`}>How</label>
        <select id={`${id}-mode`} onChange={(event) => setModeKind(event.currentTarget.value as ModeKind)}>
          <For each={modes()}>{(m) => <option value={m.kind} selected={m.kind === mode().kind}>{m.words}</option>}</For>
        </select>
      </span>
      <span class="growth-fill__field">
        <label for={`${id}-amount`}>{mode().amount}</label>
        <input id={`${id}-amount`} type="text" inputMode="decimal" placeholder={mode().placeholder} value={amount()} onInput={(event) => setAmount(event.currentTarget.value)} />
      </span>
      <Show when={mode().kind === 'total'}>
        <span class="growth-fill__field">
          <label for={`${id}-over`}>Over how many years</label>
          <input id={`${id}-over`} type="text" inputMode="numeric" value={overYears()} onInput={(event) => setOverYears(event.currentTarget.value)} />
        </span>
      </Show>
      <span class="growth-fill__field">
        <label for={`${id}-from`}>From the figure for</label>
        <select id={`${id}-from`} onChange={(event) => setFrom(Number(event.currentTarget.value))}>
          <For each={years().labels.slice(0, -1)}>{(label, t) => <option value={String(t())} selected={t() === from()}>{label}</option>}</For>
        </select>
      </span>
      <Show when={mode().kind !== 'fromPrincipal'}>
        <span class="growth-fill__field">
          <label for={`${id}-base`}>or a base of</label>
          <input id={`${id}-base`} type="text" inputMode="decimal" placeholder="optional" value={typedBase()} onInput={(event) => setTypedBase(event.currentTarget.value)} />
        </span>
      </Show>
      <button type="submit">Fill the years after {years().labels[from()]}</button>
      <p class="action-note" role="status">
        {note()}
      </p>
    </form>
  );
}
