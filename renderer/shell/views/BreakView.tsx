import { useMemo, useState } from 'preact/hooks';
import type { AppCommand } from '../../../shared/core/commands';
import { consentedCameraId } from '../../../shared/core/posture-watching';
import type { PoiseApi } from '../../../shared/ipc/contract';
import type { Settings } from '../../../shared/core/settings/schema';
import { BreakPrompt } from '../../break-prompt/BreakPrompt';
import { useT } from '../../i18n/use-wording';
import { RoutinePlayer } from '../../routines/player/RoutinePlayer';
import type { PlayerSummary } from '../../routines/player/player-state';
import { DoctorDialog } from '../../routines/safety/DoctorDialog';
import { choiceReasonText } from '../../routines/selection/choose-routine';
import { BreakDialog } from './BreakDialog';
import { breakTitle, planBreak, type BreakRequest } from './break-plan';
import { recentRoutines, rememberRoutine } from './recent-routines';
import { useBreakOver, useBreakPrompt } from './use-break-events';
import { useMoveChecker } from './use-move-checker';
import { useRoutineOnScreen } from './use-routine-on-screen';

export type { BreakRequest } from './break-plan';

/**
 * A break, over the whole page: one thing with one timer (break-plan.ts). Usually a routine chosen
 * to fit the last hour's posture, whose end ends the break; otherwise the break card, timed by the
 * break. Used by Electron's break window and by the browser host's break layer; it closes itself
 * (`onClose`) when the break is over, whatever ended it.
 */
export function BreakView(props: {
  api: PoiseApi;
  request: BreakRequest;
  settings: Settings;
  onClose: () => void;
}) {
  const { api, request, settings, onClose } = props;
  const t = useT();
  const plan = useMemo(
    () => planBreak(request, settings.routines, recentRoutines()),
    // The routine is chosen once per break; later settings changes must not swap it mid-way.
    [request],
  );
  const routine = plan.kind === 'routine' ? plan.routine : null;
  const [doctorOpen, setDoctorOpen] = useState(false);
  // The camera only with the person's consent (posture-watching.ts), as in the Routines view.
  const moveChecker = useMoveChecker(routine ?? undefined, consentedCameraId(settings));
  const prompt = useBreakPrompt(api);
  useRoutineOnScreen(api, routine, 'in-break');
  useBreakOver(api, onClose);

  const run = (command: AppCommand): void => void api.invoke('app:command', command);
  const finish = (completed: boolean) => (summary: PlayerSummary) => {
    rememberRoutine(summary.routineId);
    run({ type: 'finish-break', routineId: summary.routineId, completed });
    onClose();
  };

  return (
    <BreakDialog
      labelledBy="break-title"
      // The player ends the routine on Esc itself; the card has no player, so Esc means done.
      onEscape={() => {
        if (!routine) run({ type: 'finish-break', completed: false });
      }}
    >
      <section class="break-view">
        <header class="break-view__header">
          <h2 id="break-title">{breakTitle(request.kind, t)}</h2>
          {plan.kind === 'routine' && (
            <p class="break-view__reason">{choiceReasonText(plan.reason, t)}</p>
          )}
        </header>
        {doctorOpen && <DoctorDialog onClose={() => setDoctorOpen(false)} />}
        {routine ? (
          <RoutinePlayer
            routine={routine}
            spokenCues={settings.routines.spokenCues}
            moveChecker={moveChecker}
            onFinish={finish(true)}
            onEnd={finish(false)}
            onOpenDoctorPage={() => setDoctorOpen(true)}
          />
        ) : (
          // Focus lands here, not on a button: a keystroke meant for work must not end the break.
          <div class="break-view__away" tabIndex={-1} autofocus>
            {prompt?.phase === 'on-break' && (
              <BreakPrompt
                view={prompt}
                onTakeNow={() => undefined}
                onPostpone={() => run({ type: 'postpone-break' })}
                onSkip={() => run({ type: 'skip-break' })}
                onFinish={() => run({ type: 'finish-break', completed: false })}
              />
            )}
          </div>
        )}
      </section>
    </BreakDialog>
  );
}
