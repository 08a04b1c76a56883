import { useT } from '../i18n/use-wording';

/**
 * What Poise does, its privacy promise, and the question it needs answered before anything else:
 * may it use the camera. The answer is the buttons below the card ("Allow camera", "Continue
 * without a camera", "Not now"); nothing opens the camera before the first of them.
 */
export function WelcomeStep() {
  const t = useT();
  return (
    <div>
      <p>{t('onboarding:welcome.intro')}</p>
      <h3>{t('onboarding:welcome.privacyTitle')}</h3>
      <ul>
        <li>{t('onboarding:welcome.privacy.onDevice')}</li>
        <li>{t('onboarding:welcome.privacy.offline')}</li>
        <li>{t('onboarding:welcome.privacy.numbersOnly')}</li>
        <li>{t('onboarding:welcome.privacy.pause')}</li>
      </ul>
      <h3>{t('onboarding:welcome.cameraTitle')}</h3>
      <p>
        {t('onboarding:welcome.cameraBefore')}
        <strong>{t('onboarding:nav.allowCamera')}</strong>
        {t('onboarding:welcome.cameraAfter')}
      </p>
    </div>
  );
}
