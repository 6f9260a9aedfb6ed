// A modal dialog on the browser's own <dialog>: it keeps keyboard focus
// inside, makes the page behind inert, stacks above another dialog, and asks
// its owner to close on Escape. Focus goes back to whatever opened it.
import { createUniqueId, onCleanup, onMount, type JSX } from 'solid-js';
import { Portal } from 'solid-js/web';
import './dialog.css';

export interface DialogProps {
  title: string;
  /** A line under the title. */
  subtitle?: string;
  /** medium for lists and forms, large for side-by-side comparisons. */
  size: 'medium' | 'large';
  onClose: () => void;
  /** Buttons along the bottom (Apply, Cancel); Close sits in the header when there are none. */
  footer?: JSX.Element;
  children: JSX.Element;
}

export function Dialog(props: DialogProps) {
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
      dialog.removeEventListener('cancel', onCancel);
      dialog.removeEventListener('close', onClosed);
      dialog.close();
      opener?.focus();
    });
  });
  return (
    <Portal>
      <dialog ref={dialog} class={`dialog dialog--${props.size}`} aria-labelledby={titleId}>
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
