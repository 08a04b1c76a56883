/**
 * What Poise does, its privacy promise, and the question it needs answered before anything else:
 * may it use the camera. The answer is the buttons below the card ("Allow camera", "Continue
 * without a camera", "Not now"); nothing opens the camera before the first of them.
 */
export function WelcomeStep() {
  return (
    <div>
      <p>
        Poise watches your posture through your webcam while you work. When you slouch for a while
        it gives you a gentle nudge, and it leads short guided breaks so you move regularly.
      </p>
      <h3>Your privacy</h3>
      <ul>
        <li>
          The camera picture is analysed on this computer and never leaves it. No image is ever
          saved.
        </li>
        <li>Poise never connects to the internet: no accounts, no uploads, no tracking.</li>
        <li>
          Only numbers are kept, such as minutes upright per day, and you can export or delete them
          at any time.
        </li>
        <li>Pause Poise from the tray whenever you like; the camera turns off while paused.</li>
      </ul>
      <h3>Your camera</h3>
      <p>
        Poise turns the camera on only when you choose <strong>Allow camera</strong>. Rather not, or
        no camera? Poise can lead your breaks without one, and you can run this setup again later.
      </p>
    </div>
  );
}
