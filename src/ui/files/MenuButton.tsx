// A menu button as the WAI-ARIA practices describe it: the button opens a
// role="menu" list; Up and Down arrows (wrapping), Home and End and a
// typed first letter move between items; Escape closes it and gives the
// focus back to the button; Tab or a click elsewhere closes it.
import { createSignal, createUniqueId, For, onCleanup, Show } from 'solid-js';

export interface MenuItem {
  label: string;
  /** Shown beside the label, e.g. "Ctrl+S"; `keys` is the same for aria-keyshortcuts. */
  shortcut?: { shown: string; keys: string };
  /** Why the item cannot be used now (shown under its label), or null when it can. */
  unavailable?: () => string | null;
  run: () => void;
}

export type MenuEntry = MenuItem | 'separator';

export interface MenuButtonProps {
  label: string;
  entries: MenuEntry[];
  /** Runs as the menu opens, e.g. to start loading what its items need. */
  onOpen?: () => void;
}

const isItem = (entry: MenuEntry): entry is MenuItem => entry !== 'separator';

export function MenuButton(props: MenuButtonProps) {
  const id = createUniqueId();
  const [open, setOpen] = createSignal(false);
  let button!: HTMLButtonElement;
  let menu: HTMLDivElement | undefined;
  const items = () => Array.from(menu?.querySelectorAll<HTMLButtonElement>('[role="menuitem"]') ?? []);

  function focusItem(index: number): void {
    const all = items();
    if (all.length === 0) return;
    all[(index + all.length) % all.length].focus();
  }

  function show(focus: 'first' | 'last'): void {
    props.onOpen?.();
    setOpen(true);
    focusItem(focus === 'first' ? 0 : -1);
  }

  function close(refocus: boolean): void {
    setOpen(false);
    if (refocus) button.focus();
  }

  const onOutside = (event: PointerEvent) => {
    if (!(event.target instanceof Node) || !button.parentElement?.contains(event.target)) close(false);
  };
  document.addEventListener('pointerdown', onOutside);
  onCleanup(() => document.removeEventListener('pointerdown', onOutside));

  function onButtonKey(event: KeyboardEvent): void {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    event.preventDefault();
    show(event.key === 'ArrowDown' ? 'first' : 'last');
  }

  function onMenuKey(event: KeyboardEvent): void {
    const all = items();
    const at = all.indexOf(document.activeElement as HTMLButtonElement);
    const moves: Record<string, number> = { ArrowDown: at + 1, ArrowUp: at - 1, Home: 0, End: -1 };
    if (event.key in moves) {
      event.preventDefault();
      focusItem(moves[event.key]);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      close(true);
    } else if (event.key === 'Tab') {
      close(false);
    } else if (event.key.length === 1 && /\S/.test(event.key) && !event.ctrlKey && !event.metaKey && !event.altKey) {
      const letter = event.key.toLowerCase();
      const after = [...all.slice(at + 1), ...all.slice(0, at + 1)];
      after.find((item) => item.textContent?.trim().toLowerCase().startsWith(letter))?.focus();
    }
  }

  function choose(item: MenuItem): void {
    if (item.unavailable?.()) return;
    close(true);
    item.run();
  }

  return (
    <div class="menu">
      <button
        ref={button}
        type="button"
        id={`${id}-button`}
        aria-haspopup="menu"
        aria-expanded={open()}
        aria-controls={open() ? `${id}-menu` : undefined}
        onClick={() => (open() ? close(true) : show('first'))}
        onKeyDown={onButtonKey}
      >
        {props.label}
        <span class="menu__caret" aria-hidden="true">
          ▾
        </span>
      </button>
      <Show when={open()}>
        <div ref={menu} class="menu__list" role="menu" id={`${id}-menu`} aria-labelledby={`${id}-button`} onKeyDown={onMenuKey}>
          <For each={props.entries}>
            {(entry) => {
              if (!isItem(entry)) return <div class="menu__separator" role="separator" />;
              const reason = () => entry.unavailable?.() ?? null;
              const whyId = createUniqueId();
              return (
                <button
                  type="button"
                  role="menuitem"
                  tabIndex={-1}
                  class="menu__item"
                  aria-disabled={reason() !== null}
                  aria-keyshortcuts={entry.shortcut?.keys}
                  aria-describedby={reason() ? whyId : undefined}
                  onClick={() => choose(entry)}
                >
                  <span class="menu__label">{entry.label}</span>
                  {/* The name is the label alone: the shortcut is told by aria-keyshortcuts, why it is unavailable as its description. */}
                  <Show when={entry.shortcut}>
                    {(shortcut) => (
                      <kbd class="menu__shortcut" aria-hidden="true">
                        {shortcut().shown}
                      </kbd>
                    )}
                  </Show>
                  <Show when={reason()}>
                    {(why) => (
                      <span class="menu__why" id={whyId} aria-hidden="true">
                        {why()}
                      </span>
                    )}
                  </Show>
                </button>
              );
            }}
          </For>
        </div>
      </Show>
    </div>
  );
}
