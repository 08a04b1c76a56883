import { useT } from '../../i18n/use-wording';
import { DoctorPage } from '../../routines/safety/DoctorPage';

/** Privacy in plain words, and when back pain needs a doctor rather than an app. */
export function HelpView(props: { onClose: () => void }) {
  const t = useT();
  return (
    <div class="help">
      <section aria-labelledby="privacy-title">
        <h2 id="privacy-title">{t('shell:help.title')}</h2>
        <ul>
          <li>{t('shell:help.frames')}</li>
          <li>{t('shell:help.offline')}</li>
          <li>{t('shell:help.cameraOff')}</li>
          <li>{t('shell:help.history')}</li>
        </ul>
        <p>{t('shell:help.notMedical')}</p>
      </section>
      <DoctorPage headingLevel={2} onClose={props.onClose} />
    </div>
  );
}
