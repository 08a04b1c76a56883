import type { PoiseApi } from '../../shared/ipc/contract';

let shared: AudioContext | undefined;

/**
 * The one AudioContext every chime plays through, made on the first chime. A context holds an
 * audio output open until it is closed, so making one per chime piled them up all day.
 */
function sharedContext(): AudioContext {
  if (!shared || shared.state === 'closed') shared = new AudioContext();
  // Made before the page had a user gesture, a context starts suspended; a fresh one per chime used
  // to start running once there had been one, so ask the shared one to catch up.
  if (shared.state === 'suspended') void shared.resume().catch(() => undefined);
  return shared;
}

/**
 * A soft two-note chime made with Web Audio, for the 'sound' nudge level: no audio file to ship,
 * nothing to fetch. Quiet on purpose: a nudge, not an alarm.
 */
export function playChime(context: AudioContext = sharedContext()): void {
  const now = context.currentTime;
  for (const [index, frequency] of [660, 880].entries()) {
    const oscillator = context.createOscillator();
    const gain = context.createGain();
    oscillator.type = 'sine';
    oscillator.frequency.value = frequency;
    const start = now + index * 0.18;
    gain.gain.setValueAtTime(0, start);
    gain.gain.linearRampToValueAtTime(0.08, start + 0.03);
    gain.gain.exponentialRampToValueAtTime(0.0001, start + 0.6);
    oscillator.connect(gain).connect(context.destination);
    oscillator.start(start);
    oscillator.stop(start + 0.65);
  }
}

/** Play the chime on every sound-level nudge the coach sends. Returns the unsubscribe. */
export function chimeOnSoundNudges(api: Pick<PoiseApi, 'on'>): () => void {
  return api.on('coach:feedback', (feedback) => {
    if (feedback.kind === 'nudge' && feedback.level === 'sound') playChime();
  });
}
