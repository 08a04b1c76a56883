import { useState } from 'preact/hooks';
import type { ExportFile, ExportFormat } from '../../main/core/history/export-format';
import { downloadFile } from './download';
import { formatCount } from './format';

const MINUTES = { one: 'minute', other: 'minutes' } as const;

export interface DataControlsProps {
  readonly minuteCount: number;
  readonly onExport: (format: ExportFormat) => ExportFile | Promise<ExportFile>;
  readonly onDeleteAll: () => void | Promise<void>;
}

/** Export and "Delete all my data", with a confirmation step that names what goes. */
export function DataControls(props: DataControlsProps) {
  const [confirming, setConfirming] = useState(false);
  const [message, setMessage] = useState('');

  const exportAs = async (format: ExportFormat): Promise<void> => {
    try {
      downloadFile(await props.onExport(format));
      setMessage(`Exported ${formatCount(props.minuteCount, MINUTES)} as ${format.toUpperCase()}.`);
    } catch (error) {
      setMessage(`Export failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  };

  const deleteAll = async (): Promise<void> => {
    setConfirming(false);
    try {
      await props.onDeleteAll();
      setMessage('All history was deleted.');
    } catch (error) {
      setMessage(`Could not delete: ${error instanceof Error ? error.message : String(error)}`);
    }
  };

  return (
    <section class="dash-card" aria-labelledby="dash-data-title">
      <h3 id="dash-data-title">Your data</h3>
      <p class="dash-muted">
        History stays on this computer: {formatCount(props.minuteCount, MINUTES)} stored. Nothing is
        ever uploaded.
      </p>
      <div class="dash-actions">
        <button type="button" onClick={() => void exportAs('csv')}>
          Export CSV
        </button>
        <button type="button" onClick={() => void exportAs('json')}>
          Export JSON
        </button>
        <button
          type="button"
          class="dash-danger"
          onClick={() => setConfirming(true)}
          disabled={confirming}
        >
          Delete all my data
        </button>
      </div>
      {confirming && (
        <div
          class="dash-confirm"
          role="alertdialog"
          aria-labelledby="dash-confirm-title"
          aria-describedby="dash-confirm-text"
        >
          <h4 id="dash-confirm-title">Delete all history?</h4>
          <p id="dash-confirm-text">
            This removes every stored minute, streak and routine record from this computer. It
            cannot be undone.
          </p>
          <div class="dash-actions">
            <button type="button" class="dash-danger" onClick={() => void deleteAll()}>
              Delete everything
            </button>
            <button type="button" autoFocus onClick={() => setConfirming(false)}>
              Cancel
            </button>
          </div>
        </div>
      )}
      <p role="status" class="dash-status">
        {message}
      </p>
    </section>
  );
}
