// The file commands' keyboard shortcuts: Ctrl+S, Ctrl+Shift+S and Ctrl+O
// (Cmd on a Mac), as every desktop program has them.

export type FileCommand = 'open' | 'save' | 'saveAs';

export function fileCommandOf(event: KeyboardEvent): FileCommand | null {
  if (!(event.ctrlKey || event.metaKey) || event.altKey) return null;
  const key = event.key.toLowerCase();
  if (key === 's') return event.shiftKey ? 'saveAs' : 'save';
  if (key === 'o' && !event.shiftKey) return 'open';
  return null;
}

const onMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.userAgent);

/** How a shortcut is shown in a menu ("Ctrl+Shift+S", "⇧⌘S") and announced (aria-keyshortcuts). */
export function shortcutOf(command: FileCommand): { shown: string; keys: string } {
  const letter = command === 'open' ? 'O' : 'S';
  const shift = command === 'saveAs';
  return {
    shown: onMac ? `${shift ? '⇧' : ''}⌘${letter}` : `Ctrl+${shift ? 'Shift+' : ''}${letter}`,
    keys: ['Control', 'Meta'].map((modifier) => `${modifier}+${shift ? 'Shift+' : ''}${letter}`).join(' '),
  };
}
