import { screen, waitFor, within } from '@testing-library/react';
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

  it('shows a chosen person at once, writes one history entry per choice, and back and forward restore each', async () => {
    const { router, user } = renderApp('/');
    const personInUrl = () => new URLSearchParams(router.state.location.searchStr).get('person');
    const input = await screen.findByRole(
      'combobox',
      { name: 'Filter by person or company' },
      { timeout: 5000 },
    );
    await user.type(input, 'Pélata');
    await user.keyboard('{Enter}');
    const chips = await screen.findByRole('list', { name: 'Applied filters' });
    expect(within(chips).getByText(/Patrick Pélata/)).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Records matching the filter' })).toBeInTheDocument();
    await waitFor(() => expect(personInUrl()).toBe('patrick-pelata'));

    await user.type(input, 'Hoffstetter');
    await user.keyboard('{Enter}');
    await waitFor(() => expect(personInUrl()).toBe('patrick-pelata,patrick-hoffstetter'));
    expect(within(chips).getByText(/Patrick Hoffstetter/)).toBeInTheDocument();

    router.history.back();
    await waitFor(() =>
      expect(within(chips).queryByText(/Patrick Hoffstetter/)).not.toBeInTheDocument(),
    );
    expect(within(chips).getByText(/Patrick Pélata/)).toBeInTheDocument();

    router.history.back();
    await waitFor(() =>
      expect(screen.queryByRole('list', { name: 'Applied filters' })).not.toBeInTheDocument(),
    );
    expect(screen.getByRole('region', { name: 'Records' })).toBeInTheDocument();

    router.history.forward();
    expect(
      await screen.findByRole('region', { name: 'Records matching the filter' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('list', { name: 'Applied filters' })).toHaveTextContent(/Pélata/);
  });

  it('writes a voice to the URL and takes it back from a link', async () => {
    const { router, user } = renderApp('/');
    const voices = await screen.findByRole('group', { name: 'Voice' }, { timeout: 5000 });
    const interviewee = within(voices).getByRole('checkbox', { name: 'Interviewee' });
    await user.click(interviewee);
    expect(interviewee).toBeChecked();
    await waitFor(() =>
      expect(new URLSearchParams(router.state.location.searchStr).get('voice')).toBe('interviewee'),
    );
    await router.navigate({ to: '/', search: { voice: undefined } });
    await waitFor(() => expect(interviewee).not.toBeChecked());
  });
});
