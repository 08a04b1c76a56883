/**
 * Spoken cues through the Web Speech API, optional and guarded: some systems have no voices
 * (Linux without speech-dispatcher, locked-down kiosks) and the player must work the same there.
 * Poise never touches a network, and some of Chromium's voices are remote ("Google ..." voices
 * send text to a server), so only local voices are used: when voices are listed and none is
 * local, cues stay silent.
 */
export interface Speaker {
  speak(text: string): void;
  cancel(): void;
}

export function browserSpeaker(): Speaker | null {
  if (typeof speechSynthesis === 'undefined' || typeof SpeechSynthesisUtterance === 'undefined')
    return null;
  return {
    speak(text) {
      try {
        speechSynthesis.cancel();
        const voices = speechSynthesis.getVoices();
        const local = voices.find((voice) => voice.localService);
        if (voices.length > 0 && !local) return;
        const utterance = new SpeechSynthesisUtterance(text);
        if (local) utterance.voice = local;
        utterance.rate = 0.95;
        speechSynthesis.speak(utterance);
      } catch {
        // A speech failure must never stop the routine.
      }
    },
    cancel() {
      try {
        speechSynthesis.cancel();
      } catch {
        // Nothing to cancel.
      }
    },
  };
}
