import { useEffect, useState } from 'preact/hooks';
import type { ResolvedRoutine } from '../../routines/selection/resolve-routine';
import { createMoveCheckerHub, type MoveChecker } from '../../routines/player/move-checker';
import { createMonitor } from '../../pose/monitor';
import { MODEL_BASE_URL, WASM_BASE_URL } from '../../pose/model-files';

/**
 * Camera checks for the routine's pose-checked moves. Posture monitoring is off during a break,
 * so a routine that has such moves opens the camera for itself, in exercise mode, and releases
 * it when the routine closes. A routine without them never touches the camera; without a
 * camera, every step simply runs on its timer.
 */
export function useMoveChecker(
  routine: ResolvedRoutine | undefined,
  cameraId: string,
): MoveChecker | undefined {
  const needsCamera = routine?.items.some((item) => item.steps.some((step) => step.move)) ?? false;
  const [checker, setChecker] = useState<MoveChecker | undefined>(undefined);
  useEffect(() => {
    if (!needsCamera) return;
    const hub = createMoveCheckerHub();
    const monitor = createMonitor({
      modelBaseUrl: MODEL_BASE_URL,
      wasmBaseUrl: WASM_BASE_URL,
      settings: { cameraId, allowWebgl: false },
      onStatus: () => undefined,
      onSample: (sample) => hub.push(sample),
    });
    monitor.setMode('exercise');
    void monitor.start();
    setChecker(hub.checker);
    return () => {
      setChecker(undefined);
      monitor.dispose();
    };
  }, [needsCamera, cameraId]);
  return checker;
}
