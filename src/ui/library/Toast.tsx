// A short message after an action ("Deleted “County plan”.") with at most one
// button (Undo), read out politely and gone after a few seconds.
import { createSignal, onCleanup, Show } from 'solid-js';

export interface ToastMessage {
  text: string;
  action?: { label: string; run: () => void };
}

/** How long a message stays: long enough to find the Undo button by keyboard. */
export const TOAST_SECONDS = 10;

export function createToast() {
  const [message, setMessage] = createSignal<ToastMessage | null>(null);
  let timer: ReturnType<typeof setTimeout> | undefined;
  const clear = () => {
    clearTimeout(timer);
    setMessage(null);
  };
  const show = (next: ToastMessage) => {
    clearTimeout(timer);
    setMessage(next);
    timer = setTimeout(clear, TOAST_SECONDS * 1000);
  };
  onCleanup(() => clearTimeout(timer));
  return { message, show, clear };
}

export function Toast(props: { message: ToastMessage | null; onDismiss: () => void }) {
  return (
    <div class="toast-region" role="status" aria-live="polite">
      <Show when={props.message}>
        {(message) => (
          <div class="toast">
            <span>{message().text}</span>
            <Show when={message().action}>
              {(action) => (
                <button
                  type="button"
                  class="toast__action"
                  onClick={() => {
                    props.onDismiss();
                    action().run();
                  }}
                >
                  {action().label}
                </button>
              )}
            </Show>
            <button type="button" class="toast__dismiss" aria-label="Dismiss this message" onClick={() => props.onDismiss()}>
              ×
            </button>
          </div>
        )}
      </Show>
    </div>
  );
}
