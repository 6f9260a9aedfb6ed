// The app's one modal dialog, on the browser's own <dialog>: it keeps keyboard
// focus inside, makes the page behind inert, stacks above another dialog, and
// asks its owner to close on Escape or Close. Focus goes back to whatever
// opened it. Used by the file dialogs, the library, import and compare.
import { createUniqueId, onCleanup, onMount, type JSX } from 'solid-js';
import { Portal } from 'solid-js/web';
import './dialog.css';

export interface ModalDialogProps {
  title: string;
  /** A line under the title. */
  subtitle?: string;
  /** small for a message, medium for lists and forms, large for side-by-side comparisons. */
  size: 'small' | 'medium' | 'large';
  /** Marks a dialog about something that went wrong. */
  problem?: boolean;
  /** Runs however the dialog is asked to close (Close, Escape); the owner then takes it off the page. */
  onClose: () => void;
  /** Buttons along the bottom (Apply, Cancel); Close is always in the header. */
  footer?: JSX.Element;
  children: JSX.Element;
}

export function ModalDialog(props: ModalDialogProps) {
  let dialog!: HTMLDialogElement;
  const titleId = createUniqueId();
  onMount(() => {
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    const onCancel = (event: Event) => {
      // The owner's state says whether the dialog is open; the browser only asks.
      event.preventDefault();
      props.onClose();
    };
    // Chromium may close the dialog anyway when Escape is pressed twice without a click between.
    const onClosed = () => props.onClose();
    dialog.addEventListener('cancel', onCancel);
    dialog.addEventListener('close', onClosed);
    dialog.showModal();
    onCleanup(() => {
      // Taken off the page by its owner: closing it now must not ask the owner again.
      dialog.removeEventListener('cancel', onCancel);
      dialog.removeEventListener('close', onClosed);
      dialog.close();
      opener?.focus();
    });
  });
  return (
    <Portal>
      <dialog ref={dialog} class={`dialog dialog--${props.size}${props.problem ? ' dialog--problem' : ''}`} aria-labelledby={titleId}>
        <header class="dialog__header">
          <div class="dialog__heading">
            <h2 id={titleId}>{props.title}</h2>
            {props.subtitle && <p class="dialog__subtitle">{props.subtitle}</p>}
          </div>
          <button type="button" class="dialog__close" onClick={() => props.onClose()}>
            Close
          </button>
        </header>
        <div class="dialog__body">{props.children}</div>
        {props.footer && <footer class="dialog__footer">{props.footer}</footer>}
      </dialog>
    </Portal>
  );
}
