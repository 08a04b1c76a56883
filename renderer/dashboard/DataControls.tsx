import { useState } from 'preact/hooks';
import type { ExportFile, ExportFormat } from '../../shared/core/history/export-format';
import type { Wording } from '../../shared/core/i18n/wording';
import { useWording } from '../i18n/use-wording';
import { downloadFile } from './download';

type Message =
  | { readonly kind: 'exported'; readonly minutes: number; readonly format: ExportFormat }
  | { readonly kind: 'export-failed'; readonly reason: string }
  | { readonly kind: 'deleted' }
  | { readonly kind: 'delete-failed'; readonly reason: string };

const reasonOf = (error: unknown): string =>
  error instanceof Error ? error.message : String(error);

function messageText(w: Wording, message: Message): string {
  switch (message.kind) {
    case 'exported':
      return w.t('dashboard:data.exported', {
        count: message.minutes,
        value: w.formatNumber(message.minutes),
        // The file format's name (CSV, JSON) is the same in every language.
        format: message.format.toUpperCase(),
      });
    case 'export-failed':
      return w.t('dashboard:data.exportFailed', { reason: message.reason });
    case 'deleted':
      return w.t('dashboard:data.deleted');
    case 'delete-failed':
      return w.t('dashboard:data.deleteFailed', { reason: message.reason });
  }
}

export interface DataControlsProps {
  readonly minuteCount: number;
  readonly onExport: (format: ExportFormat) => ExportFile | Promise<ExportFile>;
  readonly onDeleteAll: () => void | Promise<void>;
}

/** Export and "Delete all my data", with a confirmation step that names what goes. */
export function DataControls(props: DataControlsProps) {
  const [confirming, setConfirming] = useState(false);
  const w = useWording();
  const { t } = w;
  const minutes = { count: props.minuteCount, value: w.formatNumber(props.minuteCount) };
  // The status line is kept as what happened, and put in words at render, in the current language.
  const [message, setMessage] = useState<Message | null>(null);

  const exportAs = async (format: ExportFormat): Promise<void> => {
    try {
      downloadFile(await props.onExport(format));
      setMessage({ kind: 'exported', minutes: props.minuteCount, format });
    } catch (error) {
      setMessage({ kind: 'export-failed', reason: reasonOf(error) });
    }
  };

  const deleteAll = async (): Promise<void> => {
    setConfirming(false);
    try {
      await props.onDeleteAll();
      setMessage({ kind: 'deleted' });
    } catch (error) {
      setMessage({ kind: 'delete-failed', reason: reasonOf(error) });
    }
  };

  return (
    <section class="dash-card" aria-labelledby="dash-data-title">
      <h3 id="dash-data-title">{t('dashboard:data.title')}</h3>
      <p class="dash-muted">{t('dashboard:data.stored', minutes)}</p>
      <div class="dash-actions">
        <button type="button" onClick={() => void exportAs('csv')}>
          {t('dashboard:data.exportCsv')}
        </button>
        <button type="button" onClick={() => void exportAs('json')}>
          {t('dashboard:data.exportJson')}
        </button>
        <button
          type="button"
          class="dash-danger"
          onClick={() => setConfirming(true)}
          disabled={confirming}
        >
          {t('dashboard:data.deleteAll')}
        </button>
      </div>
      {confirming && (
        <div
          class="dash-confirm"
          role="alertdialog"
          aria-labelledby="dash-confirm-title"
          aria-describedby="dash-confirm-text"
        >
          <h4 id="dash-confirm-title">{t('dashboard:data.confirmTitle')}</h4>
          <p id="dash-confirm-text">{t('dashboard:data.confirmText')}</p>
          <div class="dash-actions">
            <button type="button" class="dash-danger" onClick={() => void deleteAll()}>
              {t('dashboard:data.deleteEverything')}
            </button>
            <button type="button" autoFocus onClick={() => setConfirming(false)}>
              {t('dashboard:data.cancel')}
            </button>
          </div>
        </div>
      )}
      <p role="status" class="dash-status">
        {message && messageText(w, message)}
      </p>
    </section>
  );
}
