import { api } from '../../ipc/client';
import { PinDialog } from './PinDialog';

/**
 * Before the shared screen becomes the room's ballot, the facilitator chooses a PIN: only
 * it takes the screen back to the console, or lets someone who has voted answer again.
 */
export function HandOverDialog(props: { workshopId: string; onDone(): void; onCancel(): void }) {
  return (
    <PinDialog
      title="Hand the screen to the room"
      message="Choose a PIN that only you know. The ballot stays on this screen until you enter it: nobody can reach the console, the results or anyone's answers without it."
      label="Your PIN"
      confirmLabel="Start the ballot"
      submit={(pin) => api.live.handOver({ workshopId: props.workshopId, pin })}
      onDone={props.onDone}
      onCancel={props.onCancel}
    />
  );
}
