// A lever with a few named values (a projection, a phase-in) on a menu. The
// menu shows the scenario's value, and a choice changes the scenario at once,
// undoable like any edit.
import { createUniqueId, For } from 'solid-js';
import type { BoardChoice } from './levers';

export interface ChoiceMenuProps {
  choice: BoardChoice;
  /** The value in the scenario now. */
  current: string;
  onChange: (value: string) => void;
  id?: string;
  class?: string;
  /** The menu's name where no label on screen names it. */
  ariaLabel?: string;
  /** A tooltip saying what the menu sets. */
  title?: string;
}

export function ChoiceMenu(props: ChoiceMenuProps) {
  return (
    <select id={props.id} class={props.class} aria-label={props.ariaLabel} title={props.title} onChange={(event) => props.onChange(event.currentTarget.value)}>
      <For each={props.choice.options}>
        {(option) => (
          <option value={option.value} selected={option.value === props.current}>
            {option.label}
          </option>
        )}
      </For>
    </select>
  );
}

/** A menu with its name before it, on one line. */
export function LeverChoice(props: Omit<ChoiceMenuProps, 'id' | 'ariaLabel' | 'title'>) {
  const id = createUniqueId();
  return (
    <div class="lever-choice">
      <label for={id} class="lever-choice__label">
        {props.choice.label}
      </label>
      <ChoiceMenu {...props} id={id} />
    </div>
  );
}
