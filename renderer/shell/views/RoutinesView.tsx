import { useState } from 'preact/hooks';
import type { PoiseApi } from '../../../shared/ipc/contract';
import { consentedCameraId } from '../../../shared/core/posture-watching';
import { useWording } from '../../i18n/use-wording';
import { RoutineLibrary } from '../../routines/library/RoutineLibrary';
import { RoutinePlayer } from '../../routines/player/RoutinePlayer';
import {
  localizedRoutineTitle,
  type ResolvedRoutine,
} from '../../routines/selection/resolve-routine';
import { DoctorDialog } from '../../routines/safety/DoctorDialog';
import { rememberRoutine } from './recent-routines';
import { useMoveChecker } from './use-move-checker';
import { useRoutineOnScreen } from './use-routine-on-screen';
import { useSettings } from './use-settings';

/** Browse, favourite, hide and build routines, and play one any time, outside the break schedule. */
export function RoutinesView(props: { api: PoiseApi }) {
  const { api } = props;
  const { t, language } = useWording();
  const settings = useSettings(api);
  const [playing, setPlaying] = useState<ResolvedRoutine | null>(null);
  const [doctorOpen, setDoctorOpen] = useState(false);
  const moveChecker = useMoveChecker(
    playing ?? undefined,
    settings ? consentedCameraId(settings) : null,
  );
  // While it plays, posture is not judged: following a stretch is not slouching.
  useRoutineOnScreen(api, playing, 'outside-break');
  if (!settings) return <p>{t('routines:breakView.loadingRoutines')}</p>;

  if (playing) {
    return (
      <section
        aria-label={t('routines:breakView.playing', {
          title: localizedRoutineTitle(playing, language),
        })}
      >
        {doctorOpen && <DoctorDialog onClose={() => setDoctorOpen(false)} />}
        <RoutinePlayer
          routine={playing}
          spokenCues={settings.routines.spokenCues}
          moveChecker={moveChecker}
          onFinish={(summary) => {
            rememberRoutine(summary.routineId);
            void api.invoke('app:command', { type: 'routine-done', routineId: summary.routineId });
            setPlaying(null);
          }}
          onEnd={() => setPlaying(null)}
          onOpenDoctorPage={() => setDoctorOpen(true)}
        />
      </section>
    );
  }
  const { favourites, hidden, custom } = settings.routines;
  return (
    <RoutineLibrary
      store={{ favourites, hidden, custom }}
      pregnant={settings.routines.pregnant}
      onChange={(store) =>
        void api.invoke('settings:update', {
          routines: {
            favourites: [...store.favourites],
            hidden: [...store.hidden],
            custom: store.custom.map((routine) => ({ ...routine, itemIds: [...routine.itemIds] })),
          },
        })
      }
      onPlay={setPlaying}
      onOpenDoctorPage={() => setDoctorOpen(true)}
    />
  );
}
