// The "fill by growth rate" helper under the population grid: one band or
// all, a yearly rate, and every year after a chosen one filled in one step.
import { createSignal, createUniqueId, For } from 'solid-js';
import type { ScenarioStore } from '../store/scenarioStore';
import { parseTypedNumber } from './cellKinds';
import { fillByGrowth } from './growth';
import { entriesOf, yearAxis } from './sheets';

const ALL_BANDS = 'all';

export function GrowthFill(props: { store: ScenarioStore }) {
  const id = createUniqueId();
  const [band, setBand] = createSignal(ALL_BANDS);
  const [rate, setRate] = createSignal('');
  const [chosenFrom, setFrom] = createSignal(0);
  const [note, setNote] = createSignal('');
  const bands = () => entriesOf(props.store.draft(), 'ageBands').map((entry, b) => ({ index: b, name: typeof entry.id === 'string' && entry.id !== '' ? entry.id : `Band ${b + 1}` }));
  const years = () => yearAxis(props.store.draft());
  /** The year to grow from, within the years there are now (the horizon may have shrunk). */
  const from = () => Math.min(chosenFrom(), Math.max(0, years().count - 2));

  function fill(event: SubmitEvent): void {
    event.preventDefault();
    const value = parseTypedNumber(rate(), 'growth');
    if (typeof value !== 'number' || value <= -1) {
      setNote('Type a yearly growth rate such as 1.5% or 0.015 (a fall such as -1% works too).');
      return;
    }
    const chosen = band() === ALL_BANDS ? bands().map((b) => b.index) : bands().filter((b) => String(b.index) === band()).map((b) => b.index);
    if (chosen.length === 0) {
      setNote('Choose an age band, or all of them.');
      return;
    }
    const start = from();
    const { draft, skipped } = fillByGrowth(props.store.draft(), chosen, value, start);
    props.store.update(() => draft);
    const { labels } = years();
    const filled = `Filled ${labels[start + 1] ?? labels[start]} to ${labels[labels.length - 1]} at ${rate().trim()} a year from the ${labels[start]} figure.`;
    setNote(skipped.length === 0 ? filled : `${filled} Left alone, because their ${labels[start]} figure is not a number: ${skipped.join(', ')}.`);
  }

  return (
    <form class="growth-fill" onSubmit={fill} aria-labelledby={`${id}-title`}>
      <h4 id={`${id}-title`}>Fill by growth rate</h4>
      <label for={`${id}-band`}>Age band</label>
      <select id={`${id}-band`} value={band()} onChange={(event) => setBand(event.currentTarget.value)}>
        <option value={ALL_BANDS}>All age bands</option>
        <For each={bands()}>{(b) => <option value={String(b.index)}>{b.name}</option>}</For>
      </select>
      <label for={`${id}-rate`}>Growth a year</label>
      <input id={`${id}-rate`} type="text" inputMode="decimal" placeholder="1.5%" value={rate()} onInput={(event) => setRate(event.currentTarget.value)} />
      <label for={`${id}-from`}>From the figure for</label>
      <select id={`${id}-from`} value={String(from())} onChange={(event) => setFrom(Number(event.currentTarget.value))}>
        <For each={years().labels.slice(0, -1)}>{(label, t) => <option value={String(t())}>{label}</option>}</For>
      </select>
      <button type="submit">Fill the years after {years().labels[from()]}</button>
      <p class="action-note" role="status">
        {note()}
      </p>
    </form>
  );
}
