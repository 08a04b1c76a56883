import { useEffect, useMemo, useState } from 'preact/hooks';
import type { MinuteAggregate } from '../../shared/core/history/minute';
import type { PoiseApi } from '../../shared/ipc/contract';
import { unsavedNudges } from './unsaved-nudges';

/**
 * When each nudge not yet in `minutes` was shown (see unsavedNudges), heard on coach:feedback,
 * and `forget` for after "Delete all my data", which drops those nudges along with the history.
 */
export function useUnsavedNudges(
  api: PoiseApi,
  minutes: readonly MinuteAggregate[] | null,
): { readonly shownAtMs: readonly number[]; readonly forget: () => void } {
  const [shownAtMs, setShownAtMs] = useState<readonly number[]>([]);
  useEffect(
    () =>
      api.on('coach:feedback', (feedback) => {
        if (feedback.kind === 'nudge') setShownAtMs((shown) => [...shown, Date.now()]);
      }),
    [api],
  );
  const unsaved = useMemo(() => unsavedNudges(shownAtMs, minutes ?? []), [shownAtMs, minutes]);
  return { shownAtMs: unsaved, forget: () => setShownAtMs([]) };
}
