/**
 * Spoken cues through the Web Speech API, optional and guarded: some systems have no voices
 * (Linux without speech-dispatcher, locked-down kiosks) and the player must work the same there.
 * Poise never touches a network, and some of Chromium's voices are remote ("Google ..." voices
 * send text to a server), so only local voices are used: when voices are listed and none is
 * local, cues stay silent. Cues are spoken in the person's language by a local voice of that
 * language; when voices are listed and none of them is a local voice in that language, cues stay
 * silent too, rather than read German words with an English voice (or a remote German one).
 */
export interface Speaker {
  /** `lang` is a BCP 47 tag ("de-DE", "en"): the language the words are in. */
  speak(text: string, lang: string): void;
  cancel(): void;
}

const primary = (tag: string): string => tag.toLowerCase().split(/[-_]/)[0] ?? '';

/**
 * The voice to read words in `lang` with: a local voice of that language, the one for the exact
 * locale first, then the system's default one of that language. Undefined: none may be used.
 */
export function pickVoice(
  voices: readonly SpeechSynthesisVoice[],
  lang: string,
): SpeechSynthesisVoice | undefined {
  const local = voices.filter(
    (voice) => voice.localService && primary(voice.lang) === primary(lang),
  );
  return (
    local.find((voice) => voice.lang.toLowerCase().replace('_', '-') === lang.toLowerCase()) ??
    local.find((voice) => voice.default) ??
    local[0]
  );
}

export function browserSpeaker(): Speaker | null {
  if (typeof speechSynthesis === 'undefined' || typeof SpeechSynthesisUtterance === 'undefined')
    return null;
  return {
    speak(text, lang) {
      try {
        speechSynthesis.cancel();
        const voices = speechSynthesis.getVoices();
        const voice = pickVoice(voices, lang);
        if (voices.length > 0 && !voice) return;
        const utterance = new SpeechSynthesisUtterance(text);
        utterance.lang = lang;
        if (voice) utterance.voice = voice;
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
