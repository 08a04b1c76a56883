import { useEffect } from 'preact/hooks';
import type { PoiseApi } from '../../../shared/ipc/contract';
import type { ResolvedRoutine } from '../../routines/selection/resolve-routine';

/** The longest routine the core accepts, in seconds (commands.ts). */
const MAX_SECONDS = 3600;

/**
 * Tells the core while a routine is on screen, so posture is not judged meanwhile: no nudge, no
 * slouching recorded, the camera released (shared/core/schedule/routine-hold.ts). In a break the
 * routine also becomes the break's timer, and its end is the break's (finish-break), so only a
 * routine outside a break says when it leaves the screen.
 */
export function useRoutineOnScreen(
  api: PoiseApi,
  routine: ResolvedRoutine | null,
  where: 'in-break' | 'outside-break',
): void {
  useEffect(() => {
    if (!routine) return;
    const seconds = Math.min(MAX_SECONDS, Math.max(1, Math.round(routine.durationSeconds)));
    const inBreak = where === 'in-break';
    void api.invoke('app:command', { type: 'routine-started', seconds, inBreak });
    if (inBreak) return;
    return () => void api.invoke('app:command', { type: 'routine-stopped' });
  }, [api, routine, where]);
}
