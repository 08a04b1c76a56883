/**
 * English words that German never uses: finding one in German text means a string bypassed the
 * translations. Short function words, because every English sentence has some and German has
 * none of them (unlike "was", "die", "an", "in", which both languages spell alike).
 */
const ENGLISH_ONLY = [
  'the',
  'your',
  'you',
  'and',
  'with',
  'for',
  'is',
  'are',
  'of',
  'to',
  'this',
  'that',
  'when',
  'it',
  'be',
  'will',
  'can',
  'from',
  'has',
  'have',
  'not',
  'or',
  'at',
  'by',
  'now',
  'please',
  'here',
  'minutes',
  'seconds',
  'break',
  'breaks',
  'posture',
  'settings',
];

const PATTERN = new RegExp(`(?<![\\p{L}-])(${ENGLISH_ONLY.join('|')})(?![\\p{L}-])`, 'giu');

/** The English-only words in `text`, lower-cased, in order. */
export function englishWordsIn(text: string): string[] {
  return [...text.matchAll(PATTERN)].map((match) => (match[1] ?? '').toLowerCase());
}
