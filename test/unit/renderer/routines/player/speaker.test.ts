import { describe, expect, it } from 'vitest';
import { pickVoice } from '../../../../../renderer/routines/player/speaker';

const voice = (lang: string, localService: boolean, name = lang, isDefault = false) =>
  ({ lang, localService, name, default: isDefault, voiceURI: name }) as SpeechSynthesisVoice;

describe('pickVoice', () => {
  it('reads German with a local German voice, the exact locale first', () => {
    const voices = [voice('en-US', true), voice('de-AT', true), voice('de-DE', true)];
    expect(pickVoice(voices, 'de-DE')?.lang).toBe('de-DE');
    expect(pickVoice(voices, 'de')?.lang).toBe('de-AT');
  });

  it('never uses a remote voice, nor a voice of another language', () => {
    expect(pickVoice([voice('de-DE', false), voice('en-GB', true)], 'de-DE')).toBeUndefined();
    expect(pickVoice([voice('en_GB', true)], 'en-GB')?.lang).toBe('en_GB');
  });
});
