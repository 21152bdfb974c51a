import { afterEach, describe, expect, it, vi } from 'vitest';
import { initialLocale, preferredLocale, storeLocale, storedLocale } from './locale.ts';

afterEach(() => {
  localStorage.clear();
});

describe('preferredLocale', () => {
  it.each([
    [['fr-FR', 'en-US'], 'fr'],
    [['fr-CA'], 'fr'],
    [['de-DE', 'FR'], 'fr'],
    [['en-GB', 'fr'], 'en'],
    [['de', 'es'], 'en'],
    [[], 'en'],
  ] as const)('%j → %s', (languages, expected) => {
    expect(preferredLocale(languages)).toBe(expected);
  });
});

describe('the remembered language', () => {
  it('wins over the browser language', () => {
    vi.spyOn(navigator, 'languages', 'get').mockReturnValue(['en-US']);
    expect(initialLocale()).toBe('en');
    storeLocale('fr');
    expect(storedLocale()).toBe('fr');
    expect(initialLocale()).toBe('fr');
  });

  it('ignores a stored value that is not a language we speak', () => {
    localStorage.setItem('dossier.locale', 'de');
    expect(storedLocale()).toBeNull();
  });

  it('survives storage that throws', () => {
    vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
      throw new Error('denied');
    });
    expect(storedLocale()).toBeNull();
  });
});
