import { useState } from 'react';
import type { Paper } from '../../../shared/report';
import { api } from '../../ipc/client';
import { useNotices } from '../../stores/notices';
import { Dialog } from '../../ui/Dialog';

/** "Export report…": choose the paper, pick where to save, and wait while the PDF is printed. */
export function ExportReportButton({
  workshopId,
  className = 'button',
  showButton = true,
  requested = 0,
}: {
  workshopId: string;
  className?: string;
  /** False when another control (a menu entry) asks for the report through `requested`. */
  showButton?: boolean;
  /** Each new value opens the paper choice. */
  requested?: number;
}) {
  const notify = useNotices((s) => s.show);
  const [choosing, setChoosing] = useState(false);
  const [busy, setBusy] = useState(false);
  const [paper, setPaper] = useState<Paper>(() => (navigator.language === 'en-US' ? 'letter' : 'a4'));
  const [seenRequest, setSeenRequest] = useState(requested);
  if (requested !== seenRequest) {
    setSeenRequest(requested);
    setChoosing(true);
  }

  async function exportReport() {
    setChoosing(false);
    setBusy(true);
    const result = await api.report.exportPdf({ id: workshopId, paper });
    setBusy(false);
    if (!result.ok) notify({ tone: 'error', text: `The report was not exported. ${result.error.message}` });
    else if (!result.value.cancelled) notify({ tone: 'info', text: `Report saved to ${result.value.path}` });
  }

  return (
    <>
      {showButton && (
        <button type="button" className={className} disabled={busy} aria-busy={busy} onClick={() => setChoosing(true)}>
          {busy ? (
            <>
              <span className="spinner" aria-hidden="true" /> Preparing the report…
            </>
          ) : (
            'Export report…'
          )}
        </button>
      )}
      {choosing && (
        <Dialog
          title="Export the report"
          onClose={() => setChoosing(false)}
          onSubmit={() => void exportReport()}
          actions={
            <>
              <button type="button" className="button" onClick={() => setChoosing(false)}>
                Cancel
              </button>
              <button type="submit" className="button primary">
                Choose where to save…
              </button>
            </>
          }
        >
          <p className="dialog-message">
            A PDF with the summary, every activity’s charts and numbers, the agreements, the method and the votes. It
            opens when it is ready.
          </p>
          <fieldset className="paper-choice">
            <legend>Paper</legend>
            {(['a4', 'letter'] as const).map((size) => (
              <label key={size} className="checkbox-line">
                <input type="radio" name="paper" checked={paper === size} onChange={() => setPaper(size)} />
                {size === 'a4' ? 'A4' : 'US Letter'}
              </label>
            ))}
          </fieldset>
        </Dialog>
      )}
    </>
  );
}
