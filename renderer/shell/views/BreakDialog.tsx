import type { ComponentChildren } from 'preact';
import { useLayoutEffect, useRef } from 'preact/hooks';
import './break-view.css';

export interface BreakDialogProps {
  readonly labelledBy: string;
  /** Esc pressed where nothing inside handled it (the routine player handles its own Esc). */
  readonly onEscape: () => void;
  readonly children: ComponentChildren;
}

/**
 * A break covers the page: a modal <dialog> sits above everything (the break card in the corner
 * too), makes the rest of the page inert for the mouse, the keyboard and screen readers, and keeps
 * focus inside. In Electron's break window it simply fills the window.
 */
export function BreakDialog({ labelledBy, onEscape, children }: BreakDialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  // A layout effect opens it before the routine player's own effect puts focus on the player;
  // opening later would move focus to the dialog's first button instead.
  useLayoutEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => dialog?.close();
  }, []);
  return (
    <dialog
      ref={ref}
      class="break-dialog"
      aria-labelledby={labelledBy}
      onCancel={(event) => {
        // Esc must not simply drop the dialog: the break would go on behind the page.
        event.preventDefault();
        onEscape();
      }}
    >
      {children}
    </dialog>
  );
}
