// One line at a time telling the user what a file action did ("Opened
// county.upstream.json…") or why it failed; it stays until dismissed or
// replaced by the next.
import { createSignal } from 'solid-js';

export interface FilesMessage {
  text: string;
  /** A failure is announced at once (role="alert"); news waits its turn (role="status"). */
  failed: boolean;
}

export function createMessages() {
  const [message, setMessage] = createSignal<FilesMessage | null>(null);
  return {
    message,
    tell: (text: string) => setMessage({ text, failed: false }),
    warn: (text: string) => setMessage({ text, failed: true }),
    show: (next: FilesMessage) => setMessage(next),
    dismiss: () => setMessage(null),
  };
}

export type Messages = ReturnType<typeof createMessages>;
