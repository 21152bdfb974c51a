import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../../testing/render-app.tsx';

describe('source reader', () => {
  it('shows the whole text with its cited passages as links', async () => {
    renderApp('/sources/itespresso-pelata');
    expect(
      await screen.findByRole('heading', {
        level: 1,
        name: /Interview Patrick Pélata – Salesforce/,
      }),
    ).toBeInTheDocument();
    expect(screen.getByText(/Laisser une réponse/)).toBeInTheDocument();
    expect(screen.getAllByRole('link', { name: /cited by \d+ records?$/ }).length).toBeGreaterThan(
      10,
    );
  });

  it('lists the records at a passage and opens one, its passage emphasised', async () => {
    const { user } = renderApp('/sources/itespresso-pelata');
    const passage = await screen.findByRole('link', {
      name: /une grande entreprise \(10.000 collaborateurs\) — cited by/,
    });
    await user.click(passage);
    const panel = await screen.findByRole('complementary', { name: 'Records citing this passage' });
    await user.click(within(panel).getByRole('link', { name: /Salesforce employees/ }));

    const card = await screen.findByRole('article', {
      name: /Salesforce employees: 10,000 employees/,
    });
    expect(card).toHaveAttribute('aria-current', 'true');
    expect(within(card).getByText('Interviewee')).toBeInTheDocument();
    expect(within(card).getByRole('link', { name: 'Show in ITespresso.fr' })).toHaveAttribute(
      'href',
      '/sources/itespresso-pelata?record=salesforce-employees#passage-salesforce-employees-0',
    );
  });

  it('shows an inferred publication date with how it was inferred', async () => {
    renderApp('/sources/bfm-hoffstetter');
    expect(await screen.findByText('(year, inferred)')).toBeInTheDocument();
    expect(screen.getByText(/went on sale in autumn 2012/)).toBeInTheDocument();
  });

  it('falls back with a notice when the record in the URL does not exist', async () => {
    renderApp('/sources/bfm-hoffstetter?record=nobody');
    expect(await screen.findByRole('status')).toHaveTextContent('No record with id “nobody”');
    expect(
      screen.getByRole('complementary', { name: 'Records from this source' }),
    ).toBeInTheDocument();
  });
});
