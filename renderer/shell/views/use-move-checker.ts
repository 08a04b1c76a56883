import { useEffect, useState } from 'preact/hooks';
import type { ResolvedRoutine } from '../../routines/selection/resolve-routine';
import { createMoveCheckerHub, type MoveChecker } from '../../routines/player/move-checker';
import { createMonitor } from '../../pose/monitor';
import { MODEL_BASE_URL, WASM_BASE_URL } from '../../pose/model-files';

/**
 * Camera checks for the routine's pose-checked moves. Posture monitoring is off during a break,
 * so a routine that has such moves opens the camera for itself, in exercise mode, and releases
 * it when the routine closes. A routine without them never touches the camera; without a
 * camera, every step simply runs on its timer. `cameraId` null: the person has not agreed to the
 * camera (consentedCameraId in shared/core/posture-watching.ts), so it is never opened.
 */
export function useMoveChecker(
  routine: ResolvedRoutine | undefined,
  cameraId: string | null,
): MoveChecker | undefined {
  const needsCamera =
    cameraId !== null &&
    (routine?.items.some((item) => item.steps.some((step) => step.move)) ?? false);
  const [checker, setChecker] = useState<MoveChecker | undefined>(undefined);
  useEffect(() => {
    if (!needsCamera) return;
    const hub = createMoveCheckerHub();
    const monitor = createMonitor({
      modelBaseUrl: MODEL_BASE_URL,
      wasmBaseUrl: WASM_BASE_URL,
      settings: { cameraId: cameraId ?? '', allowWebgl: false },
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
