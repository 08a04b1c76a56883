/**
 * A soft two-note chime made with Web Audio, for the 'sound' nudge level: no audio file to ship,
 * nothing to fetch. Quiet on purpose: a nudge, not an alarm.
 */
export function playChime(context: AudioContext = new AudioContext()): void {
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
