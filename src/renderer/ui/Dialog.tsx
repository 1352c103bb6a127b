import { useEffect, useId, useRef, type FormEvent, type ReactNode } from 'react';

interface DialogProps {
  title: string;
  onClose(): void;
  /** When set, the dialog is a form and Enter submits it. */
  onSubmit?(event: FormEvent): void;
  children: ReactNode;
  actions?: ReactNode;
  wide?: boolean;
}

/**
 * A modal `dialog`: the browser keeps focus and the screen reader inside it and makes the
 * page behind inert. Focus moves to the first field; Escape and a click on the backdrop
 * close it; focus returns where it was.
 */
export function Dialog({ title, onClose, onSubmit, children, actions, wide }: DialogProps) {
  const headingId = useId();
  const dialog = useRef<HTMLDialogElement>(null);
  const close = useRef(onClose);
  useEffect(() => {
    close.current = onClose;
  }, [onClose]);

  useEffect(() => {
    const box = dialog.current;
    if (!box) return;
    const previous = document.activeElement as HTMLElement | null;
    // Without showModal (jsdom) the dialog is at least open; Chromium always has it.
    if (!box.open && typeof box.showModal === 'function') box.showModal();
    else box.setAttribute('open', '');
    box.querySelector<HTMLElement>('input, select, textarea, button')?.focus();
    // Escape is handled here, before the browser's own cancel, so that the owner decides
    // what closing means and no shortcut of the screen behind reacts to it.
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      event.preventDefault();
      event.stopPropagation();
      close.current();
    };
    window.addEventListener('keydown', onKey);
    return () => {
      window.removeEventListener('keydown', onKey);
      if (box.open && typeof box.close === 'function') box.close();
      previous?.focus?.();
    };
  }, []);

  const body = (
    <>
      <h2 id={headingId}>{title}</h2>
      {children}
      {actions && <div className="dialog-actions">{actions}</div>}
    </>
  );

  return (
    <dialog
      ref={dialog}
      className={wide ? 'dialog wide' : 'dialog'}
      // Redundant for the element, but what the console's shortcut keys look for to stay quiet.
      role="dialog"
      aria-labelledby={headingId}
      onCancel={(event) => {
        // Any other request to close: the owner unmounts the dialog.
        event.preventDefault();
        close.current();
      }}
      onMouseDown={(event) => event.target === event.currentTarget && close.current()}
    >
      {onSubmit ? (
        <form
          className="dialog-body"
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            onSubmit(event);
          }}
        >
          {body}
        </form>
      ) : (
        <div className="dialog-body">{body}</div>
      )}
    </dialog>
  );
}

interface ConfirmProps {
  title: string;
  message: ReactNode;
  confirmLabel: string;
  danger?: boolean;
  onConfirm(): void;
  onCancel(): void;
}

export function ConfirmDialog({ title, message, confirmLabel, danger, onConfirm, onCancel }: ConfirmProps) {
  return (
    <Dialog
      title={title}
      onClose={onCancel}
      onSubmit={onConfirm}
      actions={
        <>
          <button type="button" className="button" onClick={onCancel}>
            Cancel
          </button>
          <button type="submit" className={danger ? 'button danger' : 'button primary'}>
            {confirmLabel}
          </button>
        </>
      }
    >
      <div className="dialog-message">{message}</div>
    </Dialog>
  );
}
