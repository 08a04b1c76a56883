import { DoctorPage } from '../../routines/safety/DoctorPage';

/** Privacy in plain words, and when back pain needs a doctor rather than an app. */
export function HelpView(props: { onClose: () => void }) {
  return (
    <div class="help">
      <section aria-labelledby="privacy-title">
        <h2 id="privacy-title">What Poise sees, and what it keeps</h2>
        <ul>
          <li>
            Poise analyses camera frames on this computer. No image is stored or sent anywhere.
          </li>
          <li>It never connects to the internet: the pose model ships with the app.</li>
          <li>
            The camera is switched off while Poise is paused, during breaks, and while the screen is
            locked or the computer sleeps.
          </li>
          <li>
            Your history is a small record per minute, kept on this computer. You can export it or
            delete it from Today.
          </li>
        </ul>
        <p>
          Poise is a coach for better sitting habits. It does not diagnose or treat any condition.
        </p>
      </section>
      <DoctorPage headingLevel={2} onClose={props.onClose} />
    </div>
  );
}
