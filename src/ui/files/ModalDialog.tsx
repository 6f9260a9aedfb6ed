// A modal dialog on the browser's own <dialog>: it keeps the focus inside,
// closes on Escape, hides the page from screen readers while open and gives
// the focus back to where it was.
import { createUniqueId, onCleanup, onMount, type JSX } from 'solid-js';

export interface ModalDialogProps {
  title: string;
  /** Runs however the dialog closes (its button, Escape). */
  onClose: () => void;
  /** Marks a dialog about something that went wrong. */
  problem?: boolean;
  children: JSX.Element;
  /** Buttons before Close, e.g. another way forward. */
  actions?: JSX.Element;
  closeLabel?: string;
}

export function ModalDialog(props: ModalDialogProps) {
  let dialog!: HTMLDialogElement;
  const titleId = createUniqueId();
  /** Closing it because it was taken off the page must not close whatever replaced it. */
  let removed = false;
  onMount(() => dialog.showModal());
  onCleanup(() => {
    removed = true;
    if (dialog.open) dialog.close();
  });
  return (
    <dialog ref={dialog} class="files-dialog" classList={{ 'files-dialog--problem': props.problem }} aria-labelledby={titleId} on:close={() => removed || props.onClose()}>
      <h2 id={titleId} class="files-dialog__title">
        {props.title}
      </h2>
      <div class="files-dialog__body">{props.children}</div>
      <div class="files-dialog__actions">
        {props.actions}
        <button type="button" class="primary" onClick={() => dialog.close()} autofocus>
          {props.closeLabel ?? 'Close'}
        </button>
      </div>
    </dialog>
  );
}
