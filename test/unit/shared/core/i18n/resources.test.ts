import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../../../../shared/core/i18n/languages';
import { resources } from '../../../../../shared/core/i18n/resources';
import { englishWordsIn } from '../../../../support/english-words';

/**
 * Every language has every key, with the same placeholders, and no empty words. The types already
 * make German list every English key; this also catches a stray extra key, a dropped `{{count}}`
 * and a plural form that one language lacks.
 */
type Tree = { readonly [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [inner, text] of flatten(value, path)) out.set(inner, text);
  }
  return out;
}

const placeholders = (text: string): string[] =>
  [...text.matchAll(/\{\{\s*([\w.]+)[^}]*\}\}/g)].map((m) => m[1] ?? '').sort();

const english = flatten(resources.en as unknown as Tree);

describe('translations', () => {
  it('has words at all', () => {
    expect(english.size).toBeGreaterThan(10);
  });

  it('says nothing in English where it speaks German', () => {
    const german = flatten(resources.de as unknown as Tree);
    // Placeholder names ({{seconds}}) are code, not words.
    const words = (text: string) => text.replace(/\{\{[^}]*\}\}/g, '');
    const english = [...german].filter(([, text]) => englishWordsIn(words(text)).length > 0);
    expect(english.map(([key, text]) => `${key}: ${text}`)).toEqual([]);
  });

  for (const language of LANGUAGES) {
    const words = flatten(resources[language] as unknown as Tree);

    it(`${language} has exactly the English keys`, () => {
      expect([...words.keys()].sort()).toEqual([...english.keys()].sort());
    });

    it(`${language} keeps every placeholder of the English`, () => {
      const mismatched = [...english].filter(
        ([key, text]) =>
          JSON.stringify(placeholders(words.get(key) ?? '')) !== JSON.stringify(placeholders(text)),
      );
      expect(mismatched.map(([key]) => key)).toEqual([]);
    });

    it(`${language} has no empty words`, () => {
      expect([...words].filter(([, text]) => text.trim() === '').map(([key]) => key)).toEqual([]);
    });
  }
});
