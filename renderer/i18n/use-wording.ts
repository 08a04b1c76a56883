import { useEffect, useState } from 'preact/hooks';
import type { Translate } from '../../shared/core/i18n/translator';
import type { Wording } from '../../shared/core/i18n/wording';
import { currentWording, onWordingChange } from './language-store';

/** The current wording; the component renders again when the language changes. */
export function useWording(): Wording {
  const [wording, setWording] = useState(currentWording);
  useEffect(() => {
    // The language may have changed between the first render and this effect.
    setWording(currentWording());
    return onWordingChange(setWording);
  }, []);
  return wording;
}

/** Just the translate function, for components that only need words. */
export function useT(): Translate {
  return useWording().t;
}
