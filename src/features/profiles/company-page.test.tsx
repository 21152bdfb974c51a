import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../../testing/render-app.tsx';

describe('company page', () => {
  it('shows a company with its units nested and linked', async () => {
    renderApp('/companies/renault');
    expect(await screen.findByRole('heading', { level: 1, name: 'Renault' })).toBeInTheDocument();
    const units = screen.getByRole('list', { name: 'Units of Renault' });
    expect(within(units).getByRole('link', { name: 'Digital Factory' })).toHaveAttribute(
      'href',
      '/companies/renault-digital-factory',
    );
    // The DSI's development team sits under the DSI, not beside it.
    const dsi = within(units)
      .getAllByRole('listitem')
      .find((item) => within(item).queryByRole('link', { name: /^DSI/ }) !== null);
    if (!dsi) throw new Error('no DSI item');
    expect(within(dsi).getByRole('link', { name: /Équipe de la DSI/ })).toBeInTheDocument();
    expect(within(dsi).getByRole('list')).toBeInTheDocument();
  });

  it('links the topic tags of the quotes about it to the quotes on that topic', async () => {
    renderApp('/companies/renault');
    const quotes = await screen.findByRole('region', { name: 'Quotes about it' });
    const links = within(quotes).getAllByRole('link', { name: /^Quotes on the topic “.+”$/ });
    expect(links[0]).toHaveAttribute('href', expect.stringMatching(/^\/quotes\?topic=[a-z-]+$/));
  });

  it('lists posts in the company and its units, named holder or not', async () => {
    renderApp('/companies/renault');
    const people = await screen.findByRole('region', { name: 'People' });
    const current = within(people).getByRole('region', { name: 'In post at the latest source' });
    expect(
      within(current).getByRole('heading', { name: 'Chief Marketing Officer — holder not named' }),
    ).toBeInTheDocument();
    expect(
      within(current).getByRole('heading', {
        name: /Chief Digital Officer .* — Patrick Hoffstetter/,
      }),
    ).toBeInTheDocument();
    const past = within(people).getByRole('region', { name: 'Past' });
    expect(within(past).getByRole('link', { name: 'Patrick Pélata' })).toHaveAttribute(
      'href',
      '/people/patrick-pelata',
    );
  });

  it('shows figures as the source qualifies them, with their date', async () => {
    renderApp('/companies/renault');
    const figures = await screen.findByRole('region', { name: 'Figures' });
    await userEvent.click(within(figures).getByRole('button', { name: /^Show all/ }));
    expect(figures).toHaveTextContent('170 country directorates');
    expect(figures).toHaveTextContent(
      'Renault country directorates170 country directoratesas of 2012 (year, inferred)',
    );
  });

  it('sets both sources side by side', async () => {
    renderApp('/companies/renault');
    const bySource = await screen.findByRole('region', { name: 'What each source says' });
    expect(within(bySource).getByRole('region', { name: 'ITespresso.fr' })).toBeInTheDocument();
    expect(within(bySource).getByRole('region', { name: 'BFM Business' })).toBeInTheDocument();
  });

  it('says which company a unit belongs to', async () => {
    renderApp('/companies/renault-digital-factory');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Digital Factory' }),
    ).toBeInTheDocument();
    const partOf = screen.getByText(/Part of/);
    expect(partOf).toHaveTextContent('Part of Renault');
    expect(within(partOf).getByRole('link', { name: 'Renault' })).toHaveAttribute(
      'href',
      '/companies/renault',
    );
    expect(screen.queryByRole('region', { name: 'Units' })).toBeNull();
  });

  it('shows Salesforce’s relations with the carmakers, and quotes about it', async () => {
    renderApp('/companies/salesforce');
    const relations = await screen.findByRole('region', { name: 'Relations' });
    await userEvent.click(within(relations).getByRole('button', { name: /^Show all/ }));
    for (const carmaker of ['Renault', 'Toyota', 'Nissan', 'Ford']) {
      expect(relations).toHaveTextContent(`Salesforce works with ${carmaker}`);
      expect(within(relations).getByRole('link', { name: carmaker })).toHaveAttribute(
        'href',
        `/companies/${carmaker.toLowerCase()}`,
      );
    }
    expect(relations).toHaveTextContent('since 2009-2010');
    const quotes = screen.getByRole('region', { name: 'Quotes about it' });
    expect(within(quotes).getAllByRole('link', { name: 'Patrick Pélata' }).length).toBeGreaterThan(
      0,
    );
  });

  it('shows a relation from the other side too', async () => {
    renderApp('/companies/toyota');
    const relations = await screen.findByRole('region', { name: 'Relations' });
    expect(relations).toHaveTextContent('Salesforce works with Toyota');
  });

  it('hides other voices when the URL asks for one', async () => {
    renderApp('/companies/salesforce?voice=journalist');
    expect(await screen.findByText(/Voice filter: only Journalist records/)).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Relations' })).toBeNull();
    expect(within(screen.getByRole('main')).queryByText('Interviewee')).toBeNull();
  });

  it('names an unknown id and offers the known companies', async () => {
    renderApp('/companies/globex');
    expect(
      await screen.findByRole('heading', {
        level: 1,
        name: 'No company or unit with id “globex”',
      }),
    ).toBeInTheDocument();
    const known = screen.getByRole('list', { name: 'Known companies and units' });
    expect(within(known).getByRole('link', { name: 'Salesforce' })).toHaveAttribute(
      'href',
      '/companies/salesforce',
    );
    expect(within(known).getByRole('link', { name: 'Digital Factory' })).toBeInTheDocument();
  });
});
