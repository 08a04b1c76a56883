import { useEffect, useState } from 'preact/hooks';
import type { PoiseApi } from '../../../shared/ipc/contract';

/**
 * 'waiting': the background monitor has not stood aside yet; 'granted': this page may use the
 * camera; 'off': Poise turned the camera off (a pause, a break, a lock, outside working hours).
 */
export type CameraHold = 'waiting' | 'granted' | 'off';

/**
 * Borrows the camera from the background monitor while the calling view is shown: the monitor
 * releases it (monitor:control mode 'calibrating'), and gets it back when the view goes. The camera
 * rules still apply while borrowed, so this page gets `run: false` like the monitor would.
 */
export function useCalibrationHold(api: PoiseApi): CameraHold {
  const [hold, setHold] = useState<CameraHold>('waiting');
  useEffect(() => {
    const off = api.on('monitor:control', ({ run, mode }) =>
      setHold(mode !== 'calibrating' ? 'waiting' : run ? 'granted' : 'off'),
    );
    void api.invoke('app:command', { type: 'calibration-hold', on: true });
    return () => {
      off();
      void api.invoke('app:command', { type: 'calibration-hold', on: false });
    };
  }, [api]);
  return hold;
}
