import { useEffect, useRef, type ReactNode, type RefObject } from 'react';
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
 * A modal dialog over the page. Not `<dialog>`: jsdom has no `showModal`, and the component
 * tests drive these dialogs. The rest of the page is made `inert` while it is open, so that
 * neither Tab, a screen reader's virtual cursor nor a click reaches it; Tab and Shift-Tab
 * cycle inside; Escape or a click on the backdrop closes. Whoever opens it gives focus back.
 */
export function ModalDialog({
  labelledBy,
  onClose,
  initialFocus,
  className,
  children,
}: ModalDialogProps) {
  const dialogRef = useRef<HTMLDivElement>(null);
  const backdropRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const backdrop = backdropRef.current;
    const outside = [...document.body.children].filter(
      (element): element is HTMLElement =>
        element instanceof HTMLElement && element !== backdrop && !element.inert,
    );
    for (const element of outside) element.inert = true;
    const first = initialFocus?.current ?? dialogRef.current?.querySelector<HTMLElement>(FOCUSABLE);
    first?.focus();
    return () => {
      for (const element of outside) element.inert = false;
    };
  }, [initialFocus]);

  // A native listener: stopping Escape here keeps it from the document's listeners.
  const closeRef = useRef(onClose);
  useEffect(() => {
    closeRef.current = onClose;
  });
  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === 'Escape') {
        // Handled here: a details panel behind, listening on the document, stays open.
        event.preventDefault();
        event.stopPropagation();
        closeRef.current();
      } else if (event.key === 'Tab') {
        trapTab(dialog, event);
      }
    };
    dialog.addEventListener('keydown', onKeyDown);
    return () => dialog.removeEventListener('keydown', onKeyDown);
  }, []);

  return createPortal(
    <div
      ref={backdropRef}
      className="modal-backdrop"
      // A click beside the dialog dismisses it; keyboard users have Escape (handled below).
      onMouseDown={(event) => {
        if (event.target === event.currentTarget) onClose();
      }}
      role="presentation"
    >
      <div
        ref={dialogRef}
        role="dialog"
        aria-modal="true"
        aria-labelledby={labelledBy}
        className={`modal-dialog${className ? ` ${className}` : ''}`}
      >
        {children}
      </div>
    </div>,
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
