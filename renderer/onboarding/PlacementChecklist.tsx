import type { PlacementCheck } from './placement-checks';

const MARK: Record<PlacementCheck['status'], string> = { ok: '✓', problem: '!', unknown: '…' };
const WORD: Record<PlacementCheck['status'], string> = {
  ok: 'OK',
  problem: 'Needs a change',
  unknown: 'Checking',
};

/** The live checks as a list; polite live region so changes are announced without stealing focus. */
export function PlacementChecklist({ checks }: { checks: readonly PlacementCheck[] }) {
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
            <strong>{c.label}</strong>
            <span class="ob-sr-only"> — {WORD[c.status]}</span>
            <br />
            <span class="ob-check__message">{c.message}</span>
          </span>
        </li>
      ))}
    </ul>
  );
}
