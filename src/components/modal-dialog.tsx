import { useEffect, useLayoutEffect, useRef, type ReactNode, type RefObject } from 'react';
import { createPortal } from 'react-dom';

interface ModalDialogProps {
  /** The id of the element that names the dialog (its heading). */
  labelledBy: string;
  onClose: () => void;
  /** What gets focus when the dialog opens; the first focusable element otherwise. */
  initialFocus?: RefObject<HTMLElement | null>;
  className?: string;
  children: ReactNode;
}

const FOCUSABLE =
  'a[href], button:not([disabled]), input:not([disabled]), select, textarea, [tabindex]:not([tabindex="-1"])';

/**
 * A modal dialog over the page: a native `<dialog>` opened with `showModal()`. The browser puts
 * it in the top layer, makes the rest of the page inert (neither Tab, a screen reader's virtual
 * cursor nor a click reaches it), turns Escape into a `cancel` event and, on `close()`, gives
 * focus back to what had it. It stays open as long as it is rendered: Escape and a click on
 * the backdrop ask the owner to close it. Tab and Shift-Tab cycle inside rather than leave for
 * the browser's own controls.
 */
export function ModalDialog({
  labelledBy,
  onClose,
  initialFocus,
  className,
  children,
}: ModalDialogProps) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const closeRef = useRef(onClose);
  useEffect(() => {
    closeRef.current = onClose;
  });

  // A layout effect: its clean-up runs while the dialog is still in the document, so `close()`
  // can give focus back before React removes it.
  useLayoutEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    dialog.showModal();
    (initialFocus?.current ?? dialog.querySelector<HTMLElement>(FOCUSABLE))?.focus();
    const onCancel = (event: Event) => {
      // The owner closes it, by no longer rendering it.
      event.preventDefault();
      closeRef.current();
    };
    const onKeyDown = (event: KeyboardEvent) => {
      // Escape becomes `cancel`; a details panel behind, listening on the document, stays open.
      if (event.key === 'Escape') event.stopPropagation();
      else if (event.key === 'Tab') trapTab(dialog, event);
    };
    // A click on the backdrop, outside the dialog's box, dismisses it too.
    const onMouseDown = (event: MouseEvent) => {
      const box = dialog.getBoundingClientRect();
      const outside =
        event.clientX < box.left ||
        event.clientX > box.right ||
        event.clientY < box.top ||
        event.clientY > box.bottom;
      if (event.target === dialog && outside) closeRef.current();
    };
    dialog.addEventListener('cancel', onCancel);
    dialog.addEventListener('keydown', onKeyDown);
    dialog.addEventListener('mousedown', onMouseDown);
    return () => {
      dialog.removeEventListener('cancel', onCancel);
      dialog.removeEventListener('keydown', onKeyDown);
      dialog.removeEventListener('mousedown', onMouseDown);
      dialog.close();
    };
  }, [initialFocus]);

  return createPortal(
    <dialog
      ref={dialogRef}
      aria-modal="true"
      aria-labelledby={labelledBy}
      className={`modal-dialog${className ? ` ${className}` : ''}`}
    >
      {children}
    </dialog>,
    document.body,
  );
}

/** Tab from the last focusable element goes to the first, Shift-Tab from the first to the last. */
function trapTab(dialog: HTMLElement, event: KeyboardEvent): void {
  const focusable = [...dialog.querySelectorAll<HTMLElement>(FOCUSABLE)];
  const first = focusable[0];
  const last = focusable[focusable.length - 1];
  const active = document.activeElement;
  if (!first || !last) {
    event.preventDefault();
  } else if (event.shiftKey && (active === first || !dialog.contains(active))) {
    event.preventDefault();
    last.focus();
  } else if (!event.shiftKey && (active === last || !dialog.contains(active))) {
    event.preventDefault();
    first.focus();
  }
}
