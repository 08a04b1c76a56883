import { useMemo, useState } from 'preact/hooks';
import type { EventPayloads, PoiseApi } from '../../../main/ipc/contract';
import type { Settings } from '../../../main/core/settings/schema';
import type { PlayerSummary } from '../../routines/player/player-state';
import { RoutinePlayer } from '../../routines/player/RoutinePlayer';
import { DoctorDialog } from '../../routines/safety/DoctorDialog';
import { chooseRoutine } from '../../routines/selection/choose-routine';
import { recentRoutines, rememberRoutine } from './recent-routines';
import { useMoveChecker } from './use-move-checker';

export type BreakRequest = EventPayloads['break:start'];

/**
 * A break: a routine chosen to fit the last hour's posture, played step by step. Used by
 * Electron's break window and by the browser host's break layer. When the routine is done (or
 * the person ends it) main hears `finish-break`, which ends the break in the core.
 */
export function BreakView(props: {
  api: PoiseApi;
  request: BreakRequest;
  settings: Settings;
  onClose: () => void;
}) {
  const { api, request, settings } = props;
  const choice = useMemo(
    () =>
      chooseRoutine({
        kind: request.kind,
        recentSlouchShare: request.recentSlouchShare,
        favourites: settings.routines.favourites,
        hidden: settings.routines.hidden,
        pregnant: settings.routines.pregnant,
        custom: settings.routines.custom,
        recent: recentRoutines(),
      }),
    // The routine is chosen once per break; later settings changes must not swap it mid-way.
    [request],
  );
  const [doctorOpen, setDoctorOpen] = useState(false);
  const moveChecker = useMoveChecker(choice?.routine, settings.monitoring.cameraId);

  const finish = (completed: boolean) => (summary: PlayerSummary) => {
    rememberRoutine(summary.routineId);
    void api.invoke('app:command', {
      type: 'finish-break',
      routineId: summary.routineId,
      completed,
    });
    props.onClose();
  };

  if (!choice) {
    return (
      <section class="break-view" aria-labelledby="break-title">
        <h2 id="break-title">Time for a break</h2>
        <p>Stand up, look into the distance, and move your shoulders gently.</p>
        <button
          type="button"
          onClick={() => {
            void api.invoke('app:command', { type: 'finish-break', completed: false });
            props.onClose();
          }}
        >
          Done
        </button>
      </section>
    );
  }

  return (
    <section class="break-view" aria-labelledby="break-title">
      <h2 id="break-title">{request.kind === 'micro' ? 'A short break' : 'A longer break'}</h2>
      <p class="break-view__reason">{choice.reason}</p>
      {doctorOpen ? <DoctorDialog onClose={() => setDoctorOpen(false)} /> : null}
      <RoutinePlayer
        routine={choice.routine}
        spokenCues={settings.routines.spokenCues}
        moveChecker={moveChecker}
        onFinish={finish(true)}
        onEnd={finish(false)}
        onOpenDoctorPage={() => setDoctorOpen(true)}
      />
    </section>
  );
}
