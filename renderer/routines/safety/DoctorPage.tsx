import { DOCTOR_ADVICE } from '../content/doctor-advice';

export interface DoctorPageProps {
  /** Back to where the user came from (the paused routine, or settings). */
  readonly onClose: () => void;
  /** Heading level to fit the page it sits in. */
  readonly headingLevel?: 1 | 2;
}

/**
 * "When to see a doctor": the red flags from the upper-back-pain source, in plain words, and a
 * reminder that routines are not treatment. Reachable from every routine through the player.
 */
export function DoctorPage({ onClose, headingLevel = 2 }: DoctorPageProps) {
  const Heading = headingLevel === 1 ? 'h1' : 'h2';
  return (
    <section class="doctor-page" aria-labelledby="doctor-page-title">
      <Heading id="doctor-page-title">{DOCTOR_ADVICE.title}</Heading>
      <p>{DOCTOR_ADVICE.intro}</p>
      <ul class="doctor-page__flags">
        {DOCTOR_ADVICE.redFlags.map((flag) => (
          <li key={flag.id} data-flag={flag.id}>
            {flag.text}
          </li>
        ))}
      </ul>
      <p class="doctor-page__urgent">
        <strong>{DOCTOR_ADVICE.urgent}</strong>
      </p>
      <p>{DOCTOR_ADVICE.stopNote}</p>
      <button type="button" class="routine-button" onClick={onClose}>
        Back
      </button>
    </section>
  );
}
