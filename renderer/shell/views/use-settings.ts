import { useEffect, useState } from 'preact/hooks';
import type { Settings } from '../../../shared/core/settings/schema';
import type { PoiseApi } from '../../../shared/ipc/contract';

/** The current settings, kept fresh by settings:changed. Null until the first read answers. */
export function useSettings(api: PoiseApi): Settings | null {
  const [settings, setSettings] = useState<Settings | null>(null);
  useEffect(() => {
    void api.invoke('settings:get').then(setSettings);
    return api.on('settings:changed', setSettings);
  }, [api]);
  return settings;
}
