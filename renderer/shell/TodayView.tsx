import type { PoiseApi } from '../../main/ipc/contract';

export function TodayView(_props: { api: PoiseApi }) {
  return (
    <section class="today" aria-labelledby="today-title">
      <h2 id="today-title">Today</h2>
      <p>
        Poise watches your posture with your camera, on this device only, and nudges you to sit up
        when you slouch.
      </p>
    </section>
  );
}
