// The scenario's details (MODEL.md §1, §6, §9 meta, §17 the projection) as a plain form of the
// fields in detailsFields.ts. A field is saved when it is left or Enter is
// pressed; the horizon resizes every yearly series in the same step.
import { createUniqueId, For, Index, Match, Show, Switch } from 'solid-js';
import type { Problem } from '../../model';
import type { ScenarioStore } from '../store/scenarioStore';
import { FIELDS, fieldOf, type Field, type MetaKey } from './detailsFields';
import type { ProblemTargets } from './problemTargets';
import { yearAxis } from './sheets';

const shown = (value: unknown) => (value === undefined || value === null ? '' : String(value));

export function DetailsForm(props: { store: ScenarioStore; problems: () => Problem[]; targets: ProblemTargets }) {
  const formId = createUniqueId();
  const inputs = new Map<MetaKey, HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>();
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
          const onChange = (event: Event & { currentTarget: HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement }) => save(field, event.currentTarget.value);
          const remember = (el: HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement) => inputs.set(field.key, el);
          return (
            <div class="details-field" classList={{ 'has-problem': invalid() !== undefined }}>
              <label for={id}>{field.label}</label>
              <Switch fallback={<input id={id} ref={remember} type="text" value={value()} aria-invalid={invalid()} aria-describedby={describedBy()} onChange={onChange} />}>
                <Match when={field.multiline}>
                  <textarea id={id} ref={remember} rows={6} value={value()} aria-invalid={invalid()} aria-describedby={describedBy()} onChange={onChange} />
                </Match>
                <Match when={field.choices}>
                  {(choices) => (
                    <select id={id} ref={remember} aria-invalid={invalid()} aria-describedby={describedBy()} onChange={onChange}>
                      {/* Index keeps each option while edits rebuild the list, so the one chosen stays shown. */}
                      <Index each={choices()(props.store.draft())}>
                        {(choice) => (
                          <option value={choice().value} selected={choice().value === value()}>
                            {choice().label}
                          </option>
                        )}
                      </Index>
                    </select>
                  )}
                </Match>
              </Switch>
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
