import { useState, type ReactNode } from 'react';
import type { Result } from '../../../shared/result';
import { Dialog } from '../../ui/Dialog';
import { Field } from '../../ui/Field';

interface PinDialogProps {
  readonly title: string;
  readonly message: ReactNode;
  readonly label: string;
  readonly confirmLabel: string;
  /** Sends the PIN to the main process, which decides; its refusal is shown as it is. */
  submit(pin: string): Promise<Result<unknown>>;
  onDone(): void;
  onCancel(): void;
}

/** Asks for the facilitator's PIN: digits only, never shown, checked by the main process. */
export function PinDialog({ title, message, label, confirmLabel, submit, onDone, onCancel }: PinDialogProps) {
  const [pin, setPin] = useState('');
  const [error, setError] = useState<string | undefined>(undefined);
  const [sending, setSending] = useState(false);

  async function confirm() {
    setSending(true);
    const result = await submit(pin);
    setSending(false);
    if (result.ok) onDone();
    else {
      setError(result.error.message);
      setPin('');
    }
  }

  return (
    <Dialog
      title={title}
      onClose={onCancel}
      onSubmit={() => void confirm()}
      actions={
        <>
          <button type="button" className="button" onClick={onCancel}>
            Cancel
          </button>
          <button type="submit" className="button primary" disabled={sending || pin.length < 4}>
            {confirmLabel}
          </button>
        </>
      }
    >
      <div className="dialog-message">{message}</div>
      <Field label={label} error={error} hint="4 to 8 digits">
        {(field) => (
          <input
            {...field}
            className="pin-input"
            type="password"
            inputMode="numeric"
            autoComplete="off"
            maxLength={8}
            value={pin}
            onChange={(event) => {
              setPin(event.target.value.replace(/\D/g, '').slice(0, 8));
              setError(undefined);
            }}
          />
        )}
      </Field>
    </Dialog>
  );
}
