// The scenario's details (MODEL.md §1, §6, §9 meta) as a plain form. A field
// is saved when it is left or Enter is pressed; the horizon resizes every
// yearly series in the same step.
import { createUniqueId, For, Show } from 'solid-js';
import type { Problem } from '../../model/problems';
import { setAtPath, type ScenarioDraft } from '../store/draft';
import type { ScenarioStore } from '../store/scenarioStore';
import { parseTypedNumber } from './cellKinds';
import type { ProblemTargets } from './problemTargets';
import { yearAxis } from './sheets';
import { setHorizon } from './structure';

type MetaKey = 'name' | 'area' | 'notes' | 'baseYear' | 'horizonYears' | 'discountRate';

interface Field {
  key: MetaKey;
  label: string;
  hint?: string;
  multiline?: boolean;
  /** The draft after this field is saved with what was typed. */
  save: (draft: ScenarioDraft, typed: string) => ScenarioDraft;
}

/** A leaf of the details set (undefined removes it, so its default applies). */
const setMeta = (draft: ScenarioDraft, key: MetaKey, value: unknown): ScenarioDraft => setAtPath(draft, ['meta', key], value);

const optionalText = (key: MetaKey) => (draft: ScenarioDraft, typed: string) => setMeta(draft, key, typed.trim() === '' ? undefined : typed);

const FIELDS: Field[] = [
  { key: 'name', label: 'Scenario name', save: (draft, typed) => setMeta(draft, 'name', typed) },
  { key: 'area', label: 'Area', hint: 'The place the scenario is about.', save: optionalText('area') },
  { key: 'notes', label: 'Notes', hint: 'What the scenario shows and where its figures came from.', multiline: true, save: optionalText('notes') },
  {
    key: 'baseYear',
    label: 'Base year',
    hint: 'The first financial year: 2025 means 2025/26. The yearly columns follow it; their figures stay as they are.',
    save: (draft, typed) => setMeta(draft, 'baseYear', typed.trim() === '' ? null : parseTypedNumber(typed, 'year')),
  },
  {
    key: 'horizonYears',
    label: 'Horizon (years after the base year)',
    hint: 'From 1 to 50. More years repeat the last figure of each yearly series; fewer drop the last years.',
    save: setHorizon,
  },
  {
    key: 'discountRate',
    label: 'Discount rate a year',
    hint: 'For the net present value: 0.035 is 3.5%, the HM Treasury Green Book rate (used when blank). You can type 3.5%.',
    save: (draft, typed) => setMeta(draft, 'discountRate', typed.trim() === '' ? undefined : parseTypedNumber(typed, 'growth')),
  },
];

const shown = (value: unknown) => (value === undefined || value === null ? '' : String(value));

export function DetailsForm(props: { store: ScenarioStore; problems: () => Problem[]; targets: ProblemTargets }) {
  const formId = createUniqueId();
  const inputs = new Map<MetaKey, HTMLInputElement | HTMLTextAreaElement>();
  const fieldOf = (path: string) => FIELDS.find((f) => path === `meta/${f.key}` || path.startsWith(`meta/${f.key}/`));
  const problemsOf = (key: MetaKey) => props.problems().filter((p) => fieldOf(p.path)?.key === key);

  props.targets.register({
    find: (path) => {
      const field = fieldOf(path);
      return field && { place: field.label, exact: true, goTo: () => inputs.get(field.key)?.focus() };
    },
  });

  const span = () => {
    const years = yearAxis(props.store.draft());
    return `The scenario runs from ${years.labels[0]} to ${years.labels[years.count - 1]} (${years.count} years).`;
  };

  const save = (field: Field, typed: string) => props.store.update((draft) => field.save(draft, typed));

  return (
    <form class="details-form" onSubmit={(event) => event.preventDefault()}>
      <For each={FIELDS}>
        {(field) => {
          const id = `${formId}-${field.key}`;
          const describedBy = () => [field.hint ? `${id}-hint` : '', problemsOf(field.key).length > 0 ? `${id}-problem` : ''].join(' ').trim() || undefined;
          const value = () => shown(props.store.draft().meta?.[field.key]);
          const invalid = () => (problemsOf(field.key).length > 0 ? ('true' as const) : undefined);
          const onChange = (event: Event & { currentTarget: HTMLInputElement | HTMLTextAreaElement }) => save(field, event.currentTarget.value);
          const remember = (el: HTMLInputElement | HTMLTextAreaElement) => inputs.set(field.key, el);
          return (
            <div class="details-field" classList={{ 'has-problem': invalid() !== undefined }}>
              <label for={id}>{field.label}</label>
              <Show
                when={field.multiline}
                fallback={<input id={id} ref={remember} type="text" value={value()} aria-invalid={invalid()} aria-describedby={describedBy()} onChange={onChange} />}
              >
                <textarea id={id} ref={remember} rows={6} value={value()} aria-invalid={invalid()} aria-describedby={describedBy()} onChange={onChange} />
              </Show>
              <Show when={field.hint}>
                <p class="field-hint" id={`${id}-hint`}>
                  {field.hint}
                </p>
              </Show>
              <Show when={problemsOf(field.key).length > 0}>
                <p class="field-problem" id={`${id}-problem`}>
                  {problemsOf(field.key).map((p) => p.message).join(' ')}
                </p>
              </Show>
            </div>
          );
        }}
      </For>
      <p class="details-span">{span()}</p>
    </form>
  );
}
