// One lever on a slider, with its phase-in menu beside the value where it has
// one. The slider keeps its own value while the user is on it, so a result
// arriving mid-drag for an earlier position cannot pull the thumb back;
// otherwise it follows the scenario.
import { createEffect, createSignal, createUniqueId, Show, untrack } from 'solid-js';
import { ChoiceMenu } from './LeverChoice';
import { formatLeverEnd, formatLeverValue, type BoardChoice, type Lever, type LeverRange } from './levers';

export interface LeverSliderProps {
  lever: Lever;
  range: LeverRange;
  /** The value in the scenario now. */
  current: number;
  onChange: (value: number) => void;
  /** The lever's phase-in (MODEL.md §15), its value now, and what a choice does. */
  phaseIn?: { choice: BoardChoice; current: string; onChange: (value: string) => void };
}

export function LeverSlider(props: LeverSliderProps) {
  const id = createUniqueId();
  let input!: HTMLInputElement;
  const [value, setValue] = createSignal(untrack(() => props.current));
  createEffect(() => {
    const current = props.current;
    if (document.activeElement !== input) setValue(current);
  });
  const text = () => formatLeverValue(props.lever, value());
  return (
    <div class="lever" classList={{ 'lever--phased': props.phaseIn !== undefined }}>
      <div class="lever__top">
        <label for={id} class="lever__label">
          {props.lever.label}
        </label>
        <output for={id} class="lever__value">
          {text()}
        </output>
      </div>
      <input
        ref={input}
        id={id}
        type="range"
        min={props.range.min}
        max={props.range.max}
        step={props.range.step}
        value={value()}
        aria-valuetext={text()}
        title={`From ${formatLeverEnd(props.lever, props.range.min)} to ${formatLeverEnd(props.lever, props.range.max)}`}
        onInput={(event) => {
          const next = Number(event.currentTarget.value);
          setValue(next);
          props.onChange(next);
        }}
      />
      <Show when={props.phaseIn}>
        {(phaseIn) => (
          <ChoiceMenu
            class="lever__phase-in"
            choice={phaseIn().choice}
            current={phaseIn().current}
            onChange={phaseIn().onChange}
            ariaLabel={`Phase-in of ${props.lever.label}`}
            title="Phase-in: how fast the change arrives over its ramp-up years"
          />
        )}
      </Show>
    </div>
  );
}
