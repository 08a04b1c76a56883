import { useT } from '../i18n/use-wording';
import type { PlacementCheck } from './placement-checks';

const MARK: Record<PlacementCheck['status'], string> = { ok: '✓', problem: '!', unknown: '…' };

/** The live checks as a list; polite live region so changes are announced without stealing focus. */
export function PlacementChecklist({ checks }: { checks: readonly PlacementCheck[] }) {
  const t = useT();
  return (
    <ul class="ob-checks" aria-live="polite">
      {checks.map((c) => (
        <li
          key={c.id}
          class={`ob-check ob-check--${c.status}`}
          data-check={c.id}
          data-status={c.status}
        >
          <span class="ob-check__mark" aria-hidden="true">
            {MARK[c.status]}
          </span>
          <span>
            <strong>{t(`onboarding:placement.label.${c.id}`)}</strong>
            <span class="ob-sr-only">
              {' — '}
              {t(`onboarding:placement.status.${c.status}`)}
            </span>
            <br />
            <span class="ob-check__message">{t(`onboarding:placement.advice.${c.advice}`)}</span>
          </span>
        </li>
      ))}
    </ul>
  );
}
