import { useEffect, useRef } from 'preact/hooks';
import { DoctorPage } from './DoctorPage';

export interface DoctorDialogProps {
  readonly onClose: () => void;
  /**
   * Whether the page shows. Left out, the dialog opens when it mounts (the parent mounts it only
   * while the page is wanted); given, the dialog stays mounted and opens and closes with it.
   */
  readonly open?: boolean;
  /** The dialog element's class. */
  readonly class?: string;
}

/**
 * "When to see a doctor" over a paused routine. A <dialog>, so the player's keyboard shortcuts
 * stay quiet while it is open, and Esc closes the page without ending the routine underneath.
 */
export function DoctorDialog(props: DoctorDialogProps) {
  const { onClose } = props;
  const open = props.open ?? true;
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);
  return (
    <dialog
      ref={ref}
      class={props.class ?? 'doctor-dialog'}
      aria-labelledby="doctor-page-title"
      onKeyDown={(event) => {
        // Esc here closes the page; it must not also end the routine underneath.
        if (event.key === 'Escape') {
          event.preventDefault();
          event.stopPropagation();
          onClose();
        }
      }}
      onClose={onClose}
    >
      {open && <DoctorPage onClose={onClose} />}
    </dialog>
  );
}
