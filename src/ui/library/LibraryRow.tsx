// One scenario in the library list: a tick box to compare it, its name, area
// and when it last changed, and its actions. Rename happens in place.
import { createSignal, onMount, Show } from 'solid-js';
import type { LibrarySummary } from '../../files/library';
import { lastChangedText } from './lastChanged';

export interface LibraryRowProps {
  entry: LibrarySummary;
  chosen: boolean;
  /** False once four are chosen, for the rows not chosen. */
  canChoose: boolean;
  renaming: boolean;
  onChoose: (chosen: boolean) => void;
  onOpen: () => void;
  onDuplicate: () => void;
  onStartRename: () => void;
  /** Resolves with a problem to show beside the name, or null once renamed. */
  onRename: (name: string) => Promise<string | null>;
  onCancelRename: () => void;
  onDelete: () => void;
}

function RenameForm(props: { entry: LibrarySummary; onRename: LibraryRowProps['onRename']; onCancel: () => void }) {
  let input!: HTMLInputElement;
  const [problem, setProblem] = createSignal<string | null>(null);
  const inputId = `rename-${props.entry.id}`;
  onMount(() => {
    input.focus();
    input.select();
  });
  return (
    <form
      class="library-rename"
      onSubmit={async (event) => {
        event.preventDefault();
        setProblem(await props.onRename(input.value));
      }}
    >
      <label class="visually-hidden" for={inputId}>
        New name for “{props.entry.name}”
      </label>
      <input
        ref={input}
        id={inputId}
        type="text"
        value={props.entry.name}
        maxLength={200}
        aria-invalid={problem() !== null}
        aria-describedby={problem() !== null ? `${inputId}-problem` : undefined}
        onKeyDown={(event) => {
          // Escape leaves the rename only, not the whole library.
          if (event.key === 'Escape') {
            event.preventDefault();
            event.stopPropagation();
            props.onCancel();
          }
        }}
      />
      <button type="submit">Save name</button>
      <button type="button" onClick={() => props.onCancel()}>
        Cancel
      </button>
      <Show when={problem()}>
        <p class="library-rename__problem" id={`${inputId}-problem`} role="alert">
          {problem()}
        </p>
      </Show>
    </form>
  );
}

export function LibraryRow(props: LibraryRowProps) {
  const hidden = (text: string) => <span class="visually-hidden"> {text}</span>;
  return (
    <tr data-entry={props.entry.id} classList={{ 'library-row--chosen': props.chosen }}>
      <td class="library-row__choose">
        <input
          type="checkbox"
          checked={props.chosen}
          disabled={!props.chosen && !props.canChoose}
          aria-label={`Compare “${props.entry.name}”`}
          onChange={(event) => props.onChoose(event.currentTarget.checked)}
        />
      </td>
      <td class="library-row__name">
        <Show
          when={props.renaming}
          fallback={
            <>
              <span class="library-row__title">{props.entry.name}</span>
              <Show when={props.entry.area}>{(area) => <span class="library-row__area" title={area()}>{area()}</span>}</Show>
              <Show when={props.entry.keptBecause}>{(why) => <span class="library-row__kept">{why()}</span>}</Show>
            </>
          }
        >
          <RenameForm entry={props.entry} onRename={props.onRename} onCancel={props.onCancelRename} />
        </Show>
      </td>
      <td class="library-row__when">{lastChangedText(props.entry.updatedAt)}</td>
      <td class="library-row__actions">
        <button type="button" class="primary" data-action="open" onClick={() => props.onOpen()}>
          Open{hidden(`“${props.entry.name}”`)}
        </button>
        <button type="button" data-action="duplicate" onClick={() => props.onDuplicate()}>
          Duplicate{hidden(`“${props.entry.name}”`)}
        </button>
        <button type="button" data-action="rename" onClick={() => props.onStartRename()} disabled={props.renaming}>
          Rename{hidden(`“${props.entry.name}”`)}
        </button>
        <button type="button" class="library-row__delete" data-action="delete" onClick={() => props.onDelete()}>
          Delete{hidden(`“${props.entry.name}”`)}
        </button>
      </td>
    </tr>
  );
}
