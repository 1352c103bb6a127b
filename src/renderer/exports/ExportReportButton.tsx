import { useState } from 'react';
import type { Paper } from '../../shared/report';
import { api } from '../ipc/client';
import { useNotices } from '../stores/notices';
import { Dialog } from '../ui/Dialog';

/** "Export report…": choose the paper and whether to list every vote, pick where to save, and wait while the PDF is printed. */
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
  const [appendix, setAppendix] = useState(false);
  const [seenRequest, setSeenRequest] = useState(requested);
  if (requested !== seenRequest) {
    setSeenRequest(requested);
    setChoosing(true);
  }

  async function exportReport() {
    setChoosing(false);
    setBusy(true);
    const result = await api.report.exportPdf({ id: workshopId, paper, appendix });
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
            A PDF with the key figures, the summary, the agreements, every voted activity’s charts beside the published
            figures, and the method. It opens when it is ready. Every number is in the Excel export too.
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
          <label className="checkbox-line">
            <input type="checkbox" checked={appendix} onChange={(event) => setAppendix(event.target.checked)} />
            Add an appendix listing every vote
          </label>
        </Dialog>
      )}
    </>
  );
}

/** "Export to Excel…": the workbook written where the consultant chooses, with a notice either way. */
export async function exportWorkbook(workshopId: string, notify: ReturnType<typeof useNotices.getState>['show']) {
  const result = await api.report.exportWorkbook({ id: workshopId });
  if (!result.ok) notify({ tone: 'error', text: `The workbook was not exported. ${result.error.message}` });
  else if (!result.value.cancelled) notify({ tone: 'info', text: `Workbook saved to ${result.value.path}` });
}
