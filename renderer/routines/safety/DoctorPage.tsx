import { useWording } from '../../i18n/use-wording';
import { doctorAdvice } from '../content/doctor-advice';

export interface DoctorPageProps {
  /** Back to where the user came from (the paused routine, or settings). */
  readonly onClose: () => void;
  /** Heading level to fit the page it sits in. */
  readonly headingLevel?: 1 | 2;
}

/**
 * "When to see a doctor": the red flags from the upper-back-pain source, in plain words, and a
 * reminder that routines are not treatment. Reachable from every routine through the player.
 * The advice is content (../content/doctor-advice.ts, one table per language); the page's own
 * controls use the `common:safety` words.
 */
export function DoctorPage({ onClose, headingLevel = 2 }: DoctorPageProps) {
  const { language, t } = useWording();
  const advice = doctorAdvice(language);
  const Heading = headingLevel === 1 ? 'h1' : 'h2';
  return (
    <section class="doctor-page" aria-labelledby="doctor-page-title">
      <Heading id="doctor-page-title">{advice.title}</Heading>
      <p>{advice.intro}</p>
      <ul class="doctor-page__flags">
        {advice.redFlags.map((flag) => (
          <li key={flag.id} data-flag={flag.id}>
            {flag.text}
          </li>
        ))}
      </ul>
      <p class="doctor-page__urgent">
        <strong>{advice.urgent}</strong>
      </p>
      <p>{advice.stopNote}</p>
      <button type="button" class="routine-button" onClick={onClose}>
        {t('safety.back')}
      </button>
    </section>
  );
}
