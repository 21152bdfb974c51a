import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../testing/render-app.tsx';

describe('filter bar', () => {
  it.each([
    [
      'en',
      'Voice',
      'Who says it: the interviewee, the journalist (the article itself), or we, by inference.',
    ],
    [
      'fr',
      'Voix',
      'Qui le dit : la personne interrogée, le journaliste (l’article lui-même) ou nous, par déduction.',
    ],
  ] as const)('explains, beside the voices, what a voice is (%s)', async (locale, name, text) => {
    renderApp('/quotes', undefined, { locale });
    const voices = await screen.findByRole('group', { name });
    expect(within(voices).getAllByRole('checkbox')).toHaveLength(3);
    expect(within(voices).getByText(text)).toBeVisible();
    expect(voices).toHaveAccessibleDescription(text);
  });
});
