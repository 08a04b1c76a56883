import { useEffect, useState } from 'preact/hooks';

const QUERY = '(prefers-reduced-motion: reduce)';

/** Follows the system's reduced-motion setting live; `override` wins when given. */
export function useReducedMotion(override?: boolean): boolean {
  const [reduced, setReduced] = useState(
    () => override ?? (typeof matchMedia === 'function' ? matchMedia(QUERY).matches : false),
  );
  useEffect(() => {
    if (override !== undefined || typeof matchMedia !== 'function') return;
    const query = matchMedia(QUERY);
    const onChange = () => setReduced(query.matches);
    query.addEventListener('change', onChange);
    return () => query.removeEventListener('change', onChange);
  }, [override]);
  return override ?? reduced;
}
