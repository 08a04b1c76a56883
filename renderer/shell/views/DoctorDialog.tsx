import { useEffect, useRef } from 'preact/hooks';
import { DoctorPage } from '../../routines/safety/DoctorPage';

/**
 * "When to see a doctor" over a paused routine. A <dialog>, so the player's keyboard shortcuts
 * stay quiet while it is open, and Esc closes the page without ending the routine underneath.
 */
export function DoctorDialog(props: { onClose: () => void }) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);
  return (
    <dialog
      ref={ref}
      class="break-view__dialog"
      aria-labelledby="doctor-page-title"
      onKeyDown={(event) => {
        // Esc here closes the page; it must not also end the routine underneath.
        if (event.key === 'Escape') {
          event.preventDefault();
          event.stopPropagation();
          props.onClose();
        }
      }}
      onClose={props.onClose}
    >
      <DoctorPage onClose={props.onClose} />
    </dialog>
  );
}
