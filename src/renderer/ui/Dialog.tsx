import { useEffect, useId, useRef, type FormEvent, type ReactNode } from 'react';

interface DialogProps {
  title: string;
  onClose(): void;
  /** When set, the dialog is a form and Enter submits it. */
  onSubmit?(event: FormEvent): void;
  children: ReactNode;
  actions: ReactNode;
  wide?: boolean;
}

/** A modal dialog: focus moves in, Escape and a click outside close it, focus returns after. */
export function Dialog({ title, onClose, onSubmit, children, actions, wide }: DialogProps) {
  const headingId = useId();
  const box = useRef<HTMLFormElement>(null);

  useEffect(() => {
    const previous = document.activeElement as HTMLElement | null;
    const first = box.current?.querySelector<HTMLElement>('input, select, textarea, button');
    first?.focus();
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') {
        event.stopPropagation();
        onClose();
      }
      if (event.key === 'Tab' && box.current) keepFocusInside(event, box.current);
    };
    window.addEventListener('keydown', onKey);
    return () => {
      window.removeEventListener('keydown', onKey);
      previous?.focus?.();
    };
  }, [onClose]);

  return (
    <div className="overlay" onMouseDown={(event) => event.target === event.currentTarget && onClose()}>
      <form
        ref={box}
        className={wide ? 'dialog wide' : 'dialog'}
        role="dialog"
        aria-modal="true"
        aria-labelledby={headingId}
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          onSubmit?.(event);
        }}
      >
        <h2 id={headingId}>{title}</h2>
        {children}
        <div className="dialog-actions">{actions}</div>
      </form>
    </div>
  );
}

function keepFocusInside(event: KeyboardEvent, container: HTMLElement) {
  const focusable = [
    ...container.querySelectorAll<HTMLElement>('input, select, textarea, button, [tabindex]:not([tabindex="-1"])'),
  ].filter((el) => !el.hasAttribute('disabled'));
  if (focusable.length === 0) return;
  const first = focusable[0]!;
  const last = focusable[focusable.length - 1]!;
  if (event.shiftKey && document.activeElement === first) {
    event.preventDefault();
    last.focus();
  } else if (!event.shiftKey && document.activeElement === last) {
    event.preventDefault();
    first.focus();
  }
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
